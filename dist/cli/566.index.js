export const id = 566;
export const ids = [566];
export const modules = {

/***/ 1566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLint: () => (/* binding */ runLint)
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
// EXTERNAL MODULE: ./src/migrations/read.ts
var read = __webpack_require__(3193);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/sql/locks.ts
var sql_locks = __webpack_require__(340);
// EXTERNAL MODULE: ./src/sql/ddl.ts
var ddl = __webpack_require__(7540);
// EXTERNAL MODULE: ./src/sql/functions.ts
var functions = __webpack_require__(4241);
// EXTERNAL MODULE: ./src/sql/relation.ts
var relation = __webpack_require__(5490);
;// CONCATENATED MODULE: ./src/sql/model.ts


/**
 * The schema as the migrations build it, statement by statement: which tables, indexes,
 * policies and RLS flags exist, and whether each was made by this change or before it.
 * Relations pgmig never saw created (made outside the migrations folder) count as existing.
 */
class SchemaModel {
    tables = new Map();
    indexes = new Map();
    /** Functions and procedures with their SECURITY DEFINER / search_path settings. */
    functions = new functions/* FunctionCatalog */.Q7();
    // what this change made, and the tables it enabled row-level security on: a linted folder is a
    // thousand changes, and settling each must not go through every table made before it
    madeNow = [];
    rlsEnabledNow = new Set();
    /** Everything made so far counts as existing from here on (a new, separate change begins). */
    settle() {
        for (const made of this.madeNow)
            made.origin = 'base';
        this.madeNow.length = 0;
        for (const t of this.rlsEnabledNow)
            t.rlsEnabledAt = undefined;
        this.rlsEnabledNow.clear();
    }
    /** The tables, still there, on which this change enabled row-level security. */
    rlsEnabledInChange() {
        return [...this.rlsEnabledNow].filter((t) => t.rlsEnabledAt && this.tables.get((0,relation/* relationKey */.Yb)(t.ref)) === t);
    }
    table(key) {
        return this.tables.get(key);
    }
    /** True when the relation was created by a file of this change (so nobody else uses it yet). */
    isNew(rv) {
        const key = refKey(rv);
        if (!key)
            return false;
        return (this.tables.get(key)?.origin ?? this.indexes.get(key)?.origin) === 'change';
    }
    isExisting(rv) {
        return !!refKey(rv) && !this.isNew(rv);
    }
    /** Folds one statement's effects into the model. */
    apply(stmt, origin, file) {
        const n = stmt.node;
        const at = { file, stmt };
        this.functions.apply(stmt);
        switch (stmt.kind) {
            case 'CreateStmt': {
                this.create((0,relation/* relationOf */.Ke)(n.relation), origin, at, false, !!n.if_not_exists);
                const t = this.tables.get((0,relation/* keyOf */.TN)(n.relation) ?? '');
                if (n.partbound && t?.createdAt === at)
                    t.partitionOf = (0,relation/* keyOf */.TN)(n.inhRelations?.[0]?.RangeVar);
                break;
            }
            case 'CreateTableAsStmt':
                this.create((0,relation/* relationOf */.Ke)(n.into?.rel), origin, at, n.objtype === 'OBJECT_MATVIEW', !!n.if_not_exists);
                break;
            case 'IndexStmt': {
                const ref = n.idxname ? { schema: n.relation?.schemaname ?? 'public', name: n.idxname } : undefined;
                if (ref && !(n.if_not_exists && this.indexes.has((0,relation/* relationKey */.Yb)(ref)))) {
                    const index = { ref, table: (0,relation/* keyOf */.TN)(n.relation), origin };
                    this.indexes.set((0,relation/* relationKey */.Yb)(ref), index);
                    if (origin === 'change')
                        this.madeNow.push(index);
                }
                break;
            }
            case 'DropStmt':
                this.drop(n);
                break;
            case 'AlterTableStmt':
                this.alterTable(n, origin, at);
                break;
            case 'CreatePolicyStmt': {
                const t = this.ensure((0,relation/* relationOf */.Ke)(n.table));
                if (t && n.policy_name) {
                    t.policies.add(n.policy_name);
                    if (!n.permissive)
                        (t.restrictivePolicies ??= new Set()).add(n.policy_name);
                    else
                        t.restrictivePolicies?.delete(n.policy_name);
                }
                break;
            }
            case 'RenameStmt':
                this.rename(n);
                break;
        }
    }
    create(ref, origin, at, matview, ifNotExists) {
        if (!ref)
            return;
        const key = (0,relation/* relationKey */.Yb)(ref);
        if (ifNotExists && this.tables.has(key))
            return;
        const table = { ref, origin, createdAt: at, rlsEnabled: false, rlsForced: false, policies: new Set(), isMaterializedView: matview };
        this.tables.set(key, table);
        if (origin === 'change')
            this.madeNow.push(table);
    }
    /** The entry for a table, made up on first mention when pgmig never saw it created. */
    ensure(ref) {
        if (!ref)
            return undefined;
        const key = (0,relation/* relationKey */.Yb)(ref);
        let t = this.tables.get(key);
        if (!t) {
            t = { ref, origin: 'base', rlsEnabled: false, rlsForced: false, policies: new Set(), isMaterializedView: false };
            this.tables.set(key, t);
        }
        return t;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    alterTable(n, origin, at) {
        const t = this.ensure((0,relation/* relationOf */.Ke)(n.relation));
        if (!t)
            return;
        for (const c of n.cmds ?? []) {
            switch (c.AlterTableCmd?.subtype) {
                case 'AT_EnableRowSecurity':
                    t.rlsEnabled = true;
                    if (origin === 'change') {
                        t.rlsEnabledAt = at;
                        this.rlsEnabledNow.add(t);
                    }
                    break;
                case 'AT_DisableRowSecurity':
                    t.rlsEnabled = false;
                    t.rlsEnabledAt = undefined;
                    break;
                case 'AT_ForceRowSecurity':
                    t.rlsForced = true;
                    break;
                case 'AT_NoForceRowSecurity':
                    t.rlsForced = false;
                    break;
                case 'AT_AttachPartition':
                case 'AT_DetachPartition': {
                    const child = this.ensure((0,relation/* relationOf */.Ke)(c.AlterTableCmd.def?.PartitionCmd?.name));
                    if (child)
                        child.partitionOf = c.AlterTableCmd.subtype === 'AT_AttachPartition' ? (0,relation/* relationKey */.Yb)(t.ref) : undefined;
                    break;
                }
            }
        }
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    drop(n) {
        const objects = n.objects ?? [];
        for (const o of objects) {
            const items = o.List?.items;
            if (n.removeType === 'OBJECT_POLICY') {
                // [schema.]table.policy
                const names = items ?? [];
                const policy = names[names.length - 1]?.String?.sval;
                const table = (0,relation/* relationFromNames */.be)(names.slice(0, -1));
                const t = table && this.tables.get((0,relation/* relationKey */.Yb)(table));
                if (t && policy) {
                    t.policies.delete(policy);
                    t.restrictivePolicies?.delete(policy);
                }
                continue;
            }
            const ref = (0,relation/* relationFromNames */.be)(items);
            if (!ref)
                continue;
            const key = (0,relation/* relationKey */.Yb)(ref);
            if (n.removeType === 'OBJECT_INDEX')
                this.indexes.delete(key);
            else if (n.removeType === 'OBJECT_TABLE' || n.removeType === 'OBJECT_MATVIEW') {
                this.tables.delete(key);
                for (const [k, idx] of this.indexes)
                    if (idx.table === key)
                        this.indexes.delete(k);
            }
        }
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    rename(n) {
        const from = (0,relation/* relationOf */.Ke)(n.relation);
        if (!from || !n.newname)
            return;
        const oldKey = (0,relation/* relationKey */.Yb)(from);
        const to = { schema: from.schema, name: n.newname };
        if (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_MATVIEW') {
            const t = this.tables.get(oldKey);
            if (!t)
                return;
            this.tables.delete(oldKey);
            t.ref = to;
            this.tables.set((0,relation/* relationKey */.Yb)(to), t);
            for (const idx of this.indexes.values())
                if (idx.table === oldKey)
                    idx.table = (0,relation/* relationKey */.Yb)(to);
        }
        else if (n.renameType === 'OBJECT_INDEX') {
            const i = this.indexes.get(oldKey);
            if (!i)
                return;
            this.indexes.delete(oldKey);
            i.ref = to;
            this.indexes.set((0,relation/* relationKey */.Yb)(to), i);
        }
        else if (n.renameType === 'OBJECT_POLICY') {
            const t = this.tables.get(oldKey);
            if (t && n.subname) {
                t.policies.delete(n.subname);
                t.policies.add(n.newname);
                if (t.restrictivePolicies?.delete(n.subname))
                    t.restrictivePolicies.add(n.newname);
            }
        }
    }
}
function refKey(rv) {
    if (!rv)
        return undefined;
    if ('name' in rv && 'schema' in rv)
        return (0,relation/* relationKey */.Yb)(rv);
    return (0,relation/* keyOf */.TN)(rv);
}

// EXTERNAL MODULE: ./src/sql/session.ts
var sql_session = __webpack_require__(2516);
;// CONCATENATED MODULE: ./src/rules/finding.ts
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
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

;// CONCATENATED MODULE: ./src/rules/engine.ts







/**
 * One pass over every statement of every file, in migration order. Each statement is shown to
 * the rules that registered for its node type with the model as it stood just before it; then
 * its effects are folded into the model and the session.
 */
class Engine {
    config;
    active;
    byKind = new Map();
    wildcard = [];
    known;
    /** Alias id -> the rule ids it stands for (Rule.aliasOf). */
    aliases = new Map();
    constructor(rules, config) {
        this.config = config;
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
                if (kind === '*')
                    this.wildcard.push({ rule: active, visit });
                else {
                    let list = this.byKind.get(kind);
                    if (!list)
                        this.byKind.set(kind, (list = []));
                    list.push({ rule: active, visit });
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
        const model = new SchemaModel();
        const raw = [];
        const linted = [];
        const severityOf = new Map(this.active.map((a) => [a.rule.id, a.severity]));
        const sources = new Map();
        const byPath = new Map();
        let changeFiles = [];
        const emit = (rule, file, span, message, opts, statement) => {
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
            });
        };
        const projectContext = (rule, files) => ({
            config: this.config,
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
                for (const stmt of parsed.statements)
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
            const session = new sql_session/* SessionState */.Yj(this.config.assumeInTransaction);
            const states = new Map();
            const stateOf = (id) => {
                let s = states.get(id);
                if (!s)
                    states.set(id, (s = {}));
                return s;
            };
            for (const stmt of parsed.statements) {
                const handlers = this.byKind.get(stmt.kind);
                if (handlers || this.wildcard.length > 0) {
                    // one context per statement, pointed at each rule in turn (visitors run synchronously)
                    let current = undefined;
                    let locks;
                    let actions;
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
                        report: (message, opts) => emit(current.rule, file, spanOf(parsed, stmt, opts?.location), message, opts, stmt.index),
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
        const findings = this.suppress(raw, linted, severityOf);
        findings.sort(compareFindings);
        const errors = findings.filter((f) => f.severity === 'error').length;
        return {
            findings,
            summary: { files: linted.length, errors, warnings: findings.length - errors },
            sources,
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
                const { statement: _s, ...rest } = finding;
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
                            kept.push(this.unused(file, d, unusedSeverity, `ignore names unknown rule "${r}" (run \`pgmig rules\` for the list)`));
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

// EXTERNAL MODULE: ./src/rules/index.ts + 60 modules
var rules = __webpack_require__(6439);
// EXTERNAL MODULE: ./src/sql/parse.ts
var parse = __webpack_require__(4159);
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
            throw new errors/* UserError */.y(`migrations folder ${(0,external_node_path_.relative)(cwd, missing) || missing} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files`);
        }
    }
    const directory = (0,discover/* discoverMigrations */.lF)(cwd, scanDirs.map((d) => (0,external_node_path_.relative)(cwd, d) || '.'), config.placeholder);
    const byAbs = new Map(directory.map((e) => [e.absPath, e]));
    const entryOf = (abs) => byAbs.get(abs) ?? (0,discover/* entryFor */.cy)(cwd, abs, (0,external_node_path_.dirname)(abs), config.placeholder);
    let lintSet;
    let base;
    if (opts.changedSince) {
        const found = changedSince(cwd, opts.changedSince, scanDirs, config.placeholder);
        base = found.base;
        lintSet = new Set(found.changed.filter((p) => p.endsWith('.sql') && (0,external_node_fs_.existsSync)(p)));
    }
    else if (explicit.length > 0) {
        lintSet = new Set(explicit);
    }
    else {
        lintSet = new Set(directory.map((e) => e.absPath));
    }
    const inputs = await orderInputs(directory, [...lintSet].map(entryOf), lintSet, explicit.length > 0);
    const engine = new Engine(rules.RULES, config);
    const wholeFolder = !opts.changedSince && explicit.length === 0;
    const result = engine.run(inputs, directory, base, wholeFolder);
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
async function orderInputs(directory, lintEntries, lintSet, explicitFiles) {
    await (0,parse/* ensureParser */._U)();
    const named = (e) => ((0,migrations_name/* isNameProblem */.$d)(e.name) ? undefined : e.name);
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
        parsed: (0,read/* readMigration */.V)(entry.absPath, entry.path),
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
function changedSince(cwd, ref, dirs, placeholder) {
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
        return (0,discover/* entryFor */.cy)(cwd, abs, (0,external_node_path_.dirname)(abs), placeholder);
    };
    const sql = (p) => p.endsWith('.sql');
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
        if (c.status === 'M' && onMergeBase.has(c.path))
            modified.push(entryAt(c.path).path);
    }
    return { changed, base: { ref: name, commit, files: baseFiles, modified, deleted } };
}
function isUndo(e) {
    return !(0,migrations_name/* isNameProblem */.$d)(e.name) && (e.name.kind === 'undo' || e.name.kind === 'pending-undo');
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   I3: () => (/* binding */ DEFAULT_NETWORK_TIMEOUT_MS),
/* harmony export */   NZ: () => (/* binding */ remoteExists),
/* harmony export */   QG: () => (/* binding */ unshallow),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Tl: () => (/* binding */ filesAt),
/* harmony export */   UZ: () => (/* binding */ integrate),
/* harmony export */   YR: () => (/* binding */ commitAs),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   aZ: () => (/* binding */ parseIdentity),
/* harmony export */   dw: () => (/* binding */ stage),
/* harmony export */   eB: () => (/* binding */ isValidBranchName),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   lN: () => (/* binding */ repoRootAsync),
/* harmony export */   mV: () => (/* binding */ moveFile),
/* harmony export */   nT: () => (/* binding */ listTree),
/* harmony export */   ns: () => (/* binding */ arrivals),
/* harmony export */   pm: () => (/* binding */ resetHard),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   sR: () => (/* binding */ changesSince),
/* harmony export */   vI: () => (/* binding */ pushHead),
/* harmony export */   vp: () => (/* binding */ isShallowAsync),
/* harmony export */   wu: () => (/* binding */ mergeBase),
/* harmony export */   z1: () => (/* binding */ workTreeState)
/* harmony export */ });
/* unused harmony export isAncestor */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


function runGit(cwd, args) {
    try {
        const stdout = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
        return { ok: true, stdout, stderr: '', status: 0 };
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('git is not installed or not on PATH');
        return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? '', status: e.status ?? null };
    }
}
/** Runs git and returns stdout; a failure becomes a UserError that says what git said. */
function git(cwd, args, what) {
    const r = runGit(cwd, args);
    if (r.ok)
        return r.stdout;
    const detail = r.stderr.trim().split('\n').pop() ?? '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what ?? `git ${args[0]}`} failed: ${detail || 'unknown error'}`);
}
/** A path taken as written, so a folder named `db[1]` or `*` is not read as a pattern. */
function literal(path) {
    return `:(literal)${path}`;
}
function repoRoot(cwd) {
    const r = runGit(cwd, ['rev-parse', '--show-toplevel']);
    if (!r.ok) {
        const detail = r.stderr.trim().split('\n').pop() ?? '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${cwd} is not inside a git repository, which --changed-since needs (${detail || 'git rev-parse failed'})`);
    }
    return r.stdout.trim();
}
function commitOf(cwd, ref) {
    const r = runGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.ok ? r.stdout.trim() : undefined;
}
function isShallow(cwd) {
    return runGit(cwd, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
}
const FETCH_HINT = 'in GitHub Actions check out with actions/checkout "fetch-depth: 0" (or fetch the base branch), or run `git fetch origin <branch>` locally';
/**
 * The commit a ref names. In CI a pull request is usually checked out without a local branch
 * for its base, so `main` falls back to `origin/main` when that is the only match.
 */
function resolveRef(cwd, ref) {
    if (!ref || ref.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since: "${ref}" is not a git ref (expected a branch, tag or commit such as origin/main)`);
    const direct = commitOf(cwd, ref);
    if (direct)
        return { name: ref, commit: direct };
    const remote = `origin/${ref}`;
    const viaOrigin = ref.startsWith('origin/') ? undefined : commitOf(cwd, `refs/remotes/${remote}`);
    if (viaOrigin)
        return { name: remote, commit: viaOrigin };
    const shallow = isShallow(cwd) ? ' This clone is shallow.' : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: git cannot find "${ref}" (nor "${remote}") in this repository; check the name, or fetch it first.${shallow} ` +
        `To compare with a branch, ${FETCH_HINT.replace('<branch>', ref.replace(/^origin\//, ''))}.`);
}
/** The commit where HEAD's history joins `ref` (the point a pull request branched from). */
function mergeBase(cwd, ref) {
    const { name } = resolveRef(cwd, ref);
    const r = runGit(cwd, ['merge-base', name, 'HEAD']);
    if (r.ok && r.stdout.trim())
        return r.stdout.trim();
    if (r.status === 1 && !r.stderr.trim()) {
        const why = isShallow(cwd)
            ? 'this clone is shallow, so the commit they share is missing'
            : 'their histories are unrelated';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: ${name} and HEAD have no common commit (${why}); ${FETCH_HINT.replace('<branch>', name.replace(/^origin\//, ''))}.`);
    }
    const detail = r.stderr.trim().split('\n').pop() ?? '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: finding the merge base of ${name} and HEAD failed: ${detail || 'unknown error'}`);
}
/**
 * Files added, changed or deleted between `commit` and the work tree: committed, staged and
 * unstaged changes alike, and untracked files (not ignored) count as added. Run it at the
 * repository root; `paths` are relative to it.
 */
function changesSince(cwd, commit, paths) {
    const specs = paths.map(literal);
    const byPath = new Map();
    const diff = git(cwd, ['diff', '--name-status', '--no-renames', '--no-ext-diff', '-z', commit, '--', ...specs], 'listing changed files');
    const parts = diff.split('\0').filter(Boolean);
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const s = parts[i][0];
        byPath.set(parts[i + 1], s === 'A' ? 'A' : s === 'D' ? 'D' : 'M');
    }
    const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...specs], 'listing untracked files');
    for (const p of untracked.split('\0').filter(Boolean)) {
        // removed from the index but still on disk: git diff calls it deleted, yet the file is there
        byPath.set(p, byPath.get(p) === 'D' ? 'M' : 'A');
    }
    return [...byPath].map(([path, status]) => ({ status, path }));
}
/** Paths (relative to the repository root) of the files under `paths` in a commit. */
function filesAt(cwd, commit, paths) {
    const out = git(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths.map(literal)], 'listing the base tree');
    return out.split('\0').filter(Boolean);
}
/** Whether `oldPath` at `commit` and `newPath` in the work tree hold the same bytes: a move, not an edit. */
function sameContent(cwd, commit, oldPath, newPath) {
    const before = runGit(cwd, ['rev-parse', '--verify', '--quiet', `${commit}:${oldPath}`]);
    // hash-object applies the same clean filters (line endings) as `git add` would
    const after = runGit(cwd, ['hash-object', '--', newPath]);
    return before.ok && after.ok && before.stdout.trim() === after.stdout.trim();
}
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** `Name <email>` -> identity; undefined when it is not of that shape. */
function parseIdentity(text) {
    const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    return m && m[1] ? { name: m[1], email: m[2] } : undefined;
}
// a credential prompt on the terminal would hang a CI job forever; failing is better (askpass
// programs are left alone: editors such as VS Code hand credentials over through them)
const NON_INTERACTIVE = { GIT_TERMINAL_PROMPT: '0' };
function runGitAsync(cwd, args, env, timeoutMs) {
    return new Promise((resolvePromise, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...NON_INTERACTIVE, ...env }, ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGTERM' } : {}) }, (err, stdout, stderr) => {
            if (!err)
                return resolvePromise({ ok: true, stdout, stderr, status: 0 });
            const e = err;
            if (e.code === 'ENOENT')
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('git is not installed or not on PATH'));
            const timedOut = !!timeoutMs && !!e.killed && e.signal === 'SIGTERM';
            resolvePromise({ ok: false, stdout: stdout ?? '', stderr: stderr ?? '', status: typeof e.code === 'number' ? e.code : null, ...(timedOut ? { timedOut } : {}) });
        });
    });
}
function lastLine(text) {
    return text.trim().split('\n').pop()?.trim() ?? '';
}
async function gitAsync(cwd, args, what, env) {
    const r = await runGitAsync(cwd, args, env);
    if (r.ok)
        return r.stdout;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what} failed: ${lastLine(r.stderr) || lastLine(r.stdout) || 'unknown error'}`);
}
async function repoRootAsync(cwd) {
    const r = await runGitAsync(cwd, ['rev-parse', '--show-toplevel']);
    if (!r.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${cwd} is not inside a git repository (${lastLine(r.stderr) || 'git rev-parse failed'}); run pgmig assign in a checkout of the branch`);
    return r.stdout.trim();
}
async function headCommit(cwd) {
    const r = await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!r.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('the repository has no commit yet (HEAD does not point to a commit)');
    return r.stdout.trim();
}
/** The branch HEAD is on; undefined when HEAD is detached. */
async function currentBranch(cwd) {
    const r = await runGitAsync(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return r.ok ? r.stdout.trim() || undefined : undefined;
}
async function isShallowAsync(cwd) {
    return (await runGitAsync(cwd, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}
async function remoteExists(cwd, remote) {
    return (await runGitAsync(cwd, ['remote', 'get-url', remote])).ok;
}
/** Whether `name` is a valid branch name (so it cannot smuggle in an option or a refspec). */
async function isValidBranchName(cwd, name) {
    if (!name || name.startsWith('-'))
        return false;
    return (await runGitAsync(cwd, ['check-ref-format', '--branch', name])).ok;
}
/** What `git status` reports; untracked files are only looked for under `untrackedUnder`. */
async function workTreeState(cwd, untrackedUnder) {
    const tracked = await gitAsync(cwd, ['status', '--porcelain', '-z', '--untracked-files=no'], 'git status');
    const changed = tracked.split('\0').filter((l) => /^[ MADRCUT?!]{2} /.test(l));
    let untracked = [];
    if (untrackedUnder.length > 0) {
        const out = await gitAsync(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...untrackedUnder.map(literal)], 'listing untracked files');
        untracked = out.split('\0').filter(Boolean);
    }
    return { changed, untracked };
}
/** Paths (relative to the repository root) of the files under `paths` in a commit, async. */
async function listTree(cwd, commit, paths) {
    if (paths.length === 0)
        return [];
    const out = await gitAsync(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths.map(literal)], 'listing the files of HEAD');
    return out.split('\0').filter(Boolean);
}
/**
 * When each path under `paths` reached the branch: the commit on HEAD's first-parent line
 * (the branch's own history, where a merged pull request is its merge commit) that last added
 * it. Renames count as an addition of the new path: a number given by an earlier assign is
 * dated from that assign's commit.
 */
async function arrivals(cwd, paths) {
    const out = await gitAsync(cwd, ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--diff-filter=A', '--format=%x01%H', '--name-only', '-z', 'HEAD', '--', ...paths.map(literal)], 'reading the history of the migrations');
    const chunks = out.split('\x01').filter((c) => c.trim());
    const found = new Map();
    // git log lists the newest commit first; the newest addition of a path is the one that counts
    chunks.forEach((chunk, i) => {
        const [head, ...rest] = chunk.split('\0');
        const commit = head.trim();
        const order = chunks.length - 1 - i;
        for (const raw of rest) {
            const path = raw.replace(/^\n/, '');
            if (path && !found.has(path))
                found.set(path, { order, commit });
        }
    });
    return found;
}
/** `git mv` of one file; the target folder must exist. */
async function moveFile(cwd, from, to) {
    await gitAsync(cwd, ['mv', '--', from, to], `git mv ${from} ${to}`);
}
async function stage(cwd, paths) {
    if (paths.length > 0)
        await gitAsync(cwd, ['add', '--', ...paths.map(literal)], 'git add');
}
function identityEnv(who) {
    return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}
/**
 * Commits what is staged as `who` (author and committer) and returns the new commit. Hooks and
 * signing are skipped: the commit is a mechanical rename made by a bot that holds no key.
 */
async function commitAs(cwd, message, who) {
    await gitAsync(cwd, ['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, '-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', message], 'git commit', identityEnv(who));
    return headCommit(cwd);
}
/** How long one push or fetch of `pgmig assign` may take before it is given up (a hung server would otherwise hold the job). */
const DEFAULT_NETWORK_TIMEOUT_MS = 300_000;
/** The tip of `branch` on `remote` after fetching it; undefined when the remote has no such branch. */
async function fetchBranch(cwd, remote, branch, timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS) {
    const r = await runGitAsync(cwd, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], undefined, timeoutMs);
    if (!r.ok) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        const why = r.timedOut ? `no answer within ${seconds(timeoutMs)}` : lastLine(r.stderr) || 'unknown error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`git fetch ${remote} ${branch} failed: ${why}; check that ${remote} is reachable and this checkout may read it (git remote -v shows its URL)`);
    }
    const tip = await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', `refs/remotes/${remote}/${branch}^{commit}`]);
    return tip.ok ? tip.stdout.trim() : undefined;
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
/** Fetches the whole history of a shallow clone; false when the remote could not give it. */
async function unshallow(cwd, remote) {
    return (await runGitAsync(cwd, ['fetch', '--quiet', '--no-tags', '--unshallow', remote])).ok;
}
async function isAncestor(cwd, ancestor, of) {
    return (await runGitAsync(cwd, ['merge-base', '--is-ancestor', ancestor, of])).ok;
}
/** Moves the current branch, index and work tree to `commit` (only ever to drop pgmig's own commit or to fast-forward). */
async function resetHard(cwd, commit) {
    await gitAsync(cwd, ['reset', '--quiet', '--hard', commit], `git reset --hard ${commit.slice(0, 12)}`);
}
/**
 * Puts HEAD on top of `tip`: a fast-forward when HEAD has nothing of its own, else a rebase of
 * the local commits (aborted on a conflict, leaving HEAD where it was).
 */
async function integrate(cwd, tip) {
    const head = await headCommit(cwd);
    if (head === tip || (await isAncestor(cwd, tip, head)))
        return 'up-to-date';
    if (await isAncestor(cwd, head, tip)) {
        await resetHard(cwd, tip);
        return 'fast-forward';
    }
    const r = await runGitAsync(cwd, ['rebase', '--quiet', '--no-autostash', tip]);
    if (r.ok)
        return 'rebased';
    await runGitAsync(cwd, ['rebase', '--abort']);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the local commits of this branch could not be rebased onto the remote tip ${tip.slice(0, 12)} (${lastLine(r.stderr) || lastLine(r.stdout) || 'rebase failed'}); ` +
        'bring the branch up to date by hand, then run pgmig assign again');
}
// Reasons on the `!` line that mean "the branch moved under you": the classic non-fast-forward,
// and the ref-lock races a server reports when two pushes land at the same instant. Only the
// reason git reports is read: a hook's own text (`remote: …`) may use the same words for a refusal.
const STALE = /non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to lock|failed to update ref|incorrect old value|is at [0-9a-f]+ but expected|reference already exists/i;
const DENIED = /returned error: 40[13]|Authentication failed|Permission to \S+ denied|Write access to repository not granted/i;
/** Pushes HEAD to `branch` on `remote`, never forcing. */
async function pushHead(cwd, remote, branch, timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS) {
    const r = await runGitAsync(cwd, ['push', '--porcelain', '--no-verify', remote, `HEAD:refs/heads/${branch}`], undefined, timeoutMs);
    if (r.ok)
        return { ok: true };
    const text = `${r.stdout}\n${r.stderr}`;
    // what the server's hooks printed, for the user (GitHub explains branch protection there)
    const said = text
        .split('\n')
        .filter((l) => l.startsWith('remote:'))
        .map((l) => l.slice('remote:'.length).trim())
        .filter((l) => l && !/^error: (cannot lock ref|hook declined to update)/.test(l))
        .slice(0, 5);
    if (r.timedOut)
        return { ok: false, kind: 'lost', message: `no answer within ${seconds(timeoutMs)}`, remote: said };
    // porcelain: `!<TAB>HEAD:refs/heads/main<TAB>[remote rejected] (pre-receive hook declined)`
    const rejected = text.split('\n').find((l) => l.startsWith('!'));
    if (!rejected) {
        const fatal = text.split('\n').map((l) => l.trim()).find((l) => /^fatal: /.test(l) && !/Could not read from remote/i.test(l));
        const message = (fatal ?? lastLine(r.stderr)).replace(/^fatal: /, '') || 'unknown error';
        // an HTTP server that refuses the credentials answers before taking anything
        if (DENIED.test(message) || said.some((l) => DENIED.test(l)))
            return { ok: false, kind: 'refused', message, remote: said };
        return { ok: false, kind: 'lost', message, remote: said };
    }
    const message = (rejected.split('\t').pop() ?? '').trim() || 'rejected';
    if (STALE.test(message))
        return { ok: false, kind: 'stale', message };
    return { ok: false, kind: 'refused', message, remote: said };
}


/***/ }),

/***/ 3193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readMigration),
/* harmony export */   z: () => (/* binding */ parseBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4159);
/* harmony import */ var _sql_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5375);




const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads and parses one migration. A file that cannot be read is the user's environment
 * (UserError, exit 2); a file that is not UTF-8 text is a syntax error in that file, so the
 * other files are still linted.
 */
function readMigration(absPath, shownAs) {
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absPath);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code ?? err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read ${shownAs}: ${why}`);
    }
    return parseBytes(bytes);
}
function parseBytes(bytes) {
    const nul = bytes.indexOf(0);
    let text;
    if (nul < 0) {
        try {
            text = decoder.decode(bytes);
        }
        catch {
            text = undefined;
        }
    }
    if (text === undefined) {
        const at = nul >= 0 ? `a NUL byte at offset ${nul}` : 'bytes that are not UTF-8';
        return {
            source: new _sql_source_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceText */ .D(''),
            statements: [],
            trailingGapStart: 0,
            error: { index: 0, message: `not a SQL text file: it contains ${at}; save migrations as UTF-8 text` },
        };
    }
    // the decoder already dropped a UTF-8 byte order mark, so line 1 columns match the editor
    return (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSql */ .eg)(text);
}


/***/ }),

