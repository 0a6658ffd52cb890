export const id = 553;
export const ids = [553,518];
export const modules = {

/***/ 1553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatTestJunit: () => (/* binding */ formatTestJunit)
/* harmony export */ });
/* harmony import */ var _test_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6518);

/**
 * JUnit XML, the format test-report actions read (dorny/test-reporter, mikepenz/action-junit-
 * report): one suite per pgTAP file with a case per test, a suite of the migrations and one of
 * the undo rehearsals, so a failing migration is not hidden behind green tests.
 */
function formatTestJunit(r) {
    const suites = [];
    const secs = (ms) => (Math.max(0, ms) / 1000).toFixed(3);
    const migrations = r.migrations.filter((m) => m.phase === 'new' || m.status === 'failed');
    if (migrations.length) {
        const cases = migrations.map((m) => {
            const failure = m.status === 'failed' && m.error ? `\n      <failure message="${attr(m.error.message)}" type="${attr(m.error.sqlstate ?? 'error')}">${text((0,_test_text_js__WEBPACK_IMPORTED_MODULE_0__.describeError)(m.error).join('\n'))}</failure>\n    ` : '';
            return `    <testcase classname="migrations" name="${attr(m.file)}" file="${attr(m.file)}" time="${secs(m.durationMs)}">${failure}</testcase>`;
        });
        suites.push(suite('migrations', cases, migrations.filter((m) => m.status === 'failed').length, 0, migrations.reduce((n, m) => n + m.durationMs, 0)));
    }
    for (const t of r.tests) {
        const cases = t.tests.map((x) => {
            const name = `${x.id} - ${x.description || '(no description)'}`;
            const body = x.skip !== undefined ? `\n      <skipped message="${attr(x.skip === true ? 'skipped' : x.skip)}"/>\n    ` : !x.ok && !x.todo ? `\n      <failure message="${attr(`not ok ${name}`)}">${text(x.diagnostics.join('\n'))}</failure>\n    ` : '';
            return `    <testcase classname="${attr(t.file)}" name="${attr(name)}" file="${attr(t.file)}">${body}</testcase>`;
        });
        // a file that failed beyond its tests (no TAP, a plan mismatch, an error) fails as a case of its own
        const problems = [...t.problems, ...(t.error ? (0,_test_text_js__WEBPACK_IMPORTED_MODULE_0__.describeError)(t.error) : [])];
        if (problems.length)
            cases.push(`    <testcase classname="${attr(t.file)}" name="${attr(`${t.file}: the file as a whole`)}" file="${attr(t.file)}">\n      <failure message="${attr(problems[0])}">${text(problems.join('\n'))}</failure>\n    </testcase>`);
        const failures = t.tests.filter((x) => !x.ok && !x.todo && x.skip === undefined).length + (problems.length ? 1 : 0);
        suites.push(suite(t.file, cases, failures, t.tests.filter((x) => x.skip !== undefined).length, t.durationMs));
    }
    if (r.rehearsals.length) {
        const cases = r.rehearsals.map((h) => {
            const failure = h.status === 'failed' ? `\n      <failure message="${attr(h.messages[0] ?? 'the undo did not restore the schema')}">${text(h.messages.join('\n'))}</failure>\n    ` : '';
            return `    <testcase classname="undo rehearsal" name="${attr(h.undo)}" file="${attr(h.undo)}">${failure}</testcase>`;
        });
        suites.push(suite('undo rehearsal', cases, r.rehearsals.filter((h) => h.status === 'failed').length, 0, 0));
    }
    const count = (re) => suites.reduce((n, s) => n + Number(re.exec(s)?.[1] ?? 0), 0);
    const tests = count(/ tests="(\d+)"/);
    const failures = count(/ failures="(\d+)"/);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pgmig test" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
function suite(name, cases, failures, skipped, ms) {
    return `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${(Math.max(0, ms) / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
}
/** XML 1.0 allows no control characters but tab, newline and carriage return, even escaped. */
function clean(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}
function text(s) {
    return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function attr(s) {
    return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}


/***/ }),

/***/ 6518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bytesText: () => (/* binding */ bytesText),
/* harmony export */   describeError: () => (/* binding */ describeError),
/* harmony export */   describeStatement: () => (/* binding */ describeStatement),
/* harmony export */   formatTestText: () => (/* binding */ formatTestText)
/* harmony export */ });
/* harmony import */ var _db_compat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1790);
/* harmony import */ var _db_server_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4063);
/* harmony import */ var _db_impact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9518);
/* harmony import */ var _db_lock_queue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5721);




const paint = (on, code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : n >= 10 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
function bytesText(n) {
    const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
    let v = Math.abs(n);
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${n < 0 ? '-' : ''}${i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The locks and rewrites of one statement, in words: `ACCESS EXCLUSIVE on public.users; rewrote public.users`. */
function describeStatement(s) {
    const parts = [];
    const byMode = new Map();
    for (const l of s.locks)
        if (!l.harmless)
            byMode.set(l.mode, [...(byMode.get(l.mode) ?? []), l.relation]);
    for (const [mode, rels] of byMode)
        parts.push(`${mode} on ${rels.join(', ')}`);
    for (const l of s.locks)
        if (l.harmless)
            parts.push(`${l.mode} on ${l.relation}, already marked dead: harmless, no query uses it`);
    for (const b of s.blocking ?? [])
        parts.push(`writes to ${b.relation} blocked ${Math.round(b.writeBlockedMs)} ms, reads ${Math.round(b.readBlockedMs)} ms`);
    if (s.rewrites.length)
        parts.push(`rewrote ${s.rewrites.join(', ')}`);
    if (s.rebuiltIndexes.length)
        parts.push(`rebuilt ${s.rebuiltIndexes.join(', ')}`);
    if (parts.length && s.coalesced) {
        parts.push(`read once after lines ${s.coalesced.fromLine}-${s.line}: ${plural(s.coalesced.statements, 'statement')} of the same shape, any of which may have taken it`);
    }
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
    const impact = r.impact ?? [];
    if (impact.length) {
        out.push('', `${bold('Production impact:')} ${dim('measured on synthetic copies of the tables, scaled to the production statistics')}`);
        for (const i of impact) {
            out.push(`  ${i.file}:${i.line} ${i.statement}`);
            const size = [i.rows === null ? 'rows unknown' : `${i.rows.toLocaleString('en')} rows`, bytesText(i.bytes), i.writesPerSecond === null ? '' : `≈ ${Math.round(i.writesPerSecond)} writes/s`].filter(Boolean).join(', ');
            out.push(`       ${i.relation} (${size}): ${i.lock}, blocks ${i.blocks}`);
            const text = (0,_db_impact_js__WEBPACK_IMPORTED_MODULE_1__/* .describeImpact */ .an)(i);
            out.push(`       ${i.estimate.modelled ? (i.blocks === 'nothing' ? dim(text) : yellow(text)) : dim(text)}`);
        }
    }
    if (r.release) {
        const rel = r.release;
        const counted = rel.broken.filter((b) => !b.ignored);
        out.push('', `${bold('Running release:')} ${rel.checked} queries checked${rel.setAside ? ` (${rel.setAside} set aside: they do not prepare before the change either)` : ''}, ${counted.length ? red(`${counted.length} broken`) : green('none broken')}${rel.planRegressions.length ? `, ${yellow(`${rel.planRegressions.length} lost an index`)}` : ''}`);
        for (const b of rel.broken)
            out.push(`  ${b.ignored ? dim(`intended (${b.ignored}): ${(0,_db_compat_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBroken */ .lk)(b)}`) : red((0,_db_compat_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBroken */ .lk)(b))}`);
        for (const p of rel.planRegressions)
            out.push(`  ${yellow(`${p.source}: no longer uses ${p.lost.join(', ')}`)}`);
    }
    const queue = r.lockQueue ?? [];
    if (queue.length) {
        out.push('', `${bold('Lock-queue rehearsal:')} ${dim('each statement run once behind a transaction holding its table, with traffic')}`);
        for (const q of queue) {
            const text = (0,_db_lock_queue_js__WEBPACK_IMPORTED_MODULE_2__/* .describeQueue */ .x)(q);
            out.push(`  ${q.file}:${q.line} ${q.statement}`, `       ${q.outcome === 'queued' ? red(text) : q.outcome === 'failed fast' ? green(text) : dim(text)}`);
        }
    }
    const grown = fresh.filter((m) => m.growth);
    if (grown.length) {
        const written = (m) => `${m.file} ${bytesText(m.growth.walBytes)} of WAL, database ${m.growth.databaseBytes >= 0 ? '+' : ''}${bytesText(m.growth.databaseBytes)}`;
        if (grown.length === 1)
            out.push('', `${bold('Written:')} ${written(grown[0])}`);
        else
            out.push('', bold('Written:'), ...grown.map((m) => `  ${written(m)}`));
    }
    for (const n of r.notices ?? [])
        out.push('', dim(`notice: ${n}`));
    const later = r.migrations.filter((m) => m.phase === 'later');
    if (later.length) {
        const failed = later.filter((m) => m.status === 'failed');
        out.push('', `${bold('Later migrations:')} ${later.length - failed.length} applied after the change (untraced), so the pgTAP files see the whole schema`);
        for (const m of failed)
            out.push(`  ${fail} ${m.file}`, ...describeError(m.error).map((l) => `       ${l}`));
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
    const server = r.server ?? { changes: [], unreadable: [] };
    if (server.changes.length || server.unreadable.length) {
        const stays = r.database.throwaway ? 'gone with the throwaway cluster' : 'these stay on the server after the run';
        out.push('', `${bold('Outside the test database:')} ${plural(server.changes.length, 'server-wide change')} while the run went on (${stays})`);
        for (const c of server.changes)
            out.push(`  ${yellow((0,_db_server_state_js__WEBPACK_IMPORTED_MODULE_3__/* .describeServerChange */ .Hg)(c))}`);
        for (const u of server.unreadable)
            out.push(`  ${dim(`not checked: ${u}`)}`);
    }
    if (r.problems.length) {
        out.push('');
        // a history adopted without undo files would give one line per file: past a few, one line
        const noUndo = r.problems.filter((p) => p.severity === 'warning' && p.file && p.message.startsWith('no undo file'));
        const grouped = noUndo.length > 3 ? new Set(noUndo) : new Set();
        for (const p of r.problems) {
            if (!grouped.has(p))
                out.push(`${p.severity === 'error' ? red('error') : yellow('warning')} ${p.file ? `${p.file}: ` : ''}${p.message}`);
        }
        if (grouped.size) {
            const names = noUndo.map((p) => p.file.split('/').pop());
            out.push(`${yellow('warning')} ${noUndo.length} migrations have no undo file (U<version>__<description>.sql next to each; requireUndo: true makes it an error): ${names.join(', ')}`);
        }
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
