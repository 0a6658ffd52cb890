export const id = 746;
export const ids = [746];
export const modules = {

/***/ 5746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLint: () => (/* binding */ runLint),
  showPlaceholdersAsWritten: () => (/* binding */ showPlaceholdersAsWritten)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
// EXTERNAL MODULE: ./src/migrations/placeholders.ts
var placeholders = __webpack_require__(5167);
// EXTERNAL MODULE: ./src/migrations/read.ts
var read = __webpack_require__(3193);
// EXTERNAL MODULE: ./src/migrations/stats-file.ts
var stats_file = __webpack_require__(2081);
// EXTERNAL MODULE: ./src/db/apply.ts
var apply = __webpack_require__(2154);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/sql/node-types.ts
var node_types = __webpack_require__(1154);
// EXTERNAL MODULE: ./src/migrations/file-mode.ts + 1 modules
var file_mode = __webpack_require__(2213);
// EXTERNAL MODULE: ./src/sql/locks.ts
var sql_locks = __webpack_require__(340);
// EXTERNAL MODULE: ./src/sql/ddl.ts
var ddl = __webpack_require__(7540);
// EXTERNAL MODULE: ./src/sql/model.ts
var sql_model = __webpack_require__(5265);
// EXTERNAL MODULE: ./src/sql/names.ts
var names = __webpack_require__(792);
// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __webpack_require__(2627);
// EXTERNAL MODULE: ./src/sql/parse.ts + 1 modules
var parse = __webpack_require__(8979);
;// CONCATENATED MODULE: ./src/sql/plpgsql.ts


const NONE = { statements: [], dynamic: [] };
/** Lint asks more than once per block (does the project use RLS; the run itself): parse it once. */
const cache = new WeakMap();
/** Statements inside a DO block (LANGUAGE plpgsql, the default); none for anything else. */
function doBlockStatements(stmt, source) {
    if (stmt.kind !== 'DoStmt')
        return NONE;
    let found = cache.get(stmt);
    if (!found)
        cache.set(stmt, (found = readBody(stmt, source, stmt.node.args, 'plpgsql', 'do')));
    return found;
}
/**
 * Statements in the body of a CREATE FUNCTION / PROCEDURE written in PL/pgSQL or SQL (a string
 * body; BEGIN ATOMIC and other languages give none). They run when the routine is called, so
 * the caller decides where they count (src/sql/executed.ts).
 */
function routineBodyStatements(stmt, source) {
    if (stmt.kind !== 'CreateFunctionStmt')
        return NONE;
    let found = cache.get(stmt);
    if (!found) {
        const f = stmt.node;
        cache.set(stmt, (found = readBody(stmt, source, f.options, undefined, f.is_procedure ? 'procedure' : 'function')));
    }
    return found;
}
function readBody(stmt, source, options, defaultLanguage, within) {
    const none = NONE;
    const args = (options ?? []).map((a) => a.DefElem).filter((d) => !!d);
    const language = (stringArg(args.find((d) => d.defname === 'language')) ?? defaultLanguage)?.toLowerCase();
    if (language !== 'plpgsql' && language !== 'sql')
        return none;
    const body = stringArg(args.find((d) => d.defname === 'as'));
    if (body === undefined)
        return none;
    // the body as written: a dollar-quoted string is verbatim in the file, a quoted one is not
    const at = source.text.slice(stmt.start, stmt.end).indexOf(body);
    if (at < 0 || !body.trim())
        return none;
    const bodyStart = stmt.start + at;
    if (language === 'sql')
        return sqlBody(stmt, source, body, bodyStart, within);
    let tree;
    try {
        tree = (0,wasm.parsePlPgSQLSync)(source.text.slice(stmt.start, stmt.end));
    }
    catch {
        // PostgreSQL reports a broken body when the block runs or the routine is created; the SQL parser accepted the string
        return none;
    }
    const found = [];
    for (const f of tree.plpgsql_funcs ?? [])
        collect(f.PLpgSQL_function?.action, found);
    const out = { statements: [], dynamic: [] };
    const lines = lineStarts(body);
    for (const f of found) {
        const lineAt = bodyStart + (lines[f.line - 1] ?? 0);
        if (f.kind === 'commit' || f.kind === 'rollback') {
            const word = f.kind.toUpperCase();
            const i = findWord(source.text, word, lineAt, bodyStart + body.length);
            const start = i < 0 ? firstNonBlank(source.text, lineAt) : i;
            out.statements.push(embedded(stmt, source, start, start + word.length, 0, within, {
                TransactionStmt: { kind: f.kind === 'commit' ? 'TRANS_STMT_COMMIT' : 'TRANS_STMT_ROLLBACK' },
            }));
            continue;
        }
        if (f.kind === 'execute') {
            const literal = constantString(f.query ?? '');
            const written = source.text.indexOf(f.query ?? '', lineAt);
            const start = written < 0 ? firstNonBlank(source.text, lineAt) : written;
            if (literal === undefined) {
                out.dynamic.push(start);
                continue;
            }
            // node locations inside the string do not map to the file (quotes, concatenation): point at the string
            parseInto(out, stmt, source, literal, start, start + (f.query ?? '').length, -1, within);
            continue;
        }
        const query = f.query ?? '';
        // PERFORM x is kept as SELECT x; the text after SELECT is what the file has
        const shown = f.kind === 'perform' ? query.replace(/^SELECT\s+/i, '') : query;
        const written = source.text.indexOf(shown, lineAt);
        if (written < 0 || written > bodyStart + body.length) {
            const start = firstNonBlank(source.text, lineAt);
            parseInto(out, stmt, source, query, start, lineEnd(source.text, start), -1, within);
        }
        else if (f.kind === 'perform') {
            parseInto(out, stmt, source, query, written, written + shown.length, -1, within);
        }
        else {
            parseInto(out, stmt, source, query, written, written + query.length, source.byteOfIndex(written), within);
        }
    }
    return out;
}
/** A SQL-language body: its statements as written in the dollar-quoted string. */
function sqlBody(parent, source, body, bodyStart, within) {
    let stmts;
    try {
        stmts = (0,wasm.parseSync)(body).stmts ?? [];
    }
    catch {
        return NONE;
    }
    const out = { statements: [], dynamic: [] };
    const base = source.byteOfIndex(bodyStart);
    for (const raw of stmts) {
        const node = raw.stmt;
        if (!node)
            continue;
        // stmt_location counts the comments and blank lines before the statement: start at its first token
        const from = source.indexOfByte(base + (raw.stmt_location ?? 0));
        const start = (0,parse/* skipTrivia */.pU)(source.text, from);
        const end = source.indexOfByte(base + (raw.stmt_location ?? 0) + (raw.stmt_len || Buffer.byteLength(body) - (raw.stmt_location ?? 0)));
        out.statements.push(embedded(parent, source, start, trimEnd(source.text, start, end), base, within, node));
    }
    return out;
}
function parseInto(out, parent, source, sql, start, end, byteBase, within) {
    let stmts;
    try {
        stmts = (0,wasm.parseSync)(sql).stmts ?? [];
    }
    catch {
        return;
    }
    for (const raw of stmts) {
        const stmt = raw.stmt;
        if (!stmt)
            continue;
        // a negative base puts every node location before the statement start, so findings point at the statement
        out.statements.push(embedded(parent, source, start, end, byteBase < 0 ? -(1 << 30) : byteBase, within, stmt));
    }
}
function embedded(parent, source, start, end, byteBase, within, stmt) {
    return {
        // the DO's or the routine's own index: an ignore comment before it covers what it runs
        index: parent.index,
        ...(0,parse/* statementNode */.sw)(stmt),
        start,
        end,
        gapStart: start,
        byteBase,
        text: source.text.slice(start, end),
        within,
    };
}
function collect(node, out) {
    if (Array.isArray(node)) {
        for (const n of node)
            collect(n, out);
        return;
    }
    if (!node || typeof node !== 'object')
        return;
    for (const [key, value] of Object.entries(node)) {
        if (!value || typeof value !== 'object')
            continue;
        const line = value.lineno ?? 1;
        switch (key) {
            case 'PLpgSQL_stmt_execsql':
                out.push({ kind: 'sql', line, query: value.sqlstmt?.PLpgSQL_expr?.query });
                continue;
            case 'PLpgSQL_stmt_perform':
                out.push({ kind: 'perform', line, query: value.expr?.PLpgSQL_expr?.query });
                continue;
            case 'PLpgSQL_stmt_dynexecute':
                out.push({ kind: 'execute', line, query: value.query?.PLpgSQL_expr?.query });
                continue;
            case 'PLpgSQL_stmt_commit':
                out.push({ kind: 'commit', line });
                continue;
            case 'PLpgSQL_stmt_rollback':
                out.push({ kind: 'rollback', line });
                continue;
        }
        // blocks, IF, loops, CASE, exception handlers: their statement lists
        for (const [k, v] of Object.entries(value))
            if (k !== 'lineno' && typeof v === 'object')
                collect(v, out);
    }
}
/** The string an EXECUTE argument always evaluates to: a literal or literals joined with ||. */
function constantString(expr) {
    let stmts;
    try {
        stmts = (0,wasm.parseSync)(`SELECT ${expr}`).stmts ?? [];
    }
    catch {
        return undefined;
    }
    const target = stmts[0]?.stmt?.SelectStmt?.targetList;
    if (stmts.length !== 1 || target?.length !== 1)
        return undefined;
    const res = target[0].ResTarget;
    return res?.val ? evaluate(res.val) : undefined;
}
function evaluate(node) {
    if ('A_Const' in node)
        return node.A_Const.sval?.sval;
    if ('A_Expr' in node) {
        const e = node.A_Expr;
        const op = e.name?.[0]?.String?.sval;
        if (e.kind !== 'AEXPR_OP' || op !== '||' || !e.lexpr || !e.rexpr)
            return undefined;
        const l = evaluate(e.lexpr);
        const r = evaluate(e.rexpr);
        return l === undefined || r === undefined ? undefined : l + r;
    }
    return undefined;
}
function stringArg(d) {
    const arg = d?.arg;
    // a routine's AS is a list: one item is the body, two a C function's object file and symbol
    const items = arg?.List?.items;
    if (items)
        return items.length === 1 ? items[0]?.String?.sval : undefined;
    return arg?.String?.sval;
}
function trimEnd(text, start, end) {
    let e = end;
    while (e > start && /[\s;]/.test(text[e - 1]))
        e--;
    return e;
}
function lineStarts(text) {
    const out = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            out.push(i + 1);
    return out;
}
function firstNonBlank(text, from) {
    let i = from;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
function lineEnd(text, from) {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? text.length : nl;
}
function findWord(text, word, from, limit) {
    const re = new RegExp(`\\b${word}\\b`, 'gi');
    re.lastIndex = from;
    const m = re.exec(text);
    return m && m.index < limit ? m.index : -1;
}

// EXTERNAL MODULE: ./src/sql/walk.ts
var walk = __webpack_require__(4023);
;// CONCATENATED MODULE: ./src/sql/executed.ts




/**
 * Statements that run a routine when they run: a routine named in a view, an index expression,
 * a policy or a default is not called by the migration itself (or, for a default, only per row
 * of a table that the author knows), so only these count as calls.
 */
const RUNS_CALLS = new Set(['CallStmt', 'SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);
/** A routine that calls one that calls one…: deeper than this is not followed (nor a cycle). */
const MAX_DEPTH = 4;
const executed_cache = new WeakMap();
/**
 * The statements of a file as the server runs them: each top-level statement, then what a DO
 * block runs, and what a procedure or function defined earlier in the same file runs where the
 * file calls it (`CALL p()`, `SELECT f()`, `PERFORM f()` in a DO block). A routine's body is
 * followed at its first call only: a second call repeats what lint has already seen. Routines
 * from other files are not followed, since their text is not in this file for a finding to
 * point at.
 */
function executedStatements(parsed) {
    let out = executed_cache.get(parsed);
    if (out)
        return out;
    out = { statements: [], dynamic: [] };
    const routines = new Map();
    const followed = new Set();
    const result = out;
    const visit = (stmt, depth) => {
        result.statements.push(stmt);
        if (stmt.kind === 'CreateFunctionStmt')
            executed_define(routines, stmt);
        const inner = doBlockStatements(stmt, parsed.source);
        result.dynamic.push(...inner.dynamic);
        for (const s of inner.statements)
            visit(s, depth + 1);
        if (depth >= MAX_DEPTH || !RUNS_CALLS.has(stmt.kind))
            return;
        for (const call of callsOf(stmt)) {
            const routine = resolve(routines, call);
            if (!routine || followed.has(routine))
                continue;
            followed.add(routine);
            const body = routineBodyStatements(routine, parsed.source);
            result.dynamic.push(...body.dynamic);
            for (const s of body.statements)
                visit(s, depth + 1);
        }
    };
    for (const stmt of parsed.statements)
        visit(stmt, 0);
    executed_cache.set(parsed, out);
    return out;
}
function keyOf(name) {
    return name.toLowerCase();
}
function executed_define(routines, stmt) {
    const f = stmt.node;
    const name = (0,names/* nameParts */.I)(f.funcname).at(-1);
    if (!name)
        return;
    const list = routines.get(keyOf(name)) ?? [];
    // CREATE OR REPLACE of the same signature: the later body is the one a later call runs
    const args = inputArgs(f);
    const kept = list.filter((s) => inputArgs(s.node) !== args);
    kept.push(stmt);
    routines.set(keyOf(name), kept);
}
function inputArgs(f) {
    return (f.parameters ?? []).filter((p) => {
        const mode = (0,node_types/* nodeAs */.h)(p, 'FunctionParameter')?.mode;
        return mode !== 'FUNC_PARAM_OUT' && mode !== 'FUNC_PARAM_TABLE';
    }).length;
}
/** Same name, same number of arguments; with one routine of that name, defaults may fill the rest. */
function resolve(routines, call) {
    const list = routines.get(keyOf(call.name));
    if (!list?.length)
        return undefined;
    return list.find((s) => inputArgs(s.node) === call.args) ?? (list.length === 1 ? list[0] : undefined);
}
function callsOf(stmt) {
    const calls = [];
    // CALL holds its FuncCall bare, not as a typed node
    const call = stmt.kind === 'CallStmt' ? stmt.node.funccall : undefined;
    if (call) {
        const name = (0,names/* nameParts */.I)(call.funcname).at(-1);
        if (name)
            calls.push({ name, args: call.args?.length ?? 0 });
    }
    (0,walk/* walk */.GG)(stmt.node, (type, node) => {
        if (type !== 'FuncCall')
            return true;
        const name = (0,names/* nameParts */.I)(node.funcname).at(-1);
        if (name)
            calls.push({ name, args: node.args?.length ?? 0 });
        return true;
    });
    return calls;
}

// EXTERNAL MODULE: ./src/sql/session.ts
var sql_session = __webpack_require__(2516);
;// CONCATENATED MODULE: ./src/rules/finding.ts
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

;// CONCATENATED MODULE: ./src/rules/sizing.ts
/**
 * Data changes: their cost is the rows they touch (row locks, WAL, dead tuples, or every row gone),
 * so a 40-row lookup table is one short transaction and a large table the hazard the rule names.
 */
const DATA_CHANGE_RULES = new Set(['update-delete-without-where', 'backfill-in-ddl-transaction', 'ban-truncate']);
/**
 * Rules whose harm grows with the table: a rewrite, a scan, an index build or a validation holds
 * its lock for as long as the work takes, so on a known-small table it is a moment and on a
 * known-large one an outage. Every other rule keeps its severity whatever the size — above all
 * require-lock-timeout: queueing behind one long transaction blocks every query on a 10-row
 * table as surely as on a big one.
 */
const SIZE_SCALED_RULES = new Set([
    'require-concurrent-index-creation',
    'require-concurrent-reindex',
    'require-concurrent-refresh',
    'disallowed-unique-constraint',
    'changing-column-type',
    'adding-field-with-default',
    'adding-not-nullable-field',
    'adding-foreign-key-constraint',
    'constraint-missing-not-valid',
    'prefer-repack',
    'table-rewrite',
    ...DATA_CHANGE_RULES,
]);
/** Gives findings on relations the stats know their size, and moves size-scaled rules' severity. */
function sizeFindings(findings, stats, config) {
    return findings.map((f) => {
        const known = f.targets?.map((t) => ({ t, s: stats.relation(t) })).find((x) => x.s);
        if (!known)
            return f;
        const s = known.s;
        const relation = {
            name: `${known.t.schema}.${known.t.name}`,
            rows: s.rows,
            bytes: s.bytes.total,
            writesPerSecond: s.activity?.writesPerSecond ?? null,
        };
        let severity = f.severity;
        let note = '';
        if (SIZE_SCALED_RULES.has(f.rule)) {
            if (atLeast(s, config.size.large)) {
                severity = 'error';
                note = DATA_CHANGE_RULES.has(f.rule)
                    ? '; a large table in production: every row it touches is changed in one transaction'
                    : '; a large table in production: this is an outage for as long as the work takes';
            }
            else if (!atLeast(s, config.size.small) && s.rows !== null) {
                severity = 'warning';
                note = DATA_CHANGE_RULES.has(f.rule)
                    ? '; a small table in production: the change is one short transaction'
                    : '; a small table in production: the lock is held only briefly';
            }
        }
        return { ...f, severity, relation, message: `${f.message} (${describeSize(relation)}${note})` };
    });
}
/** "public.lead: 41.2 M rows, 12.3 GB, ≈ 350 writes/s". */
function describeSize(r) {
    const parts = [r.rows === null ? 'rows unknown (never analysed)' : `${count(r.rows)} rows`, bytes(r.bytes)];
    if (r.writesPerSecond !== null)
        parts.push(`≈ ${rate(r.writesPerSecond)} writes/s`);
    return `${r.name}: ${parts.join(', ')}`;
}
function atLeast(s, t) {
    if ('bytes' in t)
        return s.bytes.total >= t.bytes;
    return s.rows !== null && s.rows >= t.rows;
}
function count(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(1)} B`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)} M`;
    if (n >= 1e4)
        return `${(n / 1e3).toFixed(1)} k`;
    return String(n);
}
function bytes(n) {
    const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[i]}`;
}
function rate(n) {
    return n >= 10 ? String(Math.round(n)) : n >= 0.1 ? n.toFixed(1) : n.toFixed(2);
}

;// CONCATENATED MODULE: ./src/rules/squawk-ids.ts
/** Every rule id squawk 2.66 accepts (`squawk --exclude <id>` rejects an unknown one). */
const SQUAWK_RULE_IDS = [
    'adding-field-with-default', 'adding-foreign-key-constraint', 'adding-not-nullable-field',
    'adding-serial-primary-key-field', 'adding-required-field', 'ban-alter-domain-with-add-constraint',
    'ban-char-field', 'ban-concurrent-index-creation-in-transaction', 'ban-create-domain-with-constraint',
    'ban-drop-column', 'ban-drop-database', 'ban-drop-not-null', 'ban-drop-table',
    'ban-duplicate-column-assignments', 'ban-truncate-cascade', 'ban-uncommitted-transaction',
    'changing-column-type', 'constraint-missing-not-valid', 'disallowed-unique-constraint',
    'identifier-too-long', 'prefer-bigint-over-int', 'prefer-bigint-over-smallint', 'prefer-identity',
    'prefer-repack', 'prefer-robust-stmts', 'prefer-text-field', 'prefer-timestamp-tz', 'renaming-column',
    'renaming-table', 'require-concurrent-index-creation', 'require-concurrent-index-deletion',
    'require-concurrent-partition-detach', 'require-concurrent-reindex', 'require-enum-value-ordering',
    'require-table-schema', 'transaction-nesting', 'require-timeout-settings', 'require-lock-timeout',
    'require-statement-timeout',
];

;// CONCATENATED MODULE: ./src/rules/suppress.ts
const DIRECTIVE = /--\s*(pgmig|squawk)-ignore(-file)?\b[ \t]*([^\n]*)/g;
/**
 * Finds the ignore comments between statements (never inside a string or a function body,
 * since those regions are statements). A comment in the gap before a statement covers it.
 */
function findDirectives(parsed) {
    const text = parsed.source.text;
    if (!text.includes('-ignore'))
        return [];
    const out = [];
    const gaps = parsed.statements.map((s) => [s.gapStart, s.start, s.index]);
    gaps.push([parsed.trailingGapStart, text.length, undefined]);
    if (parsed.statements.length === 0)
        gaps[0] = [0, text.length, undefined];
    for (const [from, to, statement] of gaps) {
        const gap = text.slice(from, to);
        if (!gap.includes('-ignore'))
            continue;
        for (const m of gap.matchAll(DIRECTIVE)) {
            const fileWide = !!m[2];
            if (!fileWide && statement === undefined)
                continue;
            const rules = m[3]
                .replace(/--.*$/, '')
                .split(/[\s,]+/)
                .map((r) => r.trim())
                .filter(Boolean);
            const pos = parsed.source.position(from + m.index);
            out.push({
                line: pos.line,
                column: pos.column,
                endColumn: pos.column + m[0].trimEnd().length,
                fileWide,
                rules,
                statement: fileWide ? undefined : statement,
                used: new Set(),
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/did-you-mean.ts
var did_you_mean = __webpack_require__(3772);
;// CONCATENATED MODULE: ./src/rules/engine.ts












/**
 * One pass over every statement of every file, in migration order. Each statement is shown to
 * the rules that registered for its node type with the model as it stood just before it; then
 * its effects are folded into the model and the session.
 */
class Engine {
    config;
    stats;
    active;
    byKind = new Map();
    wildcard = [];
    known;
    /**
     * Files of this run that assumeInTransaction: flyway has in a transaction: an ignore for
     * prefer-robust-stmts there is for the runners that do not wrap them, not a stale one.
     */
    wrappedByFlyway = new Set();
    /** Alias id -> the rule ids it stands for (Rule.aliasOf). */
    aliases = new Map();
    constructor(rules, config, 
    /** Production statistics: findings on the relations they know are sized. */
    stats) {
        this.config = config;
        this.stats = stats;
        this.known = new Set(rules.map((r) => r.id));
        for (const r of rules)
            if (r.aliasOf)
                this.aliases.set(r.id, r.aliasOf);
        this.active = [];
        for (const rule of rules) {
            // a rule's own setting wins over an alias that includes it
            const override = config.rules[rule.id] ?? aliasSetting(this.aliases, config, rule.id);
            if (override === 'off' || (rule.optIn && !override))
                continue;
            const active = { rule, severity: override ?? rule.severity };
            this.active.push(active);
            for (const [kind, visit] of Object.entries(rule.visit ?? {})) {
                // the map's key says which node type the visitor reads; it is only ever given that one
                const typed = visit;
                if (kind === '*')
                    this.wildcard.push({ rule: active, visit: typed });
                else {
                    let list = this.byKind.get(kind);
                    if (!list)
                        this.byKind.set(kind, (list = []));
                    list.push({ rule: active, visit: typed });
                }
            }
        }
    }
    isActive(id) {
        return this.active.some((a) => a.rule.id === id);
    }
    /**
     * `eachFileIsAChange`: when linting a whole folder, every file is checked as the change it was
     * when it was merged, with the files before it as existing schema.
     */
    run(inputs, directory, base, eachFileIsAChange = false) {
        const model = new sql_model/* SchemaModel */.V();
        const raw = [];
        const linted = [];
        const severityOf = new Map(this.active.map((a) => [a.rule.id, a.severity]));
        const sources = new Map();
        const byPath = new Map();
        let changeFiles = [];
        /** Where a DO block EXECUTEs SQL built at run time, which lint cannot read. */
        const dynamic = [];
        const emit = (rule, file, span, message, opts, statement, targets) => {
            const severity = severityOf.get(rule.id);
            if (!severity)
                return;
            raw.push({
                rule: rule.id,
                severity,
                file: file.path,
                ...span,
                message,
                help: opts?.help ?? rule.docs.instead,
                statement,
                ...(this.stats && targets ? { targets: targets() } : {}),
            });
        };
        const notices = new Set();
        const usesRls = !!this.config.rls.given ||
            this.config.rules['require-rls'] !== undefined ||
            inputs.some((i) => executedStatements(i.parsed).statements.some(usesRowSecurity));
        const projectContext = (rule, files) => ({
            config: this.config,
            usesRls,
            notice: (message) => notices.add(message),
            model,
            files,
            directory,
            base,
            report: (at, message, opts) => {
                const f = byPath.get(at.file);
                if (f && at.stmt)
                    emit(rule, f, spanOf(f.parsed, at.stmt, opts?.location), message, opts, at.stmt.index);
                else if (f)
                    emit(rule, f, at.line ? lineSpan(f.parsed, at.line) : firstLine(f.parsed), message, opts);
                else
                    emit(rule, { path: at.file }, { line: 1, column: 1, endLine: 1, endColumn: 1 }, message, opts);
            },
        });
        const endChange = (files) => {
            for (const { rule } of this.active)
                if (rule.endChange)
                    rule.endChange(projectContext(rule, files));
        };
        for (const input of inputs) {
            const { parsed } = input;
            if (!input.lint) {
                for (const stmt of executedStatements(parsed).statements)
                    model.apply(stmt, 'base', input.entry.path);
                continue;
            }
            if ((eachFileIsAChange || input.ownChange) && changeFiles.length > 0) {
                endChange(changeFiles);
                changeFiles = [];
                model.settle();
            }
            const file = { path: input.entry.path, absPath: input.entry.absPath, entry: input.entry, parsed };
            linted.push(file);
            byPath.set(file.path, file);
            changeFiles.push(file);
            sources.set(file.path, parsed.source);
            if (parsed.error && severityOf.has('syntax-error')) {
                const pos = parsed.source.position(parsed.error.index);
                // one character wide, unless the error is at the end of a line (end of input)
                const lineEnd = [...parsed.source.lineText(pos.line)].length + 1;
                raw.push({
                    rule: 'syntax-error',
                    severity: severityOf.get('syntax-error'),
                    file: file.path,
                    line: pos.line,
                    column: pos.column,
                    endLine: pos.line,
                    endColumn: Math.min(pos.column + 1, Math.max(lineEnd, pos.column)),
                    message: parsed.error.message,
                    help: 'Fix the SQL so PostgreSQL can parse it; pgmig checks the other statements of the file as well as it can.',
                });
            }
            // Flyway wraps a file in a transaction only when it can run in one; the script's own .conf
            // (executeInTransaction) decides for its file whatever assumeInTransaction says
            const mode = (0,file_mode/* migrationTransactionMode */.C)(file, parsed, this.config);
            const assume = this.config.assumeInTransaction;
            const wrapped = mode.fromScript ? mode.inTransaction : assume === 'flyway' ? mode.inTransaction : assume;
            const session = new sql_session/* SessionState */.Yj(wrapped);
            if (wrapped && assume === 'flyway' && !mode.fromScript)
                this.wrappedByFlyway.add(file.path);
            const states = new Map();
            const stateOf = (id) => {
                let s = states.get(id);
                if (!s)
                    states.set(id, (s = {}));
                return s;
            };
            // what a DO block or a called routine runs follows the statement that runs it
            const executed = executedStatements(parsed);
            for (const at of executed.dynamic)
                dynamic.push(`${file.path}:${parsed.source.position(at).line}`);
            const run = executed.statements;
            for (const stmt of run) {
                const handlers = this.byKind.get(stmt.kind);
                if (handlers || this.wildcard.length > 0) {
                    // one context per statement, pointed at each rule in turn (visitors run synchronously)
                    let current = undefined;
                    let locks;
                    let actions;
                    // the existing relations this statement locks, strongest first: what a finding on it is about
                    const targetsOf = () => strongestFirst(ctx.locks.filter((l) => l.existing)).map((l) => l.relation);
                    const ctx = {
                        file,
                        stmt,
                        config: this.config,
                        model,
                        session,
                        // computed on first use: most statements reach no rule that asks for locks
                        get locks() {
                            return (locks ??= (0,sql_locks/* locksOf */.aZ)(stmt, model).map((l) => ({ ...l, existing: model.isExisting(l.relation) })));
                        },
                        get state() {
                            return stateOf(current.rule.id);
                        },
                        isExisting: (rel) => model.isExisting(rel),
                        isNew: (rel) => model.isNew(rel),
                        // a token scan: only for the statements a rule reports on
                        actionLocation: (index) => (actions ??= (0,ddl/* alterTableActionLocations */.XF)(stmt, parsed.source) ?? [])[index],
                        report: (message, opts) => emit(current.rule, file, spanOf(parsed, stmt, opts?.location), message, opts, stmt.index, targetsOf),
                    };
                    for (const w of this.wildcard) {
                        current = w.rule;
                        w.visit(stmt.node, ctx);
                    }
                    if (handlers) {
                        for (const h of handlers) {
                            current = h.rule;
                            h.visit(stmt.node, ctx);
                        }
                    }
                }
                // a COMMIT inside a DO block or a routine cannot end a transaction the file opened: PostgreSQL refuses it
                if (stmt.within && stmt.kind === 'TransactionStmt')
                    continue;
                model.apply(stmt, 'change', file.path);
                session.apply(stmt);
            }
            for (const { rule } of this.active) {
                if (!rule.endFile)
                    continue;
                const ctx = {
                    file,
                    config: this.config,
                    model,
                    state: stateOf(rule.id),
                    report: (message, opts) => emit(rule, file, opts?.stmt ? spanOf(parsed, opts.stmt, opts.location) : firstLine(parsed), message, opts, opts?.stmt?.index),
                };
                rule.endFile(ctx);
            }
        }
        if (changeFiles.length > 0)
            endChange(changeFiles);
        for (const { rule } of this.active)
            if (rule.endProject)
                rule.endProject(projectContext(rule, linted));
        const findings = this.suppress(this.stats ? sizeFindings(raw, this.stats, this.config) : raw, linted, severityOf);
        this.wrappedByFlyway.clear();
        // in the order the files run (versions, then undo files), not by name: U10 sorts before V1,
        // and a reader (or GitHub's few annotations) should meet the migration before its undo
        const runOrder = new Map(linted.map((f, i) => [f.path, i]));
        const rank = (f) => runOrder.get(f.file) ?? linted.length;
        findings.sort((a, b) => rank(a) - rank(b) || compareFindings(a, b));
        const errors = findings.filter((f) => f.severity === 'error').length;
        if (dynamic.length) {
            const shown = dynamic.length > 5 ? `${dynamic.slice(0, 5).join(', ')} and ${dynamic.length - 5} more` : dynamic.join(', ');
            notices.add(`EXECUTE of SQL built at run time in a DO block or a routine the migration calls is not checked (${shown}): lint reads only constant strings; \`pgmig test\` runs it against a real database`);
        }
        return {
            findings,
            summary: { files: linted.length, errors, warnings: findings.length - errors },
            sources,
            ...(notices.size ? { notices: [...notices] } : {}),
        };
    }
    /** Drops silenced findings and reports ignore comments that silenced nothing. */
    suppress(raw, files, severityOf) {
        const directives = new Map();
        // per file, the directives that cover each statement (-1: the file-wide ones), so a file
        // with an ignore comment before every statement is not checked finding by directive
        const covering = new Map();
        for (const f of files) {
            const d = findDirectives(f.parsed);
            if (!d.length)
                continue;
            directives.set(f.path, d);
            const byStatement = new Map();
            for (const x of d) {
                const key = x.fileWide ? -1 : x.statement;
                if (key === undefined)
                    continue;
                let list = byStatement.get(key);
                if (!list)
                    byStatement.set(key, (list = []));
                list.push(x);
            }
            covering.set(f.path, byStatement);
        }
        const kept = [];
        for (const finding of raw) {
            const byStatement = covering.get(finding.file);
            let silenced = false;
            if (byStatement && finding.rule !== 'syntax-error') {
                const ds = [...(byStatement.get(-1) ?? []), ...(finding.statement === undefined ? [] : (byStatement.get(finding.statement) ?? []))];
                for (const d of ds) {
                    const named = d.rules.find((r) => r === finding.rule || this.aliases.get(r)?.includes(finding.rule));
                    if (!named)
                        continue;
                    d.used.add(named);
                    silenced = true;
                }
            }
            if (!silenced) {
                const { statement: _s, targets: _t, ...rest } = finding;
                kept.push(rest);
            }
        }
        const unusedSeverity = severityOf.get('unused-ignore');
        if (unusedSeverity) {
            for (const [file, ds] of directives) {
                for (const d of ds) {
                    const what = d.fileWide ? 'this file' : 'the next statement';
                    if (d.rules.length === 0) {
                        kept.push(this.unused(file, d, unusedSeverity, 'ignore comment names no rule; list the rule ids to silence'));
                    }
                    for (const r of d.rules) {
                        if (!this.known.has(r)) {
                            if (isSquawkOnly(r))
                                continue;
                            const meant = (0,did_you_mean/* suggestRuleId */.C)(r, this.known);
                            kept.push(this.unused(file, d, unusedSeverity, `ignore names unknown rule "${r}"${meant ? ` (did you mean ${meant}?)` : ''} (run \`pgmig rules\` for the list)`));
                        }
                        else if (r === 'prefer-robust-stmts' && this.wrappedByFlyway.has(file)) {
                            continue;
                        }
                        else if (!d.used.has(r) && (severityOf.has(r) || (this.aliases.get(r) ?? []).some((id) => severityOf.has(id)))) {
                            kept.push(this.unused(file, d, unusedSeverity, `ignore for ${r} silenced nothing in ${what}; remove it`));
                        }
                    }
                }
            }
        }
        return kept;
    }
    unused(file, d, severity, message) {
        return {
            rule: 'unused-ignore',
            severity,
            file,
            line: d.line,
            column: d.column,
            endLine: d.line,
            endColumn: d.endColumn,
            message,
            help: 'Remove the ignore comment, or correct the rule id, so it cannot hide a future problem.',
        };
    }
}
/** A statement that shows the project relies on row-level security. */
function usesRowSecurity(stmt) {
    if (stmt.kind === 'CreatePolicyStmt')
        return true;
    if (stmt.kind !== 'AlterTableStmt')
        return false;
    const cmds = stmt.node.cmds ?? [];
    return cmds.some((c) => {
        const sub = (0,node_types/* nodeAs */.h)(c, 'AlterTableCmd')?.subtype;
        return sub === 'AT_EnableRowSecurity' || sub === 'AT_ForceRowSecurity';
    });
}
/** The setting config gives an alias (require-timeout-settings) that stands for this rule, if any. */
function aliasSetting(aliases, config, id) {
    for (const [alias, ids] of aliases)
        if (ids.includes(id) && config.rules[alias])
            return config.rules[alias];
    return undefined;
}
/** squawk rules pgmig does not implement yet: ignoring them is harmless, not a mistake. */
function isSquawkOnly(id) {
    return SQUAWK_RULES.has(id);
}
const SQUAWK_RULES = new Set(SQUAWK_RULE_IDS);
function strongestFirst(locks) {
    return [...locks].sort((a, b) => (0,sql_locks/* lockRank */.wb)(b.mode) - (0,sql_locks/* lockRank */.wb)(a.mode));
}
function spanOf(parsed, stmt, location) {
    const startIdx = location !== undefined && location >= 0 ? parsed.source.indexOfByte(stmt.byteBase + location) : stmt.start;
    const start = parsed.source.position(Math.max(startIdx, stmt.start));
    const end = parsed.source.position(stmt.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function firstLine(parsed) {
    return lineSpan(parsed, 1);
}
function lineSpan(parsed, line) {
    const text = parsed.source.lineText(line);
    return { line, column: 1, endLine: line, endColumn: [...text].length + 1 };
}

// EXTERNAL MODULE: ./src/rules/index.ts + 79 modules
var rules = __webpack_require__(6064);
;// CONCATENATED MODULE: ./src/commands/lint.ts














async function runLint(opts) {
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config, rules.RULE_IDS);
    if (opts.migrations?.length) {
        config.migrations = opts.migrations;
        config.root = opts.cwd;
    }
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const dirs = config.migrations.map((d) => (0,external_node_path_.resolve)(config.root, d));
    const explicit = (opts.files ?? []).map((f) => (0,external_node_path_.resolve)(cwd, f));
    for (const f of explicit)
        checkReadable(f, (0,external_node_path_.relative)(cwd, f) || f);
    if (explicit.length > 0 && opts.changedSince) {
        throw new errors/* UserError */.y('give either files or --changed-since, not both');
    }
    // the folders whose files give context: the configured ones, plus those of the given files
    const scanDirs = [...new Set([...dirs.filter((d) => (0,external_node_fs_.existsSync)(d)), ...explicit.map((f) => (0,external_node_path_.dirname)(f))])];
    if (explicit.length === 0) {
        const missing = dirs.find((d) => !(0,external_node_fs_.existsSync)(d));
        if (missing) {
            throw new errors/* UserError */.y(`migrations folder ${(0,discover/* displayPath */.Gt)(cwd, missing)} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files`);
        }
    }
    const suffixes = config.flyway.sqlMigrationSuffixes;
    const directory = (0,discover.discoverMigrations)(cwd, scanDirs.map((d) => (0,external_node_path_.relative)(cwd, d) || '.'), config.placeholder, suffixes);
    const byAbs = new Map(directory.map((e) => [e.absPath, e]));
    const entryOf = (abs) => byAbs.get(abs) ?? (0,discover/* entryFor */.cy)(cwd, abs, (0,external_node_path_.dirname)(abs), config.placeholder, suffixes);
    let lintSet;
    let base;
    if (opts.changedSince) {
        const found = changedSince(cwd, opts.changedSince, scanDirs, config.placeholder, suffixes);
        base = found.base;
        lintSet = new Set(found.changed.filter((p) => (0,discover/* isMigrationPath */.y6)(p, suffixes) && (0,external_node_fs_.existsSync)(p)));
    }
    else if (explicit.length > 0) {
        lintSet = new Set(explicit);
    }
    else {
        lintSet = new Set(directory.map((e) => e.absPath));
    }
    const inputs = await orderInputs(directory, [...lintSet].map(entryOf), lintSet, explicit.length > 0, config);
    const statsFile = opts.stats ? (0,external_node_path_.resolve)(cwd, opts.stats) : config.stats ? (0,external_node_path_.resolve)(config.root, config.stats) : undefined;
    const loaded = statsFile ? (0,stats_file/* loadStats */.C)(statsFile, cwd, config.statsMaxAgeMs) : undefined;
    const engine = new Engine(rules.RULES, config, loaded?.stats);
    const wholeFolder = !opts.changedSince && explicit.length === 0;
    const result = engine.run(inputs, directory, base, wholeFolder);
    showPlaceholdersAsWritten(result, inputs);
    if (loaded?.notices.length)
        result.notices = [...loaded.notices, ...(result.notices ?? [])];
    return { result, config };
}
function checkReadable(abs, shown) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(abs);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.y(`cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code}`);
    }
    if (st.isDirectory())
        throw new errors/* UserError */.y(`${shown} is a directory; pass migration files, or no files to lint the configured folder`);
}
/**
 * Puts files in the order the migrations run. Context files (not linted) come before the
 * linted ones they precede; with explicit files only lower versions are context. Undo files
 * are linted last, newest first, against the state the forward migrations leave.
 */
