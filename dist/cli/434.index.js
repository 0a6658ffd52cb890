export const id = 434;
export const ids = [434];
export const modules = {

/***/ 5167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ missingPlaceholders),
/* harmony export */   pd: () => (/* binding */ missingPlaceholderMessage),
/* harmony export */   rk: () => (/* binding */ withPlaceholders)
/* harmony export */ });
/* unused harmony exports placeholderValue, replacePlaceholders, ReplacedSourceText, builtInsFor, flywayTimestamp */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8979);
/* harmony import */ var _sql_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5375);



const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;
/** The value of a placeholder: configured (case-insensitive, as Flyway matches them), or built in. */
function placeholderValue(name, values, builtIns) {
    if (name.startsWith('flyway:'))
        return builtIns[name.slice('flyway:'.length)];
    if (Object.hasOwn(values, name))
        return values[name];
    const lower = name.toLowerCase();
    for (const [k, v] of Object.entries(values))
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
/** Replaces every placeholder that has a value; the others stay as written and are listed. */
function replacePlaceholders(text, values, builtIns = {}) {
    const out = { text, missing: [], replaced: [], segments: [] };
    if (!text.includes('${'))
        return out;
    let result = '';
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
        const at = m.index;
        const p = { name: m[1], index: at };
        const value = placeholderValue(p.name, values, builtIns);
        if (value === undefined) {
            out.missing.push(p);
            continue;
        }
        result += text.slice(last, at);
        out.segments.push({ from: at, to: at + m[0].length, at: result.length, end: result.length + value.length });
        result += value;
        last = at + m[0].length;
        out.replaced.push(p);
    }
    out.text = result + text.slice(last);
    return out;
}
/**
 * The text Flyway parses, with positions that answer in the file as written: `position()` and
 * `lineText()` speak of the original file, the rest (indexes, byte offsets) of the replaced text
 * the statements were parsed from. Inside a replaced value, a position is the placeholder's.
 */
class ReplacedSourceText extends _sql_source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceText */ .D {
    original;
    segments;
    missing;
    constructor(text, original, segments, 
    /** Placeholders with no value (Flyway refuses the file). */
    missing) {
        super(text);
        this.original = original;
        this.segments = segments;
        this.missing = missing;
    }
    /** The index in the file as written of an index in the replaced text. */
    originalIndex(index) {
        let delta = 0;
        for (const s of this.segments) {
            if (index < s.at)
                break;
            if (index < s.end)
                return s.from;
            delta = s.to - s.end;
        }
        return index + delta;
    }
    position(index) {
        return this.original.position(this.originalIndex(index));
    }
    lineText(line) {
        return this.original.lineText(line);
    }
    get lineCount() {
        return this.original.lineCount;
    }
}
/** What a run knows for the built-in placeholders. */
function builtInsFor(config, file, known = {}) {
    return {
        defaultSchema: config.flyway.defaultSchema ?? config.flyway.schemas?.[0] ?? 'public',
        table: config.flyway.table ?? 'flyway_schema_history',
        filename: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file),
        workingDirectory: process.cwd(),
        environment: 'default',
        // lint has no connection: the usual defaults (pgmig test passes the real ones)
        user: 'postgres',
        database: 'postgres',
        timestamp: flywayTimestamp(new Date()),
        ...known,
    };
}
/**
 * A parsed migration as Flyway would parse it: placeholders replaced (when the text has any and
 * replacement is on), positions still in the file as written. Unchanged when there is nothing
 * to replace; a placeholder with no value is kept as written (the parser reads it as a name)
 * and listed in the source's `missing`.
 */
function withPlaceholders(parsed, config, file, known = {}) {
    const text = parsed.source.text;
    if (config.flyway.placeholderReplacement === false || !text.includes('${'))
        return parsed;
    const r = replacePlaceholders(text, config.flyway.placeholders ?? {}, builtInsFor(config, file, known));
    if (r.replaced.length === 0 && r.missing.length === 0)
        return parsed;
    const again = r.replaced.length ? (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSql */ .eg)(r.text) : parsed;
    return { ...again, source: new ReplacedSourceText(r.text, parsed.source, r.segments, r.missing) };
}
/** `${flyway:timestamp}`: Flyway's yyyy-MM-dd HH:mm:ss, local time. */
function flywayTimestamp(d) {
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
function missingPlaceholders(parsed) {
    return parsed.source instanceof ReplacedSourceText ? parsed.source.missing : [];
}
/** Flyway's words when a placeholder has no value. */
function missingPlaceholderMessage(p) {
    return `No value provided for placeholder: \${${p.name}}. Check your configuration!`;
}


/***/ }),

/***/ 340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ strongestLocks),
/* harmony export */   OQ: () => (/* binding */ statementLabel),
/* harmony export */   PE: () => (/* binding */ blocksWrites),
/* harmony export */   aZ: () => (/* binding */ locksOf),
/* harmony export */   o5: () => (/* binding */ blocksReads),
/* harmony export */   wb: () => (/* binding */ lockRank)
/* harmony export */ });
/* unused harmony export LOCK_MODES */
/* harmony import */ var _node_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1154);
/* harmony import */ var _relation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5490);


