export const id = 96;
export const ids = [96,518];
export const modules = {

/***/ 8096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatTestMarkdown: () => (/* binding */ formatTestMarkdown)
/* harmony export */ });
/* harmony import */ var _test_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6518);

const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.max(0, Math.round(n))} ms`);
/** Text inside a table cell: no pipes or newlines to break the row. */
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s) => (s ? `\`${cell(s).replace(/`/g, 'ˋ')}\`` : '');
/**
 * For the pull-request comment: a verdict, then a lock table a reviewer can read at a glance
 * (one row per statement of the new migrations), failing tests, undo differences and problems.
 */
function formatTestMarkdown(r) {
    const s = r.summary;
    const out = [];
    const icon = s.errors ? '❌' : s.warnings ? '⚠️' : '✅';
    out.push(`### ${icon} pgmig test`, '');
    out.push(`${s.applied} migration${s.applied === 1 ? '' : 's'} applied${s.failed ? `, **${s.failed} failed**` : ''} on PostgreSQL ${r.database.serverVersion}; ` +
        `${s.testsPassed + s.testsFailed} pgTAP test${s.testsPassed + s.testsFailed === 1 ? '' : 's'}${s.testsFailed ? ` (**${s.testsFailed} failed**)` : ''}; ` +
        `${s.rehearsed} undo${s.rehearsed === 1 ? '' : 's'} rehearsed${s.rehearsalsFailed ? ` (**${s.rehearsalsFailed} failed**)` : ''}.`);
    const fresh = r.migrations.filter((m) => m.phase === 'new');
    const touches = (st) => st.locks.length > 0 || st.rewrites.length > 0 || st.rebuiltIndexes.length > 0 || st.heldAccessExclusive.length > 0;
    const traced = fresh.reduce((n, m) => n + (m.statements?.length ?? 0), 0);
    const rows = fresh.reduce((n, m) => n + (m.statements?.filter(touches).length ?? 0), 0);
    if (traced && !rows)
        out.push('', `No statement of the new migrations took a lock on a table that existed before them (${traced} traced).`);
    if (rows) {
        out.push('', '#### Locks on existing tables', '');
        out.push('| Migration | Line | Statement | Locks | Rewrites | Held ACCESS EXCLUSIVE from earlier | Duration |', '|---|---:|---|---|---|---|---:|');
        for (const m of fresh) {
            for (const st of (m.statements ?? []).filter(touches)) {
                const locks = st.locks.map((l) => `${l.mode === 'ACCESS EXCLUSIVE' ? '**ACCESS EXCLUSIVE**' : l.mode} ${code(l.relation)}`).join('<br>') || '—';
                const rewrites = [...st.rewrites.map((x) => `**${code(x)}**`), ...st.rebuiltIndexes.map((x) => `${code(x)} (index)`)].join('<br>') || '—';
                const held = st.heldAccessExclusive.map((h) => `${code(h.relation)} (line ${h.sinceLine})`).join('<br>') || '—';
                const stmt = code(st.sql) + (st.outsideTransaction ? ' _(no transaction)_' : '');
                out.push(`| ${cell(m.file)} | ${st.line} | ${stmt} | ${locks} | ${rewrites} | ${held} | ${ms(st.durationMs)} |`);
            }
        }
        if (traced > rows)
            out.push('', `_${traced - rows} other statement${traced - rows === 1 ? '' : 's'} took no lock on an existing table._`);
    }
    const failedMigrations = r.migrations.filter((m) => m.status === 'failed');
    if (failedMigrations.length) {
        out.push('', '#### Failed migration', '');
        for (const m of failedMigrations)
            out.push('```', ...(0,_test_text_js__WEBPACK_IMPORTED_MODULE_0__.describeError)(m.error), '```');
    }
    const failedTests = r.tests.filter((t) => t.status === 'failed');
    if (r.tests.length) {
        out.push('', `#### pgTAP: ${r.tests.length - failedTests.length} of ${r.tests.length} file${r.tests.length === 1 ? '' : 's'} passed`, '');
        for (const t of failedTests) {
            out.push(`- ❌ \`${t.file}\`: ${t.passed}/${t.ran} passed${t.problems.length ? `; ${t.problems.join('; ')}` : ''}`);
            for (const x of t.tests.filter((x) => !x.ok && !x.todo)) {
                out.push(`  - not ok ${x.id} - ${x.description}`);
                if (x.diagnostics.length)
                    out.push('    ```', ...x.diagnostics.map((d) => `    ${d}`), '    ```');
            }
        }
    }
    if (r.rehearsals.length) {
        out.push('', '#### Undo rehearsal', '');
        for (const h of r.rehearsals) {
            out.push(`- ${h.status === 'passed' ? '✅' : '❌'} \`${h.undo}\` (undo of \`${h.migration}\`)`);
            for (const msg of h.messages)
                out.push(`  - ${msg}`);
        }
    }
    if (r.problems.length) {
        out.push('', '#### Problems', '');
        for (const p of r.problems)
            out.push(`- ${p.severity === 'error' ? '❌' : '⚠️'} ${p.file ? `\`${p.file}\`: ` : ''}${p.message}`);
    }
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 6518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeError: () => (/* binding */ describeError),
/* harmony export */   describeStatement: () => (/* binding */ describeStatement),
/* harmony export */   formatTestText: () => (/* binding */ formatTestText)
/* harmony export */ });
const paint = (on, code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : n >= 10 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The locks and rewrites of one statement, in words: `ACCESS EXCLUSIVE on public.users; rewrote public.users`. */
function describeStatement(s) {
    const parts = [];
    const byMode = new Map();
    for (const l of s.locks)
        byMode.set(l.mode, [...(byMode.get(l.mode) ?? []), l.relation]);
    for (const [mode, rels] of byMode)
        parts.push(`${mode} on ${rels.join(', ')}`);
    if (s.rewrites.length)
        parts.push(`rewrote ${s.rewrites.join(', ')}`);
    if (s.rebuiltIndexes.length)
        parts.push(`rebuilt ${s.rebuiltIndexes.join(', ')}`);
    if (s.heldAccessExclusive.length) {
        parts.push(`ran while ACCESS EXCLUSIVE was held on ${s.heldAccessExclusive.map((h) => `${h.relation} (since line ${h.sinceLine})`).join(', ')}`);
    }
    return parts;
}
function describeError(e) {
    const out = [`${e.file}:${e.line}:${e.column}: ${e.sqlstate ? `ERROR ${e.sqlstate}: ` : ''}${e.message}`];
    if (e.statementLine !== undefined && e.statementLine !== e.line)
        out.push(`in the statement starting at line ${e.statementLine}`);
    if (e.inFunction)
        out.push(`raised in ${e.inFunction.name} at ${e.inFunction.file}:${e.inFunction.line}:${e.inFunction.column}`);
    if (e.detail)
        out.push(`detail: ${e.detail}`);
    if (e.hint)
        out.push(`hint: ${e.hint}`);
    if (e.where)
        out.push(`where: ${e.where.replace(/\n/g, ' / ')}`);
    return out;
}
/** For people at a terminal: what ran, what it locked, what failed, and a one-line verdict. */
function formatTestText(r, opts) {
    const red = paint(opts.color, '31');
    const green = paint(opts.color, '32');
    const yellow = paint(opts.color, '33');
    const dim = paint(opts.color, '2');
    const bold = paint(opts.color, '1');
    const ok = green('ok  ');
    const fail = red('FAIL');
    const out = [];
    const where = r.database.throwaway ? 'throwaway cluster' : 'given server';
    out.push(bold(`PostgreSQL ${r.database.serverVersion}, database ${r.database.name} (${where})`));
    const base = r.migrations.filter((m) => m.phase === 'base');
    if (base.length) {
        const failed = base.filter((m) => m.status === 'failed');
        out.push('', `${bold('Base migrations:')} ${base.length - failed.length} applied in ${ms(base.reduce((n, m) => n + m.durationMs, 0))}`);
        for (const m of failed)
            out.push(`  ${fail} ${m.file}`, ...describeError(m.error).map((l) => `       ${l}`));
    }
    const fresh = r.migrations.filter((m) => m.phase === 'new');
    if (fresh.length) {
        out.push('', bold('New migrations:'));
        for (const m of fresh) {
            const how = m.transactional ? 'in one transaction' : `statement by statement, outside a transaction (${m.nonTransactionalReason})`;
            out.push(`  ${m.status === 'applied' ? ok : fail} ${bold(m.file)} ${dim(`${how}, ${ms(m.durationMs)}`)}`);
            // only what touched a relation that existed before: the rest is new objects, no risk to traffic
            let quiet = 0;
            for (const s of m.statements ?? []) {
                const notes = describeStatement(s);
                if (!notes.length) {
                    quiet++;
                    continue;
                }
                out.push(`       ${dim(`line ${String(s.line).padEnd(4)}`)} ${s.sql} ${dim(ms(s.durationMs))}`);
                for (const n of notes)
                    out.push(`                 ${/ACCESS EXCLUSIVE|rewrote/.test(n) ? yellow(n) : dim(n)}`);
            }
            if (quiet)
                out.push(dim(`       ${quiet} of ${plural(m.statements.length, 'statement')} took no lock on a relation that existed before the change`));
            if (m.error)
                out.push(...describeError(m.error).map((l) => `       ${red(l)}`));
        }
    }
    if (r.tests.length) {
        out.push('', bold('pgTAP:'));
        for (const t of r.tests) {
            out.push(`  ${t.status === 'passed' ? ok : fail} ${t.file} ${dim(`${t.passed}/${t.ran} passed${t.skipped ? `, ${t.skipped} skipped` : ''}${t.todo ? `, ${t.todo} todo` : ''}, ${ms(t.durationMs)}`)}`);
            for (const x of t.tests) {
                if (x.ok || x.todo)
                    continue;
                out.push(`       ${red(`not ok ${x.id} - ${x.description}`)}`);
                for (const d of x.diagnostics)
                    out.push(`         ${dim(d)}`);
            }
            for (const p of t.problems)
                out.push(`       ${red(p)}`);
            if (t.error)
                out.push(...describeError(t.error).slice(1).map((l) => `       ${dim(l)}`));
        }
    }
    if (r.rehearsals.length) {
        out.push('', bold('Undo rehearsal:'));
        for (const h of r.rehearsals) {
            out.push(`  ${h.status === 'passed' ? ok : fail} ${h.undo} ${dim(h.status === 'passed' ? `restores the schema before ${h.migration}, which then applies again identically` : `(undo of ${h.migration})`)}`);
            for (const msg of h.messages)
                out.push(`       ${red(msg)}`);
            if (h.error)
                out.push(...describeError(h.error).slice(1).map((l) => `       ${dim(l)}`));
        }
    }
    if (r.problems.length) {
        out.push('');
        for (const p of r.problems)
            out.push(`${p.severity === 'error' ? red('error') : yellow('warning')} ${p.file ? `${p.file}: ` : ''}${p.message}`);
    }
    if (r.database.kept && r.database.url) {
        out.push('', `kept the test database: ${r.database.url}`);
        if (r.database.note)
            out.push(`  ${r.database.note}`);
    }
    const s = r.summary;
    const verdict = s.errors > 0 ? red('✖') : s.warnings > 0 ? yellow('⚠') : green('✔');
    out.push('', `${verdict} ${plural(s.applied, 'migration')} applied${s.failed ? `, ${s.failed} failed` : ''}, ${plural(s.statements, 'statement')} traced, ` +
        `${plural(s.testsPassed + s.testsFailed, 'test')} in ${plural(s.testFiles, 'file')}${s.testsFailed ? ` (${s.testsFailed} failed)` : ''}, ` +
        `${plural(s.rehearsed, 'undo')} rehearsed${s.rehearsalsFailed ? ` (${s.rehearsalsFailed} failed)` : ''}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`);
    return out.join('\n') + '\n';
}


/***/ })

};