async function orderInputs(directory, lintEntries, lintSet, explicitFiles, config) {
    await (0,parse/* ensureParser */._U)();
    const named = (e) => ((0,migrations_name.isNameProblem)(e.name) ? undefined : e.name);
    const highest = lintEntries
        .map(named)
        .filter((n) => !!n && n.kind === 'versioned')
        .sort(migrations_name/* compareMigrations */.hI)
        .pop();
    const forward = [];
    const undo = [];
    const invalid = [];
    const seen = new Set();
    for (const e of [...directory, ...lintEntries]) {
        if (seen.has(e.absPath))
            continue;
        seen.add(e.absPath);
        const lint = lintSet.has(e.absPath);
        const n = named(e);
        if (!n) {
            if (lint)
                invalid.push(e);
            continue;
        }
        if (n.kind === 'undo' || n.kind === 'pending-undo') {
            if (lint)
                undo.push(e);
            continue;
        }
        if (!lint && explicitFiles) {
            // only what runs before the newest linted migration is context
            if (n.kind !== 'versioned' || !highest || (0,migrations_name/* compareMigrations */.hI)(n, highest) >= 0)
                continue;
        }
        forward.push(e);
    }
    forward.sort((a, b) => (0,migrations_name/* compareMigrations */.hI)(named(a), named(b)));
    undo.sort((a, b) => -(0,migrations_name/* compareMigrations */.hI)(named(a), named(b)));
    return [...forward, ...invalid, ...undo].map((entry) => ({
        entry,
        // the text Flyway sends: placeholders replaced by their values
        parsed: (0,placeholders/* withPlaceholders */.rk)((0,read/* readMigration */.V7)(entry.absPath, entry.path), config, entry.absPath),
        lint: lintSet.has(entry.absPath),
        ownChange: isUndo(entry),
    }));
}
/**
 * The migrations changed since the merge base with `ref`, and what the numbering rules compare
 * with: the migrations in `ref`'s own tree (newer than the merge base, so a version taken on the
 * base branch after this branch started still counts), and the base migrations this branch
 * changed or deleted (relative to the merge base: what the branch itself did).
 */