/** PostgreSQL's table-level lock modes, weakest first (the order of the docs' conflict table). */
const LOCK_MODES = [
    'ACCESS SHARE',
    'ROW SHARE',
    'ROW EXCLUSIVE',
    'SHARE UPDATE EXCLUSIVE',
    'SHARE',
    'SHARE ROW EXCLUSIVE',
    'EXCLUSIVE',
    'ACCESS EXCLUSIVE',
];
function lockRank(mode) {
    return LOCK_MODES.indexOf(mode);
}
/** SHARE and above conflict with writes (ROW EXCLUSIVE); ACCESS EXCLUSIVE also with reads. */
function blocksWrites(mode) {
    return lockRank(mode) >= lockRank('SHARE');
}
function blocksReads(mode) {
    return mode === 'ACCESS EXCLUSIVE';
}
/**
 * ALTER TABLE sub-commands that take less than ACCESS EXCLUSIVE (PostgreSQL 15/16 docs: ALTER
 * TABLE, the lock noted under each form; the same as tablecmds.c AlterTableGetLockLevel).
 * Everything not listed here takes ACCESS EXCLUSIVE, ALTER CONSTRAINT included.
 */
const ALTER_TABLE_LOCKS = {
    AT_ValidateConstraint: 'SHARE UPDATE EXCLUSIVE',
    AT_SetStatistics: 'SHARE UPDATE EXCLUSIVE',
    // ALTER COLUMN … SET/RESET (n_distinct = …)
    AT_SetOptions: 'SHARE UPDATE EXCLUSIVE',
    AT_ResetOptions: 'SHARE UPDATE EXCLUSIVE',
    AT_ClusterOn: 'SHARE UPDATE EXCLUSIVE',
    AT_DropCluster: 'SHARE UPDATE EXCLUSIVE',
    AT_SetRelOptions: 'SHARE UPDATE EXCLUSIVE',
    AT_ResetRelOptions: 'SHARE UPDATE EXCLUSIVE',
    AT_AttachPartition: 'SHARE UPDATE EXCLUSIVE',
    AT_DetachPartitionFinalize: 'SHARE UPDATE EXCLUSIVE',
    AT_EnableTrig: 'SHARE ROW EXCLUSIVE',
    AT_EnableAlwaysTrig: 'SHARE ROW EXCLUSIVE',
    AT_EnableReplicaTrig: 'SHARE ROW EXCLUSIVE',
    AT_DisableTrig: 'SHARE ROW EXCLUSIVE',
    AT_EnableTrigAll: 'SHARE ROW EXCLUSIVE',
    AT_DisableTrigAll: 'SHARE ROW EXCLUSIVE',
    AT_EnableTrigUser: 'SHARE ROW EXCLUSIVE',
    AT_DisableTrigUser: 'SHARE ROW EXCLUSIVE',
};
/**
 * Storage parameters whose change is visible to queries, so SET (…) takes ACCESS EXCLUSIVE for
 * them (reloptions.c); every other table parameter (fillfactor, autovacuum_*, …) takes SHARE
 * UPDATE EXCLUSIVE.
 */
const ACCESS_EXCLUSIVE_OPTIONS = new Set(['security_barrier', 'security_invoker', 'check_option', 'user_catalog_table']);
/**
 * ALTER TABLE sub-commands that apply to the partitioned table alone; every other one recurses
 * into the partitions and takes its lock on each (tablecmds.c: the ATSimpleRecursion and
 * ATPrepCmd `recurse` paths).
 */
