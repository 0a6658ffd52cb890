export const id = 595;
export const ids = [595];
export const modules = {

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   lF: () => (/* binding */ discoverMigrations)
/* harmony export */ });
/* unused harmony export versionedName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8726);




function displayPath(cwd, absPath) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absPath);
    const p = rel && !rel.startsWith('..') ? rel : absPath;
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** Every `.sql` file under the folders (Flyway scans subfolders too), sorted by path. */
function discoverMigrations(cwd, dirs, placeholder) {
    const out = [];
    for (const d of dirs) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, d);
        let names;
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`migrations folder ${d} is not a directory`);
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { recursive: true, encoding: 'utf8' });
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y)
                throw err;
            const code = err.code;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(code === 'ENOENT'
                ? `migrations folder ${d} does not exist (set "migrations" in .pgmig.yml or pass files)`
                : `cannot read migrations folder ${d}: ${code ?? err}`);
        }
        for (const n of names.sort()) {
            if (!n.endsWith('.sql'))
                continue;
            const absPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, n);
            // a folder named `x.sql` is not a migration, and reading it would fail the whole run
            if (!isFile(absPath))
                continue;
            out.push(entryFor(cwd, absPath, abs, placeholder));
        }
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
function entryFor(cwd, absPath, dir, placeholder) {
    return { path: displayPath(cwd, absPath), absPath, dir, name: (0,_name_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMigrationName */ .pF)(absPath, placeholder) };
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

/***/ 8726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isNameProblem),
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   Qw: () => (/* binding */ isFlywayCallback),
/* harmony export */   VJ: () => (/* binding */ versionParts),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   fp: () => (/* binding */ undoPlaceholderOf),
/* harmony export */   hI: () => (/* binding */ compareMigrations),
/* harmony export */   pF: () => (/* binding */ parseMigrationName)
/* harmony export */ });
/* unused harmony export suggestMigrationName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

const VERSION = /^\d+(?:[._]\d+)*$/;
const DESCRIPTION = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
/**
 * Reads a Flyway file name. Returns a problem (never throws) when the name does not follow
 * `V<version>__<description>.sql`, `U<version>__…`, `R__…` or the placeholder form; the
 * problem carries a corrected name when one can be guessed.
 */
function parseMigrationName(file, placeholder = 'VXXX') {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file);
    const parsed = readName(name, placeholder);
    if (typeof parsed !== 'string')
        return { ...parsed, file };
    const suggestion = suggestMigrationName(name, placeholder);
    return suggestion ? { file, message: parsed, suggestion } : { file, message: parsed };
}
/** The name's parts, or what is wrong with it. */
function readName(name, placeholder) {
    if (!name.endsWith('.sql'))
        return `${name} is not a .sql file`;
    const stem = name.slice(0, -4);
    const undoPlaceholder = undoPlaceholderOf(placeholder);
    const sep = stem.indexOf('__');
    if (sep < 0) {
        return `${name} has no "__" (two underscores) between the version and the description, as in V<version>__<description>.sql`;
    }
    const prefix = stem.slice(0, sep);
    const description = stem.slice(sep + 2);
    let kind;
    let version = '';
    if (prefix === placeholder)
        kind = 'pending';
    else if (prefix === undoPlaceholder)
        kind = 'pending-undo';
    else if (prefix === 'R')
        kind = 'repeatable';
    else if (prefix[0] === 'V' || prefix[0] === 'U') {
        version = prefix.slice(1);
        if (!version)
            return `${name} has no version after "${prefix[0]}"`;
        if (!VERSION.test(version)) {
            return `${name}: "${version}" is not a version (digits, optionally separated by "." or "_", such as 12 or 1.2)`;
        }
        kind = prefix[0] === 'V' ? 'versioned' : 'undo';
    }
    else if (/^R\d/.test(prefix)) {
        return `${name}: a repeatable migration (R) has no version; it is R__<description>.sql`;
    }
    else if (/^[vur]/.test(prefix)) {
        return `${name}: the prefix "${prefix[0]}" must be upper case (V, U or R)`;
    }
    else if (!prefix) {
        return `${name} has nothing before "__"; it must start with V<version>, U<version>, R or ${placeholder}`;
    }
    else {
        return `${name} does not start with V<version>, U<version>, R or ${placeholder}`;
    }
    if (!description)
        return `${name} has no description after "__"`;
    if (!DESCRIPTION.test(description)) {
        return `${name}: the description "${description}" is not lower snake_case (lower-case letters, digits and single underscores)`;
    }
    return { kind, version, parts: versionParts(version), description };
}
function isNameProblem(x) {
    return 'message' in x;
}
/** The undo form of the placeholder: `VXXX` -> `UXXX`. */
function undoPlaceholderOf(placeholder) {
    return `U${placeholder.slice(1)}`;
}
/**
 * Guesses the name the author meant: the prefix upper-cased, "__" after the version and the
 * description in lower snake_case. A name with no recognisable prefix becomes a placeholder
 * (numbered at merge). Undefined when nothing sensible can be made of it or it is already right.
 */