function changedSince(cwd, ref, dirs, placeholder, suffixes) {
    const root = (0,git/* repoRoot */.jv)(cwd);
    const { name, commit: tip } = (0,git/* resolveRef */.qE)(root, ref);
    const commit = (0,git/* mergeBase */.wu)(root, name);
    // git reports real paths; the working directory may reach the repository through a symlink
    const realCwd = (0,external_node_fs_.realpathSync)(cwd);
    const toRepo = (abs) => (0,external_node_path_.relative)(root, (0,external_node_fs_.realpathSync)(abs)).split(external_node_path_.sep).join('/') || '.';
    const fromRepo = (p) => (0,external_node_path_.resolve)(cwd, (0,external_node_path_.relative)(realCwd, (0,external_node_path_.resolve)(root, p)));
    const rel = dirs.map(toRepo);
    if (rel.some((r) => r === '..' || r.startsWith('../'))) {
        const outside = dirs[rel.findIndex((r) => r === '..' || r.startsWith('../'))];
        throw new errors/* UserError */.y(`--changed-since: migrations folder ${(0,external_node_path_.relative)(cwd, outside) || outside} is outside the git repository at ${root}`);
    }
    const entryAt = (p) => {
        const abs = fromRepo(p);
        return (0,discover/* entryFor */.cy)(cwd, abs, (0,external_node_path_.dirname)(abs), placeholder, suffixes);
    };
    const sql = (p) => (0,discover/* isMigrationPath */.y6)(p, suffixes);
    const onMergeBase = new Set((0,git/* filesAt */.Tl)(root, commit, rel).filter(sql));
    const baseFiles = (0,git/* filesAt */.Tl)(root, tip, rel).filter(sql).map(entryAt);
    const modified = [];
    const deleted = [];
    const changed = [];
    const changes = (0,git/* changesSince */.sR)(root, commit, rel).filter((c) => sql(c.path));
    // a base migration moved to another folder unchanged: Flyway finds it by name and checksum,
    // so it is neither deleted nor new
    const moved = new Set();
    for (const d of changes.filter((c) => c.status === 'D' && onMergeBase.has(c.path))) {
        const to = changes.find((a) => a.status === 'A' && !moved.has(a.path) && (0,external_node_path_.basename)(a.path) === (0,external_node_path_.basename)(d.path));
        if (to && (0,git/* sameContent */.Cm)(root, commit, d.path, to.path))
            moved.add(d.path).add(to.path);
    }
    for (const c of changes) {
        if (moved.has(c.path))
            continue;
        if (c.status === 'D') {
            if (onMergeBase.has(c.path))
                deleted.push(entryAt(c.path).path);
            continue;
        }
        changed.push(fromRepo(c.path));
        // an edit Flyway cannot see (line endings, a byte order mark) leaves its checksum as applied
        if (c.status === 'M' && onMergeBase.has(c.path) && !sameFlywayChecksum(root, commit, c.path, fromRepo(c.path)))
            modified.push(entryAt(c.path).path);
    }
    return { changed, base: { ref: name, commit, files: baseFiles, modified, deleted } };
}
/**
 * A placeholder with no value is parsed as a name made from it (`${schema}` as `_schema__`);
 * findings say it as the file does.
 */