const NOT_RECURSING = new Set([
    'AT_AttachPartition',
    'AT_DetachPartition',
    'AT_DetachPartitionFinalize',
    'AT_EnableRowSecurity',
    'AT_DisableRowSecurity',
    'AT_ForceRowSecurity',
    'AT_NoForceRowSecurity',
    'AT_ReplicaIdentity',
    'AT_SetRelOptions',
    'AT_ResetRelOptions',
    'AT_ClusterOn',
    'AT_DropCluster',
    'AT_ChangeOwner',
    'AT_GenericOptions',
]);
const strongest = (a, b) => (lockRank(a) >= lockRank(b) ? a : b);
function foreignKeyTargets(constraints) {
    const out = [];
    for (const c of constraints ?? []) {
        const con = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(c, 'Constraint');
        if (con?.contype !== 'CONSTR_FOREIGN')
            continue;
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(con.pktable);
        if (ref)
            out.push(ref);
    }
    return out;
}
function hasOption(options, name) {
    for (const o of options ?? []) {
        const d = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(o, 'DefElem');
        if (d?.defname !== name)
            continue;
        // `VACUUM (FULL false)` names the option only to turn it off
        if (!d.arg)
            return true;
        // the JSON AST leaves out zero and false values: `{Integer: {}}` is 0
        const int = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(d.arg, 'Integer');
        if (int)
            return (int.ival ?? 0) !== 0;
        const bool = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(d.arg, 'Boolean');
        if (bool)
            return bool.boolval === true;
        const v = String((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(d.arg, 'String')?.sval ?? '').toLowerCase();
        return !['false', 'off', '0', 'no', 'n', 'f'].includes(v);
    }
    return false;
}
/**
 * The table-level locks a statement takes, by the PostgreSQL documentation ("Table-Level Lock
 * Modes" and the notes of each command), checked against pg_locks on PostgreSQL 15. This is the
 * static model the lint rules use; `pgmig test` measures the real locks and can contradict it.
 * A relation may appear more than once (the strongest mode is what matters). Without a model,
 * DROP INDEX and REINDEX INDEX name the index, since its table is unknown.
 */
function locksOf(stmt, model) {
    const n = stmt.node;
    const out = [];
    const add = (rel, mode) => {
        if (rel)
            out.push({ relation: rel, mode });
    };
    const tableOfIndex = (ref) => {
        const table = ref && model?.indexes.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref))?.table;
        return table ? keyToRef(table) : undefined;
    };
    switch (stmt.kind) {
        case 'IndexStmt': {
            const mode = n.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE';
            const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation);
            add(ref, mode);
            // on a partitioned table (without ONLY) the index is built on every partition
            if (ref && n.relation?.inh === true)
                for (const p of model?.partitionsOf((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref)) ?? [])
                    add(p.ref, mode);
            break;
        }
        case 'ViewStmt': {
            // CREATE OR REPLACE of a view an earlier migration made swaps its rule: readers wait
            const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.view);
            if (n.replace && ref && model?.viewsAndSequences.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref))?.kind === 'view')
                add(ref, 'ACCESS EXCLUSIVE');
            break;
        }
        case 'AlterSeqStmt':
            // blocks nextval(), so every INSERT that takes the sequence's default waits
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.sequence), 'SHARE ROW EXCLUSIVE');
            break;
        case 'AlterTableStmt': {
            let mode;
            const target = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation);
            const targetKey = target && (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(target);
            const table = targetKey ? model?.table(targetKey) : undefined;
            // ALTER TABLE ONLY spares the partitions (the parser leaves `inh` out)
            const recurse = n.relation?.inh === true;
            const partitions = targetKey && recurse ? (model?.partitionsOf(targetKey) ?? []) : [];
            // other tables (FK targets, partitions) are listed after the altered one
            const others = [];
            const addOther = (rel, m) => {
                if (rel)
                    others.push({ relation: rel, mode: m });
            };
            for (const c of n.cmds ?? []) {
                const cmd = c.AlterTableCmd;
                if (!cmd)
                    continue;
                let m = ALTER_TABLE_LOCKS[cmd.subtype] ?? 'ACCESS EXCLUSIVE';
                switch (cmd.subtype) {
                    case 'AT_SetRelOptions':
                    case 'AT_ResetRelOptions':
                        for (const item of cmd.def?.List?.items ?? []) {
                            if (ACCESS_EXCLUSIVE_OPTIONS.has(item.DefElem?.defname))
                                m = 'ACCESS EXCLUSIVE';
                        }
                        break;
                    case 'AT_AddConstraint':
                        // the referenced table gets the FK's triggers, hence CREATE TRIGGER's lock, on both tables
                        for (const ref of foreignKeyTargets([cmd.def])) {
                            m = 'SHARE ROW EXCLUSIVE';
                            addOther(ref, 'SHARE ROW EXCLUSIVE');
                        }
                        break;
                    case 'AT_AddColumn':
                        for (const ref of foreignKeyTargets(cmd.def?.ColumnDef?.constraints))
                            addOther(ref, 'SHARE ROW EXCLUSIVE');
                        break;
                    case 'AT_AttachPartition':
                        // the partition (table or, for ALTER INDEX, index) is locked ACCESS EXCLUSIVE
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DetachPartition':
                        // CONCURRENTLY spares the parent, but its second transaction still takes ACCESS
                        // EXCLUSIVE on the partition (docs: ALTER TABLE … DETACH PARTITION; seen in pg_locks)
                        if (cmd.def?.PartitionCmd?.concurrent)
                            m = 'SHARE UPDATE EXCLUSIVE';
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DetachPartitionFinalize':
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DropConstraint': {
                        // a foreign key's triggers live on the referenced table too, and are dropped there
                        const fk = table?.foreignKeys?.get(cmd.name);
                        if (fk && fk.references !== targetKey)
                            addOther(keyToRef(fk.references), 'ACCESS EXCLUSIVE');
                        break;
                    }
                    case 'AT_AlterColumnType':
                        // foreign keys on the column are dropped and made again: both ends of each are locked
                        // ACCESS EXCLUSIVE (the drop's lock; seen in pg_locks)
                        for (const { table: other, fk } of targetKey ? (model?.referencing(targetKey) ?? []) : []) {
                            const cols = fk.refColumns.length ? fk.refColumns : (table?.primaryKey ?? []);
                            if (cols.includes(cmd.name))
                                addOther(other.ref, 'ACCESS EXCLUSIVE');
                        }
                        for (const fk of table?.foreignKeys?.values() ?? []) {
                            if (fk.columns.includes(cmd.name) && fk.references !== targetKey)
                                addOther(keyToRef(fk.references), 'ACCESS EXCLUSIVE');
                        }
                        break;
                }
                if (recurse && !NOT_RECURSING.has(cmd.subtype))
                    for (const p of partitions)
                        addOther(p.ref, m);
                mode = mode ? strongest(mode, m) : m;
            }
            if (mode && target)
                out.push({ relation: target, mode });
            out.push(...others);
            break;
        }
        case 'CreateStmt': {
            // a foreign key to another table locks the referenced table; a self-reference locks only
            // the table being made, which nobody else can see yet
            const self = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .keyOf */ .TN)(n.relation);
            const referenced = (ref) => {
                if ((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref) !== self)
                    add(ref, 'SHARE ROW EXCLUSIVE');
            };
            for (const el of n.tableElts ?? []) {
                foreignKeyTargets(el.ColumnDef?.constraints).forEach(referenced);
                foreignKeyTargets([el]).forEach(referenced);
            }
            // PARTITION OF locks the parent ACCESS EXCLUSIVE (which is why ATTACH PARTITION is the
            // gentle way); plain INHERITS only SHARE UPDATE EXCLUSIVE
            for (const p of n.inhRelations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(p.RangeVar), n.partbound ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
            break;
        }
        case 'DropStmt': {
            const conc = !!n.concurrent;
            for (const o of n.objects ?? []) {
                const items = o.List?.items;
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(items);
                if (!ref)
                    continue;
                switch (n.removeType) {
                    case 'OBJECT_TABLE': {
                        add(ref, 'ACCESS EXCLUSIVE');
                        const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref);
                        const t = model?.table(key);
                        // the parent of a partition, the tables its foreign keys reference (their triggers
                        // are dropped), its own partitions, and with CASCADE the tables whose foreign keys go
                        if (t?.partitionOf)
                            add(keyToRef(t.partitionOf), 'ACCESS EXCLUSIVE');
                        for (const fk of t?.foreignKeys?.values() ?? [])
                            if (fk.references !== key)
                                add(keyToRef(fk.references), 'ACCESS EXCLUSIVE');
                        for (const p of model?.partitionsOf(key) ?? [])
                            add(p.ref, 'ACCESS EXCLUSIVE');
                        if (n.behavior === 'DROP_CASCADE')
                            for (const r of model?.referencing(key) ?? [])
                                add(r.table.ref, 'ACCESS EXCLUSIVE');
                        break;
                    }
                    case 'OBJECT_MATVIEW':
                    case 'OBJECT_VIEW':
                    case 'OBJECT_FOREIGN_TABLE':
                        add(ref, 'ACCESS EXCLUSIVE');
                        break;
                    case 'OBJECT_INDEX':
                        add(tableOfIndex(ref) ?? ref, conc ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE');
                        break;
                    case 'OBJECT_POLICY':
                    case 'OBJECT_TRIGGER':
                    case 'OBJECT_RULE':
                        add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(items.slice(0, -1)), 'ACCESS EXCLUSIVE');
                        break;
                }
            }
            break;
        }
        case 'CreatePolicyStmt':
        case 'AlterPolicyStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.table), 'ACCESS EXCLUSIVE');
            break;
        case 'CreateTrigStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation), 'SHARE ROW EXCLUSIVE');
            break;
        case 'RuleStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'TruncateStmt': {
            // CASCADE empties (and so locks) every table that references one being emptied, in turn;
            // a partitioned table is emptied through its partitions unless ONLY is written
            const seen = new Set();
            const visit = (ref, inh) => {
                const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref);
                if (seen.has(key))
                    return;
                seen.add(key);
                add(ref, 'ACCESS EXCLUSIVE');
                if (inh)
                    for (const p of model?.partitionsOf(key) ?? [])
                        visit(p.ref, true);
                if (n.behavior === 'DROP_CASCADE')
                    for (const r of model?.referencing(key) ?? [])
                        visit(r.table.ref, true);
            };
            for (const r of n.relations ?? []) {
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(r.RangeVar);
                if (ref)
                    visit(ref, r.RangeVar?.inh === true);
            }
            break;
        }
        case 'RenameStmt': {
            // ALTER INDEX … RENAME takes SHARE UPDATE EXCLUSIVE on the index; the server goes by the
            // spelling, so ALTER TABLE some_index RENAME takes ACCESS EXCLUSIVE (seen in pg_locks)
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation), n.renameType === 'OBJECT_INDEX' ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE');
            break;
        }
        case 'AlterObjectSchemaStmt':
            if (n.relation)
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'ReindexStmt': {
            if (!n.relation)
                break;
            const rel = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation);
            if (hasOption(n.params, 'concurrently')) {
                add(n.kind === 'REINDEX_OBJECT_INDEX' ? (tableOfIndex(rel) ?? rel) : rel, 'SHARE UPDATE EXCLUSIVE');
            }
            else if (n.kind === 'REINDEX_OBJECT_INDEX') {
                // SHARE on the table, ACCESS EXCLUSIVE on the index (which stalls every query planned on the table)
                add(tableOfIndex(rel), 'SHARE');
                add(rel, 'ACCESS EXCLUSIVE');
            }
            else {
                add(rel, 'SHARE');
                const key = rel && (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(rel);
                for (const idx of model?.indexes.values() ?? [])
                    if (key && idx.table === key)
                        add(idx.ref, 'ACCESS EXCLUSIVE');
            }
            break;
        }
        case 'RefreshMatViewStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation), n.concurrent ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE');
            break;
        case 'ClusterStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'VacuumStmt': {
            // ANALYZE is a VacuumStmt too, and takes the plain VACUUM lock
            const full = !!n.is_vacuumcmd && hasOption(n.options, 'full');
            for (const r of n.rels ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(r.VacuumRelation?.relation), full ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
            break;
        }
        case 'LockStmt': {
            // the parser gives PostgreSQL's LOCKMODE numbers, 1 (AccessShareLock) … 8 (AccessExclusiveLock)
            const mode = LOCK_MODES[(n.mode ?? 8) - 1] ?? 'ACCESS EXCLUSIVE';
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(r.RangeVar), mode);
            break;
        }
        case 'CommentStmt':
            if (['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_INDEX', 'OBJECT_MATVIEW', 'OBJECT_VIEW'].includes(n.objtype)) {
                const items = n.object?.List?.items;
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(n.objtype === 'OBJECT_COLUMN' ? items?.slice(0, -1) : items);
                add(ref, 'SHARE UPDATE EXCLUSIVE');
            }
            break;
        case 'CreateStatsStmt':
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(r.RangeVar), 'SHARE UPDATE EXCLUSIVE');
            break;
        case 'InsertStmt':
        case 'UpdateStmt':
        case 'DeleteStmt':
        case 'MergeStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(n.relation), 'ROW EXCLUSIVE');
            break;
    }
    return out;
}
/** The strongest lock the statement takes on each relation, strongest first (ties keep statement order). */
function strongestLocks(locks) {
    const best = new Map();
    for (const l of locks) {
        const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(l.relation);
        const prev = best.get(key);
        if (!prev || lockRank(l.mode) > lockRank(prev.mode))
            best.set(key, l);
    }
    return [...best.values()].sort((a, b) => lockRank(b.mode) - lockRank(a.mode));
}
function keyToRef(key) {
    const dot = key.indexOf('.');
    return { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}
const OBJECT_WORDS = {
    OBJECT_TABLE: 'TABLE',
    OBJECT_COLUMN: 'TABLE',
    OBJECT_TABCONSTRAINT: 'TABLE',
    OBJECT_INDEX: 'INDEX',
    OBJECT_MATVIEW: 'MATERIALIZED VIEW',
    OBJECT_VIEW: 'VIEW',
    OBJECT_FOREIGN_TABLE: 'FOREIGN TABLE',
    OBJECT_SEQUENCE: 'SEQUENCE',
    OBJECT_POLICY: 'POLICY',
    OBJECT_TRIGGER: 'TRIGGER',
    OBJECT_RULE: 'RULE',
};
/**
 * A short name for a statement in messages: its command and the object it is about, as
 * `ALTER TABLE lead`, `CREATE INDEX lead_owner_idx`, `DROP INDEX lead_owner_idx`.
 */
function statementLabel(stmt) {
    const n = stmt.node;
    const rel = (rv) => {
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(rv);
        return ref ? ` ${(0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(ref)}` : '';
    };
    const word = (objtype, fallback = 'TABLE') => (objtype && OBJECT_WORDS[objtype]) || fallback;
    const named = (s) => (typeof s === 'string' && s ? ` ${s}` : '');
    switch (stmt.kind) {
        case 'AlterTableStmt':
            return `ALTER ${word(n.objtype)}${rel(n.relation)}`;
        case 'IndexStmt':
            return `CREATE ${n.unique ? 'UNIQUE ' : ''}INDEX${n.concurrent ? ' CONCURRENTLY' : ''}${named(n.idxname)}`;
        case 'DropStmt': {
            const items = n.objects?.[0]?.List?.items ?? [];
            const last = items[items.length - 1]?.String?.sval;
            return `DROP ${word(n.removeType, 'OBJECT')}${n.concurrent ? ' CONCURRENTLY' : ''}${named(last)}`;
        }
        case 'TruncateStmt':
            return `TRUNCATE${rel(n.relations?.[0]?.RangeVar)}`;
        case 'LockStmt':
            return `LOCK TABLE${rel(n.relations?.[0]?.RangeVar)}`;
        case 'RefreshMatViewStmt':
            return `REFRESH MATERIALIZED VIEW${n.concurrent ? ' CONCURRENTLY' : ''}${rel(n.relation)}`;
        case 'VacuumStmt': {
            const cmd = !n.is_vacuumcmd ? 'ANALYZE' : hasOption(n.options, 'full') ? 'VACUUM FULL' : 'VACUUM';
            return `${cmd}${rel(n.rels?.[0]?.VacuumRelation?.relation)}`;
        }
        case 'ClusterStmt':
            return `CLUSTER${rel(n.relation)}`;
        case 'CreateTrigStmt':
            return `CREATE TRIGGER${named(n.trigname)}`;
        case 'CreatePolicyStmt':
            return `CREATE POLICY${named(n.policy_name)}`;
        case 'AlterPolicyStmt':
            return `ALTER POLICY${named(n.policy_name)}`;
        case 'RuleStmt':
            return `CREATE RULE${named(n.rulename)}`;
        case 'ViewStmt':
            return `CREATE ${n.replace ? 'OR REPLACE ' : ''}VIEW${rel(n.view)}`;
        case 'AlterSeqStmt':
            return `ALTER SEQUENCE${rel(n.sequence)}`;
        case 'RenameStmt':
            return `ALTER ${word(n.renameType === 'OBJECT_INDEX' ? n.renameType : (n.relationType ?? n.renameType))}${rel(n.relation)} RENAME`;
        case 'AlterObjectSchemaStmt':
            return `ALTER ${word(n.objectType)}${rel(n.relation)} SET SCHEMA`;
        case 'ReindexStmt':
            return `REINDEX ${String(n.kind ?? '').replace('REINDEX_OBJECT_', '')}${rel(n.relation)}`.trim();
        case 'CreateStmt':
            return `CREATE TABLE${rel(n.relation)}`;
        case 'CommentStmt':
            return 'COMMENT ON';
        case 'CreateStatsStmt':
            return 'CREATE STATISTICS';
        case 'InsertStmt':
            return `INSERT INTO${rel(n.relation)}`;
        case 'UpdateStmt':
            return `UPDATE${rel(n.relation)}`;
        case 'DeleteStmt':
            return `DELETE FROM${rel(n.relation)}`;
        case 'MergeStmt':
            return `MERGE INTO${rel(n.relation)}`;
        default: {
            const words = stmt.text.match(/^[A-Za-z]+(?:\s+[A-Za-z]+)?/);
            return words ? words[0].replace(/\s+/g, ' ').toUpperCase() : stmt.kind.replace(/Stmt$/, '');
        }
    }
}


/***/ }),

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ nameParts)
/* harmony export */ });
/**
 * The parts of a qualified name as the parser lists it (`funcname`, `typeName.names`, a DROP's
 * object): `String` nodes, of which anything else (`A_Star` in `t.*`) is skipped.
 */