/***/ 4159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _U: () => (/* binding */ ensureParser),
/* harmony export */   eg: () => (/* binding */ parseSql)
/* harmony export */ });
/* unused harmony export skipTrivia */
/* harmony import */ var _wasm_dirname_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8771);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2627);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(libpg_query__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _preprocess_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7192);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5375);





let loaded;
/** The WASM module loads once per process; every parse after that is synchronous. */
function ensureParser() {
    if (!loaded) {
        // V8 would otherwise optimise the whole 1.7 MB parser module before the first parse; the
        // baseline compiler alone halves a one-file lint and is no slower over a thousand files
        // (measured with bench/lint.mjs). The flag only affects WebAssembly compiled after it.
        (0,node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString)('--liftoff-only');
        loaded = (0,libpg_query__WEBPACK_IMPORTED_MODULE_2__.loadModule)();
    }
    return loaded;
}
function parseSql(text) {
    const source = new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceText */ .D(text);
    const prepared = (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_4__/* .preprocess */ .v)(text).text;
    // the parser refuses an empty input; an empty migration is valid (Flyway runs it as a no-op)
    if (!prepared.trim())
        return { source, statements: [], trailingGapStart: 0 };
    try {
        const result = (0,libpg_query__WEBPACK_IMPORTED_MODULE_2__.parseSync)(prepared);
        const statements = toStatements(source, prepared, result.stmts ?? [], 0, 0);
        return { source, statements, trailingGapStart: trailingGap(prepared, statements) };
    }
    catch (err) {
        const error = syntaxProblem(source, err);
        const statements = recover(source, prepared, error.index);
        return { source, statements, error, trailingGapStart: trailingGap(prepared, statements) };
    }
}
function trailingGap(text, statements) {
    const last = statements[statements.length - 1];
    return last ? afterSemicolon(text, last.end) : 0;
}
function afterSemicolon(text, end) {
    let i = end;
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return text[i] === ';' ? i + 1 : end;
}
function syntaxProblem(source, err) {
    const e = err;
    const message = e.sqlDetails?.message ?? e.message ?? String(err);
    const cursor = e.sqlDetails?.cursorPosition;
    const index = cursor === undefined || cursor < 0 ? 0 : source.indexOfCodePoint(cursor);
    return { index, message };
}
function toStatements(source, text, raws, byteBase, firstIndex) {
    const out = [];
    // comments before a statement belong to its gap, which begins just past the previous `;`
    let gapStart = source.indexOfByte(byteBase);
    for (const raw of raws) {
        if (!raw.stmt)
            continue;
        const kind = Object.keys(raw.stmt)[0];
        const byteStart = byteBase + (raw.stmt_location ?? 0);
        const start = skipTrivia(text, Math.max(gapStart, source.indexOfByte(byteStart)));
        // stmt_len 0 means "to the end of the input"
        const end = raw.stmt_len ? source.indexOfByte(byteStart + raw.stmt_len) : trimEnd(text, text.length);
        const stmtGap = Math.min(gapStart, start);
        gapStart = afterSemicolon(text, end);
        out.push({
            index: firstIndex + out.length,
            kind,
            node: raw.stmt[kind],
            start,
            end: Math.max(start, trimEnd(text, end)),
            gapStart: stmtGap,
            byteBase,
            text: source.text.slice(start, end),
        });
    }
    return out;
}
/** Skips whitespace and comments (PostgreSQL block comments nest). */
function skipTrivia(text, from) {
    let i = from;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (text.startsWith('--', i)) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl + 1;
        }
        else if (text.startsWith('/*', i)) {
            let depth = 0;
            while (i < text.length) {
                if (text.startsWith('/*', i)) {
                    depth++;
                    i += 2;
                }
                else if (text.startsWith('*/', i)) {
                    depth--;
                    i += 2;
                    if (depth === 0)
                        break;
                }
                else
                    i++;
            }
        }
        else
            return i;
    }
}
function trimEnd(text, end) {
    let i = end;
    while (i > 0 && /\s/.test(text[i - 1]))
        i--;
    return i;
}
/**
 * After a syntax error the rest of the file still deserves linting: split at top-level
 * semicolons with the server's own scanner and parse each piece alone, dropping the piece
 * that holds the error (and any that only failed because the split cut through a body).
 */
