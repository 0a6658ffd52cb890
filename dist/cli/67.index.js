export const id = 67;
export const ids = [67];
export const modules = {

/***/ 67:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS: () => (/* reexport */ formats/* FORMATS */.h),
  formatResult: () => (/* binding */ formatResult)
});

;// CONCATENATED MODULE: ./src/report/compact.ts
/**
 * One line per finding, `file:line:col: severity rule: message`, for editors' error parsers
 * (vim's errorformat, Emacs' compile mode), grep and sort; nothing else is printed. A newline in
 * a file name or message would start a line pgmig did not write, so it is shown as `\n`, and a
 * line never starts with `::` (a GitHub workflow command).
 */
function formatCompact(result) {
    const one = (s) => s.replace(/\r\n|\r|\n/g, '\\n');
    let out = '';
    for (const f of result.findings) {
        const line = `${one(f.file)}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${one(f.message)}`;
        out += `${line.startsWith('::') ? `./${line}` : line}\n`;
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/workflow-commands.ts
var workflow_commands = __webpack_require__(8260);
;// CONCATENATED MODULE: ./src/report/github.ts


/**
 * GitHub keeps at most this many annotations of each kind per step and silently drops the
 * rest, so pgmig chooses which ones are seen and says how many were left out.
 */
const ANNOTATIONS_PER_KIND = 10;
function annotation(f) {
    const props = [['file', f.file]];
    if (f.line >= 1) {
        const endLine = Math.max(f.endLine, f.line);
        props.push(['line', f.line], ['col', f.column], ['endLine', endLine], ['endColumn', f.endColumn]);
    }
    props.push(['title', f.rule]);
    const body = f.help ? `${f.message}\n\nhelp: ${f.help}\ndocs: pgmig explain ${f.rule}` : f.message;
    return (0,workflow_commands/* workflowCommand */.NA)(f.severity === 'error' ? 'error' : 'warning', props, body);
}
/**
 * A plain log line. The runner reads any line that starts with `::` (after spaces) as a command,
 * and a file name or a quoted identifier may hold a newline followed by one, so line breaks
 * are flattened and the line starts with `- `.
 */
function plain(f) {
    const flat = (s) => s.replace(/[\r\n]+/g, ' ');
    return (0,workflow_commands/* runnerSafe */.e9)(`- ${flat(f.file)}:${f.line}:${f.column} ${f.severity} ${flat(f.message)} [${f.rule}]`);
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Workflow commands for GitHub Actions: one annotation per finding (errors first, at most
 * {@link ANNOTATIONS_PER_KIND} of each kind), a notice for what did not fit, the findings left
 * out as plain log lines, and a summary line.
 */
function formatGithub(result, slots = {}) {
    // the action keeps a slot or two for its own verdict and warnings, which GitHub would drop
    // as the 11th annotation of their kind
    const errorSlots = Math.max(0, Math.min(ANNOTATIONS_PER_KIND, slots.errors ?? ANNOTATIONS_PER_KIND));
    const warningSlots = Math.max(0, Math.min(ANNOTATIONS_PER_KIND, slots.warnings ?? ANNOTATIONS_PER_KIND));
    const errors = result.findings.filter((f) => f.severity === 'error');
    const warnings = result.findings.filter((f) => f.severity !== 'error');
    const shown = [...errors.slice(0, errorSlots), ...warnings.slice(0, warningSlots)];
    const leftErrors = errors.slice(errorSlots);
    const leftWarnings = warnings.slice(warningSlots);
    const out = shown.map(annotation);
    const left = leftErrors.length + leftWarnings.length;
    if (left > 0) {
        const parts = [leftErrors.length && plural(leftErrors.length, 'error'), leftWarnings.length && plural(leftWarnings.length, 'warning')].filter(Boolean);
        out.push((0,workflow_commands/* workflowCommand */.NA)('notice', [['title', 'pgmig: more findings than GitHub annotates']], `${left} more finding${left === 1 ? '' : 's'} (${parts.join(', ')}) not annotated: GitHub shows at most ` +
            `${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step` +
            (errorSlots < ANNOTATIONS_PER_KIND || warningSlots < ANNOTATIONS_PER_KIND ? ', and pgmig keeps some for its verdict. ' : '. ') +
            'The full list is in the job summary and in the text output (pgmig lint --format text); the ones left out are listed in this log.'));
        out.push('pgmig: findings without an annotation:');
        // one by one: spreading 200,000 findings into push() overflows the call stack
        for (const f of leftErrors)
            out.push(plain(f));
        for (const f of leftWarnings)
            out.push(plain(f));
    }
    const { files, errors: e, warnings: w } = result.summary;
    out.push(e + w === 0
        ? `pgmig: ${plural(files, 'file')} checked, no findings`
        : `pgmig: ${plural(files, 'file')} checked: ${plural(e, 'error')}, ${plural(w, 'warning')}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON contract of DESIGN.md: findings in file order and a summary. */
function formatJson(result) {
    return JSON.stringify({ findings: result.findings, summary: result.summary, ...(result.notices?.length ? { notices: result.notices } : {}) }, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/report/docs-url.ts
var docs_url = __webpack_require__(4607);
;// CONCATENATED MODULE: ./src/report/sarif.ts


const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where code scanning sends people who click the tool's name. */
const INFORMATION_URI = 'https://www.npmjs.com/package/pgmig';
/** Consumers (GitHub code scanning) resolve relative artifact URIs against the checkout root. */
const SRCROOT = '%SRCROOT%';
/** GitHub code scanning rejects a run with more results than this (the upload fails, silently here). */
const SARIF_MAX_RESULTS = 25_000;
/** …and an upload larger than this, gzipped. */
const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024;
/** GitHub cuts a rule's fullDescription past this many characters. */
const FULL_DESCRIPTION_MAX = 1024;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const pascal = (id) => id.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase());
function firstSentence(text) {
    const m = /^.*?[.!?](?=\s|$)/s.exec(text);
    return (m ? m[0] : text).trim();
}
/** Code scanning filters alerts by tag; the tag says what kind of harm the rule prevents. */
function tagsOf(rule) {
    const tags = ['postgresql', 'migrations'];
    const id = rule.id;
    if (rule.docs.lock || /concurrent|lock|timeout|reindex|refresh|transaction/.test(id))
        tags.push('locking');
    if (/rls|security|search-path/.test(id))
        tags.push('security');
    if (/version|filename|applied/.test(id))
        tags.push('versioning');
    if (id === 'syntax-error')
        tags.push('correctness');
    if (id === 'unused-ignore')
        tags.push('maintainability');
    return tags;
}
/** A fence that the content cannot close: longer than any run of backticks inside it. */
function fence(content, lang = '') {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}${lang}\n${content}\n${f}`;
}
function descriptor(rule) {
    const { why, instead, lock, example } = rule.docs;
    const text = [why, lock && `Lock: ${lock}`, `Instead: ${instead}`];
    const markdown = [why, lock && `**Lock:** ${lock}`, `**Instead:** ${instead}`];
    if (example) {
        const indent = (s) => s.replace(/^/gm, '    ');
        text.push(`Bad:\n${indent(example.bad)}`, `Good:\n${indent(example.good)}`);
        markdown.push(`Bad:\n\n${fence(example.bad, 'sql')}`, `Good:\n\n${fence(example.good, 'sql')}`);
    }
    text.push(`More: pgmig explain ${rule.id}`);
    markdown.push(`More: \`pgmig explain ${rule.id}\``);
    return {
        id: rule.id,
        name: pascal(rule.id),
        shortDescription: { text: firstSentence(why) },
        fullDescription: { text: lock ? `${why} Lock: ${lock}` : why },
        help: { text: text.filter(Boolean).join('\n\n'), markdown: markdown.filter(Boolean).join('\n\n') },
        ...((0,docs_url/* docsUrl */.fs)(rule.id) ? { helpUri: (0,docs_url/* docsUrl */.fs)(rule.id) } : {}),
        defaultConfiguration: { level: rule.severity, enabled: !rule.optIn },
        properties: { tags: tagsOf(rule) },
    };
}
/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
function pathToUri(path) {
    return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
function result(f, index, rules) {
    const i = index.get(f.rule);
    const instead = i === undefined ? undefined : rules[i].docs.instead;
    // the rule's help is in its descriptor; a finding-specific one would be lost without this
    const text = f.help && f.help !== instead ? `${f.message}\n\n${f.help}` : f.message;
    const startLine = Math.max(1, f.line);
    const startColumn = Math.max(1, f.column);
    const endLine = Math.max(startLine, f.endLine);
    const endColumn = endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn);
    return {
        ruleId: f.rule,
        ...(i === undefined ? {} : { ruleIndex: i }),
        level: f.severity,
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: pathToUri(f.file), uriBaseId: SRCROOT },
                    region: { startLine, startColumn, endLine, endColumn },
                },
            },
        ],
        ...(f.relation ? { properties: { relation: f.relation } } : {}),
    };
}
/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule, then every finding
 * (`pgmig lint --format sarif`; the action uses {@link formatSarifReport} with GitHub's limits).
 */
function formatSarif(lint, opts) {
    return formatSarifReport(lint, { maxResults: Infinity, maxGzipBytes: Infinity, ...opts }).text;
}
function srcRootUri(path) {
    const p = path.replace(/\\/g, '/');
    const abs = p.startsWith('/') ? p : `/${p}`;
    return `file://${abs.split('/').map(encodeURIComponent).join('/')}${abs.endsWith('/') ? '' : '/'}`;
}
/**
 * The SARIF log within GitHub's limits: at most `maxResults` results and `maxGzipBytes`
 * gzipped, errors before warnings (each in the lint's order) when findings must be left out;
 * the run's properties and {@link SarifReport.notice} say how many and where the rest is.
 */
function formatSarifReport(lint, opts) {
    const total = lint.findings.length;
    const ordered = [...lint.findings.filter((f) => f.severity === 'error'), ...lint.findings.filter((f) => f.severity !== 'error')];
    const maxResults = opts.maxResults ?? SARIF_MAX_RESULTS;
    const maxBytes = opts.maxGzipBytes ?? SARIF_MAX_GZIP_BYTES;
    let keep = Math.min(total, maxResults);
    for (;;) {
        const cut = keep < total;
        const notice = cut
            ? `${total - keep} of ${total} findings are left out of this SARIF log (errors kept first): GitHub code scanning accepts at most ${maxResults.toLocaleString('en-US')} results and ${Math.round(maxBytes / 1024 / 1024)} MB gzipped per upload. The job summary, the log and the JSON report have them all.`
            : undefined;
        const text = render(cut ? ordered.slice(0, keep) : lint.findings, opts, cut ? { truncated: true, findingsTotal: total, findingsInLog: keep, notice } : undefined);
        if (keep === 0 || !Number.isFinite(maxBytes) || (0,external_node_zlib_.gzipSync)(text).length <= maxBytes)
            return { text, shown: keep, total, notice };
        keep = Math.floor(keep / 2);
    }
}
function render(findings, opts, cut) {
    const index = new Map(opts.rules.map((r, i) => [r.id, i]));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'pgmig',
                        ...(opts.version ? { version: opts.version } : {}),
                        ...(opts.version && SEMVER.test(opts.version) ? { semanticVersion: opts.version } : {}),
                        informationUri: opts.informationUri ?? INFORMATION_URI,
                        rules: opts.rules.map(descriptor),
                    },
                },
                // every result's artifactLocation is relative to this base: the checkout's root
                originalUriBaseIds: {
                    [SRCROOT]: opts.srcRoot ? { uri: srcRootUri(opts.srcRoot) } : { description: { text: 'The root of the repository checkout the paths are relative to.' } },
                },
                // the engine counts columns in characters (code points), as editors show them
                columnKind: 'unicodeCodePoints',
                results: findings.map((f) => result(f, index, opts.rules)),
                ...(cut ? { properties: cut } : {}),
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/text.ts