function nameParts(list) {
    const out = [];
    for (const n of list ?? [])
        if ('String' in n && n.String.sval)
            out.push(n.String.sval);
    return out;
}


/***/ }),

/***/ 1154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ nodeAs)
/* harmony export */ });
/**
 * The inner object of `node` when it is a node of type `type` (`{Constraint: {...}}` → the
 * constraint), else undefined: how a list element (`Node[]` in @pgsql/types) is read as one type.
 */
function nodeAs(node, type) {
    if (!node || typeof node !== 'object' || !(type in node))
        return undefined;
    // the `in` test above is the check a wrapped node's type makes
    return node[type];
}


/***/ }),

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ ensureParser),
  eg: () => (/* binding */ parseSql)
});

// UNUSED EXPORTS: skipTrivia

// EXTERNAL MODULE: ./src/sql/wasm-dirname.ts
var wasm_dirname = __webpack_require__(8771);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __webpack_require__(2627);
// EXTERNAL MODULE: ./src/sql/preprocess.ts
var preprocess = __webpack_require__(7192);
// EXTERNAL MODULE: ./src/sql/source.ts
var sql_source = __webpack_require__(5375);
;// CONCATENATED MODULE: ./src/sql/split.ts
/**
 * Where a file's top-level statements end: the UTF-16 index just past each `;` outside strings,
 * quoted names, dollar-quoted bodies and comments. One pass, nothing kept per token, for the
 * recovery after a syntax error (libpg-query's scanner builds a token list the size of the file:
 * over a gigabyte for ten megabytes). Like a scanner it does not see BEGIN ATOMIC bodies; the
 * recovery drops a piece that fails to parse alone.
 */