function recover(source, text, errorIndex) {
    let tokens;
    try {
        tokens = (0,libpg_query__WEBPACK_IMPORTED_MODULE_2__.scanSync)(text).tokens;
    }
    catch {
        return [];
    }
    const out = [];
    let pieceStartByte = 0;
    const pieces = [];
    for (const t of tokens) {
        if (t.text === ';') {
            pieces.push([pieceStartByte, t.end]);
            pieceStartByte = t.end;
        }
    }
    const totalBytes = Buffer.byteLength(text, 'utf8');
    if (pieceStartByte < totalBytes)
        pieces.push([pieceStartByte, totalBytes]);
    const bytes = Buffer.from(text, 'utf8');
    for (const [from, to] of pieces) {
        const startIdx = source.indexOfByte(from);
        const endIdx = source.indexOfByte(to);
        if (errorIndex >= startIdx && errorIndex < endIdx)
            continue;
        const piece = bytes.subarray(from, to).toString('utf8');
        if (!piece.trim())
            continue;
        try {
            const result = (0,libpg_query__WEBPACK_IMPORTED_MODULE_2__.parseSync)(piece);
            out.push(...toStatements(source, text, result.stmts ?? [], from, out.length));
        }
        catch {
            // the split cut through something the scanner alone cannot see; that piece is skipped
        }
    }
    return out;
}


