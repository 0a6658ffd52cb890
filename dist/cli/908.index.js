export const id = 908;
export const ids = [908];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   jI: () => (/* binding */ formatMarkdown)
/* harmony export */ });
/* unused harmony export MARKDOWN_MAX_LENGTH */
/** A pull-request comment holds 65,536 characters; the rest is room for the caller's wrapper. */
const MARKDOWN_MAX_LENGTH = 60_000;
/** SQL quoted in the table is cut after this many characters to keep rows readable. */
const SQL_MAX_CHARS = 160;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Text from findings (messages name tables, so they carry SQL identifiers) as inert markdown:
 * HTML-significant characters become entities, markdown punctuation is backslash-escaped
 * (`|` included, so a table cell stays one cell), line breaks become spaces, and `@name` gets a
 * zero-width space so a table called `@org/team` notifies nobody.
 */
function escapeText(s) {
    return s
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, '\\$&')
        .replace(/@(?=\w)/g, '@&#8203;');
}
/**
 * A code span that shows `s` as written. Code-span content is never parsed as HTML or
 * markdown, so `<script>` stays text there (and entities would show literally, so none are
 * used); only backticks can end it, so the fence is one longer than any run inside. In a table
 * cell a `|` must still be escaped; the row scanner pairs backslashes, so a backslash run
 * before a pipe is doubled to keep the escape intact (it then shows one backslash more).
 */
function codeSpan(s, inTable = false) {
    // eslint-disable-next-line no-control-regex
    let body = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    if (body === '')
        return '';
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const f = '`'.repeat(longest + 1);
    if (body.startsWith('`') || body.endsWith('`'))
        body = ` ${body} `;
    if (inTable)
        body = body.replace(/(\\*)\|/g, (_m, bs) => `${bs}${bs}\\|`);
    return `${f}${body}${f}`;
}
function fenced(content, lang) {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}${lang}\n${content}\n${f}`;
}
function counts(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { errors, warnings: findings.length - errors };
}
function tally(errors, warnings) {
    return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
function verdict(result) {
    const { files, errors, warnings } = result.summary;
    const checked = `${plural(files, 'file')} checked`;
    if (errors + warnings === 0)
        return `✅ **pgmig: no findings** (${checked})`;
    const withFindings = new Set(result.findings.map((f) => f.file)).size;
    const icon = errors > 0 ? '❌' : '⚠️';
    return `${icon} **pgmig: ${tally(errors, warnings)}** in ${plural(withFindings, 'file')} (${checked})`;
}
function quoteSql(result, f) {
    const line = result.sources.get(f.file)?.lineText(f.line) ?? '';
    // only the part that can be shown is split into characters: a line can be the whole file
    const chars = [...line.trim().slice(0, 2 * SQL_MAX_CHARS + 1)];
    const text = chars.length > SQL_MAX_CHARS ? `${chars.slice(0, SQL_MAX_CHARS).join('')}…` : chars.join('');
    return codeSpan(text, true);
}
function row(result, f, rules) {
    const icon = f.severity === 'error' ? '❌' : '⚠️';
    const instead = rules.get(f.rule)?.docs.instead;
    // the rule's own help is in the details below; a finding-specific one belongs to the row
    const help = f.help && f.help !== instead ? `<br>help: ${escapeText(f.help)}` : '';
    return `| ${f.line}:${f.column} | ${icon} ${codeSpan(f.rule, true)} | ${escapeText(f.message)}${help} | ${quoteSql(result, f)} |\n`;
}
function fileHeader(file, findings) {
    const c = counts(findings);
    return `\n#### ${codeSpan(file)} — ${tally(c.errors, c.warnings)}\n\n| Line | Rule | Finding | SQL |\n|---:|---|---|---|\n`;
}
function ruleHelp(rule, severity) {
    const { why, lock, instead, example } = rule.docs;
    const parts = [`##### ${codeSpan(rule.id)} (${severity})`, why];
    if (lock)
        parts.push(`**Lock:** ${lock}`);
    parts.push(`**Instead:** ${instead}`);
    if (example)
        parts.push(`Bad:\n\n${fenced(example.bad, 'sql')}`, `Good:\n\n${fenced(example.good, 'sql')}`);
    parts.push(`More: ${codeSpan(`pgmig explain ${rule.id}`)}`);
    return parts.join('\n\n');
}
function details(used, result, short) {
    if (used.length === 0)
        return '';
    const severityOf = (r) => result.findings.find((f) => f.rule === r.id)?.severity ?? r.severity;
    const body = short
        ? `Run ${used.map((r) => codeSpan(`pgmig explain ${r.id}`)).join(', ')} for why each rule matters and what to do instead.`
        : used.map((r) => ruleHelp(r, severityOf(r))).join('\n\n');
    return `\n<details>\n<summary>How to fix: help for ${plural(used.length, 'rule')}</summary>\n\n${body}\n\n</details>\n`;
}
/**
 * For pull-request comments and job summaries: the verdict on the first line, the findings
 * grouped by file with the SQL line quoted, then the help of each rule that fired, folded.
 * Findings that would take the text past `maxLength` are left out and counted.
 */