function statementEnds(text) {
    const ends = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x3b /* ; */) {
            ends.push(++i);
        }
        else if (c === 0x2d /* - */ && text.charCodeAt(i + 1) === 0x2d) {
            const nl = text.indexOf('\n', i + 2);
            i = nl < 0 ? n : nl + 1;
        }
        else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2a /* * */) {
            // block comments nest in PostgreSQL
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text.charCodeAt(i) === 0x2f && text.charCodeAt(i + 1) === 0x2a)
                    (depth++, (i += 2));
                else if (text.charCodeAt(i) === 0x2a && text.charCodeAt(i + 1) === 0x2f)
                    (depth--, (i += 2));
                else
                    i++;
            }
        }
        else if (c === 0x27 /* ' */) {
            // E'…' strings take backslash escapes; '' is a quote in every kind
            const prev = i > 0 ? text.charCodeAt(i - 1) | 0x20 : 0;
            const escapes = prev === 0x65 /* e */ && !isNameChar(i > 1 ? text.charCodeAt(i - 2) : 0);
            i = closeQuote(text, i + 1, 0x27, escapes);
        }
        else if (c === 0x22 /* " */) {
            i = closeQuote(text, i + 1, 0x22, false);
        }
        else if (c === 0x24 /* $ */ && !(i > 0 && isNameChar(text.charCodeAt(i - 1)))) {
            const m = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 65));
            if (m) {
                const close = text.indexOf(m[0], i + m[0].length);
                i = close < 0 ? n : close + m[0].length;
            }
            else
                i++;
        }
        else
            i++;
    }
    return ends;
}
function closeQuote(text, from, quote, escapes) {
    let i = from;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (escapes && c === 0x5c /* \ */)
            i += 2;
        else if (c === quote) {
            if (text.charCodeAt(i + 1) === quote)
                i += 2;
            else
                return i + 1;
        }
        else
            i++;
    }
    return text.length;
}
function isNameChar(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24 || c >= 0x80;
}