function suggestMigrationName(name, placeholder = 'VXXX') {
    if (!/\.sql$/i.test(name))
        return undefined;
    const stem = name.slice(0, -4);
    let prefix;
    let rest;
    const letter = stem[0]?.toUpperCase();
    if (/^\d/.test(stem)) {
        // timestamp-style names from other tools: 20240101_add_index.sql
        const v = /^\d+(?:[._]\d+)*(?![0-9A-Za-z])/.exec(stem) ?? /^\d+/.exec(stem);
        prefix = `V${v[0]}`;
        rest = stem.slice(v[0].length);
    }
    else if ((letter === 'V' || letter === 'U') && /^[-_. \d]|^$/.test(stem.slice(1)) || isPlaceholderPrefix(stem, placeholder)) {
        const afterLetter = stem.slice(1);
        const ph = placeholder.slice(1);
        // the version ends where a separator or a letter starts; `V12_2fa` is version 12, not 12.2
        const v = /^\d+(?:[._]\d+)*(?![0-9A-Za-z])/.exec(afterLetter) ?? /^\d+/.exec(afterLetter);
        if (isPlaceholderPrefix(stem, placeholder)) {
            prefix = `${letter}${ph}`;
            rest = afterLetter.slice(ph.length);
        }
        else if (v) {
            prefix = `${letter}${v[0]}`;
            rest = afterLetter.slice(v[0].length);
        }
        else {
            // `V__add_index.sql`: the version is missing, so leave it to `pgmig assign`
            prefix = letter === 'V' ? placeholder : undoPlaceholderOf(placeholder);
            rest = afterLetter;
        }
    }
    else if (letter === 'R' && /^[-_. \d]/.test(stem.slice(1))) {
        prefix = 'R';
        rest = stem.slice(1).replace(/^[\d._]*/, '');
    }
    else if (stem.includes('__')) {
        // an unknown prefix before "__": guessing would likely be wrong
        return undefined;
    }
    else {
        // no prefix at all (`add_index.sql`, `UpdateUsers.sql`): a placeholder, numbered at merge
        prefix = placeholder;
        rest = stem;
    }
    const description = snakeCase(rest);
    if (!description)
        return undefined;
    const guess = `${prefix}__${description}.sql`;
    if (guess === name)
        return undefined;
    return isNameProblem(parseMigrationName(guess, placeholder)) ? undefined : guess;
}
/** `vxxx_…`, `UXXX-…`: the placeholder (or its undo form) in any case, followed by a separator. */
function isPlaceholderPrefix(stem, placeholder) {
    const ph = placeholder.slice(1).toUpperCase();
    const upper = stem.toUpperCase();
    return (upper[0] === 'V' || upper[0] === 'U') && upper.slice(1).startsWith(ph) && /^([-_. ]|$)/.test(stem.slice(1 + ph.length));
}
/** `AddIndexToUsers`, `add-index`, `ADD INDEX` -> `add_index_to_users`, `add_index`. */
function snakeCase(s) {
    return s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
}
/**
 * Flyway SQL callbacks (`beforeMigrate.sql`, `afterMigrate__grants.sql`, …) may sit in the
 * migrations folder: they are not migrations and follow their own naming.
 */
function isFlywayCallback(file) {
    return /^(?:(?:before|after)[A-Z][A-Za-z]*|createSchema)(?:__[^/\\]+)?\.sql$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file));
}
function versionParts(version) {
    if (!version)
        return [];
    return version.split(/[._]/).map((p) => BigInt(p));
}
/**
 * One string per distinct version, as Flyway tells versions apart: numeric parts with the
 * trailing zero parts dropped, so `1.1`, `1_1`, `01.1` and `1.1.0` are all `1.1`.
 */