function showPlaceholdersAsWritten(result, inputs) {
    const byFile = new Map();
    for (const i of inputs) {
        const names = [...new Set((0,placeholders/* missingPlaceholders */.Pf)(i.parsed).map((p) => p.name))];
        if (names.length)
            byFile.set(i.entry.path, names);
    }
    if (!byFile.size)
        return;
    for (const f of result.findings) {
        const names = byFile.get(f.file);
        if (!names)
            continue;
        for (const n of names) {
            const mangled = `_${n.replace(/[^A-Za-z0-9_\u0080-\uffff]/g, '_')}__`;
            f.message = f.message.split(mangled).join(`\${${n}}`);
        }
    }
}
function sameFlywayChecksum(root, commit, repoPath, abs) {
    const before = (0,git/* textAt */.$6)(root, commit, repoPath);
    if (before === undefined || !(0,external_node_fs_.existsSync)(abs))
        return false;
    return (0,apply/* flywayChecksum */.qp)(before) === (0,apply/* flywayChecksumOfBytes */.yj)((0,external_node_fs_.readFileSync)(abs));
}
function isUndo(e) {
    return !(0,migrations_name.isNameProblem)(e.name) && (e.name.kind === 'undo' || e.name.kind === 'pending-undo');
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   discoverMigrations: () => (/* binding */ discoverMigrations),
/* harmony export */   y6: () => (/* binding */ isMigrationPath)
/* harmony export */ });
/* unused harmony export versionedName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _inside_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3602);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8726);





function displayPath(cwd, absPath) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absPath);
    const p = rel && !rel.startsWith('..') ? rel : absPath;
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * Every migration file under the folders (Flyway scans subfolders too), sorted by path: names
 * ending in one of `suffixes` (Flyway's sqlMigrationSuffixes, `.sql` by default) in any case.
 */