;// CONCATENATED MODULE: ./src/sql/parse.ts






let loaded;
/** The WASM module loads once per process; every parse after that is synchronous. */
function ensureParser() {
    if (!loaded) {
        // V8 would otherwise optimise the whole 1.7 MB parser module before the first parse; the
        // baseline compiler alone halves a one-file lint and is no slower over a thousand files
        // (measured with bench/lint.mjs). The flag only affects WebAssembly compiled after it.
        (0,external_node_v8_.setFlagsFromString)('--liftoff-only');
        loaded = (0,wasm.loadModule)();
    }
    return loaded;
}
function parseSql(text) {
    const source = new sql_source/* SourceText */.D(text);
    const prepared = (0,preprocess/* preprocess */.v)(text).text;
    // the parser refuses an empty input; an empty migration is valid (Flyway runs it as a no-op)
    if (!prepared.trim())
        return { source, statements: [], trailingGapStart: 0 };
    try {
        const result = (0,wasm.parseSync)(prepared);
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
 * semicolons (src/sql/split.ts) and parse the pieces around the one that holds the error,
 * dropping that one (and any that only failed because the split cut through a body).
 */
function recover(source, text, errorIndex) {
    const out = [];
    // pieces as [start, end) UTF-16 indexes, with the byte offset of the start
    const pieces = [];
    let start = 0;
    let startByte = 0;
    for (const end of [...statementEnds(text), text.length]) {
        if (end <= start)
            continue;
        pieces.push([start, end, startByte]);
        startByte += Buffer.byteLength(text.slice(start, end), 'utf8');
        start = end;
    }
    const parsePiece = (fromIdx, toIdx, from) => {
        const piece = text.slice(fromIdx, toIdx);
        if (!piece.trim())
            return true;
        try {
            const result = (0,wasm.parseSync)(piece);
            // one by one: a piece of a large file can hold more statements than a call takes arguments
            for (const s of toStatements(source, text, result.stmts ?? [], from, out.length))
                out.push(s);
            return true;
        }
        catch {
            return false;
        }
    };
    // Pieces go to the parser a batch at a time, and one by one only in a batch that fails: a
    // call per statement made a 10 MB file with one error take over a minute.
    let batch = [];
    const flush = () => {
        if (batch.length === 0)
            return;
        const first = batch[0];
        const last = batch[batch.length - 1];
        const mark = out.length;
        if (batch.length === 1 || !parsePiece(first[0], last[1], first[2])) {
            out.length = mark;
            // the split cut through something the splitter cannot see (a BEGIN ATOMIC body); such a piece is skipped
            for (const [fromIdx, toIdx, from] of batch)
                parsePiece(fromIdx, toIdx, from);
        }
        batch = [];
    };
    for (const p of pieces) {
        if (errorIndex >= p[0] && errorIndex < p[1]) {
            flush();
            continue;
        }
        batch.push(p);
        if (batch.length >= RECOVER_BATCH || p[1] - batch[0][0] >= RECOVER_BATCH_CHARS)
            flush();
    }
    flush();
    return out;
}
const RECOVER_BATCH = 500;
const RECOVER_BATCH_CHARS = 256 * 1024;


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

/***/ 5490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ relationOf),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   Yb: () => (/* binding */ relationKey),
/* harmony export */   be: () => (/* binding */ relationFromNames)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);

