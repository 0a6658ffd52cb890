export const id = 340;
export const ids = [340];
export const modules = {

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
    const { kind, node: n } = stmt;
    const out = [];
    const add = (rel, mode) => {
        if (rel)
            out.push({ relation: rel, mode });
    };
    const tableOfIndex = (ref) => {
        const table = ref && model?.indexes.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref))?.table;
        return table ? keyToRef(table) : undefined;
    };
    switch (kind) {
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
                const cmd = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(c, 'AlterTableCmd');
                if (!cmd)
                    continue;
                let m = (cmd.subtype && ALTER_TABLE_LOCKS[cmd.subtype]) ?? 'ACCESS EXCLUSIVE';
                switch (cmd.subtype) {
                    case 'AT_SetRelOptions':
                    case 'AT_ResetRelOptions':
                        for (const item of (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(cmd.def, 'List')?.items ?? []) {
                            if (ACCESS_EXCLUSIVE_OPTIONS.has((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(item, 'DefElem')?.defname))
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
                        for (const ref of foreignKeyTargets((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(cmd.def, 'ColumnDef')?.constraints))
                            addOther(ref, 'SHARE ROW EXCLUSIVE');
                        break;
                    case 'AT_AttachPartition':
                        // the partition (table or, for ALTER INDEX, index) is locked ACCESS EXCLUSIVE
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(cmd.def, 'PartitionCmd')?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DetachPartition':
                        // CONCURRENTLY spares the parent, but its second transaction still takes ACCESS
                        // EXCLUSIVE on the partition (docs: ALTER TABLE … DETACH PARTITION; seen in pg_locks)
                        if ((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(cmd.def, 'PartitionCmd')?.concurrent)
                            m = 'SHARE UPDATE EXCLUSIVE';
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(cmd.def, 'PartitionCmd')?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DetachPartitionFinalize':
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(cmd.def, 'PartitionCmd')?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DropConstraint': {
                        // a foreign key's triggers live on the referenced table too, and are dropped there
                        const fk = cmd.name === undefined ? undefined : table?.foreignKeys?.get(cmd.name);
                        if (fk && fk.references !== targetKey)
                            addOther(keyToRef(fk.references), 'ACCESS EXCLUSIVE');
                        break;
                    }
                    case 'AT_AlterColumnType':
                        // foreign keys on the column are dropped and made again: both ends of each are locked
                        // ACCESS EXCLUSIVE (the drop's lock; seen in pg_locks)
                        for (const { table: other, fk } of targetKey ? (model?.referencing(targetKey) ?? []) : []) {
                            const cols = fk.refColumns.length ? fk.refColumns : (table?.primaryKey ?? []);
                            if (cmd.name !== undefined && cols.includes(cmd.name))
                                addOther(other.ref, 'ACCESS EXCLUSIVE');
                        }
                        for (const fk of table?.foreignKeys?.values() ?? []) {
                            if (cmd.name !== undefined && fk.columns.includes(cmd.name) && fk.references !== targetKey)
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
                foreignKeyTargets((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(el, 'ColumnDef')?.constraints).forEach(referenced);
                foreignKeyTargets([el]).forEach(referenced);
            }
            // PARTITION OF locks the parent ACCESS EXCLUSIVE (which is why ATTACH PARTITION is the
            // gentle way); plain INHERITS only SHARE UPDATE EXCLUSIVE
            for (const p of n.inhRelations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(p, 'RangeVar')), n.partbound ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
            break;
        }
        case 'DropStmt': {
            const conc = !!n.concurrent;
            for (const o of n.objects ?? []) {
                const items = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(o, 'List')?.items;
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(items);
                // IF EXISTS of a relation an earlier migration dropped finds nothing and locks nothing
                if (!ref || (n.missing_ok && model?.isGone(ref)))
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
                        add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(items?.slice(0, -1)), 'ACCESS EXCLUSIVE');
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
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(r, 'RangeVar'));
                if (ref)
                    visit(ref, (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(r, 'RangeVar')?.inh === true);
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
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(r, 'VacuumRelation')?.relation), full ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
            break;
        }
        case 'LockStmt': {
            // the parser gives PostgreSQL's LOCKMODE numbers, 1 (AccessShareLock) … 8 (AccessExclusiveLock)
            const mode = LOCK_MODES[(n.mode ?? 8) - 1] ?? 'ACCESS EXCLUSIVE';
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(r, 'RangeVar')), mode);
            break;
        }
        case 'CommentStmt':
            if (n.objtype !== undefined && ['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_INDEX', 'OBJECT_MATVIEW', 'OBJECT_VIEW'].includes(n.objtype)) {
                const items = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(n.object, 'List')?.items;
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(n.objtype === 'OBJECT_COLUMN' ? items?.slice(0, -1) : items);
                add(ref, 'SHARE UPDATE EXCLUSIVE');
            }
            break;
        case 'CreateStatsStmt':
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(r, 'RangeVar')), 'SHARE UPDATE EXCLUSIVE');
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
    const { kind, node: n } = stmt;
    const rel = (rv) => {
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(rv);
        return ref ? ` ${(0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(ref)}` : '';
    };
    const word = (objtype, fallback = 'TABLE') => (objtype && OBJECT_WORDS[objtype]) || fallback;
    const named = (s) => (typeof s === 'string' && s ? ` ${s}` : '');
    switch (kind) {
        case 'AlterTableStmt':
            return `ALTER ${word(n.objtype)}${rel(n.relation)}`;
        case 'IndexStmt':
            return `CREATE ${n.unique ? 'UNIQUE ' : ''}INDEX${n.concurrent ? ' CONCURRENTLY' : ''}${named(n.idxname)}`;
        case 'DropStmt': {
            const items = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(n.objects?.[0], 'List')?.items ?? [];
            const last = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(items[items.length - 1], 'String')?.sval;
            return `DROP ${word(n.removeType, 'OBJECT')}${n.concurrent ? ' CONCURRENTLY' : ''}${named(last)}`;
        }
        case 'TruncateStmt':
            return `TRUNCATE${rel((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(n.relations?.[0], 'RangeVar'))}`;
        case 'LockStmt':
            return `LOCK TABLE${rel((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(n.relations?.[0], 'RangeVar'))}`;
        case 'RefreshMatViewStmt':
            return `REFRESH MATERIALIZED VIEW${n.concurrent ? ' CONCURRENTLY' : ''}${rel(n.relation)}`;
        case 'VacuumStmt': {
            const cmd = !n.is_vacuumcmd ? 'ANALYZE' : hasOption(n.options, 'full') ? 'VACUUM FULL' : 'VACUUM';
            return `${cmd}${rel((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(n.rels?.[0], 'VacuumRelation')?.relation)}`;
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


/***/ })

};