function formatMarkdown(result, opts) {
    const max = opts.maxLength ?? MARKDOWN_MAX_LENGTH;
    const byId = new Map(opts.rules.map((r) => [r.id, r]));
    const head = verdict(result) + '\n';
    if (result.findings.length === 0)
        return head;
    const byFile = new Map();
    for (const f of result.findings) {
        const list = byFile.get(f.file) ?? [];
        list.push(f);
        byFile.set(f.file, list);
    }
    const used = [...new Set(result.findings.map((f) => f.rule))].map((id) => byId.get(id)).filter((r) => !!r);
    // room for the "left out" note, whose numbers are not known yet
    const noteRoom = 400;
    let tail = details(used, result, false);
    if (head.length + tail.length + noteRoom > max / 2)
        tail = details(used, result, true);
    const budget = max - head.length - tail.length - noteRoom;
    let body = '';
    const shown = new Set();
    let full = true;
    for (const [file, findings] of byFile) {
        const header = fileHeader(file, findings);
        let block = '';
        for (const f of findings) {
            const r = row(result, f, byId);
            if (body.length + header.length + block.length + r.length > budget) {
                full = false;
                break;
            }
            block += r;
            shown.add(f);
        }
        if (block)
            body += header + block;
        if (!full)
            break;
    }
    let note = '';
    if (!full) {
        const left = counts(result.findings.filter((f) => !shown.has(f)));
        note =
            `\n> ✂️ ${plural(left.errors + left.warnings, 'more finding')} (${tally(left.errors, left.warnings)}) not shown, ` +
                `to keep this under ${max.toLocaleString('en-US')} characters. The job log and ${codeSpan('pgmig lint')} list them all.\n`;
    }
    return head + body + note + tail;
}


/***/ }),