function relationOf(rv) {
    if (!rv?.relname)
        return undefined;
    return { schema: rv.schemaname ?? 'public', name: rv.relname };
}
function relationKey(ref) {
    return `${ref.schema}.${ref.name}`;
}
/** `public.t` for a RangeVar-shaped node, or undefined when it names nothing. */
function keyOf(rv) {
    const ref = relationOf(rv);
    return ref && relationKey(ref);
}
/** A dotted name given as a list of String nodes (DROP, COMMENT, …). */
function relationFromNames(items) {
    const names = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)(items);
    if (names.length === 0)
        return undefined;
    const name = names[names.length - 1];
    const schema = names.length >= 2 ? names[names.length - 2] : 'public';
    return { schema, name };
}
function displayName(ref) {
    return ref.schema === 'public' ? ref.name : `${ref.schema}.${ref.name}`;
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


/***/ }),

/***/ 3713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ nonTransactionalInfo),
/* harmony export */   PX: () => (/* binding */ optionEnabled),
/* harmony export */   lG: () => (/* binding */ nonTransactional)
/* harmony export */ });
/** The label of a statement that cannot run in a transaction block, or undefined when it can. */
function nonTransactional(stmt, options = {}) {
    return nonTransactionalInfo(stmt, options)?.label;
}
function nonTransactionalInfo(stmt, options = {}) {
    const n = stmt.node ?? {};
    const plain = (label) => ({ label, concurrently: false });
    const concurrent = (label) => ({ label, concurrently: true });
    switch (stmt.kind) {
        case 'IndexStmt':
            return n.concurrent ? concurrent(n.unique ? 'CREATE UNIQUE INDEX CONCURRENTLY' : 'CREATE INDEX CONCURRENTLY') : undefined;
        case 'DropStmt':
            return n.concurrent && n.removeType === 'OBJECT_INDEX' ? concurrent('DROP INDEX CONCURRENTLY') : undefined;
        case 'ReindexStmt': {
            const what = REINDEX_TARGET[n.kind] ?? 'INDEX';
            if (optionEnabled(n.params, 'concurrently'))
                return concurrent(`REINDEX ${what} CONCURRENTLY`);
            // these commit after each table, so the server cannot let them run inside a block
            return what === 'SCHEMA' || what === 'DATABASE' || what === 'SYSTEM' ? plain(`REINDEX ${what}`) : undefined;
        }
        case 'AlterTableStmt':
            for (const c of n.cmds ?? []) {
                const cmd = c.AlterTableCmd;
                if (cmd?.subtype === 'AT_DetachPartition' && cmd.def?.PartitionCmd?.concurrent) {
                    return concurrent('DETACH PARTITION CONCURRENTLY');
                }
            }
            return undefined;
        case 'VacuumStmt':
            // ANALYZE alone is transactional; VACUUM (with or without ANALYZE) is not
            return n.is_vacuumcmd ? plain('VACUUM') : undefined;
        case 'ClusterStmt':
            // CLUSTER without a table reclusters every table, one transaction each
            return n.relation ? undefined : plain('CLUSTER');
        case 'AlterSystemStmt':
            return plain('ALTER SYSTEM');
        case 'CreatedbStmt':
            return plain('CREATE DATABASE');
        case 'DropdbStmt':
            return plain('DROP DATABASE');
        case 'AlterDatabaseStmt':
            return (n.options ?? []).some((o) => o.DefElem?.defname === 'tablespace') ? plain('ALTER DATABASE SET TABLESPACE') : undefined;
        case 'CreateTableSpaceStmt':
            return plain('CREATE TABLESPACE');
        case 'DropTableSpaceStmt':
            return plain('DROP TABLESPACE');
        case 'DiscardStmt':
            return n.target === 'DISCARD_ALL' ? plain('DISCARD ALL') : undefined;
        case 'AlterEnumStmt':
            // PostgreSQL 12 lifted the restriction (the new value still cannot be used before COMMIT)
            return n.newVal !== undefined && n.oldVal === undefined && (options.postgresVersion ?? 16) < 12 ? plain('ALTER TYPE … ADD VALUE') : undefined;
        case 'CreateSubscriptionStmt':
            // creating the replication slot on the publisher cannot be rolled back
            return optionEnabled(n.options, 'connect') !== false && optionEnabled(n.options, 'create_slot') !== false
                ? plain('CREATE SUBSCRIPTION')
                : undefined;
        case 'DropSubscriptionStmt':
            // refused only when the subscription has a slot to drop: the usual case
            return plain('DROP SUBSCRIPTION');
        case 'AlterSubscriptionStmt':
            if (n.kind === 'ALTER_SUBSCRIPTION_REFRESH')
                return plain('ALTER SUBSCRIPTION … REFRESH PUBLICATION');
            if ((n.kind === 'ALTER_SUBSCRIPTION_SET_PUBLICATION' || n.kind === 'ALTER_SUBSCRIPTION_ADD_PUBLICATION' || n.kind === 'ALTER_SUBSCRIPTION_DROP_PUBLICATION') &&
                optionEnabled(n.options, 'refresh') !== false) {
                return plain('ALTER SUBSCRIPTION … PUBLICATION');
            }
            return undefined;
        default:
            return undefined;
    }
}
const REINDEX_TARGET = {
    REINDEX_OBJECT_INDEX: 'INDEX',
    REINDEX_OBJECT_TABLE: 'TABLE',
    REINDEX_OBJECT_SCHEMA: 'SCHEMA',
    REINDEX_OBJECT_DATABASE: 'DATABASE',
    REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};
/**
 * A boolean option of a parenthesised option list (`REINDEX (CONCURRENTLY false)`, `WITH (refresh =
 * off)`): true or false as PostgreSQL reads it, undefined when the option is absent. A bare
 * option name means true. The parser drops zero and false values from the JSON, so an empty
 * Integer or Boolean node is 0 or false.
 */
function optionEnabled(options, name) {
    if (!Array.isArray(options))
        return undefined;
    let result;
    for (const o of options) {
        const d = o.DefElem;
        if (d?.defname !== name)
            continue;
        const arg = d.arg;
        if (!arg)
            result = true;
        else if (arg.Integer)
            result = (arg.Integer.ival ?? 0) !== 0;
        else if (arg.Boolean)
            result = arg.Boolean.boolval ?? false;
        else
            result = !isFalseWord(String(arg.String?.sval ?? ''));
    }
    return result;
}
/** PostgreSQL's parse_bool accepts any unambiguous prefix of false/no/off, and 0. */
function isFalseWord(text) {
    const t = text.toLowerCase();
    if (t === '0')
        return true;
    return (t.length >= 1 && ('false'.startsWith(t) || 'no'.startsWith(t))) || (t.length >= 2 && 'off'.startsWith(t));
}


/***/ })

};
