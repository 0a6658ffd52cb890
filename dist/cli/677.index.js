export const id = 677;
export const ids = [677,518];
export const modules = {

/***/ 2677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatTestMarkdown: () => (/* binding */ formatTestMarkdown)
});

// EXTERNAL MODULE: ./src/db/compat.ts
var compat = __webpack_require__(1790);
// EXTERNAL MODULE: ./src/db/server-state.ts
var server_state = __webpack_require__(4063);
// EXTERNAL MODULE: ./src/db/impact.ts + 2 modules
var db_impact = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/db/lock-queue.ts
var lock_queue = __webpack_require__(5721);
// EXTERNAL MODULE: ./src/sql/locks.ts
var locks = __webpack_require__(340);
;// CONCATENATED MODULE: ./src/report/lock-timeline.ts

/**
 * A Mermaid gantt chart per new migration: time on the axis, one section per existing relation,
 * a bar for each lock from the statement that took it until it was let go (the commit of the
 * file's transaction, or the statement's end outside one). Bars that block reads and writes are
 * marked critical, bars that block writes active. GitHub renders Mermaid in comments and job
 * summaries; the lock table above it says the same in text.
 */
/** Mermaid refuses text over 50,000 characters; a chart of more bars than this is unreadable anyway. */
const MAX_BARS = 60;
/** The bars of one migration: per relation and mode, from the first statement to take it. */
function lockBars(m) {
    const statements = m.statements ?? [];
    let t = 0;
    const bars = [];
    const open = new Map();
    for (const s of statements) {
        const start = t;
        // a statement shorter than a millisecond still gets a bar one can see
        const end = start + Math.max(1, Math.round(s.durationMs));
        t = end;
        for (const l of s.locks) {
            if (l.harmless || !(0,locks/* blocksWrites */.PE)(l.mode))
                continue;
            const key = `${l.relation}|${l.mode}`;
            const had = open.get(key);
            if (had && !s.outsideTransaction)
                continue;
            const bar = { relation: l.relation, mode: l.mode, line: s.line, start, end };
            bars.push(bar);
            if (!s.outsideTransaction)
                open.set(key, bar);
        }
    }
    // held until the transaction commits, at the end of the file
    if (m.transactional)
        for (const b of open.values())
            b.end = Math.max(b.end, t);
    return bars.sort((a, b) => (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : a.start - b.start || (0,locks/* lockRank */.wb)(b.mode) - (0,locks/* lockRank */.wb)(a.mode)));
}
function lockTimeline(m, queue) {
    const bars = lockBars(m);
    if (bars.length === 0)
        return undefined;
    const lines = ['gantt', `  title ${label(`${m.file}: locks on existing tables (ms)`)}`, '  dateFormat x', '  axisFormat %L ms'];
    let shown = 0;
    let section = '';
    bars.forEach((b, i) => {
        if (shown >= MAX_BARS)
            return;
        if (b.relation !== section) {
            section = b.relation;
            lines.push(`  section ${label(section)}`);
        }
        const tag = (0,locks/* blocksReads */.o5)(b.mode) ? 'crit, ' : 'active, ';
        const what = (0,locks/* blocksReads */.o5)(b.mode) ? 'blocks reads and writes' : 'blocks writes';
        lines.push(`  ${label(`${b.mode} from line ${b.line}, ${what}`)} :${tag}b${i}, ${b.start}, ${b.end}`);
        shown++;
    });
    // what the traffic measured while each statement ran for real: a bar as long as the longest wait
    const measured = (m.statements ?? []).flatMap((s) => (s.blocking ?? []).filter((b) => b.readBlockedMs >= 1 || b.writeBlockedMs >= 1).map((b) => ({ s, b })));
    if (measured.length && shown < MAX_BARS) {
        lines.push(`  section ${label('blocked traffic, measured')}`);
        let t = 0;
        const startOf = new Map();
        for (const s of m.statements ?? []) {
            startOf.set(s.index, t);
            t += Math.max(1, Math.round(s.durationMs));
        }
        measured.forEach(({ s, b }, i) => {
            const from = startOf.get(s.index) ?? 0;
            const worst = Math.max(1, Math.round(Math.max(b.readBlockedMs, b.writeBlockedMs)));
            const text = `line ${s.line} ${b.relation} writes blocked ${Math.round(b.writeBlockedMs)} ms, reads ${Math.round(b.readBlockedMs)} ms`;
            lines.push(`  ${label(text)} :${b.readBlockedMs >= 1 ? 'crit, ' : 'active, '}m${i}, ${from}, ${from + worst}`);
        });
    }
    const mine = queue.filter((q) => q.file === m.file && (q.outcome === 'queued' || q.outcome === 'slow timeout' || q.outcome === 'failed fast'));
    if (mine.length && shown < MAX_BARS) {
        lines.push(`  section ${label('lock-queue rehearsal')}`);
        mine.forEach((q, i) => {
            const waited = Math.max(1, Math.round(Math.max(q.readWaitMs ?? 0, q.writeWaitMs ?? 0)));
            const text = q.outcome === 'failed fast' ? `line ${q.line} traffic waited ${waited} ms, lock_timeout ended it` : `line ${q.line} traffic queued ${waited} ms behind it`;
            lines.push(`  ${label(text)} :${q.outcome === 'failed fast' ? '' : 'crit, '}q${i}, 0, ${waited}`);
        });
    }
    if (bars.length > shown)
        lines.push(`  section ${label(`and ${bars.length - shown} more locks, in the table above`)}`);
    return lines.join('\n');
}
/** Mermaid's gantt grammar ends a task's text at ':' and a line at ';' or '#'. */
function label(s) {
    return s.replace(/[:;#\r\n%]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
}

// EXTERNAL MODULE: ./src/report/test-text.ts
var test_text = __webpack_require__(6518);
;// CONCATENATED MODULE: ./src/report/test-markdown.ts






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
    const later = r.migrations.filter((m) => m.phase === 'later').length;
    if (later)
        out.push('', `_${later} migration${later === 1 ? '' : 's'} after the change ${later === 1 ? 'was' : 'were'} applied after it (untraced), so the pgTAP files see the whole schema._`);
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
                const blocked = (st.blocking ?? []).map((b) => `writes to ${code(b.relation)} blocked ${Math.round(b.writeBlockedMs)} ms, reads ${Math.round(b.readBlockedMs)} ms`);
                const locks = [...st.locks.map((l) => (l.harmless ? `${l.mode} ${code(l.relation)} (dead index: harmless)` : `${l.mode === 'ACCESS EXCLUSIVE' ? '**ACCESS EXCLUSIVE**' : l.mode} ${code(l.relation)}`)), ...blocked].join('<br>') || '—';
                const rewrites = [...st.rewrites.map((x) => `**${code(x)}**`), ...st.rebuiltIndexes.map((x) => `${code(x)} (index)`)].join('<br>') || '—';
                const held = st.heldAccessExclusive.map((h) => `${code(h.relation)} (line ${h.sinceLine})`).join('<br>') || '—';
                const stmt = code(st.sql) + (st.outsideTransaction ? ' _(no transaction)_' : '');
                out.push(`| ${cell(m.file)} | ${st.line} | ${stmt} | ${locks} | ${rewrites} | ${held} | ${ms(st.durationMs)} |`);
            }
        }
        if (traced > rows)
            out.push('', `_${traced - rows} other statement${traced - rows === 1 ? '' : 's'} took no lock on an existing table._`);
        for (const m of fresh) {
            const chart = lockTimeline(m, r.lockQueue ?? []);
            if (chart)
                out.push('', '```mermaid', chart, '```');
        }
    }
    const impact = r.impact ?? [];
    if (impact.length) {
        out.push('', '#### Production impact', '', '_Measured on synthetic copies of the tables at two sizes and scaled to the production statistics; no production data is used._', '');
        out.push('| Migration | Line | Statement | Table | Size | Lock | Blocks | Estimate |', '|---|---:|---|---|---|---|---|---|');
        for (const i of impact) {
            const size = [i.rows === null ? 'rows unknown' : `${i.rows.toLocaleString('en')} rows`, (0,test_text.bytesText)(i.bytes), i.writesPerSecond === null ? '' : `≈ ${Math.round(i.writesPerSecond)} writes/s`].filter(Boolean).join(', ');
            const lock = i.lock === 'ACCESS EXCLUSIVE' ? '**ACCESS EXCLUSIVE**' : i.lock;
            out.push(`| ${cell(i.file)} | ${i.line} | ${code(i.statement)} | ${code(i.relation)} | ${size} | ${lock} | ${i.blocks} | ${cell((0,db_impact/* describeImpact */.an)(i))} |`);
        }
    }
    if (r.release) {
        const rel = r.release;
        const counted = rel.broken.filter((b) => !b.ignored);
        out.push('', `#### Running release: ${counted.length ? `❌ ${counted.length} of ${rel.checked} queries broken` : `✅ ${rel.checked} queries still prepare`}`, '');
        if (rel.setAside)
            out.push(`_${rel.setAside} set aside: they do not prepare on the schema before the change either._`, '');
        for (const b of rel.broken)
            out.push(`- ${b.ignored ? `➖ intended (${cell(b.ignored)}):` : '❌'} ${cell((0,compat/* describeBroken */.lk)(b))}`);
        for (const p of rel.planRegressions)
            out.push(`- ⚠️ ${cell(p.source)} ${code(p.query.slice(0, 80))} no longer uses ${p.lost.map(code).join(', ')}`);
    }
    const queue = r.lockQueue ?? [];
    if (queue.length) {
        out.push('', '#### Lock-queue rehearsal', '', '_Each statement ran once behind a transaction holding its table while other sessions read and wrote it, then was rolled back._', '');
        out.push('| Migration | Line | Statement | Table | Lock | Verdict |', '|---|---:|---|---|---|---|');
        for (const q of queue) {
            const icon = q.outcome === 'queued' ? '❌' : q.outcome === 'failed fast' ? '✅' : '➖';
            out.push(`| ${cell(q.file)} | ${q.line} | ${code(q.statement)} | ${code(q.relation)} | ${q.lock} | ${icon} ${cell((0,lock_queue/* describeQueue */.x)(q))} |`);
        }
    }
    const grown = fresh.filter((m) => m.growth);
    if (grown.length) {
        out.push('', '#### Written by the new migrations', '', '| Migration | WAL | Database growth |', '|---|---:|---:|');
        for (const m of grown)
            out.push(`| ${cell(m.file)} | ${(0,test_text.bytesText)(m.growth.walBytes)} | ${(0,test_text.bytesText)(m.growth.databaseBytes)} |`);
    }
    for (const n of r.notices ?? [])
        out.push('', `_Notice: ${cell(n)}_`);
    const failedMigrations = r.migrations.filter((m) => m.status === 'failed');
    if (failedMigrations.length) {
        out.push('', '#### Failed migration', '');
        for (const m of failedMigrations)
            out.push('```', ...(0,test_text.describeError)(m.error), '```');
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
    const server = r.server ?? { changes: [], unreadable: [] };
    if (server.changes.length || server.unreadable.length) {
        out.push('', '#### Outside the test database', '');
        out.push(r.database.throwaway ? '_Server-wide changes while the run went on (gone with the throwaway cluster):_' : '_Server-wide changes while the run went on; they stay on the server after it:_', '');
        for (const c of server.changes)
            out.push(`- ⚠️ ${cell((0,server_state/* describeServerChange */.Hg)(c))}`);
        for (const u of server.unreadable)
            out.push(`- not checked: ${cell(u)}`);
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