function discoverMigrations(cwd, dirs, placeholder, suffixes = _name_js__WEBPACK_IMPORTED_MODULE_4__/* .SQL_SUFFIXES */ .dY) {
    const out = [];
    // where each folder really is, looked up once for the whole pass
    const real = new Map();
    for (const d of dirs) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, d);
        let found;
        (0,_inside_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .D)(cwd, abs, d);
        try {
            // shown as given when it lies outside the working directory (`../../../no/such/dir` helps nobody)
            const shown = displayPath(cwd, abs);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`migrations folder ${shown} is not a directory`);
            found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { recursive: true, withFileTypes: true });
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y)
                throw err;
            const code = err.code;
            const shown = displayPath(cwd, abs);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(code === 'ENOENT'
                ? `migrations folder ${shown} does not exist (set "migrations" in .pgmig.yml or pass files)`
                : `cannot read migrations folder ${shown}: ${code ?? err}`);
        }
        // the folder's listing says which names are plain files: no look at each of 2,000 files. A
        // folder with a symbolic link in it is listed by name, every file looked at (the links followed
        // and confined) as before
        if (found.some((f) => f.isSymbolicLink())) {
            for (const n of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { recursive: true, encoding: 'utf8' }).sort()) {
                if (!(0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationSuffix */ .Ye)(n, suffixes))
                    continue;
                const absPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, n);
                // a folder named `x.sql` is not a migration, and reading it would fail the whole run
                if (!isFile(absPath))
                    continue;
                out.push(entryFor(cwd, absPath, abs, placeholder, suffixes, real));
            }
            continue;
        }
        const files = found
            .filter((f) => f.isFile() && (0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationSuffix */ .Ye)(f.name, suffixes))
            .map((f) => (f.parentPath.length > abs.length ? `${f.parentPath.slice(abs.length + 1)}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${f.name}` : f.name))
            .sort();
        for (const rel of files)
            out.push(entryFor(cwd, `${abs}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${rel}`, abs, placeholder, suffixes, real, true));
    }
    return out;
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function entryFor(cwd, absPath, dir, placeholder, suffixes = _name_js__WEBPACK_IMPORTED_MODULE_4__/* .SQL_SUFFIXES */ .dY, real, notLink) {
    // every migration pgmig lints, applies or rolls back is named here first
    (0,_inside_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .D)(cwd, absPath, undefined, real, notLink);
    return { path: displayPath(cwd, absPath), absPath, dir, name: (0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMigrationName */ .pF)(absPath, placeholder, suffixes) };
}
/** Whether `path` names a migration file by its suffix (see discoverMigrations). */
function isMigrationPath(path, suffixes = _name_js__WEBPACK_IMPORTED_MODULE_4__/* .SQL_SUFFIXES */ .dY) {
    return (0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationSuffix */ .Ye)(path, suffixes) !== undefined;
}
/** Whether `abs` is `dir` itself or lies somewhere below it. */
function isInside(dir, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, abs);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function versionedName(e) {
    return isNameProblem(e.name) ? undefined : e.name;
}