function versionKey(parts) {
    const p = [...parts];
    while (p.length > 1 && p[p.length - 1] === 0n)
        p.pop();
    return p.join('.');
}
/** Numeric, part by part; `1.2` < `1.10`, `1.0` equals `1`. */
function compareVersions(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** The order Flyway applies files in: versioned by version, then pending ones, then repeatable. */
function compareMigrations(a, b) {
    const rank = (m) => (m.kind === 'pending' ? 1 : m.kind === 'repeatable' ? 2 : 0);
    const r = rank(a) - rank(b);
    if (r !== 0)
        return r;
    const v = compareVersions(a.parts, b.parts);
    if (v !== 0)
        return v;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
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
/* harmony import */ var _relation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5490);

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
const strongest = (a, b) => (lockRank(a) >= lockRank(b) ? a : b);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function foreignKeyTargets(constraints) {
    const out = [];
    for (const c of constraints ?? []) {
        if (c.Constraint?.contype !== 'CONSTR_FOREIGN')
            continue;
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(c.Constraint.pktable);
        if (ref)
            out.push(ref);
    }
    return out;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function hasOption(options, name) {
    for (const o of options ?? []) {
        const d = o.DefElem;
        if (d?.defname !== name)
            continue;
        // `VACUUM (FULL false)` names the option only to turn it off
        if (!d.arg)
            return true;
        // the JSON AST leaves out zero and false values: `{Integer: {}}` is 0
        if (d.arg.Integer)
            return (d.arg.Integer.ival ?? 0) !== 0;
        if (d.arg.Boolean)
            return d.arg.Boolean.boolval === true;
        const v = String(d.arg.String?.sval ?? '').toLowerCase();
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
        const table = ref && model?.indexes.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(ref))?.table;
        return table ? keyToRef(table) : undefined;
    };
    switch (stmt.kind) {
        case 'IndexStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), n.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE');
            break;
        case 'AlterTableStmt': {
            let mode;
            const target = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation);
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
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DetachPartition':
                        // CONCURRENTLY spares the parent, but its second transaction still takes ACCESS
                        // EXCLUSIVE on the partition (docs: ALTER TABLE … DETACH PARTITION; seen in pg_locks)
                        if (cmd.def?.PartitionCmd?.concurrent)
                            m = 'SHARE UPDATE EXCLUSIVE';
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DetachPartitionFinalize':
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                }
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
            const self = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)(n.relation);
            const referenced = (ref) => {
                if ((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(ref) !== self)
                    add(ref, 'SHARE ROW EXCLUSIVE');
            };
            for (const el of n.tableElts ?? []) {
                foreignKeyTargets(el.ColumnDef?.constraints).forEach(referenced);
                foreignKeyTargets([el]).forEach(referenced);
            }
            // PARTITION OF locks the parent ACCESS EXCLUSIVE (which is why ATTACH PARTITION is the
            // gentle way); plain INHERITS only SHARE UPDATE EXCLUSIVE
            for (const p of n.inhRelations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(p.RangeVar), n.partbound ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
            break;
        }
        case 'DropStmt': {
            const conc = !!n.concurrent;
            for (const o of n.objects ?? []) {
                const items = o.List?.items;
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationFromNames */ .be)(items);
                if (!ref)
                    continue;
                switch (n.removeType) {
                    case 'OBJECT_TABLE':
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
                        add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationFromNames */ .be)(items.slice(0, -1)), 'ACCESS EXCLUSIVE');
                        break;
                }
            }
            break;
        }
        case 'CreatePolicyStmt':
        case 'AlterPolicyStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.table), 'ACCESS EXCLUSIVE');
            break;
        case 'CreateTrigStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'SHARE ROW EXCLUSIVE');
            break;
        case 'RuleStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'TruncateStmt':
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(r.RangeVar), 'ACCESS EXCLUSIVE');
            break;
        case 'RenameStmt': {
            // ALTER INDEX … RENAME takes SHARE UPDATE EXCLUSIVE on the index; the server goes by the
            // spelling, so ALTER TABLE some_index RENAME takes ACCESS EXCLUSIVE (seen in pg_locks)
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), n.renameType === 'OBJECT_INDEX' ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE');
            break;
        }
        case 'AlterObjectSchemaStmt':
            if (n.relation)
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'ReindexStmt': {
            if (!n.relation)
                break;
            const rel = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation);
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
                const key = rel && (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(rel);
                for (const idx of model?.indexes.values() ?? [])
                    if (key && idx.table === key)
                        add(idx.ref, 'ACCESS EXCLUSIVE');
            }
            break;
        }
        case 'RefreshMatViewStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), n.concurrent ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE');
            break;
        case 'ClusterStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'VacuumStmt': {
            // ANALYZE is a VacuumStmt too, and takes the plain VACUUM lock
            const full = !!n.is_vacuumcmd && hasOption(n.options, 'full');
            for (const r of n.rels ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(r.VacuumRelation?.relation), full ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
            break;
        }
        case 'LockStmt': {
            // the parser gives PostgreSQL's LOCKMODE numbers, 1 (AccessShareLock) … 8 (AccessExclusiveLock)
            const mode = LOCK_MODES[(n.mode ?? 8) - 1] ?? 'ACCESS EXCLUSIVE';
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(r.RangeVar), mode);
            break;
        }
        case 'CommentStmt':
            if (['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_INDEX', 'OBJECT_MATVIEW', 'OBJECT_VIEW'].includes(n.objtype)) {
                const items = n.object?.List?.items;
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationFromNames */ .be)(n.objtype === 'OBJECT_COLUMN' ? items?.slice(0, -1) : items);
                add(ref, 'SHARE UPDATE EXCLUSIVE');
            }
            break;
        case 'CreateStatsStmt':
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(r.RangeVar), 'SHARE UPDATE EXCLUSIVE');
            break;
        case 'InsertStmt':
        case 'UpdateStmt':
        case 'DeleteStmt':
        case 'MergeStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'ROW EXCLUSIVE');
            break;
    }
    return out;
}
/** The strongest lock the statement takes on each relation, strongest first (ties keep statement order). */
function strongestLocks(locks) {
    const best = new Map();
    for (const l of locks) {
        const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(l.relation);
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
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(rv);
        return ref ? ` ${(0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(ref)}` : '';
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

/***/ 5490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ relationOf),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   Yb: () => (/* binding */ relationKey),
/* harmony export */   be: () => (/* binding */ relationFromNames)
/* harmony export */ });
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
    const names = (items ?? []).map((i) => i.String?.sval).filter((s) => !!s);
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