/**
 * Longer source lines are not quoted: a generated one-line file would be printed again for
 * every finding in it (hundreds of megabytes, past what a string can hold).
 */
const QUOTE_MAX_CHARS = 1000;
const paint = (on, code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
/** For people at a terminal: where, what, the line itself with a marker, and what to do. */
function formatText(result, opts) {
    const red = paint(opts.color, '31');
    const yellow = paint(opts.color, '33');
    const dim = paint(opts.color, '2');
    const bold = paint(opts.color, '1');
    const out = [];
    for (const f of result.findings) {
        const sev = f.severity === 'error' ? red('error') : yellow('warning');
        out.push(`${bold(`${f.file}:${f.line}:${f.column}`)} ${sev} ${f.message} ${dim(`[${f.rule}]`)}`);
        const src = result.sources.get(f.file)?.lineText(f.line);
        if (src !== undefined && src.length <= QUOTE_MAX_CHARS && src.trim()) {
            const gutter = String(f.line).padStart(4);
            out.push(dim(`${gutter} | `) + src.replace(/\t/g, ' '));
            const chars = [...src];
            const start = Math.min(f.column - 1, chars.length);
            const width = f.endLine === f.line ? Math.max(1, Math.min(f.endColumn, chars.length + 1) - f.column) : Math.max(1, chars.length - start);
            out.push(dim(`${' '.repeat(gutter.length)} | `) + ' '.repeat(start) + (f.severity === 'error' ? red : yellow)('^'.repeat(width)));
        }
        if (f.help)
            out.push(`  ${bold('help:')} ${f.help}`);
        const url = (0,docs_url/* docsUrl */.fs)(f.rule);
        out.push(`  ${dim(`docs: pgmig explain ${f.rule}${url ? `  (${url})` : ''}`)}`);
        out.push('');
    }
    const { files, errors, warnings } = result.summary;
    const verdict = errors > 0 ? red('✖') : warnings > 0 ? yellow('⚠') : '✔';
    out.push(`${verdict} ${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/formats.ts
var formats = __webpack_require__(5226);
;// CONCATENATED MODULE: ./src/report/index.ts







const FORMATTERS = {
    text: (r, c) => formatText(r, { color: c.color }),
    json: (r) => formatJson(r),
    github: (r) => formatGithub(r),
    sarif: (r, c) => formatSarif(r, { rules: c.rules, version: c.version }),
    markdown: (r, c) => (0,markdown/* formatMarkdown */.jI)(r, { rules: c.rules }),
    compact: (r) => formatCompact(r),
};
function formatResult(format, result, ctx) {
    const f = FORMATTERS[format];
    if (!f)
        throw new Error(`format ${format} is not available`);
    return f(result, ctx);
}


/***/ }),

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


/***/ })

};