/***/ }),

/***/ 2081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ loadStats)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



const SUPPORTED_FORMAT = 1;
/**
 * Reads `pgmig stats` output. A missing file is a notice (a fresh clone has none until someone
 * takes a snapshot); a file that is there but unreadable is a mistake to fix, so an error.
 */
function loadStats(path, cwd, maxAgeMs, now = Date.now()) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, abs) || path;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { notices: [`no production statistics at ${shown}: findings are not sized; write them with \`pgmig stats --database-url <production>\``] };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read the statistics file ${shown}: ${code ?? err}`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown}: not a statistics file written by \`pgmig stats\` (invalid JSON: ${err.message}); write it again`);
    }
    if (typeof raw !== 'object' || raw === null || typeof raw.format !== 'number' || !Array.isArray(raw.relations) || typeof raw.takenAt !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown}: not a statistics file written by \`pgmig stats\` (no format, takenAt or relations); write it again`);
    }
    if (raw.format > SUPPORTED_FORMAT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown}: statistics format ${raw.format} is newer than this pgmig reads (${SUPPORTED_FORMAT}); update pgmig or write the file with this version`);
    }
    const byName = new Map();
    raw.relations.forEach((r, i) => {
        if (!r || typeof r.schema !== 'string' || typeof r.name !== 'string' || typeof r.bytes?.total !== 'number') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown}: relations[${i}] lacks schema, name or bytes; write the file again with \`pgmig stats\``);
        }
        byName.set(`${r.schema}.${r.name}`, r);
    });
    const notices = [];
    const taken = Date.parse(raw.takenAt);
    const age = now - taken;
    if (Number.isFinite(age) && age > maxAgeMs) {
        notices.push(`the production statistics in ${shown} are ${Math.floor(age / 86_400_000)} days old (statsMaxAge is ${Math.round(maxAgeMs / 86_400_000)} days): sizes may be out of date; refresh them with \`pgmig stats\``);
    }
    return {
        stats: {
            file: shown,
            takenAt: raw.takenAt,
            relation: (ref) => byName.get(`${ref.schema}.${ref.name}`),
            ...(Array.isArray(raw.queries) ? { queries: raw.queries.filter((q) => q && typeof q.text === 'string') } : {}),
        },
        notices,
    };
}


/***/ })

};