/***/ 1908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatRollbackMarkdown: () => (/* binding */ formatRollbackMarkdown),
/* harmony export */   formatRollbackText: () => (/* binding */ formatRollbackText),
/* harmony export */   replyHeader: () => (/* binding */ replyHeader),
/* harmony export */   rollbackVerdict: () => (/* binding */ rollbackVerdict)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : n >= 10 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
/** A configured duration: whole seconds as such. */
const duration = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000} s` : ms(n));
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Statements quoted in a reply, all files together: the comment must stay well under GitHub's limit. */
const SQL_BUDGET = 30_000;
/** One line for the verdict, the same words in the terminal, the reply and the audit. */
function rollbackVerdict(r) {
    const versions = r.steps.map((s) => s.version).join(', ');
    switch (r.status) {
        case 'planned':
            return r.blockers.length
                ? `a rollback is blocked: ${plural(r.blockers.length, 'problem')}`
                : r.steps.length
                    ? `a rollback would run ${plural(r.steps.length, 'undo file')} (version ${versions})`
                    : 'nothing to roll back';
        case 'refused':
            return `not run: ${plural(r.blockers.length, 'problem')} block${r.blockers.length === 1 ? 's' : ''} the rollback; nothing changed`;
        case 'rolled back':
            return `rolled back version ${versions} in ${ms(r.durationMs)}${retried(r) ? ` (got the locks on attempt ${r.attempts.length})` : ''}`;
        case 'dry run':
            if (r.unexecuted?.length)
                return `dry run: version ${versions} checked against the history but not executed (${plural(r.unexecuted.length, 'statement')} a rolled-back transaction might not take back); nothing changed`;
            return `dry run: version ${versions} rolled back in ${ms(r.durationMs)}, then the transaction was rolled back; nothing changed`;
        case 'failed':
            return r.uncertain
                ? 'the connection broke during COMMIT: whether the rollback was committed is unknown'
                : 'the rollback failed; the transaction was rolled back, nothing changed';
    }
}
/** More than one run of the transaction: a lock was not granted in time at first. */
const retried = (r) => (r.attempts?.length ?? 0) > 1;
const attemptResult = (a) => (a.result === 'ok' ? 'got the locks' : a.result === 'lock timeout' ? 'lock not granted in time' : 'failed');
/** One line per run of the transaction, when there was more than one. */
function attemptLines(r) {
    if (!retried(r))
        return [];
    const n = r.lockRetries?.attempts ?? r.attempts.length;
    return r.attempts.map((a) => `lock attempt ${a.attempt}/${n}: ${a.waitedMs ? `after ${ms(a.waitedMs)}, ` : ''}lock_timeout ${ms(a.lockTimeoutMs)}: ${attemptResult(a)}${a.result !== 'ok' && a.message ? ` (${a.message})` : ''}`);
}
function errorLines(e) {
    const out = [`${e.file}:${e.line}:${e.column}: ${e.sqlstate ? `ERROR ${e.sqlstate}: ` : ''}${e.message}`];
    if (e.statementLine !== undefined && e.statementLine !== e.line)
        out.push(`in the statement starting at line ${e.statementLine}`);
    if (e.inFunction)
        out.push(`raised in ${e.inFunction.name} at ${e.inFunction.file}:${e.inFunction.line}:${e.inFunction.column}`);
    if (e.hint)
        out.push(`hint: ${e.hint}`);
    return out;
}
/** For the terminal (`pgmig rollback`). */
function formatRollbackText(r) {
    const lines = [];
    const retries = r.lockRetries && r.lockRetries.attempts > 1 ? `, up to ${r.lockRetries.attempts} attempts within ${duration(r.lockRetries.maxTotalMs)}` : '';
    lines.push(`database ${r.database.name} (PostgreSQL ${r.database.serverVersion})${r.history ? `, history ${r.history}` : ''}, lock_timeout ${r.lockTimeoutMs} ms${retries}`);
    if (r.source)
        lines.push(`undo files and config from ${r.source.label} (commit ${r.source.commit})`);
    const ran = r.runs.length > 0;
    for (const [i, s] of r.steps.entries()) {
        const run = r.runs[i];
        const status = run ? (run.status === 'done' ? 'ok  ' : run.status === 'failed' ? 'FAIL' : 'skip') : ran ? 'skip' : '    ';
        lines.push(`${status} ${s.version}: ${s.undo} (${plural(s.statements.length, 'statement')}${run && run.status !== 'not run' ? `, ${ms(run.durationMs)}` : ''})`);
        if (r.status === 'planned')
            for (const st of s.statements)
                lines.push(`       ${st.replace(/\s*\n\s*/g, ' ')}`);
    }
    lines.push(...attemptLines(r));
    for (const b of r.blockers)
        lines.push(`blocked: ${b}`);
    if (r.error)
        lines.push(...errorLines(r.error).map((l, i) => (i ? `  ${l}` : `error: ${l}`)));
    if (r.problem)
        lines.push(`error: ${r.problem}`);
    for (const u of r.unexecuted ?? [])
        lines.push(`not executed: ${u}`);
    for (const n of r.notes)
        lines.push(`note: ${n}`);
    if (r.status === 'rolled back')
        lines.push(`removed ${plural(r.deletedRows, 'row')} from ${r.history}`);
    lines.push(`pgmig rollback: ${rollbackVerdict(r)}`);
    return lines.join('\n') + '\n';
}
function fence(content) {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((x) => x.length));
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}sql\n${content}\n${f}`;
}
/** The first lines of every reply: who asked what, and where the scripts came from. */
function replyHeader(icon, verdict, c) {
    const who = `Asked by @${c.login}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.command)} on #${c.pullNumber}`;
    const from = c.source ? ` · undo files from ${c.source}` : '';
    const run = c.runUrl ? ` · [workflow run](${c.runUrl})` : '';
    // the reply must never start with `/migrate`, or a workflow reading it would see a command
    return `${icon} **pgmig: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(verdict)}**\n\n${who}${from}${run}`;
}
/** The reply to `/migrate plan` or `/migrate rollback`, after the header. */
function formatRollbackMarkdown(r) {
    const parts = [];
    const retries = r.lockRetries && r.lockRetries.attempts > 1 ? r.lockRetries : undefined;
    const db = `Database ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.database.name)} (PostgreSQL ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(r.database.serverVersion)})${r.history ? `, history ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.history)}` : ''}, each undo file under ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(`SET LOCAL lock_timeout = '${r.lockTimeoutMs}ms'`)}` +
        (retries
            ? ` at most: a lock not granted in time runs the whole transaction again after a pause, shorter lock_timeout first (up to ${retries.attempts} attempts within ${duration(retries.maxTotalMs)}).`
            : '.');
    parts.push(db);
    if (retried(r)) {
        const last = r.attempts[r.attempts.length - 1];
        const head = last.result === 'ok' ? `Got the locks on attempt ${last.attempt}:` : `The locks were not granted in ${plural(r.attempts.length, 'attempt')}:`;
        const rows = r.attempts.map((a) => `| ${a.attempt} | ${a.waitedMs ? ms(a.waitedMs) : ''} | ${ms(a.lockTimeoutMs)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(attemptResult(a))} |`);
        parts.push(`${head}\n\n| Attempt | Pause before | lock_timeout | Result |\n|---:|---:|---:|---|\n${rows.join('\n')}`);
    }
    if (r.steps.length) {
        const ran = r.runs.length > 0;
        const head = ran ? '| # | Version | Undo file | Statements | Result | Duration |\n|---:|---|---|---:|---|---:|' : '| # | Version | Undo file | Statements |\n|---:|---|---|---:|';
        const rows = r.steps.map((s, i) => {
            const base = `| ${i + 1} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(s.version)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(s.undo, true)} | ${s.statements.length} |`;
            if (!ran)
                return base;
            const run = r.runs[i];
            const res = !run || run.status === 'not run' ? 'not run' : run.status === 'done' ? (r.status === 'dry run' ? 'ran (rolled back)' : 'done') : '**failed**';
            return `${base} ${res} | ${run && run.status !== 'not run' ? ms(run.durationMs) : ''} |`;
        });
        const intro = r.status === 'planned' || r.status === 'refused'
            ? `${r.status === 'planned' ? 'A rollback would run' : 'It would have run'}, newest first, in one transaction with the deletion of their rows from the history:`
            : 'In one transaction, newest first:';
        parts.push(`${intro}\n\n${head}\n${rows.join('\n')}`);
    }
    if (r.blockers.length) {
        parts.push(`**${r.status === 'planned' ? 'What blocks it' : 'Why it was not run'}:**\n\n${r.blockers.map((b) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(b)}`).join('\n')}`);
    }
    else if (r.status === 'planned' && r.steps.length) {
        parts.push(`Nothing blocks it: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)('/migrate rollback')} runs it (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)('--dry-run')} to try it and roll back).`);
    }
    if (r.error) {
        const [first, ...more] = errorLines(r.error);
        parts.push(`**Error** at ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(`${r.error.file}:${r.error.line}:${r.error.column}`)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(first.slice(first.indexOf(': ') + 2))}${more.length ? `\n${more.map((m) => `> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(m)}`).join('\n')}` : ''}`);
    }
    if (r.problem)
        parts.push(`**Error:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(r.problem)}`);
    if (r.status === 'rolled back')
        parts.push(`Removed ${plural(r.deletedRows, 'row')} from ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.history ?? 'flyway_schema_history')}; committed in ${ms(r.durationMs)}.`);
    if (r.unexecuted?.length) {
        parts.push(`**Not executed:** a dry run executes undo files only when rolling the transaction back takes all of it back, and here it might not:\n\n${r.unexecuted.map((u) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(u)}`).join('\n')}\n\nNothing was executed; the plan and the history were checked.`);
    }
    if (r.status === 'dry run')
        parts.push(`It would remove ${plural(r.deletedRows, 'row')} from ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.history ?? 'flyway_schema_history')}. ${r.unexecuted?.length ? 'The database is as it was.' : 'The transaction was rolled back: the database is as it was.'}`);
    if (r.status === 'failed' && !r.uncertain)
        parts.push('The transaction was rolled back: the database is as it was, the history untouched.');
    if (r.notes.length)
        parts.push(r.notes.map((n) => `> ℹ️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(n)}`).join('\n'));
    if (r.status === 'planned' && r.steps.some((s) => s.statements.length)) {
        let budget = SQL_BUDGET;
        const blocks = [];
        for (const s of r.steps) {
            const sql = s.statements.map((x) => `${x.trim()};`).join('\n');
            const shown = sql.length <= budget ? sql : `${sql.slice(0, Math.max(0, budget))}\n-- … (cut; the file has it all)`;
            budget = Math.max(0, budget - sql.length);
            blocks.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(s.undo)}\n\n${fence(shown)}`);
        }
        parts.push(`<details>\n<summary>Statements</summary>\n\n${blocks.join('\n\n')}\n\n</details>`);
    }
    return parts.join('\n\n');
}


/***/ })

};