/***/ }),

/***/ 7192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ preprocess)
/* harmony export */ });
const META_LINE = /^[ \t]*\\[A-Za-z!?;][^\n]*/gm;
const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;
function preprocess(text) {
    const metaCommandLines = [];
    let out = text;
    if (out.includes('\\')) {
        // lines are counted on from the previous match: a file of many meta-commands stays linear
        let line = 1;
        let counted = 0;
        out = out.replace(META_LINE, (match, offset) => {
            line += newlines(text, counted, offset);
            counted = offset;
            metaCommandLines.push(line);
            // blanks alone would shorten the line in bytes when it holds `é`; inside a comment it can stay
            const slash = match.indexOf('\\');
            // eslint-disable-next-line no-control-regex
            return `${' '.repeat(slash)}--${match.slice(slash + 2).replace(/[\x00-\x7f]/g, ' ')}`;
        });
    }
    if (out.includes('${')) {
        // `_name__` keeps the length of `${name}` (one character more than `_name_`, which moved
        // every statement after a placeholder one character left); ASCII characters that cannot be
        // in an identifier become `_` (others can, and keep their byte width)
        out = out.replace(PLACEHOLDER, (_m, name) => `_${name.replace(/[^A-Za-z0-9_\u0080-\uffff]/g, '_')}__`);
    }
    return { text: out, metaCommandLines };
}
function newlines(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}


/***/ }),

/***/ 5375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText)
/* harmony export */ });
class SourceText {
    text;
    lineStarts;
    /** byte offset -> UTF-16 index; absent when the text is pure ASCII (the common case). */
    byteToIndex;
    ascii;
    /** No surrogate pairs: a column is then the UTF-16 distance from the line start, plus one. */
    bmp;
    /**
     * With surrogate pairs: [index, characters before it] about every MARK_EVERY UTF-16 units,
     * so a column is counted from the nearest mark, not from the line start (a file can be one
     * long line, and counting from its start for every finding would be quadratic).
     */
    marks;
    constructor(text) {
        this.text = text;
        this.lineStarts = [0];
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        }
        // eslint-disable-next-line no-control-regex
        this.ascii = !/[^\x00-\x7f]/.test(text);
        this.bmp = this.ascii || !/[\ud800-\udbff]/.test(text);
        if (!this.bmp)
            this.marks = markCharacters(text);
        if (!this.ascii) {
            const bytes = Buffer.byteLength(text, 'utf8');
            const map = new Int32Array(bytes + 1);
            let b = 0;
            for (let i = 0; i < text.length; i++) {
                const cp = text.codePointAt(i);
                const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                for (let k = 0; k < width; k++)
                    map[b + k] = i;
                b += width;
                if (cp > 0xffff)
                    i++;
            }
            map[bytes] = text.length;
            this.byteToIndex = map;
        }
    }
    get length() {
        return this.text.length;
    }
    /** UTF-16 index of a UTF-8 byte offset (clamped to the text). */
    indexOfByte(byte) {
        if (byte <= 0)
            return 0;
        if (this.ascii)
            return Math.min(byte, this.text.length);
        const map = this.byteToIndex;
        return byte >= map.length ? this.text.length : map[byte];
    }
    /** UTF-8 byte offset of a UTF-16 index: the inverse of indexOfByte, without re-encoding the text before it. */
    byteOfIndex(index) {
        if (index <= 0)
            return 0;
        if (this.ascii)
            return Math.min(index, this.text.length);
        const map = this.byteToIndex;
        // the map is sorted: the first byte of the character at `index`
        let lo = 0;
        let hi = map.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (map[mid] < index)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** UTF-16 index of a code-point offset, as PostgreSQL reports error cursors. */
    indexOfCodePoint(cp) {
        if (this.ascii)
            return Math.min(Math.max(cp, 0), this.text.length);
        let i = 0;
        for (let n = 0; n < cp && i < this.text.length; n++) {
            i += this.text.codePointAt(i) > 0xffff ? 2 : 1;
        }
        return i;
    }
    /** 1-based line and column of a UTF-16 index. */
    position(index) {
        const idx = Math.max(0, Math.min(index, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= idx)
                lo = mid;
            else
                hi = mid - 1;
        }
        const start = this.lineStarts[lo];
        if (this.bmp)
            return { line: lo + 1, column: idx - start + 1 };
        return { line: lo + 1, column: this.charactersBefore(idx) - this.charactersBefore(start) + 1 };
    }
    /** Characters (a surrogate pair is one) before a UTF-16 index, as an editor counts them. */
    charactersBefore(idx) {
        const marks = this.marks;
        // the last mark at or before idx
        let lo = 0;
        let hi = marks.length / 2 - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (marks[2 * mid] <= idx)
                lo = mid;
            else
                hi = mid - 1;
        }
        let count = marks[2 * lo + 1];
        for (let i = marks[2 * lo]; i < idx; i++) {
            const c = this.text.charCodeAt(i);
            // a surrogate pair is one character on screen
            if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx)
                i++;
            count++;
        }
        return count;
    }
    /** The text of a 1-based line, without its newline. */
    lineText(line) {
        const start = this.lineStarts[line - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[line];
        let end = next === undefined ? this.text.length : next - 1;
        // (not a /\r$/ replace: that scans the whole line, and a line can be the whole file)
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
    get lineCount() {
        return this.lineStarts.length;
    }
}
const MARK_EVERY = 256;
/** [index, characters before it] pairs, at character boundaries, from index 0 on. */
function markCharacters(text) {
    const marks = [0, 0];
    let count = 0;
    let next = MARK_EVERY;
    for (let i = 0; i < text.length; i++) {
        if (i >= next) {
            marks.push(i, count);
            next = i + MARK_EVERY;
        }
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)
            i++;
        count++;
    }
    return Int32Array.from(marks);
}


/***/ })

};
