export const id = 64;
export const ids = [64];
export const modules = {

/***/ 6064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  RULE_IDS: () => (/* binding */ RULE_IDS),
  findRule: () => (/* binding */ findRule)
});

;// CONCATENATED MODULE: ./src/rules/rule.ts
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/syntax-error.ts

// Reported by the engine from the parser's error; this file carries its id, severity and docs.
/* harmony default export */ const syntax_error = (defineRule({
    id: 'syntax-error',
    severity: 'error',
    builtIn: true,
    docs: {
        why: 'PostgreSQL cannot parse the file, so the migration fails at deploy time, possibly after earlier statements of the file ran.',
        instead: 'Fix the SQL at the position shown. pgmig parses with the PostgreSQL grammar itself (libpg-query), so what it rejects the server rejects too.',
        example: { bad: 'CREATE TABLE t (id int,, name text);', good: 'CREATE TABLE t (id int, name text);' },
    },
}));

;// CONCATENATED MODULE: ./src/rules/unused-ignore.ts

// Reported by the engine after suppression; this file carries its id, severity and docs.
/* harmony default export */ const unused_ignore = (defineRule({
    id: 'unused-ignore',
    severity: 'warning',
    builtIn: true,
    docs: {
        why: 'An ignore comment that silences nothing (or names a rule that does not exist) hides the next real problem at that spot and misleads readers.',
        instead: 'Remove the comment, or correct the rule id (`pgmig rules` lists them).',
        example: {
            bad: '-- pgmig-ignore require-concurrent-index-creaton\nCREATE INDEX CONCURRENTLY i ON t (x);',
            good: 'CREATE INDEX CONCURRENTLY i ON t (x);',
        },
    },
}));

// EXTERNAL MODULE: ./src/sql/relation.ts
var relation = __webpack_require__(5490);
;// CONCATENATED MODULE: ./src/rules/require-concurrent-index-creation.ts


/* harmony default export */ const require_concurrent_index_creation = (defineRule({
    id: 'require-concurrent-index-creation',
    severity: 'error',
    docs: {
        why: 'CREATE INDEX without CONCURRENTLY holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, for minutes on a large table.',
        lock: 'SHARE on the table (blocks writes) for the duration of the build.',
        instead: 'Use CREATE INDEX CONCURRENTLY in a migration file of its own, outside a transaction. A table created in the same change needs no CONCURRENTLY.',
        example: {
            bad: 'CREATE INDEX lead_owner_idx ON lead (owner_id);',
            good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
        },
    },
    visit: {
        IndexStmt(node, ctx) {
            if (node.concurrent || !ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            ctx.report(`CREATE INDEX on existing table ${table} without CONCURRENTLY blocks writes to ${table} while the index builds`);
        },
    },
}));

// EXTERNAL MODULE: ./src/sql/node-types.ts
var node_types = __webpack_require__(1154);
;// CONCATENATED MODULE: ./src/rules/require-concurrent-index-deletion.ts



/* harmony default export */ const require_concurrent_index_deletion = (defineRule({
    id: 'require-concurrent-index-deletion',
    severity: 'error',
    docs: {
        why: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index\'s table: every query on the table, reads included, waits until the drop commits, and queues behind any long transaction already holding a lock there. ' +
            'An index created earlier in the same change is not reported: no deployed code uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table the index belongs to (blocks reads and writes) until the transaction ends.',
        instead: 'Use DROP INDEX CONCURRENTLY, one index per statement (it accepts neither several names nor CASCADE), in a migration file of its own, outside a transaction.',
        example: {
            bad: 'DROP INDEX lead_owner_idx;',
            good: 'DROP INDEX CONCURRENTLY IF EXISTS lead_owner_idx;',
        },
    },
    visit: {
        DropStmt(node, ctx) {
            if (node.removeType !== 'OBJECT_INDEX' || node.concurrent)
                return;
            const existing = [];
            for (const o of node.objects ?? []) {
                const ref = (0,relation/* relationFromNames */.be)((0,node_types/* nodeAs */.h)(o, 'List')?.items);
                // IF EXISTS of an index an earlier migration dropped does nothing
                if (ref && !ctx.isNew(ref) && !(node.missing_ok && ctx.model.isGone(ref)))
                    existing.push(ref);
            }
            if (existing.length === 0)
                return;
            const names = existing.map(relation/* displayName */.QC).join(', ');
            const tables = [
                ...new Set(existing.map((ref) => ctx.model.indexes.get((0,relation/* relationKey */.Yb)(ref))?.table).filter((t) => !!t)),
            ].map((key) => key.replace(/^public\./, ''));
            const on = tables.length > 0 ? tables.join(', ') : 'its table';
            ctx.report(`DROP INDEX ${names} without CONCURRENTLY locks ${on} against reads and writes (ACCESS EXCLUSIVE) until the transaction ends`);
        },
    },
}));

// EXTERNAL MODULE: ./src/sql/transactional.ts
var transactional = __webpack_require__(3713);
;// CONCATENATED MODULE: ./src/rules/require-concurrent-reindex.ts



const TARGET = {
    REINDEX_OBJECT_INDEX: 'INDEX',
    REINDEX_OBJECT_TABLE: 'TABLE',
    REINDEX_OBJECT_SCHEMA: 'SCHEMA',
    REINDEX_OBJECT_DATABASE: 'DATABASE',
    REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};
/* harmony default export */ const require_concurrent_reindex = (defineRule({
    id: 'require-concurrent-reindex',
    severity: 'error',
    docs: {
        why: 'REINDEX without CONCURRENTLY blocks writes to each table while its indexes are rebuilt, and holds an ACCESS EXCLUSIVE lock on each index. Planning any query on a table locks every index of the table, whether the plan uses it or not, so reads wait too: every query on the table stalls, minutes of outage on a large table. ' +
            'A table or index created earlier in the same change is not reported: nobody uses it yet.',
        lock: 'SHARE on the table (blocks writes) and ACCESS EXCLUSIVE on each index being rebuilt (blocks every query on the table: planning locks all of its indexes).',
        instead: 'Use REINDEX … CONCURRENTLY (PostgreSQL 12+) in a migration file of its own, outside a transaction: it builds a new index beside the old one and swaps them, blocking neither reads nor writes. ' +
            'System catalogs cannot be reindexed concurrently; do that in a maintenance window, not a migration.',
        example: {
            bad: 'REINDEX INDEX lead_owner_idx;',
            good: 'REINDEX INDEX CONCURRENTLY lead_owner_idx;',
        },
    },
    visit: {
        ReindexStmt(node, ctx) {
            if ((0,transactional/* optionEnabled */.PX)(node.params, 'concurrently'))
                return;
            const what = TARGET[node.kind] ?? 'INDEX';
            const rel = (0,relation/* relationOf */.Ke)(node.relation);
            if (rel && ctx.isNew(rel))
                return;
            const target = rel ? ` ${(0,relation/* displayName */.QC)(rel)}` : node.name ? ` ${node.name}` : '';
            if (what === 'SYSTEM') {
                ctx.report(`REINDEX SYSTEM${target} locks the system catalogs, stalling every session, and has no CONCURRENTLY form`, {
                    help: 'Reindex system catalogs in a maintenance window, not in a migration.',
                });
                return;
            }
            let effect;
            if (what === 'INDEX') {
                const table = rel && ctx.model.indexes.get((0,relation/* relationKey */.Yb)(rel))?.table?.replace(/^public\./, '');
                effect = `blocks every query on ${table ?? 'its table'} while it rebuilds: writes wait for its SHARE lock on the table, and reads too, since planning any query on the table locks each of its indexes and this one is held ACCESS EXCLUSIVE`;
            }
            else if (what === 'TABLE') {
                effect = `blocks every query on${target} while it rebuilds: writes wait for its SHARE lock on the table, and reads for the ACCESS EXCLUSIVE lock on each of its indexes, which planning any query on the table takes`;
            }
            else {
                effect = `blocks every query on each table of the ${what.toLowerCase()} in turn while it rebuilds (SHARE on the table, ACCESS EXCLUSIVE on its indexes, which planning any query locks)`;
            }
            ctx.report(`REINDEX ${what}${target} without CONCURRENTLY ${effect}`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-concurrent-refresh.ts


/* harmony default export */ const require_concurrent_refresh = (defineRule({
    id: 'require-concurrent-refresh',
    severity: 'error',
    docs: {
        why: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on the view while its query runs again: every SELECT on the view waits, for as long as the refresh takes. ' +
            'A view created earlier in the same change is not reported (nobody reads it yet), nor is WITH NO DATA, which CONCURRENTLY cannot be combined with.',
        lock: 'ACCESS EXCLUSIVE on the materialized view (blocks reads) for the whole refresh.',
        instead: 'Use REFRESH MATERIALIZED VIEW CONCURRENTLY: readers keep seeing the old rows until the new ones are ready. It needs a unique index on the view (plain columns, no WHERE clause) and a view that is already populated.',
        example: {
            bad: 'REFRESH MATERIALIZED VIEW lead_stats;',
            good: 'REFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats;',
        },
    },
    visit: {
        RefreshMatViewStmt(node, ctx) {
            if (node.concurrent || node.skipData)
                return;
            const view = (0,relation/* relationOf */.Ke)(node.relation);
            if (!view || ctx.isNew(view))
                return;
            ctx.report(`REFRESH MATERIALIZED VIEW ${(0,relation/* displayName */.QC)(view)} without CONCURRENTLY rewrites it under an ACCESS EXCLUSIVE lock, blocking every read of ${(0,relation/* displayName */.QC)(view)} until the refresh finishes`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-concurrent-index-creation-in-transaction.ts


/* harmony default export */ const ban_concurrent_index_creation_in_transaction = (defineRule({
    id: 'ban-concurrent-index-creation-in-transaction',
    severity: 'error',
    docs: {
        why: 'CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY and DETACH PARTITION … CONCURRENTLY commit several times internally, so PostgreSQL refuses them inside a transaction block ("cannot run inside a transaction block"): the migration fails at deploy time. ' +
            'This covers BEGIN … COMMIT written in the file, and every file when config assumeInTransaction is true (the runner wraps each file in a transaction). REFRESH MATERIALIZED VIEW CONCURRENTLY can run in a transaction and is not reported.',
        instead: 'Put the CONCURRENTLY statement in a migration file of its own, without BEGIN/COMMIT, and have the runner apply that file outside a transaction (Flyway does so by itself for a file holding only such statements).',
        example: {
            bad: 'BEGIN;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\nCOMMIT;',
            good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const state = ctx.state;
            if ((node.kind === 'TRANS_STMT_BEGIN' || node.kind === 'TRANS_STMT_START') && !ctx.session.explicitTransaction) {
                state.beginLine = ctx.file.parsed.source.position(ctx.stmt.start).line;
            }
        },
        '*'(_node, ctx) {
            if (!ctx.session.inTransaction)
                return;
            const op = (0,transactional/* nonTransactionalInfo */.Fw)(ctx.stmt, { postgresVersion: ctx.config.postgresVersion });
            if (!op?.concurrently)
                return;
            const { beginLine } = ctx.state;
            const where = ctx.session.explicitTransaction
                ? `inside the transaction opened by BEGIN${beginLine ? ` at line ${beginLine}` : ''}`
                : ctx.config.assumeInTransaction === 'flyway'
                    ? "in the transaction Flyway runs this file in (config assumeInTransaction: flyway; Flyway's parser does not know this statement cannot run in one)"
                    : 'in a transaction (config assumeInTransaction: true says the runner wraps each file in one)';
            ctx.report(`${op.label} cannot run ${where}; PostgreSQL rejects it and the migration fails`, {
                help: ctx.session.explicitTransaction
                    ? undefined
                    : 'Have the runner apply this file outside a transaction (with Flyway, for example, executeInTransaction=false in the script\'s configuration), and keep the file to CONCURRENTLY statements only.',
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/mixed-non-transactional-statements.ts



/* harmony default export */ const mixed_non_transactional_statements = (defineRule({
    id: 'mixed-non-transactional-statements',
    severity: 'error',
    docs: {
        why: 'A statement that cannot run in a transaction (CREATE/DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, DETACH PARTITION … CONCURRENTLY, VACUUM, ALTER SYSTEM, CREATE/DROP DATABASE or TABLESPACE, …) forces its whole file to run outside one. ' +
            'Flyway refuses a file that mixes such a statement with transactional DDL or DML, or (with mixed=true) runs it statement by statement: when a later statement fails, the earlier ones stay applied, the file is half applied, and re-running it fails on what already exists. ' +
            'SET, RESET, SHOW and BEGIN/COMMIT leave nothing behind and do not count.',
        instead: 'Move the non-transactional statement into a migration file of its own (a SET lock_timeout before it is fine), and keep the other statements in a file that runs in one transaction.',
        example: {
            bad: "ALTER TABLE lead ADD COLUMN owner_id bigint;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);",
            good: "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);",
        },
    },
    visit: {
        '*'(node, ctx) {
            const state = ctx.state;
            if (state.reported || isSessionOnly(ctx.stmt))
                return;
            const line = ctx.file.parsed.source.position(ctx.stmt.start).line;
            const op = (0,transactional/* nonTransactional */.lG)(ctx.stmt, { postgresVersion: ctx.config.postgresVersion });
            if (op) {
                state.nonTransactional ??= { label: op, line };
                if (!state.transactional)
                    return;
                state.reported = true;
                ctx.report(`${op} at line ${line} is mixed with ${state.transactional.label} at line ${state.transactional.line}: ${op} cannot run in a transaction, so the file cannot run as one and a failure leaves it half applied`);
            }
            else {
                state.transactional ??= { label: statementLabel(ctx.stmt), line };
                const other = state.nonTransactional;
                if (!other)
                    return;
                state.reported = true;
                ctx.report(`${state.transactional.label} at line ${line} is mixed with ${other.label} at line ${other.line}: ${other.label} cannot run in a transaction, so the file cannot run as one and a failure leaves it half applied`);
            }
        },
    },
}));
/** Statements that only touch the session (nothing to half apply), so they go with either kind. */
function isSessionOnly(stmt) {
    switch (stmt.kind) {
        case 'VariableSetStmt':
        case 'VariableShowStmt':
        case 'TransactionStmt':
            return true;
        case 'SelectStmt':
            return isSetConfigOnly(stmt.node);
        default:
            return false;
    }
}
/** `SELECT set_config('lock_timeout', '2s', false)`: SET written as a function call. */
function isSetConfigOnly(n) {
    const targets = n.targetList ?? [];
    if (targets.length === 0 || n.fromClause || n.whereClause)
        return false;
    return targets.every((t) => {
        const call = (0,node_types/* nodeAs */.h)((0,node_types/* nodeAs */.h)(t, 'ResTarget')?.val, 'FuncCall');
        const name = call?.funcname?.map((x) => (0,node_types/* nodeAs */.h)(x, 'String')?.sval).join('.');
        return name === 'set_config' || name === 'pg_catalog.set_config';
    });
}
/** Words that may sit between CREATE/ALTER/DROP and the kind of object. */
const MODIFIERS = new Set(['OR', 'REPLACE', 'UNIQUE', 'TEMP', 'TEMPORARY', 'UNLOGGED', 'GLOBAL', 'LOCAL', 'RECURSIVE', 'TRUSTED', 'PROCEDURAL', 'CONSTRAINT']);
/** Object kinds named by two words (three for TEXT SEARCH … and FOREIGN DATA WRAPPER). */
const FIRST_OF_TWO = new Set(['MATERIALIZED', 'FOREIGN', 'EVENT', 'TEXT', 'ACCESS', 'DEFAULT', 'DATA', 'SEARCH']);
const DML = {
    InsertStmt: 'INSERT',
    UpdateStmt: 'UPDATE',
    DeleteStmt: 'DELETE',
    MergeStmt: 'MERGE',
    SelectStmt: 'SELECT',
};
/** How the user wrote the statement's kind: `ALTER TABLE`, `CREATE UNIQUE INDEX`, `INSERT`. */
function statementLabel(stmt) {
    // a CTE (WITH …) would otherwise be labelled by its first word
    if (DML[stmt.kind])
        return DML[stmt.kind];
    // the first eight words only: a statement may be a function body of thousands
    const words = [];
    const word = /[A-Za-z_]+/g;
    for (let m = word.exec(stmt.text); m && words.length < 8; m = word.exec(stmt.text))
        words.push(m[0].toUpperCase());
    if (words.length === 0)
        return stmt.kind;
    const label = [words[0]];
    if (['CREATE', 'ALTER', 'DROP'].includes(words[0])) {
        let i = 1;
        while (i < words.length && MODIFIERS.has(words[i]))
            label.push(words[i++]);
        while (i < words.length) {
            const w = words[i++];
            label.push(w);
            if (!FIRST_OF_TWO.has(w))
                break;
        }
    }
    return label.join(' ');
}

// EXTERNAL MODULE: ./src/sql/locks.ts
var sql_locks = __webpack_require__(340);
// EXTERNAL MODULE: ./src/sql/session.ts
var session = __webpack_require__(2516);
;// CONCATENATED MODULE: ./src/rules/require-lock-timeout.ts




const list = (names) => names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
function summarizeLocks(ctx, locks) {
    const byMode = new Map();
    for (const l of locks) {
        const names = byMode.get(l.mode) ?? [];
        names.push((0,relation/* displayName */.QC)(l.relation));
        byMode.set(l.mode, names);
    }
    const taken = list([...byMode].map(([mode, names]) => `${mode} on ${list(names)}`));
    const readBlocked = locks.filter((l) => (0,sql_locks/* blocksReads */.o5)(l.mode)).map((l) => (0,relation/* displayName */.QC)(l.relation));
    const writeBlocked = locks.filter((l) => !(0,sql_locks/* blocksReads */.o5)(l.mode)).map((l) => (0,relation/* displayName */.QC)(l.relation));
    const single = readBlocked.length === 0 || writeBlocked.length === 0;
    const blocked = single
        ? readBlocked.length
            ? 'reads and writes'
            : 'writes'
        : `reads and writes on ${list(readBlocked)} and writes on ${list(writeBlocked)}`;
    const queued = [
        readBlocked.length ? `every query on ${list(readBlocked)}` : '',
        writeBlocked.length ? `every write to ${list(writeBlocked)}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    return { label: (0,sql_locks/* statementLabel */.OQ)(ctx.stmt), taken, blocked, queued };
}
/**
 * Both timeout rules: the first statement of a file that takes a lock blocking writes (SHARE or
 * stronger) on a relation that existed before the change, while the setting is not in force.
 * One finding per file: once the first such statement is fixed, the same SET covers the rest.
 */
function timeoutRule(spec) {
    const { setting } = spec;
    return defineRule({
        id: spec.id,
        severity: spec.severity,
        docs: spec.docs,
        visit: {
            '*'(_node, ctx) {
                const state = ctx.state;
                if (state.reported)
                    return;
                const { stmt } = ctx;
                const assignments = stmt.kind === 'VariableSetStmt' ? [(0,session/* setAssignment */.Ob)(stmt.node)] : stmt.kind === 'SelectStmt' ? (0,session/* setConfigCalls */.ab)(stmt.node) : [];
                for (const a of assignments) {
                    if (a?.setting === setting && a.local && a.ms !== undefined && !ctx.session.inTransaction)
                        state.ineffectiveLocal = true;
                }
                const locks = (0,sql_locks/* strongestLocks */.I_)(ctx.locks.filter((l) => l.existing && (0,sql_locks/* blocksWrites */.PE)(l.mode)));
                if (locks.length === 0)
                    return;
                const value = ctx.session.timeout(setting);
                // NaN: set to an expression pgmig cannot evaluate, which is still a deliberate choice
                if (value !== undefined && value !== 0)
                    return;
                state.reported = true;
                let help = spec.help;
                if (value === 0)
                    help = `${setting} = 0 turns the timeout off, so it does not count. ${help}`;
                else if (state.ineffectiveLocal) {
                    help = `SET LOCAL ${setting} outside BEGIN … COMMIT has no effect (PostgreSQL only warns); use SET, or put SET LOCAL and the statement in one transaction. ${help}`;
                }
                ctx.report(spec.message(summarizeLocks(ctx, locks)), { help });
            },
        },
    });
}
/* harmony default export */ const require_lock_timeout = (timeoutRule({
    id: 'require-lock-timeout',
    severity: 'error',
    setting: 'lock_timeout',
    docs: {
        why: 'A statement that needs a lock conflicting with writes (SHARE or stronger) on a table in use first waits for every transaction that holds any conflicting lock on it, however long they run, and while it waits every new query that conflicts with its lock queues behind it. One long report or idle-in-transaction session turns a millisecond ALTER TABLE into an outage. With lock_timeout the migration gives up after a short wait instead, and can be retried.',
        lock: 'Whatever the statement takes on an existing table, when that is SHARE or stronger (CREATE INDEX, CREATE TRIGGER, ADD FOREIGN KEY, and ACCESS EXCLUSIVE for most ALTER TABLE forms, DROP, TRUNCATE, RENAME); the harm is the wait for it.',
        instead: "Put SET lock_timeout = '2s' (or SET LOCAL inside BEGIN … COMMIT) before the first statement that locks an existing table, and retry the migration when it times out. lock_timeout = 0 means no timeout and does not count; a table created in the same change needs none.",
        example: {
            bad: 'ALTER TABLE lead ADD COLUMN score integer;',
            good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score integer;",
        },
    },
    help: "Add SET lock_timeout = '2s' (at most lockTimeout.max) before this statement, or SET LOCAL inside the same BEGIN … COMMIT, and retry the migration if it times out.",
    message: (s) => `${s.label} takes ${s.taken}, which blocks ${s.blocked}; with no lock_timeout it queues behind any long transaction and ${s.queued} queues behind it`,
}));

;// CONCATENATED MODULE: ./src/rules/require-statement-timeout.ts

/* harmony default export */ const require_statement_timeout = (timeoutRule({
    id: 'require-statement-timeout',
    severity: 'warning',
    setting: 'statement_timeout',
    docs: {
        why: 'Once a statement holds a lock that blocks writes (or, for ACCESS EXCLUSIVE, reads too), the table stays blocked for as long as the statement runs: a table rewrite, a full scan to check a constraint, a slow index build. lock_timeout only bounds the wait for the lock; statement_timeout bounds the whole run, so a migration that turns out slower than on the developer\'s laptop fails and rolls back instead of holding the table for minutes.',
        lock: 'Whatever the statement takes on an existing table, when that is SHARE or stronger; the harm is how long it is held.',
        instead: "Put SET statement_timeout = '30s' (a bound the statement comfortably meets on production data; SET LOCAL inside BEGIN … COMMIT also counts) before the first statement that locks an existing table. statement_timeout = 0 means no timeout and does not count; a table created in the same change needs none. Do not set it for CREATE INDEX CONCURRENTLY, which is meant to run long.",
        example: {
            bad: "SET lock_timeout = '2s';\nALTER TABLE lead ADD CONSTRAINT lead_score_check CHECK (score >= 0);",
            good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD CONSTRAINT lead_score_check CHECK (score >= 0);",
        },
    },
    help: "Add SET statement_timeout = '30s' (a bound this statement meets on production data) before this statement, or SET LOCAL inside the same BEGIN … COMMIT.",
    message: (s) => `${s.label} holds ${s.taken}, which blocks ${s.blocked}, for as long as it runs; with no statement_timeout a slow run (a rewrite, a scan, a long lock wait) keeps ${s.queued} waiting with no bound`,
}));

;// CONCATENATED MODULE: ./src/rules/lock-timeout-too-long.ts


/** Milliseconds the way PostgreSQL would print them: 500ms, 2s, 1min, 1h. */
function formatDuration(ms) {
    for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]]) {
        if (ms >= size && ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms}ms`;
}
function check(a, ctx) {
    // DEFAULT/RESET and values pgmig cannot read say nothing about the wait
    if (a?.setting !== 'lock_timeout' || a.ms === undefined || Number.isNaN(a.ms))
        return;
    const max = ctx.config.lockTimeout.maxMs;
    const written = a.text ?? String(a.ms);
    if (a.ms === 0) {
        ctx.report(`lock_timeout = ${written} turns the lock timeout off: every later statement waits for its locks as long as it takes, and every query on the table queues behind it meanwhile`, {
            location: a.location,
            help: `Set a bounded value (at most ${formatDuration(max)}, lockTimeout.max) and retry the migration when it times out. To hand the session back to the server's setting at the end of a migration, write RESET lock_timeout.`,
        });
    }
    else if (a.ms > max) {
        const shown = written.replace(/^'|'$/g, '') === formatDuration(a.ms) ? written : `${written} (${formatDuration(a.ms)})`;
        ctx.report(`lock_timeout ${shown} is above the ${formatDuration(max)} limit (lockTimeout.max): while the migration waits that long for a lock, every query on the table queues behind it`, {
            location: a.location,
            help: `Lower it to ${formatDuration(max)} or less and retry the migration when it times out; if a longer wait is really acceptable here, raise lockTimeout.max in .pgmig.yml.`,
        });
    }
}
/* harmony default export */ const lock_timeout_too_long = (defineRule({
    id: 'lock-timeout-too-long',
    severity: 'error',
    docs: {
        why: 'lock_timeout only protects production if it is short: while a DDL statement waits for its lock, every query that conflicts with that lock queues behind it, so a 1-minute lock_timeout can still mean a 1-minute outage. lock_timeout = 0 is worse: it turns the timeout off and the statement waits forever.',
        instead: "Keep lock_timeout at or below lockTimeout.max (default 5s; a bare number is milliseconds, strings take units: '500ms', '2s', '1min') and retry the migration when it times out. To restore the server's setting, use RESET lock_timeout rather than SET lock_timeout = 0.",
        example: {
            bad: "SET lock_timeout = '1min';\nALTER TABLE lead ADD COLUMN score integer;",
            good: "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score integer;\nRESET lock_timeout;",
        },
    },
    visit: {
        VariableSetStmt(node, ctx) {
            check((0,session/* setAssignment */.Ob)(node), ctx);
        },
        SelectStmt(node, ctx) {
            for (const a of (0,session/* setConfigCalls */.ab)(node))
                check(a, ctx);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-rls.ts


/* harmony default export */ const require_rls = (defineRule({
    id: 'require-rls',
    severity: 'error',
    docs: {
        why: 'In a multi-tenant database row-level security is what keeps one tenant from reading another\'s rows. A new table without it is readable and writable in full by every role granted access (often through default privileges), so one missing ALTER TABLE leaks every tenant\'s data.',
        instead: 'Enable row-level security on the table in the same change (any file of it) and add a policy. Tables that are deliberately shared go in `rls.exclude` in .pgmig.yml; schemas that need no RLS are left out of `rls.schemas`. Temporary tables and partitions are not checked: a query through the parent applies the parent\'s policies, so grant access to the parent, not to its partitions. The rule checks only projects that use RLS: a policy or ENABLE ROW LEVEL SECURITY in any migration (DO blocks included), `rls` set in .pgmig.yml, or require-rls set under `rules`; otherwise lint says once, as a notice, how to turn it on.',
        example: {
            config: 'rls: { schemas: [public] }',
            bad: 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);',
            good: [
                'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);',
                'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
                "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
            ].join('\n'),
        },
    },
    // RLS may be enabled by a later statement or a later file of the change, so judge at its end
    endChange(ctx) {
        const schemas = new Set(ctx.config.rls.schemas);
        const exclude = new Set(ctx.config.rls.exclude);
        for (const t of ctx.model.tables.values()) {
            if (t.origin !== 'change' || !t.createdAt || t.rlsEnabled || !isPlainTable(t))
                continue;
            if (!schemas.has(t.ref.schema))
                continue;
            if (exclude.has(t.ref.name) || exclude.has(`${t.ref.schema}.${t.ref.name}`))
                continue;
            if (!ctx.usesRls) {
                // a project without RLS would get one error per table on day one: say once how to opt in
                ctx.notice('require-rls is not checking: no migration creates a policy or enables row-level security, and .pgmig.yml sets neither rls nor rules.require-rls. To require RLS on every new table, set `rls: { schemas: [public] }` (the schemas to check) or `rules: { require-rls: error }` in .pgmig.yml.');
                return;
            }
            const name = (0,relation/* displayName */.QC)(t.ref);
            ctx.report({ file: t.createdAt.file, stmt: t.createdAt.stmt }, `table ${name} is created without row-level security: every role granted access to ${name} reads and writes every tenant's rows`, {
                help: `Add \`ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;\` and a policy for ${name} to this change, or list ${name} in rls.exclude in .pgmig.yml if it is meant to be shared.`,
            });
        }
    },
}));
/** A permanent, stand-alone table: RLS on a temporary table or a partition protects nothing reachable. */
function isPlainTable(t) {
    if (t.isMaterializedView || t.partitionOf)
        return false;
    const stmt = t.createdAt.stmt;
    const rel = stmt.kind === 'CreateStmt'
        ? stmt.node.relation
        : stmt.kind === 'CreateTableAsStmt'
            ? stmt.node.into?.rel
            : stmt.kind === 'SelectStmt'
                ? stmt.node.intoClause?.rel
                : undefined;
    if (!rel)
        return false;
    if (stmt.kind === 'CreateTableAsStmt' && stmt.node.objtype !== 'OBJECT_TABLE')
        return false;
    return rel.relpersistence !== 't' && rel.schemaname !== 'pg_temp';
}

// EXTERNAL MODULE: ./src/sql/names.ts
var sql_names = __webpack_require__(792);
;// CONCATENATED MODULE: ./src/rules/require-rls-policy.ts




/** DROP POLICY statements of the change, judged at its end (a replacement may follow). */
const dropped = new WeakMap();
/* harmony default export */ const require_rls_policy = (defineRule({
    id: 'require-rls-policy',
    severity: 'error',
    docs: {
        why: 'With row-level security enabled and no policy, PostgreSQL denies every row to every role but the owner (and superusers and BYPASSRLS roles): the application sees an empty table and every INSERT fails, from the moment the migration commits.',
        instead: 'Create the policies in the same change as ENABLE ROW LEVEL SECURITY (before or after it; policies from earlier migrations count too). A DROP POLICY that leaves a table with row-level security on and no policy is reported too, unless the change creates another. A table that is deny-by-default on purpose (only its owner, or a role with BYPASSRLS, reads it; the application role never does) goes in `rls.ownerOnly` in .pgmig.yml.',
        example: {
            bad: 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
            good: [
                'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
                "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
            ].join('\n'),
        },
    },
    visit: {
        DropStmt(node, ctx) {
            if (node.removeType !== 'OBJECT_POLICY')
                return;
            for (const o of node.objects ?? []) {
                const parts = (0,sql_names/* nameParts */.I)((0,node_types/* nodeAs */.h)(o, 'List')?.items);
                const table = (0,relation/* relationFromNames */.be)(parts.slice(0, -1).map((sval) => ({ String: { sval } })));
                if (!table)
                    continue;
                let list = dropped.get(ctx.model);
                if (!list)
                    dropped.set(ctx.model, (list = []));
                list.push({ file: ctx.file.path, stmt: ctx.stmt, key: (0,relation/* relationKey */.Yb)(table), policy: parts[parts.length - 1] });
            }
        },
    },
    // a policy may come after the ENABLE, in the same file or a later one, so judge at the end
    endChange(ctx) {
        const drops = dropped.get(ctx.model) ?? [];
        dropped.delete(ctx.model);
        const seen = new Set();
        const ownerOnly = new Set(ctx.config.rls.ownerOnly);
        const deliberate = (t) => ownerOnly.has(t.ref.name) || ownerOnly.has(`${t.ref.schema}.${t.ref.name}`);
        const onPurpose = (name) => ` If ${name} is deny-by-default on purpose (only its owner or a BYPASSRLS role, such as a migration or admin role, uses it), list it in rls.ownerOnly in .pgmig.yml.`;
        for (const d of drops) {
            const t = ctx.model.table(d.key);
            // a table whose RLS this change enabled is reported at its ENABLE below
            if (!t || !t.rlsEnabled || t.rlsEnabledAt || t.policies.size > 0 || seen.has(d.key) || deliberate(t))
                continue;
            seen.add(d.key);
            const name = (0,relation/* displayName */.QC)(t.ref);
            ctx.report({ file: d.file, stmt: d.stmt }, `DROP POLICY ${d.policy} leaves ${name} with row-level security on and no policy: every role subject to RLS (all but the table owner, superusers and BYPASSRLS roles) sees no rows of ${name} and cannot write to it`, { help: `Create the replacement policy for ${name} in the same change (CREATE POLICY before the DROP, or in the same transaction), or disable row-level security deliberately.${onPurpose(name)}` });
        }
        for (const t of ctx.model.rlsEnabledInChange()) {
            if (!t.rlsEnabled || !t.rlsEnabledAt || t.policies.size > 0 || deliberate(t))
                continue;
            const name = (0,relation/* displayName */.QC)(t.ref);
            ctx.report({ file: t.rlsEnabledAt.file, stmt: t.rlsEnabledAt.stmt }, `row-level security is enabled on ${name} but ${name} has no policy: every role subject to RLS (all but the table owner, superusers and BYPASSRLS roles) sees no rows and cannot write`, { help: `Add a policy for ${name} to this change, e.g. \`CREATE POLICY ${t.ref.name}_tenant ON ${name} USING (…)\`.${onPurpose(name)}` });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-disable-rls.ts



/* harmony default export */ const ban_disable_rls = (defineRule({
    id: 'ban-disable-rls',
    severity: 'error',
    docs: {
        why: 'DISABLE ROW LEVEL SECURITY switches off every policy on the table: every role with a grant on it reads and changes every tenant\'s rows. NO FORCE ROW LEVEL SECURITY lets the table owner (often the role the application or a job connects as) bypass the policies again. Either is easy to slip in to make a data fix pass and forget to undo.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly.',
        instead: 'Keep RLS on. For a data fix, run it as a role with BYPASSRLS, or add a narrowly scoped policy; to retire a table, drop it.',
        example: {
            bad: 'ALTER TABLE lead DISABLE ROW LEVEL SECURITY;',
            good: 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            const ref = (0,relation/* relationOf */.Ke)(node.relation);
            const name = ref ? (0,relation/* displayName */.QC)(ref) : 'the table';
            for (const c of node.cmds ?? []) {
                const subtype = (0,node_types/* nodeAs */.h)(c, 'AlterTableCmd')?.subtype;
                if (subtype === 'AT_DisableRowSecurity') {
                    ctx.report(`DISABLE ROW LEVEL SECURITY on ${name} turns off all of its policies: every role with access to ${name} sees every tenant's rows`);
                }
                else if (subtype === 'AT_NoForceRowSecurity') {
                    ctx.report(`NO FORCE ROW LEVEL SECURITY on ${name} lets the owner of ${name} bypass its policies and see every tenant's rows`);
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/sql/expr.ts


/** The inner object and type of a typed node (an object with a single key), or undefined for anything else. */
function unwrap(node) {
    if (!node || typeof node !== 'object' || Array.isArray(node))
        return undefined;
    const keys = Object.keys(node);
    if (keys.length !== 1)
        return undefined;
    // the AST is libpg-query's JSON: a single-key object is a typed node, its key the node type
    return { type: keys[0], inner: node[keys[0]] };
}
/**
 * How PostgreSQL reads a boolean literal (`parse_bool`): case-insensitive, surrounding spaces
 * ignored, any unambiguous prefix of true/false/yes/no, `on`/`off` and `1`/`0`.
 */
function parseBoolLiteral(text) {
    const s = text.trim().toLowerCase();
    if (!s)
        return undefined;
    if ('true'.startsWith(s) || 'yes'.startsWith(s) || s === 'on' || s === '1')
        return true;
    if ('false'.startsWith(s) || 'no'.startsWith(s) || s === 'of' || s === 'off' || s === '0')
        return false;
    return undefined;
}
/**
 * The value of an expression that is a boolean constant where a boolean is expected: `true`,
 * `'t'` (an untyped literal takes the boolean type), `'yes'::boolean`, `CAST(1 AS bool)`.
 * Undefined when it is anything else (a column, a call, NULL).
 */
function booleanConstant(node) {
    const n = unwrap(node);
    if (!n)
        return undefined;
    if (n.type === 'A_Const') {
        if (n.inner.isnull)
            return undefined;
        // protobuf JSON leaves false out: `false` arrives as `boolval: {}`
        if ('boolval' in n.inner)
            return n.inner.boolval?.boolval === true;
        if ('sval' in n.inner)
            return parseBoolLiteral(n.inner.sval?.sval ?? '');
        return undefined;
    }
    if (n.type === 'TypeCast' && isBooleanType(n.inner.typeName)) {
        const arg = unwrap(n.inner.arg);
        if (arg?.type === 'A_Const' && 'ival' in arg.inner)
            return (arg.inner.ival?.ival ?? 0) !== 0;
        return booleanConstant(n.inner.arg);
    }
    return undefined;
}
function isBooleanType(typeName) {
    const names = typeName?.names ?? [];
    const last = (0,node_types/* nodeAs */.h)(names[names.length - 1], 'String')?.sval;
    return (last === 'bool' || last === 'boolean') && !typeName?.arrayBounds;
}
/** A string constant's text (`'app.territory'`, also under a cast to text), or undefined. */
function stringConstant(node) {
    const n = unwrap(node);
    if (n?.type === 'A_Const' && 'sval' in n.inner)
        return n.inner.sval?.sval ?? '';
    if (n?.type === 'TypeCast')
        return stringConstant(n.inner.arg);
    return undefined;
}
/** A FuncCall's name: `pg_catalog.current_setting` gives { schema: 'pg_catalog', name: 'current_setting' }. */
function functionName(call) {
    const parts = (0,sql_names/* nameParts */.I)(call?.funcname);
    if (parts.length === 0)
        return undefined;
    return { schema: parts.length > 1 ? parts[parts.length - 2] : undefined, name: parts[parts.length - 1] };
}
/**
 * A call's argument by position or by name (`missing_ok => true`): positional arguments come
 * first in PostgreSQL's mixed notation, so the n-th positional one is the n-th in the list.
 */
function callArgument(call, position, name) {
    const args = call?.args ?? [];
    for (const a of args) {
        const named = (0,node_types/* nodeAs */.h)(a, 'NamedArgExpr');
        if (named && named.name === name)
            return named.arg;
    }
    const positional = args.filter((a) => !(0,node_types/* nodeAs */.h)(a, 'NamedArgExpr'));
    return positional[position];
}
/** The leftmost `location` in an expression (a cast's `::` comes after its operand), or undefined. */
function startLocation(node) {
    let best;
    const visit = (v) => {
        if (Array.isArray(v))
            v.forEach(visit);
        else if (v && typeof v === 'object') {
            for (const [k, x] of Object.entries(v)) {
                if (k === 'location' && typeof x === 'number') {
                    if (x >= 0 && (best === undefined || x < best))
                        best = x;
                }
                else
                    visit(x);
            }
        }
    };
    visit(node);
    return best;
}

// EXTERNAL MODULE: ./src/sql/objects.ts
var objects = __webpack_require__(296);
// EXTERNAL MODULE: ./src/sql/walk.ts
var walk = __webpack_require__(4023);
;// CONCATENATED MODULE: ./src/rules/rls-setting-missing-ok.ts







/* harmony default export */ const rls_setting_missing_ok = (defineRule({
    id: 'rls-setting-missing-ok',
    severity: 'error',
    docs: {
        why: "current_setting('app.territory') raises `unrecognized configuration parameter` when the setting was never set in the session. In a policy that turns every query on the table into an error for any connection that forgot to set it (a cron job, a migration, psql, a new service) instead of showing it no rows; and the failure appears only at run time, on the first such connection.",
        instead: "Pass missing_ok: current_setting('app.territory', true) reads NULL when unset, the comparison is NULL and the policy denies the row. A pooled connection on which a SET LOCAL of the value has ended reads '' rather than NULL, so cast through nullif: nullif(current_setting('app.territory', true), '')::bigint (a bare current_setting(…, true)::bigint is reported). Functions the policy calls are checked too, where the folder creates them.",
        example: {
            bad: "CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory')::bigint);",
            good: "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
        },
    },
    visit: {
        CreatePolicyStmt(node, ctx) {
            rls_setting_missing_ok_check(node, ctx);
        },
        AlterPolicyStmt(node, ctx) {
            rls_setting_missing_ok_check(node, ctx);
        },
    },
}));
function rls_setting_missing_ok_check(node, ctx) {
    const ref = (0,relation/* relationOf */.Ke)(node.table);
    const where = `policy ${node.policy_name} on ${ref ? (0,relation/* displayName */.QC)(ref) : 'the table'}`;
    for (const [clause, expr] of [['USING', node.qual], ['WITH CHECK', node.with_check]]) {
        if (!expr)
            continue;
        (0,walk/* walk */.GG)(expr, (type, call) => {
            if (type === 'TypeCast') {
                bareCast(call, ctx, where, clause);
                return;
            }
            if (type === 'FuncCall' && !isCurrentSetting(call)) {
                calledFunction(call, ctx, where, clause);
                return;
            }
            if (type !== 'FuncCall')
                return;
            const missingOk = callArgument(call, 1, 'missing_ok');
            // a non-constant flag may well be true at run time; only a missing or constant false is certain
            if (missingOk !== undefined && booleanConstant(missingOk) !== false)
                return;
            const setting = stringConstant(callArgument(call, 0, 'setting_name'));
            const shown = setting === undefined ? 'current_setting(…)' : `current_setting('${setting}')`;
            const fix = setting === undefined ? 'current_setting(…, true)' : `current_setting('${setting}', true)`;
            ctx.report(`${where} calls ${shown} in ${clause} without missing_ok => true: a session that never set ${setting ?? 'the setting'} gets an error on every query instead of no rows`, { location: call.location, help: `Write ${fix}, and nullif(${fix}, '') where it is cast: an unset setting then reads as NULL and the policy denies the row.` });
        });
    }
}
/**
 * `current_setting('app.territory', true)::bigint`: once a SET LOCAL of the setting has ended, a
 * pooled connection reads '' (the placeholder stays defined), and ''::bigint is an error on every
 * query. Casts to text types are fine.
 */
function bareCast(cast, ctx, where, clause) {
    const call = (0,node_types/* nodeAs */.h)(cast.arg, 'FuncCall');
    if (!call || !isCurrentSetting(call))
        return;
    const missingOk = callArgument(call, 1, 'missing_ok');
    if (missingOk === undefined || booleanConstant(missingOk) === false)
        return;
    const type = (0,sql_names/* nameParts */.I)(cast.typeName?.names).pop() ?? '';
    if (['text', 'varchar', 'bpchar', 'name', 'citext'].includes(type))
        return;
    const setting = stringConstant(callArgument(call, 0, 'setting_name'));
    const arg = setting === undefined ? '…' : `'${setting}'`;
    ctx.report(`${where} casts current_setting(${arg}, true) to ${type} in ${clause} directly: after a SET LOCAL has ended, a pooled connection reads '' and ''::${type} fails every query on the table`, { location: call.location, help: `Write nullif(current_setting(${arg}, true), '')::${type}: an unset or emptied setting then reads as NULL and the policy denies the row.` });
}
/** A function the policy calls whose body reads a setting without missing_ok (CREATE FUNCTION in the folder). */
function calledFunction(call, ctx, where, clause) {
    const parts = (0,sql_names/* nameParts */.I)(call.funcname);
    const key = (0,objects/* nameKey */.R)(parts);
    if (!key)
        return;
    for (const setting of ctx.model.objects.settingsReadStrictly(key)) {
        ctx.report(`${where} calls ${parts.join('.')}() in ${clause}, which reads current_setting('${setting}') without missing_ok => true: a session that never set ${setting} gets an error on every query instead of no rows`, { location: call.location, help: `In ${parts.join('.')}, write current_setting('${setting}', true) (and nullif(…, '') where it is cast): an unset setting then reads as NULL and the policy denies the row.` });
    }
}
function isCurrentSetting(call) {
    const name = functionName(call);
    return name?.name === 'current_setting' && (name.schema === undefined || name.schema === 'pg_catalog');
}

;// CONCATENATED MODULE: ./src/sql/constant-true.ts



/** The node with its `location` fields dropped, so two spellings of one expression compare equal. */
function shape(node) {
    return JSON.stringify(node, (k, v) => (k === 'location' ? undefined : v));
}
function constantNumber(node) {
    const c = (0,node_types/* nodeAs */.h)(node, 'A_Const');
    if (!c)
        return undefined;
    if ('ival' in c)
        return Number(c.ival?.ival ?? 0);
    if ('fval' in c)
        return Number(c.fval?.fval);
    return undefined;
}
/** Whether both sides are constants (numbers or strings), and the comparison holds. */
function constantComparison(op, l, r) {
    const ln = constantNumber(l);
    const rn = constantNumber(r);
    let cmp;
    if (ln !== undefined && rn !== undefined)
        cmp = Math.sign(ln - rn);
    else {
        const ls = (0,node_types/* nodeAs */.h)(l, 'A_Const')?.sval;
        const rs = (0,node_types/* nodeAs */.h)(r, 'A_Const')?.sval;
        if (!ls || !rs)
            return undefined;
        cmp = (ls.sval ?? '') === (rs.sval ?? '') ? 0 : 1;
        if (op !== '=' && op !== '<>' && op !== '!=')
            return undefined;
    }
    switch (op) {
        case '=':
            return cmp === 0;
        case '<>':
        case '!=':
            return cmp !== 0;
        case '<':
            return cmp < 0;
        case '<=':
            return cmp <= 0;
        case '>':
            return cmp > 0;
        case '>=':
            return cmp >= 0;
    }
    return undefined;
}
/**
 * True for a condition that holds for every row, whatever the row and the session: `true`,
 * `1 = 1`, `'a' = 'a'`, `NOT false`, `col = col` (every row where col is not NULL, which for a key
 * or a tenant column is every row), and AND/OR of such. False when pgmig cannot tell.
 */
function isConstantTrue(node) {
    if (!node)
        return false;
    if (booleanConstant(node) === true)
        return true;
    const b = (0,node_types/* nodeAs */.h)(node, 'BoolExpr');
    if (b) {
        const args = b.args ?? [];
        if (b.boolop === 'OR_EXPR')
            return args.some(isConstantTrue);
        if (b.boolop === 'AND_EXPR')
            return args.length > 0 && args.every(isConstantTrue);
        if (b.boolop === 'NOT_EXPR')
            return args.length === 1 && isConstantFalse(args[0]);
        return false;
    }
    const e = (0,node_types/* nodeAs */.h)(node, 'A_Expr');
    if (e?.kind === 'AEXPR_OP') {
        const op = (0,sql_names/* nameParts */.I)(e.name).join('.');
        if (constantComparison(op, e.lexpr, e.rexpr) === true)
            return true;
        // x = x, x <= x, x >= x: true wherever x is not NULL
        if (['=', '<=', '>='].includes(op) && e.lexpr && (0,node_types/* nodeAs */.h)(e.lexpr, 'ColumnRef') && shape(e.lexpr) === shape(e.rexpr))
            return true;
    }
    return false;
}
function isConstantFalse(node) {
    if (booleanConstant(node) === false)
        return true;
    const e = (0,node_types/* nodeAs */.h)(node, 'A_Expr');
    if (e?.kind === 'AEXPR_OP')
        return constantComparison((0,sql_names/* nameParts */.I)(e.name).join('.'), e.lexpr, e.rexpr) === false;
    return false;
}

;// CONCATENATED MODULE: ./src/rules/rls-permissive-policy.ts






/* harmony default export */ const rls_permissive_policy = (defineRule({
    id: 'rls-permissive-policy',
    severity: 'error',
    docs: {
        why: 'Permissive policies are OR-ed together, so one whose USING is true (`true`, `1 = 1`, `tenant_id = tenant_id`) shows every row to the roles it applies to, and one whose WITH CHECK is true lets them write any row; so does one that passes every row when a setting is unset (`current_setting(\'app.tenant\', true) IS NULL OR …`), which is open to every session that forgot to set it: the table is as open as without row-level security, while looking protected. Restrictive policies (AS RESTRICTIVE) are AND-ed, so true there narrows nothing and opens nothing; they are not reported.',
        instead: 'Write the condition that ties a row to the session, e.g. `territory_id = nullif(current_setting(\'app.territory\', true), \'\')::bigint`. A role that must see every row (an admin tool, a reporting job) is better given BYPASSRLS than a policy of true; if the table is meant to be readable by all, say so with `-- pgmig-ignore rls-permissive-policy` above the policy.',
        example: {
            bad: 'CREATE POLICY lead_all ON lead USING (true);',
            good: "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
        },
    },
    visit: {
        CreatePolicyStmt(node, ctx) {
            if (!node.permissive)
                return;
            rls_permissive_policy_check(node, ctx, roles(node.roles));
        },
        AlterPolicyStmt(node, ctx) {
            // ALTER POLICY cannot change AS RESTRICTIVE; the model remembers how the policy was made
            const table = ctx.model.table((0,relation/* keyOf */.TN)(node.table) ?? '');
            if (table?.restrictivePolicies?.has(node.policy_name ?? ''))
                return;
            rls_permissive_policy_check(node, ctx, node.roles ? roles(node.roles) : undefined);
        },
    },
}));
function rls_permissive_policy_check(node, ctx, to) {
    const ref = (0,relation/* relationOf */.Ke)(node.table);
    const table = ref ? (0,relation/* displayName */.QC)(ref) : 'the table';
    const who = to ?? "the policy's roles";
    const shown = (expr, clause) => (booleanConstant(expr) === true ? `${clause} (true)` : `a ${clause} that is always true`);
    if (node.qual && isConstantTrue(node.qual)) {
        ctx.report(`policy ${node.policy_name} on ${table} has ${shown(node.qual, 'USING')}: it shows every row of ${table} to ${who}, whatever the tenant`, {
            location: startLocation(node.qual),
        });
    }
    else if (node.qual)
        failsOpen(node.qual, ctx, `policy ${node.policy_name} on ${table}`, `shows every row of ${table} to ${who}`);
    if (node.with_check && isConstantTrue(node.with_check)) {
        ctx.report(`policy ${node.policy_name} on ${table} has ${shown(node.with_check, 'WITH CHECK')}: it lets ${who} write rows of any tenant into ${table}`, {
            location: startLocation(node.with_check),
        });
    }
    else if (node.with_check)
        failsOpen(node.with_check, ctx, `policy ${node.policy_name} on ${table}`, `lets ${who} write rows of any tenant into ${table}`);
}
/**
 * `current_setting('app.tenant', true) IS NULL OR …` as an arm of the top-level OR: a session
 * that never set the value (a job, psql, a pooled connection after SET LOCAL) passes every row.
 */
function failsOpen(expr, ctx, where, harm) {
    const b = (0,node_types/* nodeAs */.h)(expr, 'BoolExpr');
    if (b?.boolop !== 'OR_EXPR')
        return;
    for (const arm of b.args ?? []) {
        const test = (0,node_types/* nodeAs */.h)(arm, 'NullTest');
        if (test?.nulltesttype !== 'IS_NULL')
            continue;
        const call = (0,walk/* find */.I6)(test.arg, (type, n) => type === 'FuncCall' && functionName(n)?.name === 'current_setting');
        if (!call)
            continue;
        const setting = stringConstant(callArgument(call.type === 'FuncCall' ? call.node : undefined, 0, 'setting_name')) ?? 'the setting';
        ctx.report(`${where} fails open: when ${setting} is unset its IS NULL arm is true, so the policy ${harm}`, {
            location: startLocation(arm),
            help: `Deny when the setting is missing: drop the IS NULL OR arm (a NULL comparison already denies the row), or give the roles that must see everything BYPASSRLS.`,
        });
    }
}
/** `PUBLIC`, `app_user, admin`: whom a policy applies to, as written. */
function roles(list) {
    const names = (list ?? []).map((r) => {
        const spec = r && 'RoleSpec' in r ? r.RoleSpec : undefined;
        switch (spec?.roletype) {
            case 'ROLESPEC_PUBLIC':
                return 'PUBLIC';
            case 'ROLESPEC_CURRENT_USER':
                return 'CURRENT_USER';
            case 'ROLESPEC_CURRENT_ROLE':
                return 'CURRENT_ROLE';
            case 'ROLESPEC_SESSION_USER':
                return 'SESSION_USER';
            default:
                return spec?.rolename ?? '?';
        }
    });
    return names.length ? names.join(', ') : 'PUBLIC';
}

// EXTERNAL MODULE: ./src/sql/functions.ts
var functions = __webpack_require__(4241);
;// CONCATENATED MODULE: ./src/rules/security-definer-search-path.ts



/* harmony default export */ const security_definer_search_path = (defineRule({
    id: 'security-definer-search-path',
    severity: 'error',
    docs: {
        why: "A SECURITY DEFINER function runs with its owner's rights but resolves names through the caller's search_path. A caller who can create objects in any schema on that path (public, pg_temp) can shadow a table, operator or function the body uses and run their own code as the owner, often a superuser or the role that bypasses row-level security.",
        instead: "Attach a search_path to the function: `SET search_path = ''` (and schema-qualify every name in the body) or trusted schemas ending in pg_temp, `SET search_path = pg_catalog, pg_temp`; never public, and pg_temp always last (left out, it is searched first). It must be on the function itself; a SET statement before CREATE FUNCTION does not stay with it, but an ALTER FUNCTION … SET search_path later in the same change fixes it.",
        example: {
            bad: "CREATE FUNCTION territory_of(uid bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER AS $$ SELECT territory_id FROM app_user WHERE id = uid $$;",
            good: "CREATE FUNCTION territory_of(uid bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT territory_id FROM public.app_user WHERE id = uid $$;",
        },
    },
    visit: {
        CreateFunctionStmt(node, ctx) {
            const after = (0,functions/* functionSecurity */.r_)(node.options, { securityDefiner: false, searchPath: false });
            const problem = problemOf(after);
            if (!problem)
                return;
            const what = node.is_procedure ? 'procedure' : 'function';
            const name = nameOf(node.funcname);
            const message = problem === 'none'
                ? `SECURITY DEFINER ${what} ${name} has no SET search_path: a caller can shadow the objects it uses and run code with its owner's rights`
                : `SECURITY DEFINER ${what} ${name} has SET search_path = ${after.searchPathValue.join(', ')}: ${problem}`;
            defer(ctx, ctx.model.functions.keyOfCreate(node), message, (0,functions/* securityDefinerOption */.x3)(node.options)?.location);
        },
        AlterFunctionStmt(node, ctx) {
            // a function pgmig never saw created may have a search_path already; the ALTER must then repeat it to be checkable
            const before = ctx.model.functions.lookup(node.func) ?? { securityDefiner: false, searchPath: false };
            const after = (0,functions/* functionSecurity */.r_)(node.actions, before);
            const problem = problemOf(after);
            if (!problem)
                return;
            const what = node.objtype === 'OBJECT_PROCEDURE' ? 'procedure' : node.objtype === 'OBJECT_ROUTINE' ? 'routine' : 'function';
            const name = nameOf(node.func?.objname);
            const definer = (0,functions/* securityDefinerOption */.x3)(node.actions);
            const key = ctx.model.functions.keyOf(node.func);
            if (problem !== 'none') {
                // only the ALTER that writes the path (or makes the function a definer) is about it
                if (!definer && after.searchPathValue === before.searchPathValue)
                    return;
                defer(ctx, key, `ALTER ${what.toUpperCase()} gives SECURITY DEFINER ${what} ${name} search_path = ${after.searchPathValue.join(', ')}: ${problem}`, definer?.location);
                return;
            }
            // other ALTERs of an already unsafe function (COST, OWNER) were reported at its CREATE
            if (!definer && !before.searchPath)
                return;
            const message = definer
                ? `ALTER ${what.toUpperCase()} makes ${name} SECURITY DEFINER without SET search_path: a caller can shadow the objects it uses and run code with its owner's rights`
                : `ALTER ${what.toUpperCase()} removes the search_path of SECURITY DEFINER ${what} ${name}: a caller can shadow the objects it uses and run code with its owner's rights`;
            defer(ctx, key, message, definer?.location);
        },
    },
    endChange(ctx) {
        const list = pending.get(ctx.model) ?? [];
        pending.delete(ctx.model);
        for (const p of list) {
            // fixed later in the same change (ALTER FUNCTION … SET search_path, CREATE OR REPLACE), or dropped
            if (p.key) {
                const final = ctx.model.functions.get(p.key);
                if (!final || !problemOf(final))
                    continue;
            }
            ctx.report({ file: p.file, stmt: p.stmt }, p.message, { location: p.location });
        }
    },
}));
/** Findings held until the end of the change, per lint run (its model). */
const pending = new WeakMap();
function defer(ctx, key, message, location) {
    let list = pending.get(ctx.model);
    if (!list)
        pending.set(ctx.model, (list = []));
    list.push({ file: ctx.file.path, stmt: ctx.stmt, key, message, location });
}
/**
 * What is wrong with a function's settings: `none` when a SECURITY DEFINER function has no
 * search_path of its own, a sentence when the one it has still lets a caller plant objects.
 */
function problemOf(sec) {
    if (!sec.securityDefiner)
        return undefined;
    if (!sec.searchPath)
        return 'none';
    const path = (sec.searchPathValue ?? []).map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
    // FROM CURRENT, or '' (every name in the body qualified): nothing to judge or nothing to hijack
    if (!sec.searchPathValue || path.length === 0)
        return undefined;
    const open = path.find((p) => p === 'public' || p === '$user');
    if (open)
        return `${open} is on it, and any role that can create objects there can shadow what the function uses and run code with its owner's rights; use \'\' with qualified names, or trusted schemas followed by pg_temp`;
    const temp = path.indexOf('pg_temp');
    if (temp === -1)
        return "pg_temp is not on it, so PostgreSQL searches the caller's temporary schema first and a temporary table can shadow a table the function uses; end the path with pg_temp";
    if (temp !== path.length - 1)
        return "pg_temp is not last, so a caller's temporary table can shadow a table the function uses; put pg_temp at the end";
    return undefined;
}
function nameOf(names) {
    return (0,sql_names/* nameParts */.I)(names).join('.') || 'the function';
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
;// CONCATENATED MODULE: ./src/rules/migration-filename.ts




/* harmony default export */ const migration_filename = (defineRule({
    id: 'migration-filename',
    severity: 'error',
    docs: {
        why: 'Flyway only runs files named V<version>__<description>.sql (U… for undo, R__… for repeatable) and by default silently skips the others, so a misnamed migration is merged, deployed and never applied. Only such names are reported: a description in any case (V1__Create_person_table.sql) is one Flyway runs (see migration-description-style).',
        instead: 'Rename the file to V<version>__<description>.sql with a lower snake_case description, or to VXXX__<description>.sql (the placeholder) and let pgmig assign give it the next free version at merge.',
        example: {
            bad: '-- db/migration/V12_AddLeadIndex.sql  (one "_" after the version, CamelCase description)\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
            good: '-- db/migration/V12__add_lead_index.sql\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
        },
    },
    endProject(ctx) {
        const { config } = ctx;
        const folders = config.migrations.map((d) => (0,external_node_path_.resolve)(config.root, d));
        const tests = (0,external_node_path_.resolve)(config.root, config.tests);
        for (const file of ctx.files) {
            const name = file.entry.name;
            if (!(0,migrations_name.isNameProblem)(name))
                continue;
            // a file linted by hand outside the migrations folders is not claimed to be a migration
            if (!folders.some((d) => (0,discover/* isInside */.FK)(d, file.absPath)))
                continue;
            if ((0,discover/* isInside */.FK)(tests, file.absPath) || (0,migrations_name/* isFlywayCallback */.Qw)(file.absPath))
                continue;
            const fix = name.suggestion ? `; rename it to ${name.suggestion}` : '';
            ctx.report({ file: file.path }, `${name.message}${fix}`, {
                help: name.suggestion
                    ? `Rename the file to ${name.suggestion} (or use ${config.placeholder}__<description>.sql and let pgmig assign number it at merge).`
                    : undefined,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/migration-description-style.ts




/* harmony default export */ const migration_description_style = (defineRule({
    id: 'migration-description-style',
    severity: 'warning',
    docs: {
        why: 'Flyway runs `V1__Create_person_table.sql` and `V2__AddUsers.sql` as they are and records their description, so their names are a matter of style. ' +
            'Renaming a file that has been applied would break `flyway validate` where it ran (the description differs), so only new migrations are checked: files the base branch does not have (lint --changed-since).',
        instead: 'Name new migrations V<version>__<lower_snake_case_description>.sql (or VXXX__… and let pgmig assign number it); leave applied files as they are.',
        example: {
            bad: '-- db/migration/VXXX__AddLeadIndex.sql (a new file)\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
            good: '-- db/migration/VXXX__add_lead_index.sql\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
        },
    },
    endProject(ctx) {
        const base = ctx.base;
        // without a base branch, any file may have been applied somewhere
        if (!base)
            return;
        const applied = new Set(base.files.map((f) => f.path));
        const folders = ctx.config.migrations.map((d) => (0,external_node_path_.resolve)(ctx.config.root, d));
        for (const file of ctx.files) {
            const name = file.entry.name;
            if ((0,migrations_name.isNameProblem)(name) || !name.style || applied.has(file.path))
                continue;
            if (!folders.some((d) => (0,discover/* isInside */.FK)(d, file.absPath)))
                continue;
            const described = (0,migrations_name/* snakeCase */.LW)(name.description);
            const renamed = described ? file.path.replace(/[^/]*$/, (b) => b.replace(`__${name.description}`, `__${described}`)) : undefined;
            ctx.report({ file: file.path }, `${name.style}${renamed && renamed !== file.path ? `; as a new file, it could be ${renamed.split('/').pop()}` : ''}`);
        }
    },
}));

// EXTERNAL MODULE: ./src/migrations/placeholders.ts
var placeholders = __webpack_require__(5167);
;// CONCATENATED MODULE: ./src/rules/missing-placeholder-value.ts


/* harmony default export */ const missing_placeholder_value = (defineRule({
    id: 'missing-placeholder-value',
    severity: 'error',
    docs: {
        why: 'Flyway replaces every ${name} in a migration, in comments and dollar-quoted bodies too, with the value of its placeholder; one with no value stops `flyway migrate` ("No value provided for placeholder") and nothing is deployed. ' +
            'pgmig lints and tests the text Flyway sends, with the values of config placeholders (or flyway.placeholders.* in flyway.conf / [flyway.placeholders] in flyway.toml).',
        instead: 'Give the placeholder a value: placeholders: {schema: app} in .pgmig.yml (the same one the deploy has), or write the text without ${…}; with placeholderReplacement: false Flyway leaves ${…} alone.',
        example: {
            bad: 'CREATE TABLE ${schema}.lead (id bigint PRIMARY KEY);',
            good: 'CREATE TABLE lead (id bigint PRIMARY KEY);',
        },
    },
    endProject(ctx) {
        for (const file of ctx.files) {
            const missing = (0,placeholders/* missingPlaceholders */.Pf)(file.parsed);
            // one finding per name: the first place it is used
            const seen = new Set();
            for (const p of missing) {
                if (seen.has(p.name))
                    continue;
                seen.add(p.name);
                const line = file.parsed.source.position(p.index).line;
                ctx.report({ file: file.path, line }, (0,placeholders/* missingPlaceholderMessage */.pd)(p), {
                    help: `Give \${${p.name}} a value (placeholders: {${p.name}: …} in .pgmig.yml, as the deploy's Flyway configuration does), or remove it.`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/duplicate-version.ts


/* harmony default export */ const duplicate_version = (defineRule({
    id: 'duplicate-version',
    severity: 'error',
    docs: {
        why: 'Flyway refuses to migrate when two versioned migrations share a version ("Found more than one migration with version …"), so every deploy stops until one is renamed. Versions compare as numbers: V1.1, V1_1 and V01.1 are the same version. It usually happens when two pull requests pick the same next number.',
        instead: 'Give one of the files the next free version, or name new migrations VXXX__<description>.sql and let pgmig assign number them at merge. An undo file U<n> shares its version with V<n> by design; only two V (or two U) files with one version collide.',
        example: {
            bad: '-- db/migration/V12__add_lead_index.sql\n-- db/migration/V12__add_lead_status.sql  (both version 12)\nALTER TABLE lead ADD COLUMN status text;',
            good: '-- db/migration/V12__add_lead_index.sql\n-- db/migration/V13__add_lead_status.sql\nALTER TABLE lead ADD COLUMN status text;',
        },
    },
    endProject(ctx) {
        const groups = new Map();
        const seen = new Set();
        for (const entry of [...ctx.directory, ...ctx.files.map((f) => f.entry)]) {
            if (seen.has(entry.absPath))
                continue;
            seen.add(entry.absPath);
            const name = entry.name;
            if ((0,migrations_name.isNameProblem)(name) || (name.kind !== 'versioned' && name.kind !== 'undo'))
                continue;
            const key = `${name.kind}:${(0,migrations_name/* versionKey */._5)(name.parts)}`;
            let group = groups.get(key);
            if (!group)
                groups.set(key, (group = []));
            group.push({ entry, name });
        }
        const linted = new Set(ctx.files.map((f) => f.path));
        for (const group of groups.values()) {
            if (group.length < 2)
                continue;
            for (const { entry, name } of group) {
                if (!linted.has(entry.path))
                    continue;
                const others = group.filter((o) => o.entry !== entry);
                const kind = name.kind === 'undo' ? 'undo ' : '';
                const spelled = others.some((o) => o.name.version !== name.version)
                    ? ` (${[name, ...others.map((o) => o.name)].map((n) => n.version).filter((v, i, a) => a.indexOf(v) === i).join(', ')} are the same version)`
                    : '';
                ctx.report({ file: entry.path }, `${kind}version ${name.version} is also used by ${others.map((o) => o.entry.path).join(', ')}${spelled}; Flyway stops when two migrations share a version`);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/version-out-of-order.ts


/* harmony default export */ const version_out_of_order = (defineRule({
    id: 'version-out-of-order',
    severity: 'error',
    docs: {
        why: 'Flyway applies versions in order and, with outOfOrder off (the default), ignores a pending migration whose version is at or below the highest one a database already has: once the base branch has V13, a newly merged V12 never runs there, and validate fails. A version already used on the base branch collides with it outright.',
        instead: 'Number new migrations above the highest version on the base branch, or name them VXXX__<description>.sql so pgmig assign gives them the next free version at merge, after everything already merged.',
        example: {
            bad: '-- on main: V13__add_lead_status.sql; this branch adds:\n-- db/migration/V12__add_lead_index.sql',
            good: '-- on main: V13__add_lead_status.sql; this branch adds:\n-- db/migration/VXXX__add_lead_index.sql  (numbered at merge)',
        },
    },
    endProject(ctx) {
        const base = ctx.base;
        if (!base)
            return;
        const versioned = (n) => !(0,migrations_name.isNameProblem)(n) && n.kind === 'versioned';
        const onBase = base.files.filter((e) => versioned(e.name));
        if (onBase.length === 0)
            return;
        const highest = onBase.reduce((a, b) => ((0,migrations_name.compareVersions)(b.name.parts, a.name.parts) > 0 ? b : a));
        const top = highest.name;
        const renamedFrom = base.deleted.map((p) => (0,migrations_name/* parseMigrationName */.pF)(p, ctx.config.placeholder)).filter(versioned).map((n) => n.parts);
        const known = new Set([...base.files.map((e) => e.path), ...base.modified]);
        // every version in sight, so two suggestions never name the same number
        const taken = new Set();
        for (const e of [...base.files, ...ctx.directory])
            if (versioned(e.name))
                taken.add(e.name.parts[0]);
        let next = [...taken].reduce((a, b) => (b > a ? b : a), 0n);
        for (const file of ctx.files) {
            const name = file.entry.name;
            if (!versioned(name) || known.has(file.path))
                continue;
            if ((0,migrations_name.compareVersions)(name.parts, top.parts) > 0)
                continue;
            // a base migration renamed in this branch: modified-applied-migration says so
            if (renamedFrom.some((parts) => (0,migrations_name.compareVersions)(parts, name.parts) === 0))
                continue;
            const same = onBase.find((e) => (0,migrations_name.compareVersions)(e.name.parts, name.parts) === 0);
            next = nextFree(next, taken, ctx.config.versionRanges);
            const rename = `rename it to V${next}__${name.description}.sql, or to ${ctx.config.placeholder}__${name.description}.sql to have it numbered at merge`;
            const message = same
                ? `version ${name.version} is already used on ${base.ref} by ${same.path}; ${rename}`
                : `version ${name.version} is below ${top.version}, the highest version on ${base.ref} (${highest.path}); Flyway will not apply it where ${top.version} already ran; ${rename}`;
            ctx.report({ file: file.path }, message);
        }
    },
}));
/** The first whole version above `after` that no file uses and the configured ranges allow. */
function nextFree(after, taken, ranges) {
    let v = after + 1n;
    for (let guard = 0; guard < 1000; guard++) {
        if (ranges.length > 0) {
            const inside = ranges.some((r) => v >= BigInt(r.from) && (r.to === undefined || v <= BigInt(r.to)));
            if (!inside) {
                const later = ranges.map((r) => BigInt(r.from)).filter((f) => f > v);
                if (later.length === 0)
                    return v;
                v = later.reduce((a, b) => (b < a ? b : a));
                continue;
            }
        }
        if (!taken.has(v))
            break;
        v += 1n;
    }
    taken.add(v);
    return v;
}

;// CONCATENATED MODULE: ./src/rules/version-range.ts


/* harmony default export */ const version_range = (defineRule({
    id: 'version-range',
    severity: 'error',
    docs: {
        why: 'versionRanges in .pgmig.yml reserve blocks of versions (for instance one per team, or a gap left by an old numbering scheme). A version outside them breaks that agreement: it can collide with numbers another stream will take, or sort before migrations that already ran.',
        instead: 'Give the file a version inside an allowed range, or name it VXXX__<description>.sql and let pgmig assign pick the next free version in range at merge. Only the first part of a dotted version (12 in 12.1) is compared with the ranges.',
        example: {
            bad: '-- .pgmig.yml: versionRanges: [{from: 1, to: 7999}, {from: 10000}]\n-- db/migration/V8500__add_lead_index.sql',
            good: '-- .pgmig.yml: versionRanges: [{from: 1, to: 7999}, {from: 10000}]\n-- db/migration/V10001__add_lead_index.sql',
        },
    },
    endProject(ctx) {
        const ranges = ctx.config.versionRanges;
        if (ranges.length === 0)
            return;
        for (const file of ctx.files) {
            const name = file.entry.name;
            // an undo file carries its migration's version; the V file is the one to renumber
            if ((0,migrations_name.isNameProblem)(name) || name.kind !== 'versioned')
                continue;
            const major = name.parts[0];
            const allowed = ranges.some((r) => major >= BigInt(r.from) && (r.to === undefined || major <= BigInt(r.to)));
            if (allowed)
                continue;
            ctx.report({ file: file.path }, `version ${name.version} is outside the allowed versions (${describeRanges(ranges)}, versionRanges in the config); renumber it into a range or name it ${ctx.config.placeholder}__${name.description}.sql`);
        }
    },
}));
function describeRanges(ranges) {
    return ranges.map((r) => (r.to === undefined ? `${r.from} and above` : r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`)).join(', ');
}

;// CONCATENATED MODULE: ./src/rules/modified-applied-migration.ts



/* harmony default export */ const modified_applied_migration = (defineRule({
    id: 'modified-applied-migration',
    severity: 'error',
    docs: {
        why: 'A versioned migration that is on the base branch has most likely run in some database already. Flyway records its checksum and description: an edit makes `flyway validate` and `migrate` fail there ("Migration checksum mismatch"), and even after a repair the edit never runs where the old version did, so databases drift apart. A deleted or renamed one is reported as applied but missing.',
        instead: 'Restore the file as it is on the base branch and put the change in a new migration (VXXX__<description>.sql). Undo (U) and repeatable (R) files may be edited: Flyway runs them again as they are.',
        example: {
            bad: '-- db/migration/V3__create_lead.sql, already on main, edited in this branch:\nCREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint, status text);',
            good: '-- V3__create_lead.sql left as it is on main; the change as a new migration:\n-- db/migration/VXXX__add_lead_status.sql\nALTER TABLE lead ADD COLUMN status text;',
        },
    },
    endProject(ctx) {
        const base = ctx.base;
        if (!base)
            return;
        const versioned = (path) => {
            const n = (0,migrations_name/* parseMigrationName */.pF)(path, ctx.config.placeholder);
            return !(0,migrations_name.isNameProblem)(n) && n.kind === 'versioned' ? n : undefined;
        };
        for (const path of base.modified) {
            const name = versioned(path);
            if (!name)
                continue;
            ctx.report({ file: path }, `${(0,external_node_path_.basename)(path)} is on ${base.ref} and has probably been applied; editing it breaks Flyway's checksum check where it ran and the edit never runs there. Restore it and put the change in a new migration`);
        }
        for (const path of base.deleted) {
            const name = versioned(path);
            if (!name)
                continue;
            // a new file with the same version is most likely the same migration renamed
            const renamed = ctx.files.find((f) => {
                const n = f.entry.name;
                return !(0,migrations_name.isNameProblem)(n) && n.kind === 'versioned' && (0,migrations_name.compareVersions)(n.parts, name.parts) === 0;
            });
            const message = renamed
                ? `${path} is on ${base.ref} and has probably been applied, but was renamed to ${renamed.path}; Flyway then fails validation where it ran (description or checksum mismatch for version ${name.version}). Keep the old name and make the change in a new migration`
                : `${path} is on ${base.ref} and has probably been applied, but was deleted; Flyway then fails validation where it ran (applied migration ${name.version} not found). Restore it, and undo its effect in a new migration if that is the intent`;
            ctx.report({ file: path }, message);
        }
    },
}));

// EXTERNAL MODULE: ./src/sql/ddl.ts
var ddl = __webpack_require__(7540);
;// CONCATENATED MODULE: ./src/sql/volatility.ts


/**
 * Built-in functions (schema pg_catalog) that are not VOLATILE under any overload, callable from
 * SQL and returning one value. Generated from a PostgreSQL 15 catalog:
 *
 *   select proname from pg_proc where pronamespace = 'pg_catalog'::regnamespace
 *   group by proname
 *   having bool_and(provolatile <> 'v') and bool_and(prokind = 'f') and not bool_or(proretset)
 *      and not bool_or(<an argument or the result is internal, cstring or a handler type>)
 *
 * A function added by a later release is missing, which only makes pgmig cautious (it is then
 * treated as volatile, as every user-defined function is unless declared otherwise).
 */
const NON_VOLATILE_BUILTINS = `
abbrev abs aclcontains acldefault aclinsert aclitemeq aclremove acos acosd acosh age anyarray_send
anycompatiblearray_send anytextcat area array_append array_cat array_dims array_eq array_fill
array_ge array_gt array_larger array_le array_length array_lower array_lt array_ndims array_ne
array_position array_positions array_prepend array_remove array_replace array_send array_smaller
array_to_json array_to_string array_to_tsvector array_upper arraycontained arraycontains
arrayoverlap ascii asin asind asinh atan atan2 atan2d atand atanh bit bit_count bit_length bit_send
bitand bitcat bitcmp biteq bitge bitgt bitle bitlt bitne bitnot bitor bitshiftleft bitshiftright
bittypmodin bitxor bool booland_statefunc booleq boolge boolgt boolle boollt boolne boolor_statefunc
boolsend bound_box box box_above box_above_eq box_add box_below box_below_eq box_center box_contain
box_contain_pt box_contained box_distance box_div box_eq box_ge box_gt box_intersect box_le box_left
box_lt box_mul box_overabove box_overbelow box_overlap box_overleft box_overright box_right box_same
box_send box_sub bpchar bpchar_larger bpchar_pattern_ge bpchar_pattern_gt bpchar_pattern_le
bpchar_pattern_lt bpchar_smaller bpcharcmp bpchareq bpcharge bpchargt bpchariclike bpcharicnlike
bpcharicregexeq bpcharicregexne bpcharle bpcharlike bpcharlt bpcharne bpcharnlike bpcharregexeq
bpcharregexne bpcharsend bpchartypmodin brin_bloom_summary_send brin_minmax_multi_summary_send
broadcast btarraycmp btboolcmp btbpchar_pattern_cmp btcharcmp btequalimage btfloat48cmp btfloat4cmp
btfloat84cmp btfloat8cmp btint24cmp btint28cmp btint2cmp btint42cmp btint48cmp btint4cmp btint82cmp
btint84cmp btint8cmp btnamecmp btnametextcmp btoidcmp btoidvectorcmp btrecordcmp btrecordimagecmp
btrim bttext_pattern_cmp bttextcmp bttextnamecmp bttidcmp btvarstrequalimage byteacat byteacmp
byteaeq byteage byteagt byteale bytealike bytealt byteane byteanlike byteasend cardinality cash_cmp
cash_div_cash cash_div_flt4 cash_div_flt8 cash_div_int2 cash_div_int4 cash_div_int8 cash_eq cash_ge
cash_gt cash_le cash_lt cash_mi cash_mul_flt4 cash_mul_flt8 cash_mul_int2 cash_mul_int4
cash_mul_int8 cash_ne cash_pl cash_send cash_words cashlarger cashsmaller cbrt ceil ceiling center
char char_length character_length chareq charge chargt charle charlt charne charsend chr cideq cidr
cidr_send cidsend circle circle_above circle_add_pt circle_below circle_center circle_contain
circle_contain_pt circle_contained circle_distance circle_div_pt circle_eq circle_ge circle_gt
circle_le circle_left circle_lt circle_mul_pt circle_ne circle_overabove circle_overbelow
circle_overlap circle_overleft circle_overright circle_right circle_same circle_send circle_sub_pt
close_ls close_lseg close_pb close_pl close_ps close_sb col_description concat concat_ws convert
convert_from convert_to cos cosd cosh cot cotd current_database current_schema current_schemas
current_setting current_user database_to_xml database_to_xml_and_xmlschema database_to_xmlschema
date date_bin date_cmp date_cmp_timestamp date_cmp_timestamptz date_eq date_eq_timestamp
date_eq_timestamptz date_ge date_ge_timestamp date_ge_timestamptz date_gt date_gt_timestamp
date_gt_timestamptz date_larger date_le date_le_timestamp date_le_timestamptz date_lt
date_lt_timestamp date_lt_timestamptz date_mi date_mi_interval date_mii date_ne date_ne_timestamp
date_ne_timestamptz date_part date_pl_interval date_pli date_send date_smaller date_trunc
datemultirange daterange daterange_canonical daterange_subdiff datetime_pl datetimetz_pl dcbrt
decode degrees dexp diagonal diameter dist_bp dist_bs dist_cpoint dist_cpoly dist_lp dist_ls
dist_pathp dist_pb dist_pc dist_pl dist_polyc dist_polyp dist_ppath dist_ppoly dist_ps dist_sb
dist_sl dist_sp div dlog1 dlog10 dpow dround dsqrt dtrunc elem_contained_by_multirange
elem_contained_by_range encode enum_cmp enum_eq enum_first enum_ge enum_gt enum_larger enum_last
enum_le enum_lt enum_ne enum_range enum_send enum_smaller exp extract factorial family float4
float48div float48eq float48ge float48gt float48le float48lt float48mi float48mul float48ne
float48pl float4_accum float4abs float4div float4eq float4ge float4gt float4larger float4le float4lt
float4mi float4mul float4ne float4pl float4send float4smaller float4um float4up float8 float84div
float84eq float84ge float84gt float84le float84lt float84mi float84mul float84ne float84pl
float8_accum float8_avg float8_combine float8_corr float8_covar_pop float8_covar_samp
float8_regr_accum float8_regr_avgx float8_regr_avgy float8_regr_combine float8_regr_intercept
float8_regr_r2 float8_regr_slope float8_regr_sxx float8_regr_sxy float8_regr_syy float8_stddev_pop
float8_stddev_samp float8_var_pop float8_var_samp float8abs float8div float8eq float8ge float8gt
float8larger float8le float8lt float8mi float8mul float8ne float8pl float8send float8smaller
float8um float8up floor flt4_mul_cash flt8_mul_cash fmgr_c_validator fmgr_internal_validator
fmgr_sql_validator format format_type gcd get_bit get_byte get_current_ts_config getdatabaseencoding
getpgusername gin_cmp_tslexeme gin_compare_jsonb has_any_column_privilege has_column_privilege
has_database_privilege has_foreign_data_wrapper_privilege has_function_privilege
has_language_privilege has_parameter_privilege has_schema_privilege has_sequence_privilege
has_server_privilege has_table_privilege has_tablespace_privilege has_type_privilege hash_aclitem
hash_aclitem_extended hash_array hash_array_extended hash_multirange hash_multirange_extended
hash_numeric hash_numeric_extended hash_range hash_range_extended hash_record hash_record_extended
hashbpchar hashbpcharextended hashchar hashcharextended hashenum hashenumextended hashfloat4
hashfloat4extended hashfloat8 hashfloat8extended hashinet hashinetextended hashint2 hashint2extended
hashint4 hashint4extended hashint8 hashint8extended hashmacaddr hashmacaddr8 hashmacaddr8extended
hashmacaddrextended hashname hashnameextended hashoid hashoidextended hashoidvector
hashoidvectorextended hashtext hashtextextended hashtid hashtidextended height host hostmask
in_range inet_client_addr inet_client_port inet_merge inet_same_family inet_send inet_server_addr
inet_server_port inetand inetmi inetmi_int8 inetnot inetor inetpl initcap int2 int24div int24eq
int24ge int24gt int24le int24lt int24mi int24mul int24ne int24pl int28div int28eq int28ge int28gt
int28le int28lt int28mi int28mul int28ne int28pl int2_avg_accum int2_avg_accum_inv int2_mul_cash
int2_sum int2abs int2and int2div int2eq int2ge int2gt int2int4_sum int2larger int2le int2lt int2mi
int2mod int2mul int2ne int2not int2or int2pl int2send int2shl int2shr int2smaller int2um int2up
int2vectorsend int2xor int4 int42div int42eq int42ge int42gt int42le int42lt int42mi int42mul
int42ne int42pl int48div int48eq int48ge int48gt int48le int48lt int48mi int48mul int48ne int48pl
int4_avg_accum int4_avg_accum_inv int4_avg_combine int4_mul_cash int4_sum int4abs int4and int4div
int4eq int4ge int4gt int4inc int4larger int4le int4lt int4mi int4mod int4mul int4multirange int4ne
int4not int4or int4pl int4range int4range_canonical int4range_subdiff int4send int4shl int4shr
int4smaller int4um int4up int4xor int8 int82div int82eq int82ge int82gt int82le int82lt int82mi
int82mul int82ne int82pl int84div int84eq int84ge int84gt int84le int84lt int84mi int84mul int84ne
int84pl int8_avg int8_mul_cash int8_sum int8abs int8and int8dec int8dec_any int8div int8eq int8ge
int8gt int8inc int8inc_any int8inc_float8_float8 int8larger int8le int8lt int8mi int8mod int8mul
int8multirange int8ne int8not int8or int8pl int8pl_inet int8range int8range_canonical
int8range_subdiff int8send int8shl int8shr int8smaller int8um int8up int8xor integer_pl_date
inter_lb inter_sb inter_sl interval interval_accum interval_accum_inv interval_avg interval_cmp
interval_combine interval_div interval_eq interval_ge interval_gt interval_hash
interval_hash_extended interval_larger interval_le interval_lt interval_mi interval_mul interval_ne
interval_pl interval_pl_date interval_pl_time interval_pl_timestamp interval_pl_timestamptz
interval_pl_timetz interval_send interval_smaller interval_um intervaltypmodin is_normalized
isclosed isempty isfinite ishorizontal isopen isparallel isperp isvertical json_array_element
json_array_element_text json_array_length json_build_array json_build_object json_extract_path
json_extract_path_text json_object json_object_field json_object_field_text json_populate_record
json_send json_strip_nulls json_to_record json_to_tsvector json_typeof jsonb_array_element
jsonb_array_element_text jsonb_array_length jsonb_build_array jsonb_build_object jsonb_cmp
jsonb_concat jsonb_contained jsonb_contains jsonb_delete jsonb_delete_path jsonb_eq jsonb_exists
jsonb_exists_all jsonb_exists_any jsonb_extract_path jsonb_extract_path_text jsonb_ge jsonb_gt
jsonb_hash jsonb_hash_extended jsonb_insert jsonb_le jsonb_lt jsonb_ne jsonb_object
jsonb_object_field jsonb_object_field_text jsonb_path_exists jsonb_path_exists_opr
jsonb_path_exists_tz jsonb_path_match jsonb_path_match_opr jsonb_path_match_tz
jsonb_path_query_array jsonb_path_query_array_tz jsonb_path_query_first jsonb_path_query_first_tz
jsonb_populate_record jsonb_pretty jsonb_send jsonb_set jsonb_set_lax jsonb_strip_nulls
jsonb_to_record jsonb_to_tsvector jsonb_typeof jsonpath_send justify_days justify_hours
justify_interval lcm left length like like_escape line line_distance line_eq line_horizontal
line_interpt line_intersect line_parallel line_perp line_send line_vertical ln log log10 lower
lower_inc lower_inf lpad lseg lseg_center lseg_distance lseg_eq lseg_ge lseg_gt lseg_horizontal
lseg_interpt lseg_intersect lseg_le lseg_length lseg_lt lseg_ne lseg_parallel lseg_perp lseg_send
lseg_vertical ltrim macaddr macaddr8 macaddr8_and macaddr8_cmp macaddr8_eq macaddr8_ge macaddr8_gt
macaddr8_le macaddr8_lt macaddr8_ne macaddr8_not macaddr8_or macaddr8_send macaddr8_set7bit
macaddr_and macaddr_cmp macaddr_eq macaddr_ge macaddr_gt macaddr_le macaddr_lt macaddr_ne
macaddr_not macaddr_or macaddr_send make_date make_interval make_time make_timestamp
make_timestamptz makeaclitem masklen md5 min_scale mod money mul_d_interval multirange
multirange_adjacent_multirange multirange_adjacent_range multirange_after_multirange
multirange_after_range multirange_before_multirange multirange_before_range multirange_cmp
multirange_contained_by_multirange multirange_contained_by_range multirange_contains_elem
multirange_contains_multirange multirange_contains_range multirange_eq multirange_ge multirange_gt
multirange_intersect multirange_intersect_agg_transfn multirange_le multirange_lt multirange_minus
multirange_ne multirange_overlaps_multirange multirange_overlaps_range
multirange_overleft_multirange multirange_overleft_range multirange_overright_multirange
multirange_overright_range multirange_send multirange_union mxid_age name nameconcatoid nameeq
nameeqtext namege namegetext namegt namegttext nameiclike nameicnlike nameicregexeq nameicregexne
namele nameletext namelike namelt namelttext namene namenetext namenlike nameregexeq nameregexne
namesend netmask network network_cmp network_eq network_ge network_gt network_larger network_le
network_lt network_ne network_overlap network_smaller network_sub network_subeq network_sup
network_supeq normalize notlike now npoints num_nonnulls num_nulls numeric numeric_abs numeric_add
numeric_cmp numeric_div numeric_div_trunc numeric_eq numeric_exp numeric_ge numeric_gt numeric_inc
numeric_larger numeric_le numeric_ln numeric_log numeric_lt numeric_mod numeric_mul numeric_ne
numeric_pl_pg_lsn numeric_power numeric_send numeric_smaller numeric_sqrt numeric_sub numeric_uminus
numeric_uplus numerictypmodin nummultirange numnode numrange numrange_subdiff obj_description
octet_length oid oideq oidge oidgt oidlarger oidle oidlt oidne oidsend oidsmaller oidvectoreq
oidvectorge oidvectorgt oidvectorle oidvectorlt oidvectorne oidvectorsend oidvectortypes on_pb on_pl
on_ppath on_ps on_sb on_sl overlaps overlay parse_ident path path_add path_add_pt path_contain_pt
path_distance path_div_pt path_inter path_length path_mul_pt path_n_eq path_n_ge path_n_gt path_n_le
path_n_lt path_npoints path_send path_sub_pt pclose pg_backend_pid pg_char_to_encoding
pg_client_encoding pg_collation_for pg_collation_is_visible pg_column_compression
pg_column_is_updatable pg_column_size pg_conf_load_time pg_conversion_is_visible pg_current_snapshot
pg_current_xact_id pg_current_xact_id_if_assigned pg_ddl_command_send pg_dependencies_send
pg_describe_object pg_encoding_max_length pg_encoding_to_char pg_event_trigger_table_rewrite_oid
pg_event_trigger_table_rewrite_reason pg_filenode_relation pg_function_is_visible
pg_get_constraintdef pg_get_expr pg_get_function_arg_default pg_get_function_arguments
pg_get_function_identity_arguments pg_get_function_result pg_get_function_sqlbody pg_get_functiondef
pg_get_indexdef pg_get_object_address pg_get_partition_constraintdef pg_get_partkeydef
pg_get_replica_identity_index pg_get_ruledef pg_get_serial_sequence pg_get_statisticsobjdef
pg_get_statisticsobjdef_columns pg_get_statisticsobjdef_expressions pg_get_triggerdef
pg_get_userbyid pg_get_viewdef pg_has_role pg_identify_object pg_identify_object_as_address
pg_index_column_has_property pg_index_has_property pg_indexam_has_property
pg_indexam_progress_phasename pg_is_other_temp_schema pg_lsn pg_lsn_cmp pg_lsn_eq pg_lsn_ge
pg_lsn_gt pg_lsn_hash pg_lsn_hash_extended pg_lsn_larger pg_lsn_le pg_lsn_lt pg_lsn_mi pg_lsn_mii
pg_lsn_ne pg_lsn_pli pg_lsn_send pg_lsn_smaller pg_mcv_list_send pg_my_temp_schema pg_ndistinct_send
pg_node_tree_send pg_opclass_is_visible pg_operator_is_visible pg_opfamily_is_visible
pg_partition_root pg_postmaster_start_time pg_relation_filenode pg_relation_filepath
pg_relation_is_publishable pg_relation_is_updatable pg_replication_origin_oid pg_sequence_parameters
pg_settings_get_flags pg_size_bytes pg_size_pretty pg_snapshot_send pg_snapshot_xmax
pg_snapshot_xmin pg_stat_get_analyze_count pg_stat_get_archiver pg_stat_get_autoanalyze_count
pg_stat_get_autovacuum_count pg_stat_get_backend_activity pg_stat_get_backend_activity_start
pg_stat_get_backend_client_addr pg_stat_get_backend_client_port pg_stat_get_backend_dbid
pg_stat_get_backend_pid pg_stat_get_backend_start pg_stat_get_backend_userid
pg_stat_get_backend_wait_event pg_stat_get_backend_wait_event_type pg_stat_get_backend_xact_start
pg_stat_get_bgwriter_buf_written_checkpoints pg_stat_get_bgwriter_buf_written_clean
pg_stat_get_bgwriter_maxwritten_clean pg_stat_get_bgwriter_requested_checkpoints
pg_stat_get_bgwriter_stat_reset_time pg_stat_get_bgwriter_timed_checkpoints
pg_stat_get_blocks_fetched pg_stat_get_blocks_hit pg_stat_get_buf_alloc
pg_stat_get_buf_fsync_backend pg_stat_get_buf_written_backend pg_stat_get_checkpoint_sync_time
pg_stat_get_checkpoint_write_time pg_stat_get_db_active_time pg_stat_get_db_blk_read_time
pg_stat_get_db_blk_write_time pg_stat_get_db_blocks_fetched pg_stat_get_db_blocks_hit
pg_stat_get_db_checksum_failures pg_stat_get_db_checksum_last_failure pg_stat_get_db_conflict_all
pg_stat_get_db_conflict_bufferpin pg_stat_get_db_conflict_lock pg_stat_get_db_conflict_snapshot
pg_stat_get_db_conflict_startup_deadlock pg_stat_get_db_conflict_tablespace pg_stat_get_db_deadlocks
pg_stat_get_db_idle_in_transaction_time pg_stat_get_db_numbackends pg_stat_get_db_session_time
pg_stat_get_db_sessions pg_stat_get_db_sessions_abandoned pg_stat_get_db_sessions_fatal
pg_stat_get_db_sessions_killed pg_stat_get_db_stat_reset_time pg_stat_get_db_temp_bytes
pg_stat_get_db_temp_files pg_stat_get_db_tuples_deleted pg_stat_get_db_tuples_fetched
pg_stat_get_db_tuples_inserted pg_stat_get_db_tuples_returned pg_stat_get_db_tuples_updated
pg_stat_get_db_xact_commit pg_stat_get_db_xact_rollback pg_stat_get_dead_tuples
pg_stat_get_function_calls pg_stat_get_function_self_time pg_stat_get_function_total_time
pg_stat_get_ins_since_vacuum pg_stat_get_last_analyze_time pg_stat_get_last_autoanalyze_time
pg_stat_get_last_autovacuum_time pg_stat_get_last_vacuum_time pg_stat_get_live_tuples
pg_stat_get_mod_since_analyze pg_stat_get_numscans pg_stat_get_replication_slot
pg_stat_get_snapshot_timestamp pg_stat_get_subscription_stats pg_stat_get_tuples_deleted
pg_stat_get_tuples_fetched pg_stat_get_tuples_hot_updated pg_stat_get_tuples_inserted
pg_stat_get_tuples_returned pg_stat_get_tuples_updated pg_stat_get_vacuum_count pg_stat_get_wal
pg_stat_get_wal_receiver pg_statistics_obj_is_visible pg_table_is_visible pg_tablespace_location
pg_trigger_depth pg_ts_config_is_visible pg_ts_dict_is_visible pg_ts_parser_is_visible
pg_ts_template_is_visible pg_type_is_visible pg_typeof pg_visible_in_snapshot pg_wal_lsn_diff
pg_walfile_name pg_walfile_name_offset phraseto_tsquery pi plainto_tsquery point point_above
point_add point_below point_distance point_div point_eq point_horiz point_left point_mul point_ne
point_right point_send point_sub point_vert poly_above poly_below poly_center poly_contain
poly_contain_pt poly_contained poly_distance poly_left poly_npoints poly_overabove poly_overbelow
poly_overlap poly_overleft poly_overright poly_right poly_same poly_send polygon popen position
postgresql_fdw_validator pow power pt_contained_circle pt_contained_poly querytree quote_ident
quote_literal quote_nullable radians radius range_adjacent range_adjacent_multirange range_after
range_after_multirange range_before range_before_multirange range_cmp range_contained_by
range_contained_by_multirange range_contains range_contains_elem range_contains_multirange range_eq
range_ge range_gt range_intersect range_intersect_agg_transfn range_le range_lt range_merge
range_minus range_ne range_overlaps range_overlaps_multirange range_overleft
range_overleft_multirange range_overright range_overright_multirange range_send range_union
record_eq record_ge record_gt record_image_eq record_image_ge record_image_gt record_image_le
record_image_lt record_image_ne record_le record_lt record_ne record_send regclass regclasssend
regcollationsend regconfigsend regdictionarysend regexp_count regexp_instr regexp_like regexp_match
regexp_replace regexp_split_to_array regexp_substr regnamespacesend regoperatorsend regopersend
regproceduresend regprocsend regrolesend regtypesend repeat replace reverse right round
row_security_active row_to_json rpad rtrim satisfies_hash_partition scale schema_to_xml
schema_to_xml_and_xmlschema schema_to_xmlschema session_user set_bit set_byte set_masklen setweight
sha224 sha256 sha384 sha512 shobj_description sign similar_escape similar_to_escape sin sind sinh
slope spg_poly_quad_compress split_part sqrt starts_with statement_timestamp string_to_array strip
strpos substr substring table_to_xml table_to_xml_and_xmlschema table_to_xmlschema tan tand tanh
text text_ge text_gt text_larger text_le text_lt text_pattern_ge text_pattern_gt text_pattern_le
text_pattern_lt text_smaller textanycat textcat texteq texteqname textgename textgtname texticlike
texticnlike texticregexeq texticregexne textlen textlename textlike textltname textne textnename
textnlike textregexeq textregexne textsend tideq tidge tidgt tidlarger tidle tidlt tidne tidsend
tidsmaller time time_cmp time_eq time_ge time_gt time_hash time_hash_extended time_larger time_le
time_lt time_mi_interval time_mi_time time_ne time_pl_interval time_send time_smaller timedate_pl
timestamp timestamp_cmp timestamp_cmp_date timestamp_cmp_timestamptz timestamp_eq timestamp_eq_date
timestamp_eq_timestamptz timestamp_ge timestamp_ge_date timestamp_ge_timestamptz timestamp_gt
timestamp_gt_date timestamp_gt_timestamptz timestamp_hash timestamp_hash_extended timestamp_larger
timestamp_le timestamp_le_date timestamp_le_timestamptz timestamp_lt timestamp_lt_date
timestamp_lt_timestamptz timestamp_mi timestamp_mi_interval timestamp_ne timestamp_ne_date
timestamp_ne_timestamptz timestamp_pl_interval timestamp_send timestamp_smaller timestamptypmodin
timestamptz timestamptz_cmp timestamptz_cmp_date timestamptz_cmp_timestamp timestamptz_eq
timestamptz_eq_date timestamptz_eq_timestamp timestamptz_ge timestamptz_ge_date
timestamptz_ge_timestamp timestamptz_gt timestamptz_gt_date timestamptz_gt_timestamp
timestamptz_larger timestamptz_le timestamptz_le_date timestamptz_le_timestamp timestamptz_lt
timestamptz_lt_date timestamptz_lt_timestamp timestamptz_mi timestamptz_mi_interval timestamptz_ne
timestamptz_ne_date timestamptz_ne_timestamp timestamptz_pl_interval timestamptz_send
timestamptz_smaller timestamptztypmodin timetypmodin timetz timetz_cmp timetz_eq timetz_ge timetz_gt
timetz_hash timetz_hash_extended timetz_larger timetz_le timetz_lt timetz_mi_interval timetz_ne
timetz_pl_interval timetz_send timetz_smaller timetzdate_pl timetztypmodin timezone to_ascii to_char
to_date to_hex to_json to_jsonb to_number to_regclass to_regcollation to_regnamespace to_regoper
to_regoperator to_regproc to_regprocedure to_regrole to_regtype to_timestamp to_tsquery to_tsvector
transaction_timestamp translate trim_array trim_scale trunc ts_delete ts_filter ts_headline
ts_lexize ts_match_qv ts_match_tq ts_match_tt ts_match_vq ts_rank ts_rank_cd tsmultirange
tsq_mcontained tsq_mcontains tsquery_and tsquery_cmp tsquery_eq tsquery_ge tsquery_gt tsquery_le
tsquery_lt tsquery_ne tsquery_not tsquery_or tsquery_phrase tsquerysend tsrange tsrange_subdiff
tstzmultirange tstzrange tstzrange_subdiff tsvector_cmp tsvector_concat tsvector_eq tsvector_ge
tsvector_gt tsvector_le tsvector_lt tsvector_ne tsvector_to_array tsvectorsend txid_current
txid_current_if_assigned txid_current_snapshot txid_snapshot_send txid_snapshot_xmax
txid_snapshot_xmin txid_visible_in_snapshot unistr unknownsend upper upper_inc upper_inf uuid_cmp
uuid_eq uuid_ge uuid_gt uuid_hash uuid_hash_extended uuid_le uuid_lt uuid_ne uuid_send varbit
varbit_send varbitcmp varbiteq varbitge varbitgt varbitle varbitlt varbitne varbittypmodin varchar
varcharsend varchartypmodin version void_send websearch_to_tsquery width width_bucket xid
xid8_larger xid8_smaller xid8cmp xid8eq xid8ge xid8gt xid8le xid8lt xid8ne xid8send xideq xideqint4
xidneq xidneqint4 xidsend xml xml_is_well_formed xml_is_well_formed_content
xml_is_well_formed_document xml_send xmlcomment xmlconcat2 xmlexists xmlvalidate xpath xpath_exists
`;
let builtins;
/** True for a pg_catalog function that can never be volatile, whatever the arguments. */
function isNonVolatileBuiltin(schema, name) {
    if (schema !== undefined && schema !== 'pg_catalog')
        return false;
    builtins ??= new Set(NON_VOLATILE_BUILTINS.split(/\s+/).filter(Boolean));
    return builtins.has(name);
}
/**
 * Whether an expression may be volatile, as PostgreSQL judges a column default when it decides
 * between storing it once in the catalog (PG 11+) and rewriting the table: a call to any
 * function pgmig cannot prove non-volatile (user functions are VOLATILE unless declared
 * otherwise), or a subquery. Constants, casts, operators, ARRAY[...], CASE and the SQL value
 * functions (CURRENT_TIMESTAMP, CURRENT_USER) are not.
 */
function volatility_mayBeVolatile(expr) {
    let volatile = false;
    (0,walk/* walk */.GG)(expr, (type, node) => {
        if (volatile)
            return false;
        if (type === 'SubLink')
            volatile = true;
        else if (type === 'FuncCall') {
            const fn = functionName(node);
            if (!fn || !isNonVolatileBuiltin(fn.schema, fn.name))
                volatile = true;
        }
        return !volatile;
    });
    return volatile;
}

;// CONCATENATED MODULE: ./src/rules/adding-field-with-default.ts






/* harmony default export */ const adding_field_with_default = (defineRule({
    id: 'adding-field-with-default',
    severity: 'warning',
    docs: {
        why: 'ADD COLUMN whose value must be computed row by row rewrites the whole table and its indexes while holding ACCESS EXCLUSIVE: nothing can read or write the table until every row is copied, minutes on a large table. From PostgreSQL 11 a non-volatile DEFAULT (a constant, now(), an expression of constants) is stored once in the catalog and costs nothing; a volatile one (gen_random_uuid(), clock_timestamp(), nextval(), any user function not declared otherwise, so also serial), a GENERATED … STORED column and an identity column still rewrite. Before PostgreSQL 11 every non-NULL default rewrites (config postgresVersion). A table created in the same change is exempt: it has no rows yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite (blocks reads and writes).',
        instead: 'Add the column without the default (or with a constant one), set the default with ALTER COLUMN … SET DEFAULT (which affects only new rows), backfill existing rows in batches, and compute generated values with a trigger or in the application.',
        example: {
            bad: 'ALTER TABLE lead ADD COLUMN public_id uuid DEFAULT gen_random_uuid();',
            good: 'ALTER TABLE lead ADD COLUMN public_id uuid;\nALTER TABLE lead ALTER COLUMN public_id SET DEFAULT gen_random_uuid();\n-- then backfill: UPDATE lead SET public_id = gen_random_uuid() WHERE public_id IS NULL (in batches)',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const pg = ctx.config.postgresVersion;
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_AddColumn')
                    continue;
                const col = (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef');
                if (!col)
                    continue;
                const what = `ADD COLUMN ${col.colname} to ${table}`;
                const rewrite = `rewrites all of ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done`;
                if ((0,ddl/* isSerialType */.$f)(col.typeName)) {
                    const type = (0,node_types/* nodeAs */.h)(col.typeName.names[0], 'String').sval;
                    ctx.report(`${what} as ${type} fills every existing row from a sequence (a volatile default): it ${rewrite}`, {
                        location: col.typeName.location,
                    });
                }
                for (const c of (0,ddl/* columnConstraints */.zD)(col)) {
                    if (c.contype === 'CONSTR_GENERATED') {
                        // a virtual column (PostgreSQL 18) is computed when read; nothing is stored
                        if (c.generated_kind === 'v' && pg >= 18)
                            continue;
                        ctx.report(`${what} as a stored generated column computes it for every existing row: it ${rewrite}`, { location: c.location });
                    }
                    else if (c.contype === 'CONSTR_IDENTITY') {
                        ctx.report(`${what} as an identity column numbers every existing row: it ${rewrite}`, { location: c.location });
                    }
                    else if (c.contype === 'CONSTR_DEFAULT') {
                        const expr = c.raw_expr;
                        if (!expr || (0,node_types/* nodeAs */.h)(expr, 'A_Const')?.isnull)
                            continue;
                        if (pg < 11) {
                            ctx.report(`${what} with a DEFAULT writes the default into every existing row before PostgreSQL 11 (postgresVersion is ${pg}): it ${rewrite}`, {
                                location: startLocation(expr) ?? c.location,
                            });
                        }
                        else if (volatility_mayBeVolatile(expr)) {
                            ctx.report(`${what} with a volatile DEFAULT computes it for every existing row: it ${rewrite}`, {
                                location: startLocation(expr) ?? c.location,
                            });
                        }
                    }
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/adding-foreign-key-constraint.ts




/* harmony default export */ const adding_foreign_key_constraint = (defineRule({
    id: 'adding-foreign-key-constraint',
    severity: 'warning',
    docs: {
        why: 'Adding a foreign key to an existing table checks every row against the referenced table while holding SHARE ROW EXCLUSIVE on both tables: inserts, updates and deletes on either wait for the whole scan. ADD COLUMN … REFERENCES does the same. A foreign key written in CREATE TABLE, or added to a table created in the same change, is fine: there are no rows to check.',
        lock: 'SHARE ROW EXCLUSIVE on the table and on the referenced table (blocks writes to both) for the whole validation scan.',
        instead: 'Add the constraint with NOT VALID (only new rows are checked; the lock is brief), then run ALTER TABLE … VALIDATE CONSTRAINT in a later migration or transaction: validation takes only SHARE UPDATE EXCLUSIVE, so reads and writes go on.',
        example: {
            bad: 'ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id);',
            good: 'ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id) NOT VALID;\n-- in the next migration:\n-- ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_fk;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const report = (c, what) => {
                const ref = (0,relation/* relationOf */.Ke)(c.pktable);
                const target = ref ? (0,relation/* displayName */.QC)(ref) : 'the referenced table';
                ctx.report(`${what} on ${table} checks every row of ${table} against ${target} while blocking writes to both tables; add it NOT VALID and VALIDATE it later`, { location: c.location });
            };
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = (0,node_types/* nodeAs */.h)(cmd.def, 'Constraint');
                    if (c?.contype === 'CONSTR_FOREIGN' && !c.skip_validation)
                        report(c, `foreign key ${c.conname ?? ''}`.trimEnd());
                }
                else if (cmd.subtype === 'AT_AddColumn') {
                    const col = (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef');
                    for (const c of (0,ddl/* columnConstraints */.zD)(col)) {
                        if (c.contype === 'CONSTR_FOREIGN')
                            report(c, `ADD COLUMN ${col?.colname} REFERENCES`);
                    }
                }
            }
        },
    },
}));

// EXTERNAL MODULE: ./src/sql/model.ts
var model = __webpack_require__(5265);
;// CONCATENATED MODULE: ./src/rules/adding-not-nullable-field.ts





/** A validated CHECK (column IS NOT NULL) that the migrations before this statement left on the table. */
function checkedBefore(t, column) {
    for (const c of t?.notNullChecks?.values() ?? [])
        if (c.column === column && c.validated)
            return true;
    return false;
}
/* harmony default export */ const adding_not_nullable_field = (defineRule({
    id: 'adding-not-nullable-field',
    severity: 'warning',
    docs: {
        why: 'ALTER COLUMN … SET NOT NULL reads the whole table to prove there is no NULL, holding ACCESS EXCLUSIVE all the while: every query on the table waits, minutes on a large table. From PostgreSQL 12 the scan is skipped when a valid CHECK (column IS NOT NULL) constraint already proves it. A table created in the same change is exempt: it has no rows yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole scan (blocks reads and writes).',
        instead: 'On PostgreSQL 12 or later: ADD CONSTRAINT … CHECK (column IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT in a later transaction (no blocking lock); then SET NOT NULL (no scan) and drop the helper check. Before 12 there is no scan-free way: keep the column nullable and rely on the CHECK constraint.',
        example: {
            bad: 'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
            good: [
                'ALTER TABLE lead ADD CONSTRAINT lead_owner_id_not_null CHECK (owner_id IS NOT NULL) NOT VALID;',
                '-- in a later migration (or at least a later transaction):',
                'ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_id_not_null;',
                'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
                'ALTER TABLE lead DROP CONSTRAINT lead_owner_id_not_null;',
            ].join('\n'),
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            const key = (0,relation/* keyOf */.TN)(node.relation);
            if (!key)
                return;
            const s = ctx.state;
            const checks = (s.checks ??= new Map());
            const proven = (s.proven ??= new Set());
            const elsewhere = (s.validatedElsewhere ??= new Set());
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const pg12 = ctx.config.postgresVersion >= 12;
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = (0,node_types/* nodeAs */.h)(cmd.def, 'Constraint');
                    const column = c?.contype === 'CONSTR_CHECK' ? (0,model/* notNullColumn */.H)(c.raw_expr) : undefined;
                    if (!c || !column)
                        continue;
                    if (c.conname)
                        checks.set(c.conname, { table: key, column });
                    // added without NOT VALID, the check is proven by the time the statement ends
                    if (!c.skip_validation)
                        proven.add(`${key}/${column}`);
                }
                else if (cmd.subtype === 'AT_ValidateConstraint') {
                    const check = checks.get(cmd.name);
                    if (check && check.table === key)
                        proven.add(`${key}/${check.column}`);
                    else
                        elsewhere.add(key);
                }
                else if (cmd.subtype === 'AT_SetNotNull') {
                    if (!ctx.isExisting(node.relation))
                        continue;
                    if (pg12 && (proven.has(`${key}/${cmd.name}`) || elsewhere.has(key) || checkedBefore(ctx.model.table(key), cmd.name ?? '')))
                        continue;
                    ctx.report(`SET NOT NULL on ${table}.${cmd.name} scans all of ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done`, {
                        location: ctx.actionLocation(index),
                        help: pg12
                            ? `Add CHECK (${cmd.name} IS NOT NULL) NOT VALID, VALIDATE it in a later transaction, then SET NOT NULL (PostgreSQL 12+ then skips the scan) and drop the check.`
                            : `PostgreSQL ${ctx.config.postgresVersion} always scans (config postgresVersion); keep ${cmd.name} nullable and enforce it with a CHECK (${cmd.name} IS NOT NULL) constraint added NOT VALID and validated later.`,
                    });
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/adding-serial-primary-key-field.ts




/* harmony default export */ const adding_serial_primary_key_field = (defineRule({
    id: 'adding-serial-primary-key-field',
    severity: 'warning',
    docs: {
        why: 'Adding a PRIMARY KEY to an existing table (ADD PRIMARY KEY, or ADD COLUMN … PRIMARY KEY, typically a serial id) builds its unique index while holding ACCESS EXCLUSIVE: every read and write waits for the whole index build, and for a new serial column for the rewrite that fills it. A table created in the same change is exempt: it has no rows yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole index build (blocks reads and writes).',
        instead: 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction), then attach it: ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX …, which only takes the lock briefly. The key columns must already be NOT NULL (see adding-not-nullable-field).',
        example: {
            bad: 'ALTER TABLE lead ADD PRIMARY KEY (id);',
            good: '-- in a migration of its own, outside a transaction:\n-- CREATE UNIQUE INDEX CONCURRENTLY lead_pkey_idx ON lead (id);\nALTER TABLE lead ADD CONSTRAINT lead_pkey PRIMARY KEY USING INDEX lead_pkey_idx;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const message = (what) => `${what} on ${table} builds the primary key index under an ACCESS EXCLUSIVE lock, blocking reads and writes to ${table} until it is built`;
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = (0,node_types/* nodeAs */.h)(cmd.def, 'Constraint');
                    // USING INDEX attaches an index built beforehand (CONCURRENTLY): that is the safe way
                    if (c?.contype === 'CONSTR_PRIMARY' && !c.indexname)
                        ctx.report(message('ADD PRIMARY KEY'), { location: c.location });
                }
                else if (cmd.subtype === 'AT_AddColumn') {
                    const col = (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef');
                    for (const c of (0,ddl/* columnConstraints */.zD)(col)) {
                        if (c.contype === 'CONSTR_PRIMARY')
                            ctx.report(message(`ADD COLUMN ${col?.colname} … PRIMARY KEY`), { location: c.location });
                    }
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/adding-required-field.ts




/* harmony default export */ const adding_required_field = (defineRule({
    id: 'adding-required-field',
    severity: 'warning',
    docs: {
        why: 'ADD COLUMN … NOT NULL without a DEFAULT fails outright as soon as the table has a row ("column contains null values"), and once added, every INSERT from code deployed before the migration (which does not know the column) fails. A DEFAULT NULL is no default. A table created in the same change is exempt: it has no rows and no code writes to it yet.',
        instead: 'Give the column a DEFAULT (a constant is cheap from PostgreSQL 11), or add it nullable, backfill it, and make it NOT NULL later (see adding-not-nullable-field).',
        example: {
            bad: "ALTER TABLE lead ADD COLUMN status text NOT NULL;",
            good: "ALTER TABLE lead ADD COLUMN status text NOT NULL DEFAULT 'new';",
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_AddColumn')
                    continue;
                const col = (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef');
                if (!col)
                    continue;
                const cons = (0,ddl/* columnConstraints */.zD)(col);
                const notNull = cons.find((c) => c.contype === 'CONSTR_NOTNULL');
                if (!notNull)
                    continue;
                // serial, identity and generated columns fill existing rows themselves
                if ((0,ddl/* isSerialType */.$f)(col.typeName))
                    continue;
                const fills = cons.some((c) => c.contype === 'CONSTR_IDENTITY' ||
                    c.contype === 'CONSTR_GENERATED' ||
                    (c.contype === 'CONSTR_DEFAULT' && c.raw_expr && !(0,node_types/* nodeAs */.h)(c.raw_expr, 'A_Const')?.isnull));
                if (fills)
                    continue;
                ctx.report(`ADD COLUMN ${col.colname} to ${table} is NOT NULL without a DEFAULT: it fails if ${table} has any row, and inserts that do not set ${col.colname} fail afterwards`, { location: ctx.actionLocation(index) ?? col.location });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-alter-domain-with-add-constraint.ts



const domainName = (names) => (0,sql_names/* nameParts */.I)(names).join('.');
/* harmony default export */ const ban_alter_domain_with_add_constraint = (defineRule({
    id: 'ban-alter-domain-with-add-constraint',
    severity: 'warning',
    docs: {
        why: 'ALTER DOMAIN … ADD CONSTRAINT (and ALTER DOMAIN … SET NOT NULL, which adds one) checks every column of every table that uses the domain, locking each of those tables against writes for the scan; unlike a table constraint there is no cheap way to stage it, and one statement can stall many tables at once. The constraint then also hides in the type, far from the tables it slows down.',
        lock: 'SHARE on every table with a column of the domain, for the scan (blocks writes to all of them).',
        instead: 'Put the rule on the columns instead: ALTER TABLE … ADD CONSTRAINT … CHECK (…) NOT VALID on each table, then VALIDATE CONSTRAINT in a later transaction.',
        example: {
            bad: "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');",
            good: "ALTER TABLE app_user ADD CONSTRAINT app_user_email_has_at CHECK (email LIKE '%@%') NOT VALID;",
        },
    },
    visit: {
        AlterDomainStmt(node, ctx) {
            const domain = domainName(node.typeName);
            if (node.subtype === 'C') {
                const c = (0,node_types/* nodeAs */.h)(node.def, 'Constraint');
                ctx.report(`ALTER DOMAIN ${domain} ADD CONSTRAINT checks every column of type ${domain} in every table, blocking writes to each; put the constraint on the tables instead`, {
                    location: c?.location,
                });
            }
            else if (node.subtype === 'O') {
                ctx.report(`ALTER DOMAIN ${domain} SET NOT NULL checks every column of type ${domain} in every table, blocking writes to each; put a NOT NULL check on the tables instead`);
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-char-field.ts




/** char(n), character(n), nchar, bpchar (all the blank-padded type) and the one-byte "char". */
const CHAR_TYPES = new Set(['bpchar', 'char', 'character']);
/* harmony default export */ const ban_char_field = (defineRule({
    id: 'ban-char-field',
    severity: 'warning',
    docs: {
        why: 'char(n) pads every value with blanks to n characters, ignores trailing blanks in comparisons but not in LIKE or in most client code, and is no faster than text or varchar in PostgreSQL; it is almost always a mistake, and changing it later rewrites the table. (The quoted one-byte "char" type is internal to the catalogs.)',
        instead: 'Use text (with a CHECK (length(col) <= n) if the length matters) or varchar(n).',
        example: {
            bad: 'CREATE TABLE country (code char(2) PRIMARY KEY);',
            good: 'CREATE TABLE country (code text PRIMARY KEY CHECK (length(code) = 2));',
        },
    },
    visit: {
        CreateStmt(node, ctx) {
            const table = (0,relation/* relationOf */.Ke)(node.relation) ? (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation)) : 'the table';
            for (const el of node.tableElts ?? []) {
                const col = (0,node_types/* nodeAs */.h)(el, 'ColumnDef');
                if (col && CHAR_TYPES.has((0,ddl/* typeBaseName */.ZX)(col.typeName) ?? '')) {
                    ctx.report(`column ${col.colname} of ${table} is char(n), which pads values with blanks; use text or varchar`, { location: col.typeName?.location });
                }
            }
        },
        AlterTableStmt(node, ctx) {
            const table = (0,relation/* relationOf */.Ke)(node.relation) ? (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation)) : 'the table';
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                const col = (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef');
                if (!col || (cmd.subtype !== 'AT_AddColumn' && cmd.subtype !== 'AT_AlterColumnType'))
                    continue;
                if (!CHAR_TYPES.has((0,ddl/* typeBaseName */.ZX)(col.typeName) ?? ''))
                    continue;
                const name = col.colname ?? cmd.name;
                ctx.report(`column ${name} of ${table} is char(n), which pads values with blanks; use text or varchar`, { location: col.typeName?.location });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-create-domain-with-constraint.ts



const ban_create_domain_with_constraint_domainName = (names) => (0,sql_names/* nameParts */.I)(names).join('.');
/* harmony default export */ const ban_create_domain_with_constraint = (defineRule({
    id: 'ban-create-domain-with-constraint',
    severity: 'warning',
    docs: {
        why: 'A domain with a CHECK or NOT NULL constraint is hard to change online: altering the constraint later re-checks every column of every table that uses the domain, with no NOT VALID step for the tables, and adding a column of the domain to an existing table rewrites the table so every row can be checked. The rule lives in the type, far from the tables it slows down. A DEFAULT on a domain is not a constraint and is fine.',
        instead: 'Create the domain without constraints (or use the base type) and put CHECK / NOT NULL constraints on the table columns, where they can be added NOT VALID and validated later.',
        example: {
            bad: "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');",
            good: "CREATE DOMAIN email AS text;\nCREATE TABLE app_user (id bigint PRIMARY KEY, email email CHECK (email LIKE '%@%'));",
        },
    },
    visit: {
        CreateDomainStmt(node, ctx) {
            const domain = ban_create_domain_with_constraint_domainName(node.domainname);
            for (const c of node.constraints ?? []) {
                const con = (0,node_types/* nodeAs */.h)(c, 'Constraint');
                if (con?.contype !== 'CONSTR_CHECK' && con?.contype !== 'CONSTR_NOTNULL')
                    continue;
                const kind = con.contype === 'CONSTR_CHECK' ? 'CHECK' : 'NOT NULL';
                ctx.report(`domain ${domain} has a ${kind} constraint: changing it later re-checks every table that uses ${domain}; put the constraint on the columns instead`, {
                    location: con.location,
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-column.ts



/* harmony default export */ const ban_drop_column = (defineRule({
    id: 'ban-drop-column',
    severity: 'warning',
    docs: {
        why: 'Dropping a column breaks every query, view and client that still names it, including code deployed before the migration that is still running during a rolling deploy (and ORMs that list every column they know). Its data is gone: an undo script can add the column back, not its values. A table created in the same change is exempt: nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly (the column is only marked dropped).',
        instead: 'Expand and contract: deploy code that no longer reads or writes the column first (for ORMs, mark it ignored), then drop it in a later migration, once nothing running uses it.',
        example: {
            bad: 'ALTER TABLE lead DROP COLUMN legacy_score;',
            good: '-- release 1: stop reading and writing legacy_score in the application\n-- release 2, once no running code uses it:\n-- pgmig-ignore ban-drop-column\nALTER TABLE lead DROP COLUMN legacy_score;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_DropColumn')
                    continue;
                // IF EXISTS of a column an earlier migration dropped: nothing is lost (the lock rules still see the ALTER)
                if (cmd.missing_ok && cmd.name && ctx.model.isColumnGone(node.relation, cmd.name))
                    continue;
                ctx.report(`DROP COLUMN ${cmd.name} on ${table} breaks every query and client still using ${table}.${cmd.name}, and its data is lost`, {
                    location: ctx.actionLocation(index),
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-database.ts

/* harmony default export */ const ban_drop_database = (defineRule({
    id: 'ban-drop-database',
    // error, not squawk's warning: no migration should ever do this, and it cannot be undone
    severity: 'error',
    docs: {
        why: 'DROP DATABASE deletes a whole database, every table and every row in it, and cannot be undone or rolled back (it does not even run inside a transaction). In a migration that runs on every environment, including production, it is never what was meant; the severity is error so it cannot pass as a warning.',
        instead: 'Remove databases by hand, with a backup, outside the migration history. If a migration really must, silence it with `-- pgmig-ignore ban-drop-database` and a comment saying why.',
        example: {
            bad: 'DROP DATABASE analytics;',
            good: '-- drop the analytics database by hand, after a backup; migrations never do',
        },
    },
    visit: {
        DropdbStmt(node, ctx) {
            ctx.report(`DROP DATABASE ${node.dbname} deletes the whole database and all its data, on every environment the migration runs on`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-not-null.ts



/* harmony default export */ const ban_drop_not_null = (defineRule({
    id: 'ban-drop-not-null',
    severity: 'warning',
    docs: {
        why: 'Dropping NOT NULL lets NULLs into a column that running code (and reports, exports, other services) assumes is always set: the first NULL written by new code can crash old code that reads it. Putting NOT NULL back later means scanning the table again. A table created in the same change is exempt: nothing reads it yet.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly.',
        instead: 'First deploy every reader so it handles NULL in the column, then drop the constraint in a later migration.',
        example: {
            bad: 'ALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL;',
            good: '-- release 1: make every reader of lead.owner_id handle NULL\n-- release 2:\n-- pgmig-ignore ban-drop-not-null\nALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_DropNotNull')
                    continue;
                ctx.report(`DROP NOT NULL on ${table}.${cmd.name} lets NULLs reach code that expects ${cmd.name} to be set`, {
                    location: ctx.actionLocation(index),
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-table.ts





/**
 * An undo file dropping the table its own migration created (U5 dropping what V5 made): that is
 * the undo doing its job, on a database where the table holds only what V5's release wrote.
 */
function undoesItsCreation(ref, ctx) {
    const undo = ctx.file.entry.name;
    if ((0,migrations_name.isNameProblem)(undo) || (undo.kind !== 'undo' && undo.kind !== 'pending-undo'))
        return false;
    const made = ctx.model.table((0,relation/* relationKey */.Yb)(ref))?.createdAt?.file;
    if (!made)
        return false;
    const forward = (0,migrations_name/* parseMigrationName */.pF)((0,external_node_path_.basename)(made), ctx.config.placeholder);
    if ((0,migrations_name.isNameProblem)(forward))
        return false;
    if (undo.kind === 'undo')
        return forward.kind === 'versioned' && (0,migrations_name.compareVersions)(forward.parts, undo.parts) === 0;
    return forward.kind === 'pending' && forward.description === undo.description;
}
/* harmony default export */ const ban_drop_table = (defineRule({
    id: 'ban-drop-table',
    // error, not squawk's warning: every row is lost for good and every query on the table fails at once
    severity: 'error',
    docs: {
        why: 'DROP TABLE deletes the table with all its rows; an undo script can recreate the table but not the data. Every query, view, function and client still using it fails at once, including code deployed before the migration during a rolling deploy. The severity is error (squawk says warning) so a drop is always acknowledged. A table created in the same change is exempt: nothing uses it yet; so is an undo file dropping the table its own migration (the V file of the same version) created.',
        lock: 'ACCESS EXCLUSIVE on the table (and on tables whose foreign keys point at it).',
        instead: 'Stop using the table first (deploy code that no longer touches it, keep a backup or rename it to an _archived name for a while), then drop it in a later migration with `-- pgmig-ignore ban-drop-table` and a comment saying why it is safe.',
        example: {
            bad: 'DROP TABLE lead_import;',
            good: '-- release 1: nothing reads or writes lead_import any more; a backup was taken\n-- release 2:\n-- pgmig-ignore ban-drop-table\nDROP TABLE lead_import;',
        },
    },
    visit: {
        DropStmt(node, ctx) {
            if (node.removeType !== 'OBJECT_TABLE')
                return;
            const existing = (node.objects ?? [])
                .map((o) => (0,relation/* relationFromNames */.be)((0,node_types/* nodeAs */.h)(o, 'List')?.items))
                .filter((ref) => !!ref && ctx.isExisting(ref) && !undoesItsCreation(ref, ctx) && !(node.missing_ok && ctx.model.isGone(ref)))
                .map((ref) => (0,relation/* displayName */.QC)(ref));
            if (existing.length === 0)
                return;
            const list = existing.join(', ');
            ctx.report(`DROP TABLE ${list} deletes ${existing.length > 1 ? 'those tables' : 'the table'} with all rows, and breaks every query and client still using ${existing.length > 1 ? 'them' : 'it'}`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-duplicate-column-assignments.ts



/**
 * Reports every plain column named more than once in one list. `SET a.x = 1, a.y = 2` (fields
 * of a composite) and `SET a[1] = 1, a[2] = 2` (array elements) are legal and are left alone.
 */
function checkList(targets, what, ctx) {
    const byName = new Map();
    for (const t of targets ?? []) {
        const rt = (0,node_types/* nodeAs */.h)(t, 'ResTarget');
        if (!rt?.name || rt.indirection?.length)
            continue;
        let list = byName.get(rt.name);
        if (!list)
            byName.set(rt.name, (list = []));
        list.push(rt);
    }
    for (const [name, list] of byName) {
        if (list.length < 2)
            continue;
        for (const rt of list) {
            ctx.report(`column ${name} is assigned ${list.length} times in one ${what}; PostgreSQL rejects the statement`, { location: rt.location });
        }
    }
}
function ban_duplicate_column_assignments_check(ctx, ...[type, node]) {
    if (type === 'UpdateStmt')
        checkList(node.targetList, 'UPDATE … SET', ctx);
    else if (type === 'InsertStmt') {
        checkList(node.cols, 'INSERT column list', ctx);
        // the clause is an untyped field of the INSERT, so a walk does not meet it on its own
        checkList(node.onConflictClause?.targetList, 'ON CONFLICT DO UPDATE SET', ctx);
    }
    else if (type === 'MergeStmt') {
        for (const w of node.mergeWhenClauses ?? []) {
            const clause = (0,node_types/* nodeAs */.h)(w, 'MergeWhenClause');
            if (clause)
                checkList(clause.targetList, clause.commandType === 'CMD_INSERT' ? 'MERGE … INSERT column list' : 'MERGE … UPDATE SET', ctx);
        }
    }
}
/**
 * The statement itself and those nested in it. A data-modifying statement can only be nested
 * in the top-level WITH (PostgreSQL's rule), in a SQL function body or in a rule's actions, so
 * only those parts are walked, never the rows of a large INSERT … VALUES.
 */
function visit(kind) {
    return (node, ctx) => {
        // each visitor is registered under its own kind, so kind and node are a pair
        ban_duplicate_column_assignments_check(ctx, ...[kind, node]);
        const nested = (...args) => {
            ban_duplicate_column_assignments_check(ctx, ...args);
        };
        if ('withClause' in node)
            (0,walk/* walk */.GG)(node.withClause, nested);
        if ('sql_body' in node)
            (0,walk/* walk */.GG)(node.sql_body, nested);
        if ('actions' in node)
            (0,walk/* walk */.GG)(node.actions, nested);
    };
}
/* harmony default export */ const ban_duplicate_column_assignments = (defineRule({
    id: 'ban-duplicate-column-assignments',
    severity: 'warning',
    docs: {
        why: 'Assigning the same column twice in one UPDATE … SET, ON CONFLICT DO UPDATE SET, MERGE action or INSERT column list is an error in PostgreSQL ("multiple assignments to same column"): the migration fails when it runs, usually a copy-and-paste slip where one of the two values was meant for another column.',
        instead: 'Assign each column once; check which column the second value was meant for.',
        example: {
            bad: "UPDATE lead SET status = 'new', status = 'open' WHERE status IS NULL;",
            good: "UPDATE lead SET status = 'new', stage = 'open' WHERE status IS NULL;",
        },
    },
    visit: {
        UpdateStmt: visit('UpdateStmt'),
        InsertStmt: visit('InsertStmt'),
        DeleteStmt: visit('DeleteStmt'),
        SelectStmt: visit('SelectStmt'),
        MergeStmt: visit('MergeStmt'),
        CreateFunctionStmt: visit('CreateFunctionStmt'),
        RuleStmt: visit('RuleStmt'),
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-truncate-cascade.ts




/* harmony default export */ const ban_truncate_cascade = (defineRule({
    id: 'ban-truncate-cascade',
    severity: 'warning',
    docs: {
        why: 'TRUNCATE … CASCADE also empties every table that has a foreign key to the truncated ones, and every table referencing those, recursively: a cleanup of one table can wipe out tables nobody named, in every environment the migration runs on.',
        lock: 'ACCESS EXCLUSIVE on every truncated table, the cascaded ones included.',
        instead: 'Name every table to truncate explicitly (TRUNCATE a, b without CASCADE fails if something else still references them), or delete the rows you mean with DELETE … WHERE.',
        example: {
            bad: 'TRUNCATE lead_import CASCADE;',
            good: 'TRUNCATE lead_import, lead_import_error;',
        },
    },
    visit: {
        TruncateStmt(node, ctx) {
            if (node.behavior !== 'DROP_CASCADE')
                return;
            const names = (node.relations ?? [])
                .map((r) => (0,relation/* relationOf */.Ke)((0,node_types/* nodeAs */.h)(r, 'RangeVar')))
                .filter((r) => !!r)
                .map((r) => (0,relation/* displayName */.QC)(r));
            const cascade = (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['CASCADE']);
            ctx.report(`TRUNCATE ${names.join(', ')} CASCADE also empties every table with a foreign key to ${names.length > 1 ? 'them' : 'it'}, recursively`, {
                location: cascade[cascade.length - 1],
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-uncommitted-transaction.ts

/* harmony default export */ const ban_uncommitted_transaction = (defineRule({
    id: 'ban-uncommitted-transaction',
    severity: 'warning',
    docs: {
        why: 'A file that runs BEGIN and never COMMITs leaves the transaction open when it ends: depending on the runner its changes are rolled back when the session closes (the migration is recorded but did nothing), or the next migration runs inside it, holding every lock taken so far until something finally commits.',
        instead: 'End every BEGIN with COMMIT (or ROLLBACK) in the same file, or leave transaction control to the migration runner and write no BEGIN at all.',
        example: {
            bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN note text;',
            good: 'BEGIN;\nALTER TABLE lead ADD COLUMN note text;\nCOMMIT;',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const s = ctx.state;
            switch (node.kind) {
                case 'TRANS_STMT_BEGIN':
                case 'TRANS_STMT_START':
                    // a BEGIN inside a transaction only draws a warning from the server; the first one counts
                    s.open ??= ctx.stmt;
                    break;
                case 'TRANS_STMT_COMMIT':
                case 'TRANS_STMT_ROLLBACK':
                case 'TRANS_STMT_PREPARE':
                    s.open = undefined;
                    break;
            }
        },
    },
    endFile(ctx) {
        const open = ctx.state.open;
        if (open)
            ctx.report('this BEGIN is never committed or rolled back before the file ends; add COMMIT', { stmt: open });
    },
}));

;// CONCATENATED MODULE: ./src/sql/column-types.ts



/**
 * The column types a statement declares: the columns of CREATE TABLE, ALTER TABLE … ADD COLUMN
 * and ALTER TABLE … ALTER COLUMN … TYPE. Foreign tables, views and composite types store no rows
 * of their own, so their columns are not included (squawk leaves them out too).
 */
function declaredColumnTypes(kind, stmt) {
    const out = [];
    // the statement's kind says which of the two it is (the engine dispatches on it)
    if (kind === 'CreateStmt') {
        const node = stmt;
        const table = (0,relation/* relationOf */.Ke)(node.relation);
        for (const el of node.tableElts ?? []) {
            const col = (0,node_types/* nodeAs */.h)(el, 'ColumnDef');
            // a partition's column clauses (WITH OPTIONS, constraints) carry no type
            if (col?.typeName)
                out.push({ typeName: col.typeName, column: col.colname, table });
        }
    }
    else if (kind === 'AlterTableStmt') {
        const node = stmt;
        const table = (0,relation/* relationOf */.Ke)(node.relation);
        for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
            if (cmd.subtype !== 'AT_AddColumn' && cmd.subtype !== 'AT_AlterColumnType')
                continue;
            const col = (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef');
            if (col?.typeName)
                out.push({ typeName: col.typeName, column: (col.colname ?? cmd.name), table });
        }
    }
    return out;
}
const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/**
 * The name of a built-in type (`int4`, `varchar`, `timestamp`, `serial` …) as PostgreSQL resolves
 * what was written: unqualified or in pg_catalog. The grammar already turns `integer` into
 * `pg_catalog.int4` and `character varying` into `pg_catalog.varchar`. A type qualified with any
 * other schema is a user's type of the same name, and `%TYPE` copies another column's type, so
 * both give undefined. Arrays give their element type's name.
 */
function builtinTypeName(typeName) {
    if (!typeName || typeName.pct_type)
        return undefined;
    const names = typeName.names ?? [];
    if (names.length > 2 || (names.length === 2 && (0,node_types/* nodeAs */.h)(names[0], 'String')?.sval !== 'pg_catalog'))
        return undefined;
    const base = (0,ddl/* typeBaseName */.ZX)(typeName);
    // serial is shorthand the server only recognises unqualified; pg_catalog.serial does not exist
    if (base && SERIALS.has(base))
        return (0,ddl/* isSerialType */.$f)(typeName) ? base : undefined;
    return base;
}
/** The type as the user would write it, for messages: `integer`, `varchar(20)`, `timestamp[]`. */
function typeLabel(typeName) {
    const base = builtinTypeName(typeName) ?? (0,ddl/* typeBaseName */.ZX)(typeName) ?? 'type';
    const nice = { int4: 'integer', int2: 'smallint', int8: 'bigint' };
    const mods = (typeName?.typmods ?? [])
        .map((m) => (0,node_types/* nodeAs */.h)(m, 'A_Const')?.ival?.ival)
        .filter((v) => typeof v === 'number');
    const array = typeName?.arrayBounds ? '[]' : '';
    return `${nice[base] ?? base}${mods.length ? `(${mods.join(', ')})` : ''}${array}`;
}

;// CONCATENATED MODULE: ./src/sql/rewrites.ts






/** ALTER TABLE forms that copy the table into new storage whatever its columns. */
const ALWAYS_REWRITE = new Set(['AT_SetLogged', 'AT_SetUnLogged', 'AT_SetTableSpace', 'AT_SetAccessMethod']);
function typmods(t) {
    return (t?.typmods ?? []).map((m) => (0,node_types/* nodeAs */.h)(m, 'A_Const')?.ival?.ival ?? 0);
}
/**
 * Whether changing a column from `from` to `to` makes PostgreSQL rewrite the table: false for the
 * binary-compatible changes it does in the catalog only (ATColumnChangeRequiresRewrite finds no
 * function to run): varchar(n) to a longer varchar, to varchar or to text; text to varchar;
 * numeric(p,s) to a larger precision with the same scale, or to numeric; the same type again.
 * Undefined when the old type is unknown (the column was made outside the statements pgmig saw).
 */
function typeChangeRewrites(from, to, using) {
    if (using)
        return true;
    if (!from)
        return undefined;
    const a = builtinTypeName(from);
    const b = builtinTypeName(to);
    if (!a || !b || from.arrayBounds || to.arrayBounds)
        return !sameType(from, to);
    const [am, bm] = [typmods(from), typmods(to)];
    if (a === b && am.join() === bm.join())
        return false;
    const text = (x) => x === 'text' || x === 'varchar';
    if (text(a) && text(b)) {
        // only a length limit that might cut a value needs each row read and rewritten
        if (b === 'text' || bm.length === 0)
            return false;
        return !(a === 'varchar' && am.length === 1 && bm[0] >= am[0]);
    }
    if (a === 'numeric' && b === 'numeric') {
        if (bm.length === 0)
            return false;
        if (am.length === 0)
            return true;
        const [ap, as = 0] = am;
        const [bp, bs = 0] = bm;
        return !(as === bs && bp >= ap);
    }
    return true;
}
function sameType(a, b) {
    const name = (t) => (t?.names ?? []).map((n) => (0,node_types/* nodeAs */.h)(n, 'String')?.sval).join('.');
    return name(a) === name(b) && typmods(a).join() === typmods(b).join() && !!a.arrayBounds === !!b?.arrayBounds;
}
/** Whether ADD COLUMN fills every existing row (so rewrites the table), by the rules of adding-field-with-default. */
function addColumnRewrites(col, pgVersion) {
    if (!col)
        return false;
    if (isSerialType(col.typeName))
        return true;
    for (const c of columnConstraints(col)) {
        if (c.contype === 'CONSTR_GENERATED') {
            if (!(c.generated_kind === 'v' && pgVersion >= 18))
                return true;
        }
        else if (c.contype === 'CONSTR_IDENTITY')
            return true;
        else if (c.contype === 'CONSTR_DEFAULT') {
            const expr = c.raw_expr;
            if (!expr || nodeAs(expr, 'A_Const')?.isnull)
                continue;
            if (pgVersion < 11 || mayBeVolatile(expr))
                return true;
        }
    }
    return false;
}
/**
 * The relations whose storage a statement copies into new files (a rewrite: the whole table is
 * read and written under ACCESS EXCLUSIVE), by the statement and what the model knows of the
 * table. A partitioned table has no storage of its own: its partitions are rewritten. A type
 * change of a column pgmig never saw is counted as a rewrite (it may be one).
 */
function rewritesOf(stmt, model, pgVersion = 16) {
    const { kind, node: n } = stmt;
    const out = [];
    const storage = (ref, recurse = true) => {
        if (!ref)
            return;
        const key = relationKey(ref);
        const t = model?.table(key);
        if (t?.partitioned) {
            if (recurse)
                for (const p of model.partitionsOf(key))
                    if (!p.partitioned)
                        out.push(p.ref);
        }
        else
            out.push(ref);
    };
    switch (kind) {
        case 'AlterTableStmt': {
            const ref = relationOf(n.relation);
            if (!ref)
                break;
            const table = model?.table(relationKey(ref));
            let rewrites = false;
            for (const { cmd } of tableCmds(n)) {
                if (ALWAYS_REWRITE.has(cmd.subtype ?? ''))
                    rewrites = true;
                else if (cmd.subtype === 'AT_AddColumn')
                    rewrites ||= addColumnRewrites(nodeAs(cmd.def, 'ColumnDef'), pgVersion);
                else if (cmd.subtype === 'AT_AlterColumnType') {
                    const col = nodeAs(cmd.def, 'ColumnDef');
                    rewrites ||= typeChangeRewrites(table?.columns?.get(cmd.name ?? ''), col?.typeName, col?.raw_default) !== false;
                }
            }
            if (rewrites)
                storage(ref, n.relation?.inh === true);
            break;
        }
        case 'VacuumStmt':
            if (n.is_vacuumcmd && optionEnabled(n.options, 'full'))
                for (const r of n.rels ?? [])
                    storage(relationOf(nodeAs(r, 'VacuumRelation')?.relation));
            break;
        case 'ClusterStmt':
            storage(relationOf(n.relation));
            break;
        case 'RefreshMatViewStmt':
            // CONCURRENTLY updates the rows in place; the plain form builds new storage and swaps it in
            if (!n.concurrent)
                storage(relationOf(n.relation));
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/changing-column-type.ts





/* harmony default export */ const changing_column_type = (defineRule({
    id: 'changing-column-type',
    severity: 'warning',
    docs: {
        why: 'ALTER COLUMN … TYPE takes ACCESS EXCLUSIVE and, unless the old and new types are binary compatible (varchar(n) to a longer varchar or to text, numeric(p,s) to a larger precision with the same scale), rewrites the whole table and rebuilds its indexes while holding it: nothing can read or write the table until it is done. Code deployed before the migration may also break on the new type. A table created in the same change is exempt: it has no rows and no readers yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite (blocks reads and writes).',
        instead: 'Add a new column of the new type, write to both (trigger or application), backfill in batches, switch readers over, then drop the old column. Widening varchar(n), changing it to text or raising a numeric precision (same scale) does not rewrite: pgmig says nothing about it when an earlier migration shows the old type, and it can be accepted with a pgmig-ignore otherwise.',
        example: {
            bad: 'ALTER TABLE lead ALTER COLUMN score TYPE bigint;',
            good: 'ALTER TABLE lead ADD COLUMN score_big bigint;\n-- then: backfill score_big in batches, move readers to it, drop score',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const columns = ctx.model.table((0,relation/* keyOf */.TN)(node.relation))?.columns;
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_AlterColumnType')
                    continue;
                const type = (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef')?.typeName;
                // binary compatible with the type an earlier migration gave it: a catalog change only,
                // whose brief ACCESS EXCLUSIVE require-lock-timeout already covers
                const rewrites = typeChangeRewrites(columns?.get(cmd.name ?? ''), type, (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef')?.raw_default);
                if (rewrites === false)
                    continue;
                ctx.report(`changing the type of ${table}.${cmd.name} locks ${table} against reads and writes and ${rewrites ? 'rewrites' : 'may rewrite'} the whole table and its indexes`, { location: type?.location });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/constraint-missing-not-valid.ts




/**
 * What the scan's lock blocks: a foreign key takes SHARE ROW EXCLUSIVE (writes wait) on both
 * tables; every other constraint ACCESS EXCLUSIVE on the table, so reads wait too.
 */
const BLOCKS = {
    CONSTR_FOREIGN: (table) => `blocking writes to ${table} and to the table it references`,
    CONSTR_CHECK: (table) => `blocking reads and writes on ${table} (ACCESS EXCLUSIVE)`,
};
/** The short form of the remedy, for the message; the help says it in full. */
const REMEDY = {
    CONSTR_CHECK: 'add it NOT VALID and VALIDATE it in a later transaction',
    CONSTR_FOREIGN: 'add it NOT VALID and VALIDATE it in a later transaction',
    CONSTR_NOTNULL: 'add it NOT VALID (PostgreSQL 18+) and VALIDATE it in a later transaction',
    CONSTR_UNIQUE: 'build its index CONCURRENTLY first and add the constraint USING INDEX',
    CONSTR_PRIMARY: 'build its index CONCURRENTLY first and add the constraint USING INDEX',
    CONSTR_EXCLUSION: 'it has no online form: add it in a quiet window, or on a table still empty',
};
const HELP = {
    CONSTR_CHECK: 'Add the constraint with NOT VALID (only new rows are checked), then VALIDATE CONSTRAINT in a later transaction, which lets reads and writes go on.',
    CONSTR_FOREIGN: 'Add the constraint with NOT VALID (only new rows are checked), then VALIDATE CONSTRAINT in a later transaction, which lets reads and writes go on.',
    CONSTR_NOTNULL: 'Add the constraint with NOT VALID (PostgreSQL 18+), then VALIDATE CONSTRAINT in a later transaction.',
    CONSTR_UNIQUE: 'A UNIQUE constraint cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX.',
    CONSTR_PRIMARY: 'A PRIMARY KEY cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.',
    CONSTR_EXCLUSION: 'An exclusion constraint cannot be NOT VALID and has no online form: add it while the table is small, or in a maintenance window.',
};
const INDEX_FIRST = new Set(['CONSTR_UNIQUE', 'CONSTR_PRIMARY', 'CONSTR_EXCLUSION']);
/* harmony default export */ const constraint_missing_not_valid = (defineRule({
    id: 'constraint-missing-not-valid',
    severity: 'warning',
    docs: {
        why: 'ALTER TABLE … ADD CONSTRAINT checks every existing row before it returns, and holds its lock (ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE for a foreign key) all the while: writes, and for CHECK reads too, wait for the whole scan. NOT VALID skips the scan; VALIDATE CONSTRAINT then checks the rows under a lock that lets reads and writes go on, but only if it runs in a later transaction: in the same one, the ADD\'s lock is still held for the scan. A table created in the same change is exempt: it has no rows yet. UNIQUE, PRIMARY KEY and EXCLUDE constraints cannot be NOT VALID; the help names their safe form.',
        lock: 'ACCESS EXCLUSIVE (CHECK, UNIQUE, PRIMARY KEY, EXCLUDE) or SHARE ROW EXCLUSIVE (FOREIGN KEY) on the table for the whole scan.',
        instead: 'ADD CONSTRAINT … NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT in a separate transaction (a later migration, or after COMMIT). For UNIQUE or PRIMARY KEY, create the index CONCURRENTLY and add the constraint USING INDEX.',
        example: {
            bad: 'ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0);',
            good: 'ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;\n-- in the next migration:\n-- ALTER TABLE account VALIDATE CONSTRAINT positive_balance;',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const s = ctx.state;
            s.inTransaction ??= ctx.session.assumeInTransaction;
            switch (node.kind) {
                case 'TRANS_STMT_BEGIN':
                case 'TRANS_STMT_START':
                    if (!s.inTransaction)
                        s.notValid = new Set();
                    s.inTransaction = true;
                    break;
                case 'TRANS_STMT_COMMIT':
                case 'TRANS_STMT_ROLLBACK':
                case 'TRANS_STMT_PREPARE':
                    s.inTransaction = false;
                    s.notValid = new Set();
                    break;
            }
        },
        AlterTableStmt(node, ctx) {
            const s = ctx.state;
            s.inTransaction ??= ctx.session.assumeInTransaction;
            const notValid = (s.notValid ??= new Set());
            const existing = ctx.isExisting(node.relation);
            const table = (0,relation/* relationOf */.Ke)(node.relation) ? (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation)) : 'the table';
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = (0,node_types/* nodeAs */.h)(cmd.def, 'Constraint');
                    if (!c)
                        continue;
                    if (c.skip_validation) {
                        if (c.conname)
                            notValid.add(c.conname);
                        continue;
                    }
                    // an existing index attached as the constraint needs no scan
                    if (c.indexname || !existing)
                        continue;
                    const name = c.conname ? `constraint ${c.conname}` : 'a constraint';
                    ctx.report(`ADD ${name} on ${table} checks every existing row while ${(BLOCKS[c.contype ?? ''] ?? BLOCKS.CONSTR_CHECK)(table)}; ${REMEDY[c.contype ?? ''] ?? REMEDY.CONSTR_CHECK}`, {
                        location: ctx.actionLocation(index) ?? c.location,
                        help: HELP[c.contype ?? ''] ?? HELP.CONSTR_CHECK,
                    });
                }
                else if (cmd.subtype === 'AT_ValidateConstraint') {
                    if (!s.inTransaction || !existing || !notValid.has(cmd.name ?? ''))
                        continue;
                    ctx.report(`VALIDATE CONSTRAINT ${cmd.name} runs in the same transaction that added it NOT VALID: the ADD's lock on ${table} is still held, so the scan blocks ${table} as if NOT VALID were not there`, {
                        location: ctx.actionLocation(index),
                        help: 'COMMIT after adding the constraint NOT VALID and validate it in a new transaction, ideally in the next migration.',
                    });
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/disallowed-unique-constraint.ts




/* harmony default export */ const disallowed_unique_constraint = (defineRule({
    id: 'disallowed-unique-constraint',
    severity: 'warning',
    docs: {
        why: 'Adding a UNIQUE constraint to an existing table (ADD CONSTRAINT … UNIQUE, or ADD COLUMN … UNIQUE) builds its unique index while holding ACCESS EXCLUSIVE: every read and write on the table waits for the whole index build. A table created in the same change is exempt: it has no rows yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole index build (blocks reads and writes).',
        instead: 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction), then attach it with ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …, which only takes the lock briefly.',
        example: {
            bad: 'ALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE (email);',
            good: '-- in a migration of its own, outside a transaction:\n-- CREATE UNIQUE INDEX CONCURRENTLY lead_email_idx ON lead (email);\nALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE USING INDEX lead_email_idx;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const message = (what) => `${what} on ${table} builds a unique index under an ACCESS EXCLUSIVE lock, blocking reads and writes to ${table} until it is built`;
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = (0,node_types/* nodeAs */.h)(cmd.def, 'Constraint');
                    if (c?.contype === 'CONSTR_UNIQUE' && !c.indexname) {
                        ctx.report(message(`UNIQUE constraint ${c.conname ?? ''}`.trimEnd()), { location: c.location });
                    }
                }
                else if (cmd.subtype === 'AT_AddColumn') {
                    const col = (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef');
                    for (const c of (0,ddl/* columnConstraints */.zD)(col)) {
                        if (c.contype === 'CONSTR_UNIQUE')
                            ctx.report(message(`ADD COLUMN ${col?.colname} … UNIQUE`), { location: c.location });
                    }
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/identifier-too-long.ts


/** NAMEDATALEN - 1: the longest name PostgreSQL keeps, in bytes. */
const MAX_BYTES = 63;
/**
 * Whether the text holds a run of identifier characters, or a quoted identifier, longer than 63
 * bytes: a name over the limit must be one of them, and at least as long in its raw form
 * (escapes and `""` only shorten it). Statements without one skip the token scan, which is most
 * of this rule's cost. "Identifier character" is anything but ASCII punctuation and space (a
 * superset of PostgreSQL's, which is all a filter needs). A loop over the text, not a regular
 * expression: V8 overflowed its stack matching one 8 MB run (a hex literal) with a quantifier.
 */
function mayHaveLongName(text) {
    let run = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // `""` inside a quoted name is one quote character of it
            if (quoted && text.charCodeAt(i + 1) === 0x22) {
                i++;
                run += 1;
            }
            else {
                quoted = !quoted;
                run = 0;
                continue;
            }
        }
        else if (!quoted && c < 0x80 && PUNCTUATION[c]) {
            run = 0;
            continue;
        }
        else {
            // UTF-8 bytes of this UTF-16 unit: a surrogate pair is 4 bytes, 2 per half
            run += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
        }
        if (run > MAX_BYTES)
            return true;
    }
    return false;
}
/** ASCII that cannot be part of an unquoted name: everything but letters, digits, `_` and `$`. */
const PUNCTUATION = (() => {
    const t = new Uint8Array(128);
    for (let c = 0; c < 128; c++) {
        const name = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;
        t[c] = name ? 0 : 1;
    }
    return t;
})();
/* harmony default export */ const identifier_too_long = (defineRule({
    id: 'identifier-too-long',
    severity: 'warning',
    docs: {
        why: 'PostgreSQL cuts every name longer than 63 bytes to 63 bytes, with only a NOTICE. The object then exists under a name nobody wrote: a later migration, an ORM or a schema diff that uses the full name looks for something else, and two long names that share their first 63 bytes collide ("already exists"). Bytes, not characters, count: a name in a non-Latin script reaches the limit sooner.',
        instead: 'Choose a name of at most 63 bytes (abbreviate: idx, fk, chk), and use it everywhere.',
        example: {
            bad: 'CREATE INDEX lead_owner_id_created_at_status_priority_region_source_partial_idx ON lead (owner_id, created_at, status, priority, region, source);',
            good: 'CREATE INDEX lead_owner_created_status_idx ON lead (owner_id, created_at, status, priority, region, source);',
        },
    },
    visit: {
        '*'(_node, ctx) {
            if (!mayHaveLongName(ctx.stmt.text))
                return;
            for (const { name, location } of (0,ddl/* identifierTokens */.m6)(ctx.stmt, ctx.file.parsed.source)) {
                const bytes = Buffer.byteLength(name, 'utf8');
                if (bytes <= MAX_BYTES)
                    continue;
                // a megabyte-long name is not repeated in full in every report of it
                const shown = name.length > 200 ? `${name.slice(0, 200)}…` : name;
                ctx.report(`identifier "${shown}" is ${bytes} bytes; PostgreSQL truncates names to 63 bytes, so it becomes "${truncate(name)}"`, { location });
            }
        },
    },
}));
/** What the server keeps: the longest prefix of whole characters within 63 bytes. */
function truncate(name) {
    let out = '';
    let bytes = 0;
    for (const ch of name) {
        const b = Buffer.byteLength(ch, 'utf8');
        if (bytes + b > MAX_BYTES)
            break;
        out += ch;
        bytes += b;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/prefer-bigint-over-int.ts



/** 32-bit integer types, and serial, which is a 32-bit integer with a sequence default. */
const INT4 = new Set(['int4', 'serial', 'serial4']);
/* harmony default export */ const prefer_bigint_over_int = (defineRule({
    id: 'prefer-bigint-over-int',
    severity: 'warning',
    docs: {
        why: 'integer (int, int4) and serial stop at 2,147,483,647. Ids and counters of a busy table get there, and from then on every insert fails. Widening the column to bigint later rewrites the whole table under an ACCESS EXCLUSIVE lock, and every foreign key column pointing at it must be widened too. bigint costs four more bytes per value, often nothing once rows are aligned. Every column type written in CREATE TABLE, ADD COLUMN and ALTER COLUMN … TYPE is checked, arrays included, new tables too: the time to choose the type is when the table is made.',
        instead: 'Use bigint (int8), and bigint GENERATED ALWAYS AS IDENTITY instead of serial for ids.',
        example: {
            bad: 'CREATE TABLE lead (id serial PRIMARY KEY, visits integer NOT NULL DEFAULT 0);',
            good: 'CREATE TABLE lead (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, visits bigint NOT NULL DEFAULT 0);',
        },
    },
    visit: {
        CreateStmt: prefer_bigint_over_int_check,
        AlterTableStmt: prefer_bigint_over_int_check,
    },
}));
function prefer_bigint_over_int_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        if (!INT4.has(builtinTypeName(d.typeName) ?? ''))
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        ctx.report(`column ${where} is ${typeLabel(d.typeName)}, a 32-bit integer that overflows at 2,147,483,647; use bigint`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-bigint-over-smallint.ts



/** 16-bit integer types, and smallserial, which is a 16-bit integer with a sequence default. */
const INT2 = new Set(['int2', 'smallserial', 'serial2']);
/* harmony default export */ const prefer_bigint_over_smallint = (defineRule({
    id: 'prefer-bigint-over-smallint',
    severity: 'warning',
    docs: {
        why: 'smallint (int2) and smallserial stop at 32,767: a counter, a quantity or an id of a table that grows more than expected overflows, and every insert or update that goes past fails. Widening the column later rewrites the whole table under an ACCESS EXCLUSIVE lock. The two bytes smallint saves per value are usually lost to row alignment. Every column type written in CREATE TABLE, ADD COLUMN and ALTER COLUMN … TYPE is checked, new tables too.',
        instead: 'Use bigint (int8); for ids, bigint GENERATED ALWAYS AS IDENTITY instead of smallserial.',
        example: {
            bad: 'CREATE TABLE lead_stage (id smallserial PRIMARY KEY, position smallint NOT NULL);',
            good: 'CREATE TABLE lead_stage (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, position bigint NOT NULL);',
        },
    },
    visit: {
        CreateStmt: prefer_bigint_over_smallint_check,
        AlterTableStmt: prefer_bigint_over_smallint_check,
    },
}));
function prefer_bigint_over_smallint_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        if (!INT2.has(builtinTypeName(d.typeName) ?? ''))
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        ctx.report(`column ${where} is ${typeLabel(d.typeName)}, a 16-bit integer that overflows at 32,767; use bigint`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-identity.ts



const prefer_identity_SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/* harmony default export */ const prefer_identity = (defineRule({
    id: 'prefer-identity',
    severity: 'warning',
    docs: {
        why: 'serial is not a type but a shorthand: an integer column, a separate sequence owned by it and a DEFAULT nextval(). The sequence has its own owner and privileges (an INSERT needs USAGE on it, so GRANTs must name it), CREATE TABLE … LIKE and dump/restore to another schema can leave the default pointing at the old sequence, and nothing stops a writer from supplying its own id. An identity column (SQL standard, PostgreSQL 10+) ties the sequence to the column: one object to own, grant and copy, and with GENERATED ALWAYS explicit ids are refused.',
        instead: 'Use bigint GENERATED ALWAYS AS IDENTITY (or BY DEFAULT when callers must sometimes supply the id).',
        example: {
            bad: 'CREATE TABLE lead (id bigserial PRIMARY KEY, name text NOT NULL);',
            good: 'CREATE TABLE lead (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);',
        },
    },
    visit: {
        CreateStmt: prefer_identity_check,
        AlterTableStmt: prefer_identity_check,
    },
}));
function prefer_identity_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        const type = builtinTypeName(d.typeName);
        if (!type || !prefer_identity_SERIALS.has(type))
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        const width = type === 'bigserial' || type === 'serial8' ? 'bigint' : type === 'smallserial' || type === 'serial2' ? 'smallint' : 'integer';
        ctx.report(`column ${where} is ${type}, ${/^[aeiou]/.test(width) ? 'an' : 'a'} ${width} with a separately owned sequence; use an identity column (bigint GENERATED ALWAYS AS IDENTITY)`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-repack.ts




/** The release that brings REPACK (CONCURRENTLY); before it there is nothing better to suggest. */
const REPACK_SINCE = 19;
/* harmony default export */ const prefer_repack = (defineRule({
    id: 'prefer-repack',
    severity: 'warning',
    sincePostgres: REPACK_SINCE,
    docs: {
        why: 'CLUSTER and VACUUM FULL rewrite the whole table, and its indexes, while holding an ACCESS EXCLUSIVE lock: no query, not even a SELECT, gets through until the copy is done, minutes to hours on a large table. From PostgreSQL 19, REPACK (CONCURRENTLY) does the same rewrite while reads and writes go on, taking the strong lock only for a moment at the end. Before 19 (config postgresVersion) the rule still reports the rewrite and advises pg_repack, which rebuilds the table from outside the database with only brief locks, or a maintenance window; a table created in the same change is exempt, since nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on each table rewritten (blocks reads and writes) for the whole rewrite.',
        instead: 'Use REPACK (CONCURRENTLY) table [USING INDEX index] in a migration of its own, outside a transaction; before PostgreSQL 19, the pg_repack extension does the same from outside the database.',
        example: {
            bad: 'VACUUM FULL lead;',
            good: 'VACUUM (ANALYZE) lead;',
            config: 'postgresVersion: 19\n',
        },
    },
    visit: {
        ClusterStmt(node, ctx) {
            const rel = (0,relation/* relationOf */.Ke)(node.relation);
            if (rel && ctx.isNew(rel))
                return;
            const what = rel ? (0,relation/* displayName */.QC)(rel) : 'every table clustered before';
            report(ctx, 'CLUSTER', what);
        },
        VacuumStmt(node, ctx) {
            if (!node.is_vacuumcmd || !(0,transactional/* optionEnabled */.PX)(node.options, 'full'))
                return;
            const rels = (node.rels ?? [])
                .map((r) => (0,relation/* relationOf */.Ke)((0,node_types/* nodeAs */.h)(r, 'VacuumRelation')?.relation))
                .filter((r) => !!r);
            const existing = rels.filter((r) => !ctx.isNew(r));
            if (rels.length > 0 && existing.length === 0)
                return;
            const what = rels.length ? existing.map(relation/* displayName */.QC).join(', ') : 'every table of the database';
            report(ctx, 'VACUUM FULL', what);
        },
    },
}));
function report(ctx, statement, tables) {
    const pg = ctx.config.postgresVersion;
    const rewrite = `${statement} rewrites ${tables} under an ACCESS EXCLUSIVE lock, blocking reads and writes until done`;
    if (pg >= REPACK_SINCE)
        ctx.report(`${rewrite}; PostgreSQL ${pg} has REPACK (CONCURRENTLY), which does not`);
    else {
        ctx.report(`${rewrite}; PostgreSQL ${pg} has no online form of it (config postgresVersion)`, {
            help: 'Rebuild the table with the pg_repack extension, which copies it while reads and writes go on and locks it only briefly at the end, or run this in a maintenance window with the application stopped; from PostgreSQL 19, REPACK (CONCURRENTLY).',
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/table-rewrite.ts



/** The ALTER TABLE forms that copy the whole table, and how to say each in a message. */
const FORMS = {
    AT_SetLogged: 'SET LOGGED',
    AT_SetUnLogged: 'SET UNLOGGED',
    AT_SetTableSpace: 'SET TABLESPACE',
    AT_SetAccessMethod: 'SET ACCESS METHOD',
};
/** Left to ban-set-logged-unlogged unless that rule is off. */
const PERSISTENCE = new Set(['AT_SetLogged', 'AT_SetUnLogged']);
/* harmony default export */ const table_rewrite = (defineRule({
    id: 'table-rewrite',
    severity: 'warning',
    docs: {
        why: 'ALTER TABLE … SET LOGGED, SET UNLOGGED, SET TABLESPACE and SET ACCESS METHOD copy the whole table (and, for the first two and the last, rebuild its indexes) into new files while holding ACCESS EXCLUSIVE: no query, not even a SELECT, gets through until the copy is done, minutes to hours on a large table. A table created in the same change is exempt: it has no rows and no readers yet. SET LOGGED and SET UNLOGGED are reported by ban-set-logged-unlogged, which says what the setting does as well; this rule reports them only when that one is off.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole copy (blocks reads and writes).',
        instead: 'Run it in a maintenance window with the application stopped, or rebuild the table with pg_repack (which can also move it to another tablespace) while reads and writes go on. For a table that should just stop being written to the WAL, consider whether a new unlogged table filled in batches will do.',
        example: {
            bad: 'ALTER TABLE event SET TABLESPACE fast_disk;',
            good: '-- outside the migration, while reads and writes go on: pg_repack --table=event --tablespace=fast_disk\n-- new tables can go straight to the tablespace:\nCREATE TABLE event_archive (LIKE event) TABLESPACE fast_disk;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                const form = FORMS[cmd.subtype ?? ''];
                if (!form)
                    continue;
                // One finding per statement: ban-set-logged-unlogged names both the rewrite and what the setting does.
                if (PERSISTENCE.has(cmd.subtype ?? '') && ctx.config.rules['ban-set-logged-unlogged'] !== 'off')
                    continue;
                ctx.report(`ALTER TABLE ${table} ${form} rewrites all of ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done`, {
                    location: ctx.actionLocation(index),
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/prefer-robust-stmts.ts






/** Table-level renames: ALTER TABLE … RENAME [COLUMN | CONSTRAINT] (not views, indexes, sequences). */
function isTableRename(node) {
    return (node.renameType === 'OBJECT_TABLE' ||
        node.renameType === 'OBJECT_TABCONSTRAINT' ||
        (node.renameType === 'OBJECT_COLUMN' && node.relationType === 'OBJECT_TABLE'));
}
const ACTION = {
    AT_AddColumn: 'ADD COLUMN',
    AT_DropColumn: 'DROP COLUMN',
    AT_DropConstraint: 'DROP CONSTRAINT',
    AT_AddConstraint: 'ADD CONSTRAINT',
    AT_ValidateConstraint: 'VALIDATE CONSTRAINT',
};
/* harmony default export */ const prefer_robust_stmts = (defineRule({
    id: 'prefer-robust-stmts',
    severity: 'warning',
    docs: {
        why: 'A migration that runs outside a transaction and fails half way leaves its first statements applied; fixed and run again, it fails on the first statement that cannot run twice (CREATE TABLE: "already exists"), and someone repairs the database by hand, under pressure. IF [NOT] EXISTS makes CREATE and DROP of tables, indexes and types, ADD and DROP COLUMN and DROP CONSTRAINT safe to repeat; actions that set a state (ENABLE/FORCE RLS, SET/DROP NOT NULL, TYPE, DEFAULT, STATISTICS, STORAGE, REPLICA IDENTITY, OWNER) repeat as they are. ' +
            'Not reported: statements inside BEGIN … COMMIT or in a file the runner wraps (assumeInTransaction; with flyway, a file Flyway cannot wrap counts as outside), ADD CONSTRAINT of a name the file dropped first, and DETACH PARTITION … CONCURRENTLY. A failed CREATE INDEX CONCURRENTLY leaves an INVALID index, so IF NOT EXISTS is no fix: DROP INDEX CONCURRENTLY IF EXISTS before the build is.',
        instead: 'Wrap the file in BEGIN … COMMIT (or let the runner do it, with assumeInTransaction: true), or write each statement so it can run twice: CREATE … IF NOT EXISTS, DROP … IF EXISTS, ADD COLUMN IF NOT EXISTS, DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT, and DROP INDEX CONCURRENTLY IF EXISTS before CREATE INDEX CONCURRENTLY (never IF NOT EXISTS there).',
        example: {
            bad: 'CREATE TABLE lead_tag (lead_id bigint NOT NULL, tag text NOT NULL);\nALTER TABLE lead ADD COLUMN score bigint;',
            good: 'CREATE TABLE IF NOT EXISTS lead_tag (lead_id bigint NOT NULL, tag text NOT NULL);\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const s = state(ctx);
            switch (node.kind) {
                case 'TRANS_STMT_BEGIN':
                case 'TRANS_STMT_START':
                    s.inTransaction = true;
                    break;
                case 'TRANS_STMT_COMMIT':
                case 'TRANS_STMT_ROLLBACK':
                case 'TRANS_STMT_PREPARE':
                    // this ends the runner's transaction too: what follows runs on its own
                    s.inTransaction = !!node.chain;
                    break;
            }
        },
        AlterTableStmt(node, ctx) {
            const s = state(ctx);
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            const name = table ? (0,relation/* displayName */.QC)(table) : 'the table';
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                const fix = alterTableFix(cmd, s);
                if (!fix || s.inTransaction)
                    continue;
                const target = cmd.name ?? (0,node_types/* nodeAs */.h)(cmd.def, 'ColumnDef')?.colname ?? (0,node_types/* nodeAs */.h)(cmd.def, 'Constraint')?.conname;
                const action = ACTION[cmd.subtype ?? ''];
                const what = action
                    ? `${action}${target ? ` ${target}` : ''} on ${name}`
                    : `ALTER TABLE ${name}${target ? ` (${target})` : ''}`;
                prefer_robust_stmts_report(ctx, fix, what, ctx.actionLocation(index));
            }
        },
        RenameStmt(node, ctx) {
            if (!isTableRename(node) || state(ctx).inTransaction)
                return;
            prefer_robust_stmts_report(ctx, 'transaction', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt), ctx.actionLocation(0));
        },
        AlterObjectSchemaStmt(node, ctx) {
            if (node.objectType !== 'OBJECT_TABLE' || state(ctx).inTransaction)
                return;
            prefer_robust_stmts_report(ctx, 'transaction', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt), ctx.actionLocation(0));
        },
        IndexStmt(node, ctx) {
            // IF NOT EXISTS needs a name; a concurrent build runs outside any transaction
            if (!node.idxname || node.if_not_exists)
                return;
            if (node.concurrent) {
                if (concurrentBuildIsRepeatable(node.idxname, ctx))
                    return;
                ctx.report(`${(0,sql_locks/* statementLabel */.OQ)(ctx.stmt)} has no DROP INDEX CONCURRENTLY IF EXISTS ${node.idxname} before it: if the migration fails after it, running the migration again fails here (or, with IF NOT EXISTS, keeps an INVALID index left by a failed build)`, { help: CONCURRENT_HELP });
                return;
            }
            if (state(ctx).inTransaction)
                return;
            prefer_robust_stmts_report(ctx, 'IF NOT EXISTS', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt));
        },
        CreateStmt(node, ctx) {
            if (node.if_not_exists || state(ctx).inTransaction)
                return;
            // a temporary table dropped at commit is gone whatever happens
            if (node.relation?.relpersistence === 't' && node.oncommit === 'ONCOMMIT_DROP')
                return;
            prefer_robust_stmts_report(ctx, 'IF NOT EXISTS', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt));
        },
        DropStmt(node, ctx) {
            if (!['OBJECT_TABLE', 'OBJECT_INDEX', 'OBJECT_TYPE'].includes(node.removeType ?? '') || node.missing_ok || state(ctx).inTransaction)
                return;
            prefer_robust_stmts_report(ctx, 'IF EXISTS', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt));
        },
    },
}));
const CONCURRENT_HELP = 'Put `DROP INDEX CONCURRENTLY IF EXISTS <name>;` right before the build, so a retry first removes what a failed build left (an INVALID index) and builds it again; never IF NOT EXISTS, which keeps the INVALID index for good. Or give the build a migration of its own.';
/** Statements that change nothing a retry could trip over. */
const NO_CHANGE = new Set(['VariableSetStmt', 'VariableShowStmt']);
/**
 * A concurrent build that can simply be run again: the file's only change (a failed build leaves
 * at most an INVALID index, and the retry fails loudly on it, which is what a reviewer wants to
 * see), or one that a DROP INDEX … IF EXISTS of the same index comes before.
 */
function concurrentBuildIsRepeatable(name, ctx) {
    const all = ctx.file.parsed.statements;
    if (all.filter((s) => !NO_CHANGE.has(s.kind)).length === 1)
        return true;
    return all.slice(0, ctx.stmt.index).some((s) => {
        if (s.kind !== 'DropStmt')
            return false;
        const drop = s.node;
        if (drop.removeType !== 'OBJECT_INDEX' || !drop.missing_ok)
            return false;
        return (drop.objects ?? []).some((o) => (0,sql_names/* nameParts */.I)((0,node_types/* nodeAs */.h)(o, 'List')?.items).pop() === name);
    });
}
function state(ctx) {
    const s = ctx.state;
    // the runner's transaction: assumeInTransaction, for a file it can wrap in one
    s.inTransaction ??= ctx.session.assumeInTransaction;
    return s;
}
/** What would make one ALTER TABLE action repeatable, or undefined when it already is. */
function alterTableFix(cmd, s) {
    const constraints = (s.constraints ??= new Map());
    switch (cmd.subtype) {
        case 'AT_DropConstraint':
            // remembered even inside a transaction: a later ADD of the name is then repeatable
            if (cmd.name)
                constraints.set(cmd.name, 'dropped');
            return cmd.missing_ok ? undefined : 'IF EXISTS';
        case 'AT_DropColumn':
            return cmd.missing_ok ? undefined : 'IF EXISTS';
        case 'AT_AddColumn':
            return cmd.missing_ok ? undefined : 'IF NOT EXISTS';
        case 'AT_AddConstraint': {
            const name = (0,node_types/* nodeAs */.h)(cmd.def, 'Constraint')?.conname;
            if (name && constraints.get(name) === 'dropped') {
                constraints.set(name, 'added');
                return undefined;
            }
            return 'transaction';
        }
        case 'AT_ValidateConstraint':
            return cmd.name && constraints.has(cmd.name) ? undefined : 'transaction';
        case 'AT_EnableRowSecurity':
        case 'AT_DisableRowSecurity':
        case 'AT_ForceRowSecurity':
        case 'AT_NoForceRowSecurity':
        case 'AT_SetNotNull':
        case 'AT_DropNotNull':
        case 'AT_AlterColumnType':
        case 'AT_ColumnDefault':
        case 'AT_SetStatistics':
        case 'AT_SetStorage':
        case 'AT_ReplicaIdentity':
        case 'AT_ChangeOwner':
            // setting a state, not adding a thing: run twice, the second run finds it set and succeeds
            return undefined;
        case 'AT_DetachPartition':
            // CONCURRENTLY cannot run in a transaction, so "use one" would be impossible advice
            return (0,node_types/* nodeAs */.h)(cmd.def, 'PartitionCmd')?.concurrent ? undefined : 'transaction';
        default:
            return 'transaction';
    }
}
function prefer_robust_stmts_report(ctx, fix, what, location) {
    // a DO block, a CALL or a SELECT of a function is one statement: when anything in it fails, all
    // it did is undone with it, so a statement inside one cannot be left half applied for a second
    // run to trip over (a procedure's own COMMIT is transaction-nesting's to judge)
    if (ctx.stmt.within)
        return;
    const again = 'if the migration fails after it, running the migration again fails here';
    if (fix === 'transaction') {
        ctx.report(`${what} runs outside a transaction and cannot be written to run twice: ${again}; put the file in BEGIN … COMMIT`, {
            location,
            help: 'Wrap the migration in BEGIN … COMMIT (or set assumeInTransaction: true when the runner does), so a failure leaves nothing half applied.',
        });
    }
    else {
        ctx.report(`${what} has no ${fix}: ${again}; add ${fix} or run the file in a transaction`, {
            location,
            help: `Write ${fix} so the statement can run again after a partial failure, or wrap the migration in BEGIN … COMMIT.`,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-text-field.ts



/* harmony default export */ const prefer_text_field = (defineRule({
    id: 'prefer-text-field',
    severity: 'warning',
    docs: {
        why: 'varchar(n) stores exactly what text stores and is no faster; the limit is its only difference. When the limit turns out too small, raising it is cheap, but lowering it or changing it on a column an index or view depends on rewrites or rechecks the table under an ACCESS EXCLUSIVE lock, blocking reads and writes. A CHECK constraint on a text column says the same and can be replaced without a rewrite (add the new one NOT VALID, validate it, drop the old one). varchar without a length is text and is not reported.',
        lock: 'Changing a varchar length: ACCESS EXCLUSIVE on the table, for a full rewrite or scan when the new length is not simply larger.',
        instead: 'Use text, with CHECK (char_length(col) <= n) where the length matters.',
        example: {
            bad: 'CREATE TABLE lead (email varchar(255) NOT NULL);',
            good: 'CREATE TABLE lead (email text NOT NULL CONSTRAINT lead_email_length CHECK (char_length(email) <= 255));',
        },
    },
    visit: {
        CreateStmt: prefer_text_field_check,
        AlterTableStmt: prefer_text_field_check,
    },
}));
function prefer_text_field_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        if (builtinTypeName(d.typeName) !== 'varchar' || !d.typeName.typmods?.length)
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        ctx.report(`column ${where} is ${typeLabel(d.typeName)}; changing the limit later can lock and rewrite the table: use text with a CHECK on its length`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-timestamp-tz.ts



/* harmony default export */ const prefer_timestamp_tz = (defineRule({
    id: 'prefer-timestamp-tz',
    severity: 'warning',
    docs: {
        why: 'timestamp (without time zone) stores a wall-clock reading and throws the UTC offset away: 2019-10-11 21:11:24+02 and 2019-10-11 21:11:24-06, eight hours apart, are stored as the same value, and what a value means depends on the TimeZone of whichever session wrote it. timestamptz stores an instant (as UTC) in the same eight bytes and converts to each session\'s time zone on output. Converting a column later rewrites the table under an ACCESS EXCLUSIVE lock and has to guess the zone of every stored value.',
        instead: 'Use timestamptz (timestamp with time zone).',
        example: {
            bad: 'CREATE TABLE lead (created_at timestamp NOT NULL DEFAULT now());',
            good: 'CREATE TABLE lead (created_at timestamptz NOT NULL DEFAULT now());',
        },
    },
    visit: {
        CreateStmt: prefer_timestamp_tz_check,
        AlterTableStmt: prefer_timestamp_tz_check,
    },
}));
function prefer_timestamp_tz_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        if (builtinTypeName(d.typeName) !== 'timestamp')
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        ctx.report(`column ${where} is ${typeLabel(d.typeName)} without time zone, which drops the UTC offset of every value; use timestamptz`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/renaming-column.ts



/* harmony default export */ const renaming_column = (defineRule({
    id: 'renaming-column',
    severity: 'warning',
    docs: {
        why: 'Renaming a column breaks, the moment it commits, every query that uses the old name: the application version still running (during a rolling deploy, and until every instance restarted), other services, reports, views written as text elsewhere. There is no moment at which old and new code both work. A table created in the same change is exempt: nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly (a catalog change).',
        instead: 'Expand and contract: add the new column, write to both (a trigger, or the application), backfill, move readers to the new name, and drop the old column in a later release. Or keep the old name.',
        example: {
            bad: 'ALTER TABLE lead RENAME COLUMN mail TO email;',
            good: '-- release 1: add the new column and keep both in step\nALTER TABLE lead ADD COLUMN email text;\n-- release 2, once nothing reads mail: ALTER TABLE lead DROP COLUMN mail;',
        },
    },
    visit: {
        RenameStmt(node, ctx) {
            if (node.renameType !== 'OBJECT_COLUMN' || node.relationType !== 'OBJECT_TABLE')
                return;
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            if (!table || ctx.isNew(table))
                return;
            ctx.report(`renaming column ${node.subname} of ${(0,relation/* displayName */.QC)(table)} to ${node.newname} breaks every query and client still using ${node.subname}, including the application version running during the deploy`, { location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['RENAME'])[0] });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/renaming-table.ts



/* harmony default export */ const renaming_table = (defineRule({
    id: 'renaming-table',
    severity: 'warning',
    docs: {
        why: 'Renaming a table breaks, the moment it commits, every query, function and client that uses the old name: the application version still running during a rolling deploy, other services, reports, replication and ETL jobs. (Views and foreign keys follow the rename; SQL written as text does not.) A table created in the same change is exempt: nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly (a catalog change).',
        instead: 'Keep the old name working while clients move: rename the table and create a view with the old name (a simple view is updatable), then drop the view in a later release once nothing uses it. Or keep the name.',
        example: {
            bad: 'ALTER TABLE customer RENAME TO account;',
            good: 'BEGIN;\n-- a view under the old name keeps deployed clients working; drop it once none uses it\n-- pgmig-ignore renaming-table\nALTER TABLE customer RENAME TO account;\nCREATE VIEW customer AS SELECT * FROM account;\nCOMMIT;',
        },
    },
    visit: {
        RenameStmt(node, ctx) {
            if (node.renameType !== 'OBJECT_TABLE')
                return;
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            if (!table || ctx.isNew(table))
                return;
            ctx.report(`renaming table ${(0,relation/* displayName */.QC)(table)} to ${node.newname} breaks every query and client still using ${(0,relation/* displayName */.QC)(table)}, including the application version running during the deploy`, { location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['RENAME'])[0] });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-concurrent-partition-detach.ts




/** DETACH PARTITION … CONCURRENTLY arrived in PostgreSQL 14. */
const CONCURRENT_DETACH_SINCE = 14;
/* harmony default export */ const require_concurrent_partition_detach = (defineRule({
    id: 'require-concurrent-partition-detach',
    severity: 'warning',
    docs: {
        why: 'DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on every partition, reads included, waits for it, and it first waits behind every running query on the table. CONCURRENTLY (PostgreSQL 14+) takes only SHARE UPDATE EXCLUSIVE, which lets reads and writes go on, and waits for running queries instead of blocking new ones. ' +
            'Below postgresVersion 14 there is no concurrent form and the rule stays silent; a partitioned table and partition both created in the same change are exempt, since nothing uses them yet.',
        lock: 'ACCESS EXCLUSIVE on the partitioned table and the partition (blocks reads and writes).',
        instead: 'Use ALTER TABLE … DETACH PARTITION … CONCURRENTLY in a migration file of its own, outside a transaction (it cannot run in one). If it is interrupted, finish it with DETACH PARTITION … FINALIZE.',
        example: {
            bad: 'ALTER TABLE event DETACH PARTITION event_2023;',
            good: 'ALTER TABLE event DETACH PARTITION event_2023 CONCURRENTLY;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (ctx.config.postgresVersion < CONCURRENT_DETACH_SINCE)
                return;
            const parent = (0,relation/* relationOf */.Ke)(node.relation);
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_DetachPartition' || (0,node_types/* nodeAs */.h)(cmd.def, 'PartitionCmd')?.concurrent)
                    continue;
                const partition = (0,relation/* relationOf */.Ke)((0,node_types/* nodeAs */.h)(cmd.def, 'PartitionCmd')?.name);
                if (parent && ctx.isNew(parent) && (!partition || ctx.isNew(partition)))
                    continue;
                const p = parent ? (0,relation/* displayName */.QC)(parent) : 'the partitioned table';
                const what = partition ? `DETACH PARTITION ${(0,relation/* displayName */.QC)(partition)}` : 'DETACH PARTITION';
                ctx.report(`${what} without CONCURRENTLY locks ${p} against reads and writes (ACCESS EXCLUSIVE); use DETACH PARTITION … CONCURRENTLY`, {
                    location: ctx.actionLocation(index),
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-enum-value-ordering.ts



/* harmony default export */ const require_enum_value_ordering = (defineRule({
    id: 'require-enum-value-ordering',
    severity: 'warning',
    docs: {
        why: 'An enum sorts by the order its values were declared in, not alphabetically: ORDER BY, <, >, min() and max() and indexes on the column all follow it. ALTER TYPE … ADD VALUE without BEFORE or AFTER puts the new value last, which is often not where it belongs (a status added between "open" and "closed" sorts after "closed"), and the order cannot be changed later without recreating the type and rewriting every column that uses it. An enum created in the same change is checked too: the order is the point, not a lock.',
        instead: "Say where the value goes: ALTER TYPE … ADD VALUE 'new' BEFORE 'existing' (or AFTER 'existing'); when last is right, say AFTER the current last value.",
        example: {
            bad: "ALTER TYPE lead_status ADD VALUE 'qualified';",
            good: "ALTER TYPE lead_status ADD VALUE IF NOT EXISTS 'qualified' AFTER 'contacted';",
        },
    },
    visit: {
        AlterEnumStmt(node, ctx) {
            // RENAME VALUE has oldVal; ADD VALUE … BEFORE/AFTER has newValNeighbor
            if (node.oldVal !== undefined || node.newVal === undefined || node.newValNeighbor !== undefined)
                return;
            const type = (0,sql_names/* nameParts */.I)(node.typeName).join('.');
            ctx.report(`ADD VALUE '${node.newVal}' to enum ${type} without BEFORE or AFTER puts it last in the sort order; say where it belongs`, {
                location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['ADD', 'VALUE'])[0],
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-table-schema.ts



/* harmony default export */ const require_table_schema = (defineRule({
    id: 'require-table-schema',
    severity: 'warning',
    optIn: true,
    docs: {
        why: 'An unqualified table name goes to (or is looked up in) the first schema of the search_path of whoever runs the migration. With a different search_path, set by a role, a database default or a connection string, the table is created in the wrong schema or the ALTER/DROP touches a different table of the same name. Qualified names mean the same thing everywhere. Checked: CREATE TABLE (and CREATE TABLE … AS), ALTER TABLE and DROP TABLE; temporary tables live in their own schema and are not checked; new tables are. Off by default (as in squawk): turn it on where migrations must not depend on search_path.',
        instead: 'Write the schema: CREATE TABLE public.lead …, ALTER TABLE public.lead …, DROP TABLE public.lead.',
        example: {
            bad: 'CREATE TABLE lead (id bigint PRIMARY KEY);',
            good: 'CREATE TABLE public.lead (id bigint PRIMARY KEY);',
            config: 'rules: { require-table-schema: warning }\n',
        },
    },
    visit: {
        CreateStmt(node, ctx) {
            if (node.relation?.relpersistence !== 't')
                require_table_schema_check(ctx, node.relation, 'CREATE TABLE');
        },
        CreateTableAsStmt(node, ctx) {
            if (node.objtype === 'OBJECT_TABLE' && node.into?.rel?.relpersistence !== 't')
                require_table_schema_check(ctx, node.into?.rel, 'CREATE TABLE');
        },
        AlterTableStmt(node, ctx) {
            if (node.objtype === 'OBJECT_TABLE')
                require_table_schema_check(ctx, node.relation, 'ALTER TABLE');
        },
        RenameStmt(node, ctx) {
            const onTable = node.renameType === 'OBJECT_TABLE' ||
                node.renameType === 'OBJECT_TABCONSTRAINT' ||
                (node.renameType === 'OBJECT_COLUMN' && node.relationType === 'OBJECT_TABLE');
            if (onTable)
                require_table_schema_check(ctx, node.relation, 'ALTER TABLE');
        },
        AlterObjectSchemaStmt(node, ctx) {
            if (node.objectType === 'OBJECT_TABLE')
                require_table_schema_check(ctx, node.relation, 'ALTER TABLE');
        },
        DropStmt(node, ctx) {
            if (node.removeType !== 'OBJECT_TABLE')
                return;
            for (const o of node.objects ?? []) {
                const names = ((0,node_types/* nodeAs */.h)(o, 'List')?.items ?? []).map((i) => (0,node_types/* nodeAs */.h)(i, 'String')?.sval ?? '');
                if (names.length !== 1)
                    continue;
                // the parser keeps no position for a dropped name: find it among the tokens
                const location = (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, [names[0]])[0];
                require_table_schema_check(ctx, { relname: names[0], location }, 'DROP TABLE');
            }
        },
    },
}));
function require_table_schema_check(ctx, rel, command) {
    if (!rel?.relname || rel.schemaname)
        return;
    ctx.report(`${command} ${rel.relname} names no schema, so it depends on the search_path of whoever runs it; write public.${rel.relname} (or the schema meant)`, {
        location: typeof rel.location === 'number' && rel.location >= 0 ? rel.location : undefined,
    });
}

;// CONCATENATED MODULE: ./src/rules/transaction-nesting.ts

const RUNNER_HELP = 'With assumeInTransaction: true the runner wraps each file in a transaction: remove BEGIN/COMMIT/ROLLBACK from the file, or set assumeInTransaction: false if this runner does not wrap files.';
/* harmony default export */ const transaction_nesting = (defineRule({
    id: 'transaction-nesting',
    severity: 'warning',
    docs: {
        why: 'PostgreSQL has no nested transactions. A BEGIN inside a transaction only draws a warning and changes nothing, so the COMMIT meant for the inner one commits everything, and the statements after it run without the transaction the author counted on (a failure then leaves them half applied). A COMMIT or ROLLBACK with no transaction open is likewise a no-op warning that hides a mistake. When the runner wraps each file in a transaction (config assumeInTransaction: true), any BEGIN, COMMIT or ROLLBACK in the file interferes with the runner\'s own. SAVEPOINT and ROLLBACK TO SAVEPOINT are the way to undo part of a transaction and are not reported. A COMMIT or ROLLBACK inside a DO block, or in a procedure the file CALLs, is reported when the file runs in a transaction: PostgreSQL then refuses it (invalid transaction termination); inside a function it is always refused.',
        instead: 'Open one transaction per file with BEGIN … COMMIT, or none when the runner opens it (assumeInTransaction: true); put statements that need a transaction of their own in separate migration files.',
        example: {
            bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN score bigint;\nBEGIN;\nALTER TABLE lead ADD COLUMN rank bigint;\nCOMMIT;\nCOMMIT;',
            good: 'BEGIN;\nALTER TABLE lead ADD COLUMN score bigint;\nALTER TABLE lead ADD COLUMN rank bigint;\nCOMMIT;',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const state = ctx.state;
            const line = ctx.file.parsed.source.position(ctx.stmt.start).line;
            const runner = ctx.config.assumeInTransaction;
            if (ctx.stmt.within) {
                const word = node.kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK';
                if (ctx.stmt.within === 'function') {
                    // only a procedure (CALL) or a DO block may end transactions; a function never can
                    ctx.report(`${word} inside a function the migration calls fails with "invalid transaction termination" and the migration stops`, {
                        help: 'Make the routine a PROCEDURE and CALL it from a migration file that runs outside a transaction, or remove the COMMIT/ROLLBACK.',
                    });
                }
                else if (ctx.session.inTransaction) {
                    // a DO block or a procedure may end transactions only when it is not itself inside one
                    const where = ctx.stmt.within === 'do' ? 'a DO block' : 'a procedure the migration calls';
                    ctx.report(`${word} inside ${where} in a file that runs in a transaction fails with "invalid transaction termination" and the migration stops`, {
                        help: `Move the ${ctx.stmt.within === 'do' ? 'DO block' : 'CALL'} into a migration file of its own that runs outside a transaction (no BEGIN, and executeInTransaction=false or assumeInTransaction: false), or remove the COMMIT/ROLLBACK.`,
                    });
                }
                return;
            }
            switch (node.kind) {
                case 'TRANS_STMT_BEGIN':
                case 'TRANS_STMT_START':
                    if (runner) {
                        ctx.report('BEGIN inside the transaction the runner opens for each file (assumeInTransaction: true) is ignored; its COMMIT would end the runner\'s transaction', { help: RUNNER_HELP });
                    }
                    else if (ctx.session.explicitTransaction) {
                        ctx.report(`BEGIN inside the transaction opened${state.beginLine ? ` at line ${state.beginLine}` : ''} is ignored (PostgreSQL has no nested transactions); the next COMMIT ends both`);
                    }
                    else
                        state.beginLine = line;
                    break;
                case 'TRANS_STMT_COMMIT':
                case 'TRANS_STMT_ROLLBACK': {
                    const word = node.kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK';
                    if (runner) {
                        ctx.report(`${word} ends the transaction the runner opens for each file (assumeInTransaction: true); what follows runs outside it`, { help: RUNNER_HELP });
                    }
                    else if (!ctx.session.explicitTransaction) {
                        ctx.report(`${word} with no transaction open does nothing; add the BEGIN it belongs to earlier, or remove it`, {
                            help: 'BEGIN a transaction earlier in the migration, or remove this statement.',
                        });
                    }
                    else if (node.chain)
                        state.beginLine = line;
                    break;
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-timeout-settings.ts

/**
 * squawk's older, combined name for the two timeout rules. squawk 2.x still accepts it in
 * --include/--exclude and squawk-ignore comments, where it stands for both, and reports nothing
 * under it; pgmig does the same, so configs and ignore comments written for squawk keep working.
 */
/* harmony default export */ const require_timeout_settings = (defineRule({
    id: 'require-timeout-settings',
    severity: 'warning',
    optIn: true,
    aliasOf: ['require-lock-timeout', 'require-statement-timeout'],
    docs: {
        why: 'This id reports nothing itself: it is squawk\'s former name for the pair require-lock-timeout and require-statement-timeout, kept so that squawk configs and ignore comments keep working. `rules: { require-timeout-settings: off }` turns both off (and `warning` or `error` sets both), unless the config names either rule itself; `-- pgmig-ignore require-timeout-settings` (or squawk-ignore) silences both. Without a lock_timeout a migration waiting for its lock queues every query on the table behind it; without a statement_timeout a slow statement keeps the table locked with no bound.',
        instead: "Set both before the first statement that locks an existing table: SET lock_timeout = '2s'; SET statement_timeout = '30s'; and configure require-lock-timeout and require-statement-timeout by their own ids.",
        example: {
            bad: 'ALTER TABLE lead ADD COLUMN score bigint;',
            good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score bigint;",
        },
    },
}));

;// CONCATENATED MODULE: ./src/sql/transaction-scope.ts
/**
 * What the transaction a statement runs in has seen so far (created by `fresh` when it begins),
 * or undefined when the statement runs in a transaction of its own (outside BEGIN … COMMIT and
 * without assumeInTransaction). BEGIN, COMMIT and ROLLBACK themselves give undefined. Called
 * for every statement of the file, before the session takes the statement in.
 */
function transactionOf(slot, stmt, session, fresh) {
    if (stmt.kind === 'TransactionStmt') {
        const t = stmt.node;
        switch (t.kind) {
            case 'TRANS_STMT_BEGIN':
            case 'TRANS_STMT_START':
                // a second BEGIN only draws a warning: the open transaction goes on
                if (!session.explicitTransaction)
                    slot.current = fresh();
                break;
            case 'TRANS_STMT_COMMIT':
            case 'TRANS_STMT_ROLLBACK':
            case 'TRANS_STMT_PREPARE':
                slot.current = t.chain ? fresh() : undefined;
                break;
        }
        return undefined;
    }
    if (!session.inTransaction) {
        slot.current = undefined;
        return undefined;
    }
    // the runner's transaction (assumeInTransaction) begins with the file, or after a COMMIT
    return (slot.current ??= fresh());
}

;// CONCATENATED MODULE: ./src/rules/enum-value-used-in-transaction.ts





/* harmony default export */ const enum_value_used_in_transaction = (defineRule({
    id: 'enum-value-used-in-transaction',
    severity: 'error',
    docs: {
        why: 'A value added with ALTER TYPE … ADD VALUE cannot be used until the transaction that added it commits: PostgreSQL stops the statement with "unsafe use of new value" and the whole migration fails, in every environment. That happens when the same transaction (BEGIN … COMMIT in the file, or the runner\'s with assumeInTransaction) then inserts it, updates a row to it, sets it as a DEFAULT or compares with it in a CHECK. An enum type created in the same transaction is exempt: PostgreSQL allows its values at once.',
        instead: 'Add the value in a migration (or transaction) of its own and use it in the next one: COMMIT after the ALTER TYPE … ADD VALUE.',
        example: {
            bad: "BEGIN;\nALTER TYPE lead_status ADD VALUE 'qualified' AFTER 'contacted';\nUPDATE lead SET status = 'qualified' WHERE score > 80;\nCOMMIT;",
            good: "-- V7__add_qualified_status.sql\nALTER TYPE lead_status ADD VALUE 'qualified' AFTER 'contacted';\n-- V8__qualify_leads.sql (the next migration) uses it",
        },
    },
    visit: {
        '*'(node, ctx) {
            const tx = transactionOf(ctx.state, ctx.stmt, ctx.session, () => ({ created: new Set(), added: new Map() }));
            if (!tx)
                return;
            if (ctx.stmt.kind === 'CreateEnumStmt') {
                const key = (0,objects/* nameKey */.R)((0,sql_names/* nameParts */.I)(node.typeName));
                if (key)
                    tx.created.add(key);
                return;
            }
            if (ctx.stmt.kind === 'AlterEnumStmt') {
                const e = node;
                const type = (0,sql_names/* nameParts */.I)(e.typeName);
                const key = (0,objects/* nameKey */.R)(type);
                if (e.oldVal === undefined && e.newVal !== undefined && key && !tx.created.has(key)) {
                    tx.added.set(e.newVal, { type: type.join('.'), line: ctx.file.parsed.source.position(ctx.stmt.start).line });
                }
                return;
            }
            if (tx.added.size === 0 || ctx.stmt.kind === 'CommentStmt')
                return;
            const seen = new Set();
            (0,walk/* walk */.GG)(node, (type, inner) => {
                if (type !== 'A_Const')
                    return;
                const value = inner.sval?.sval;
                const added = value === undefined ? undefined : tx.added.get(value);
                if (!added || seen.has(value))
                    return;
                seen.add(value);
                ctx.report(`'${value}' was added to enum ${added.type} on line ${added.line}, in the same transaction: PostgreSQL refuses to use it before that transaction commits ("unsafe use of new value"), so the migration fails`, { location: inner.location });
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/backfill-in-ddl-transaction.ts





/** UPDATE, DELETE, MERGE, and INSERT that reads its rows from a query (not VALUES). */
function backfilledTable(stmt) {
    switch (stmt.kind) {
        case 'UpdateStmt':
        case 'DeleteStmt':
        case 'MergeStmt':
            return stmt.node.relation;
        case 'InsertStmt': {
            const select = (0,node_types/* nodeAs */.h)(stmt.node.selectStmt, 'SelectStmt');
            return select && !select.valuesLists ? stmt.node.relation : undefined;
        }
        default:
            return undefined;
    }
}
/* harmony default export */ const backfill_in_ddl_transaction = (defineRule({
    id: 'backfill-in-ddl-transaction',
    severity: 'warning',
    docs: {
        why: 'A lock lasts until the transaction commits. When a transaction first changes a table\'s schema (ALTER TABLE, CREATE INDEX, …: a lock that blocks writes) and then fills or rewrites its rows (UPDATE, DELETE, INSERT … SELECT, MERGE), every write to the table, and for ACCESS EXCLUSIVE every read, waits for the whole backfill: minutes on a large table, while the application queues up behind it. Tables created in the same change are exempt: nobody uses them yet.',
        lock: 'The lock the schema change took (often ACCESS EXCLUSIVE), held for the whole backfill.',
        instead: 'Commit the schema change first, then backfill in a separate migration, in batches by key range (UPDATE … WHERE id BETWEEN … AND …, one transaction per batch; `pgmig new --template backfill`), so each batch holds only row locks, briefly.',
        example: {
            bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN score_v2 bigint;\nUPDATE lead SET score_v2 = score * 10;\nCOMMIT;',
            good: '-- V12__add_score_v2.sql\nALTER TABLE lead ADD COLUMN score_v2 bigint;\n-- V13__backfill_score_v2.sql, outside a transaction, one batch at a time:\nUPDATE lead SET score_v2 = score * 10 WHERE id BETWEEN 1 AND 10000;',
        },
    },
    visit: {
        '*'(_node, ctx) {
            const tx = transactionOf(ctx.state, ctx.stmt, ctx.session, () => ({ locked: new Map() }));
            if (!tx)
                return;
            const target = backfilledTable(ctx.stmt);
            const key = (0,relation/* keyOf */.TN)(target);
            const held = key ? tx.locked.get(key) : undefined;
            if (held && target && ctx.isExisting(target)) {
                const name = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(target));
                ctx.report(`${(0,sql_locks/* statementLabel */.OQ)(ctx.stmt)} fills ${name} in the transaction whose ${held.label} (line ${held.line}) took ${held.mode} on it: that lock blocks ${held.mode === 'ACCESS EXCLUSIVE' ? 'reads and writes' : 'writes'} of ${name} until the whole backfill commits; move the backfill to a separate migration, in batches`);
            }
            if (target)
                return;
            for (const l of ctx.locks) {
                if (!l.existing || !(0,sql_locks/* blocksWrites */.PE)(l.mode))
                    continue;
                const k = (0,relation/* relationKey */.Yb)(l.relation);
                const prev = tx.locked.get(k);
                if (!prev || (prev.mode !== 'ACCESS EXCLUSIVE' && l.mode === 'ACCESS EXCLUSIVE')) {
                    tx.locked.set(k, { label: (0,sql_locks/* statementLabel */.OQ)(ctx.stmt), line: ctx.file.parsed.source.position(ctx.stmt.start).line, mode: l.mode });
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/update-delete-without-where.ts




function update_delete_without_where_check(node, verb, ctx) {
    const table = (0,relation/* relationOf */.Ke)(node.relation);
    if (!table || ctx.isNew(table))
        return;
    // WHERE CURRENT OF a cursor touches one row
    if (node.whereClause && !isConstantTrue(node.whereClause))
        return;
    const name = (0,relation/* displayName */.QC)(table);
    const how = node.whereClause ? 'with a WHERE that is always true' : 'without WHERE';
    ctx.report(`${verb} ${name} ${how} touches every row of ${name} in one transaction: a row lock on each until it commits, WAL and replication lag, and ${verb === 'DELETE' ? 'dead rows' : 'a dead copy of every row'} to vacuum; do it in batches by key range`, { location: node.whereClause ? startLocation(node.whereClause) : undefined });
}
/* harmony default export */ const update_delete_without_where = (defineRule({
    id: 'update-delete-without-where',
    severity: 'warning',
    docs: {
        why: 'An UPDATE or DELETE with no WHERE (or a WHERE that is always true, such as 1 = 1) changes every row of the table in one transaction: each row stays locked until it commits, so application writes to any of them wait; the table\'s whole size goes through the WAL at once (replicas fall behind) and leaves a dead row version per row for VACUUM. On a large table that is minutes of blocked writes and a bloated table. Tables created in the same change are exempt: they hold only what the change put there.',
        lock: 'ROW EXCLUSIVE on the table, and a row lock on every row until the transaction commits.',
        instead: 'Change the rows in batches by key range, one transaction per batch (UPDATE … WHERE id >= … AND id < …; `pgmig new --template backfill`), ideally in a migration of its own. If the table is known to be small, say so with `-- pgmig-ignore update-delete-without-where` above the statement.',
        example: {
            bad: "UPDATE lead SET source = 'web';",
            good: "UPDATE lead SET source = 'web' WHERE id >= 1 AND id < 10001 AND source IS NULL;",
        },
    },
    visit: {
        UpdateStmt(node, ctx) {
            update_delete_without_where_check(node, 'UPDATE', ctx);
        },
        DeleteStmt(node, ctx) {
            update_delete_without_where_check(node, 'DELETE', ctx);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-truncate.ts



/* harmony default export */ const ban_truncate = (defineRule({
    id: 'ban-truncate',
    severity: 'warning',
    docs: {
        why: 'TRUNCATE removes every row of the table at once, in every environment the migration reaches, production included; unlike DELETE it cannot be limited to some rows, and an undo script cannot bring the rows back. It also takes ACCESS EXCLUSIVE, so every query on the table waits for it (and for everything the transaction does afterwards). With CASCADE, ban-truncate-cascade reports the tables it empties besides. A table created in the same change is exempt: it holds only what the change put there.',
        lock: 'ACCESS EXCLUSIVE on every truncated table until the transaction commits.',
        instead: 'Keep data cleanup out of schema migrations: delete the rows you mean with DELETE … WHERE, in batches, or empty a staging table from the job that fills it. If the table really is scratch data everywhere, say so with `-- pgmig-ignore ban-truncate` and a comment.',
        example: {
            bad: 'TRUNCATE lead_import;',
            good: "DELETE FROM lead_import WHERE imported_at < now() - interval '30 days';",
        },
    },
    visit: {
        TruncateStmt(node, ctx) {
            const existing = (node.relations ?? [])
                .map((r) => (0,relation/* relationOf */.Ke)((0,node_types/* nodeAs */.h)(r, 'RangeVar')))
                .filter((ref) => !!ref && ctx.isExisting(ref))
                .map(relation/* displayName */.QC);
            if (existing.length === 0)
                return;
            const them = existing.length > 1 ? 'those tables' : existing[0];
            ctx.report(`TRUNCATE ${existing.join(', ')} deletes every row of ${them} in every environment the migration runs in, under ACCESS EXCLUSIVE`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-primary-key.ts



/* harmony default export */ const ban_drop_primary_key = (defineRule({
    id: 'ban-drop-primary-key',
    severity: 'error',
    docs: {
        why: 'Without its primary key a table has no replica identity: on a logical-replication publisher every UPDATE and DELETE of it fails ("cannot update table … because it does not have a replica identity"), and subscribers and change-data-capture tools stop following it. `INSERT … ON CONFLICT (id)` upserts fail for want of a unique index, duplicate keys can slip in, and ORMs lose the column they identify rows by. pgmig knows the primary key by the name the folder gave it, or PostgreSQL\'s default `<table>_pkey`. A table created in the same change is exempt, as is a statement that adds a new primary key in the same ALTER TABLE.',
        lock: 'ACCESS EXCLUSIVE on the table.',
        instead: 'Replace a primary key rather than drop it: build the new unique index with CREATE UNIQUE INDEX CONCURRENTLY, then in one statement `ALTER TABLE … DROP CONSTRAINT old_pkey, ADD CONSTRAINT new_pkey PRIMARY KEY USING INDEX new_idx`.',
        example: {
            bad: 'ALTER TABLE lead DROP CONSTRAINT lead_pkey;',
            good: 'CREATE UNIQUE INDEX CONCURRENTLY lead_uuid_idx ON lead (uuid);\n-- next migration:\n-- ALTER TABLE lead DROP CONSTRAINT lead_pkey, ADD CONSTRAINT lead_pkey PRIMARY KEY USING INDEX lead_uuid_idx;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            if (!table || node.objtype !== 'OBJECT_TABLE' || ctx.isNew(table))
                return;
            const cmds = (node.cmds ?? []).map((c) => (0,node_types/* nodeAs */.h)(c, 'AlterTableCmd'));
            const replaced = cmds.some((c) => c?.subtype === 'AT_AddConstraint' && (0,node_types/* nodeAs */.h)(c.def, 'Constraint')?.contype === 'CONSTR_PRIMARY');
            if (replaced)
                return;
            const known = ctx.model.objects.table((0,relation/* relationKey */.Yb)(table))?.primaryKey;
            cmds.forEach((c, index) => {
                if (c?.subtype !== 'AT_DropConstraint' || !c.name)
                    return;
                if (c.name !== known && c.name !== `${table.name}_pkey`)
                    return;
                const name = (0,relation/* displayName */.QC)(table);
                ctx.report(`DROP CONSTRAINT ${c.name} drops the primary key of ${name}: UPDATE and DELETE of ${name} fail on a logical-replication publisher, ON CONFLICT upserts on the key fail, and duplicates can slip in`, { location: ctx.actionLocation(index) });
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-disable-triggers.ts



/* harmony default export */ const ban_disable_triggers = (defineRule({
    id: 'ban-disable-triggers',
    severity: 'warning',
    docs: {
        why: 'DISABLE TRIGGER ALL also switches off the internal triggers that enforce foreign keys: while they are off, rows that break a foreign key go in unchecked, and ENABLE TRIGGER ALL afterwards does not check them again, so the database keeps orphans for good. DISABLE TRIGGER USER leaves foreign keys alone but stops the user triggers (audit, derived columns, constraint triggers that guard an invariant): pgmig reports it when the migrations created triggers on the table, and names them. Either affects every session writing to the table, not only the migration. Tables created in the same change are exempt.',
        lock: 'SHARE ROW EXCLUSIVE on the table (blocks writes) until the transaction commits.',
        instead: 'Leave the triggers on and do the data change in batches, or disable one named trigger (DISABLE TRIGGER name) for as short as possible; if constraint checks must be deferred, declare the foreign key DEFERRABLE and use SET CONSTRAINTS … DEFERRED inside the transaction.',
        example: {
            bad: 'ALTER TABLE lead DISABLE TRIGGER ALL;',
            good: 'ALTER TABLE lead DISABLE TRIGGER lead_touch_updated_at;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            if (!table || node.objtype !== 'OBJECT_TABLE' || ctx.isNew(table))
                return;
            const name = (0,relation/* displayName */.QC)(table);
            (node.cmds ?? []).forEach((c, index) => {
                const cmd = (0,node_types/* nodeAs */.h)(c, 'AlterTableCmd');
                if (cmd?.subtype === 'AT_DisableTrigAll') {
                    ctx.report(`DISABLE TRIGGER ALL on ${name} also stops enforcing its foreign keys: rows written meanwhile are never checked, not even when the triggers are enabled again`, { location: ctx.actionLocation(index) });
                }
                else if (cmd?.subtype === 'AT_DisableTrigUser') {
                    const triggers = [...(ctx.model.objects.table((0,relation/* relationKey */.Yb)(table))?.triggers ?? [])];
                    if (triggers.length === 0)
                        return;
                    ctx.report(`DISABLE TRIGGER USER on ${name} stops ${triggers.join(', ')} for every session writing to ${name}: what ${triggers.length > 1 ? 'they guard' : 'it guards'} is not done for the rows written meanwhile`, { location: ctx.actionLocation(index) });
                }
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/attach-partition-without-check.ts



/* harmony default export */ const attach_partition_without_check = (defineRule({
    id: 'attach-partition-without-check',
    severity: 'warning',
    docs: {
        why: 'ALTER TABLE … ATTACH PARTITION proves that every row of the new partition fits its bound by scanning the whole partition, while holding ACCESS EXCLUSIVE on it (and SHARE UPDATE EXCLUSIVE on the parent); if the parent has a DEFAULT partition, that one is scanned too, for rows that now belong to the new partition. PostgreSQL skips the scan only when a valid CHECK constraint on the partition already implies the bound. pgmig looks for a validated CHECK on the partition that reads the partition key\'s columns; a CHECK still NOT VALID does not count. A partition created in the same change is exempt while it is empty; once the change has put rows in it (INSERT, COPY) its scan is real, and the DEFAULT partition is scanned whether the new one is empty or not.',
        lock: 'ACCESS EXCLUSIVE on the partition (and on a DEFAULT partition) for the scan; SHARE UPDATE EXCLUSIVE on the parent.',
        instead: 'Stage it: ADD CONSTRAINT … CHECK (the bound, e.g. created_at >= \'2026-01-01\' AND created_at < \'2026-02-01\') NOT VALID on the table; VALIDATE CONSTRAINT in a later transaction (no blocking lock); ATTACH PARTITION (no scan); then drop the CHECK.',
        example: {
            bad: "ALTER TABLE event ATTACH PARTITION event_2026_01 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');",
            good: "-- each statement in a transaction of its own (no BEGIN): the scan runs under VALIDATE's lock, which lets reads and writes go on\nALTER TABLE event_2026_01 ADD CONSTRAINT event_2026_01_bound CHECK (created_at >= '2026-01-01' AND created_at < '2026-02-01') NOT VALID;\nALTER TABLE event_2026_01 VALIDATE CONSTRAINT event_2026_01_bound;\nALTER TABLE event ATTACH PARTITION event_2026_01 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');\nALTER TABLE event_2026_01 DROP CONSTRAINT event_2026_01_bound;",
        },
    },
    visit: {
        InsertStmt(node, ctx) {
            noteFilled(ctx, node.relation);
        },
        CopyStmt(node, ctx) {
            if (node.is_from)
                noteFilled(ctx, node.relation);
        },
        AlterTableStmt(node, ctx) {
            const parent = (0,relation/* relationOf */.Ke)(node.relation);
            if (!parent || node.objtype !== 'OBJECT_TABLE')
                return;
            const parentInfo = ctx.model.objects.table((0,relation/* relationKey */.Yb)(parent));
            (node.cmds ?? []).forEach((c, index) => {
                const cmd = (0,node_types/* nodeAs */.h)(c, 'AlterTableCmd');
                if (cmd?.subtype !== 'AT_AttachPartition')
                    return;
                const part = (0,relation/* relationOf */.Ke)((0,node_types/* nodeAs */.h)(cmd.def, 'PartitionCmd')?.name);
                if (!part)
                    return;
                const def = parentInfo?.defaultPartition;
                // An empty partition made in this change scans in no time, but the DEFAULT one is still read whole.
                const emptyNew = ctx.isNew(part) && !filled(ctx).has((0,relation/* relationKey */.Yb)(part));
                const key = parentInfo?.partitionKey ?? [];
                const checks = ctx.model.objects.table((0,relation/* relationKey */.Yb)(part))?.checks ?? [];
                const proven = checks.some((ch) => ch.valid && ch.columns.size > 0 && key.every((col) => ch.columns.has(col)));
                if (emptyNew || proven) {
                    if (!def || !emptyNew)
                        return;
                    ctx.report(`ATTACH PARTITION ${(0,relation/* displayName */.QC)(part)} scans all of the default partition ${(0,relation/* displayName */.QC)(keyRef(def))} under ACCESS EXCLUSIVE for rows that belong to the new bound: add a CHECK to ${(0,relation/* displayName */.QC)(keyRef(def))} that excludes the bound (NOT VALID, then VALIDATE) before attaching`, { location: ctx.actionLocation(index) });
                    return;
                }
                const alsoDefault = def ? `, and the default partition ${(0,relation/* displayName */.QC)(keyRef(def))} too,` : '';
                ctx.report(`ATTACH PARTITION ${(0,relation/* displayName */.QC)(part)} scans all of ${(0,relation/* displayName */.QC)(part)}${alsoDefault} under ACCESS EXCLUSIVE to prove the bound: add a CHECK that implies it (NOT VALID, then VALIDATE) before attaching`, { location: ctx.actionLocation(index) });
            });
        },
    },
}));
function keyRef(key) {
    const dot = key.indexOf('.');
    return { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}
/** Tables created in this change that the file has since written rows into. */
function filled(ctx) {
    const s = ctx.state;
    return (s.filled ??= new Set());
}
function noteFilled(ctx, rv) {
    const rel = (0,relation/* relationOf */.Ke)(rv);
    if (rel && ctx.isNew(rel))
        filled(ctx).add((0,relation/* relationKey */.Yb)(rel));
}

;// CONCATENATED MODULE: ./src/rules/lock-pile-up.ts




/* harmony default export */ const lock_pile_up = (defineRule({
    id: 'lock-pile-up',
    severity: 'warning',
    docs: {
        why: 'A transaction keeps every lock it takes until it commits. One that takes locks blocking writes (SHARE or stronger: ALTER TABLE, CREATE INDEX, CREATE TRIGGER, …) on two or more existing tables holds the first while it waits for the next: writes to the first table queue behind a lock that is itself queued behind the second table\'s traffic, and an application transaction that touches the same tables in the other order deadlocks with the migration. The finding comes once per file, for the first such transaction, listing the tables and modes in the order they were taken. Statements outside a transaction (no BEGIN, no assumeInTransaction) commit one by one and hold nothing for long; tables created in the same change are not counted.',
        lock: 'Each table\'s lock, held until the transaction ends.',
        instead: 'Change one table per transaction: split the file into one migration per table, or COMMIT between the tables, each under a short lock_timeout so a blocked step gives up instead of piling up. Where the tables must change together, take their locks in one LOCK TABLE statement at the start, in the order the application uses them.',
        example: {
            bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN region text;\nALTER TABLE account ADD COLUMN region text;\nCOMMIT;',
            good: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN region text;\nCOMMIT;\nBEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE account ADD COLUMN region text;\nCOMMIT;",
        },
    },
    visit: {
        '*'(_node, ctx) {
            const s = ctx.state;
            const tx = transactionOf(s, ctx.stmt, ctx.session, () => {
                const t = { taken: new Map() };
                (s.all ??= []).push(t);
                return t;
            });
            if (!tx)
                return;
            for (const l of ctx.locks) {
                if (!l.existing || !(0,sql_locks/* blocksWrites */.PE)(l.mode))
                    continue;
                const key = (0,relation/* relationKey */.Yb)(l.relation);
                const prev = tx.taken.get(key);
                if (prev) {
                    if ((0,sql_locks/* lockRank */.wb)(l.mode) > (0,sql_locks/* lockRank */.wb)(prev.mode))
                        prev.mode = l.mode;
                    continue;
                }
                tx.taken.set(key, { table: (0,relation/* displayName */.QC)(l.relation), mode: l.mode, line: ctx.file.parsed.source.position(ctx.stmt.start).line, statement: ctx.stmt.index });
                const statements = new Set([...tx.taken.values()].map((t) => t.statement));
                if (!tx.second && statements.size > 1)
                    tx.second = ctx.stmt;
            }
        },
    },
    endFile(ctx) {
        const tx = ctx.state.all?.find((t) => t.second);
        if (!tx)
            return;
        const list = [...tx.taken.values()].map((t) => `${t.table} (${t.mode}, line ${t.line})`);
        ctx.report(`one transaction holds write-blocking locks on ${list.length} existing tables until it commits: ${list.join(', ')}; each waits behind the others, and application transactions taking them in another order deadlock with it`, { stmt: tx.second });
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-schema.ts



/* harmony default export */ const ban_drop_schema = (defineRule({
    id: 'ban-drop-schema',
    severity: 'error',
    docs: {
        why: 'DROP SCHEMA … CASCADE drops every table, view, function, type and sequence in the schema, with all their rows, in every environment the migration reaches; an undo script cannot bring the data back, and every query and client using any of them fails at once. Without CASCADE it fails unless the schema is empty, which a migration should not have to guess. A schema created in the same change is exempt: nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on every relation in the schema (CASCADE).',
        instead: 'Drop the objects you mean one by one, each after nothing uses it any more (see ban-drop-table), then drop the empty schema without CASCADE; or keep the schema. If the drop is deliberate, say so with `-- pgmig-ignore ban-drop-schema` and a comment.',
        example: {
            bad: 'DROP SCHEMA reporting CASCADE;',
            good: '-- release 1 dropped reporting.daily_totals and reporting.weekly_totals; the schema is empty now\n-- pgmig-ignore ban-drop-schema\nDROP SCHEMA reporting;',
        },
    },
    visit: {
        DropStmt(node, ctx) {
            if (node.removeType !== 'OBJECT_SCHEMA')
                return;
            const schemas = (node.objects ?? [])
                .map((o) => (0,node_types/* nodeAs */.h)(o, 'String')?.sval)
                .filter((s) => !!s && !ctx.model.objects.isNewSchema(s));
            if (schemas.length === 0)
                return;
            const cascade = node.behavior === 'DROP_CASCADE';
            const list = schemas.join(', ');
            ctx.report(cascade
                ? `DROP SCHEMA ${list} CASCADE drops every table in ${schemas.length > 1 ? 'them' : 'it'} with all rows, and every view, function and type, breaking every client that uses them`
                : `DROP SCHEMA ${list} drops ${schemas.length > 1 ? 'schemas' : 'a schema'} this change did not create: the migration fails if anything is still in ${schemas.length > 1 ? 'them' : 'it'}, and any client using ${schemas.length > 1 ? 'them' : 'it'} breaks`, { location: cascade ? (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['CASCADE']).pop() : undefined });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/renaming-schema.ts


/* harmony default export */ const renaming_schema = (defineRule({
    id: 'renaming-schema',
    severity: 'warning',
    docs: {
        why: 'Renaming a schema renames, for every client, every table, view, function and sequence in it at once: each query, search_path, grant script and job that names the old schema fails the moment the rename commits, including the application version still running during a rolling deploy. (Objects inside the schema that refer to each other by OID keep working; SQL written as text does not.) A schema created in the same change is exempt: nothing uses it yet.',
        lock: 'A brief catalog lock on the schema; the breakage is in the clients, not the lock.',
        instead: 'Keep the schema name. To move objects, create the new schema, move them one at a time with ALTER … SET SCHEMA (leaving views under the old names while clients move), and drop the old schema once nothing uses it.',
        example: {
            bad: 'ALTER SCHEMA crm RENAME TO sales;',
            good: 'CREATE SCHEMA sales;\nALTER TABLE crm.lead SET SCHEMA sales;\nCREATE VIEW crm.lead AS SELECT * FROM sales.lead;',
        },
    },
    visit: {
        RenameStmt(node, ctx) {
            if (node.renameType !== 'OBJECT_SCHEMA' || !node.subname || ctx.model.objects.isNewSchema(node.subname))
                return;
            ctx.report(`renaming schema ${node.subname} to ${node.newname} breaks every query, search_path and client that names ${node.subname}, for every object in it at once`, { location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['RENAME'])[0] });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-set-logged-unlogged.ts



/* harmony default export */ const ban_set_logged_unlogged = (defineRule({
    id: 'ban-set-logged-unlogged',
    severity: 'warning',
    docs: {
        why: 'ALTER TABLE … SET UNLOGGED rewrites the table and stops writing it to the WAL: after a crash or an unclean shutdown PostgreSQL empties it, and it is not on the streaming replicas at all (queries there fail, a failover loses it). SET LOGGED rewrites the whole table under ACCESS EXCLUSIVE and writes every row to the WAL, so the table is blocked for the whole copy and replicas fall behind by the table\'s size. A table created in the same change is exempt: it has no rows and no readers yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite.',
        instead: 'Choose a table\'s persistence when you create it (CREATE UNLOGGED TABLE for data you can lose). To make an existing table logged without the long lock, create a new logged table, copy the rows in batches, and swap the names in one short transaction.',
        example: {
            bad: 'ALTER TABLE page_view SET UNLOGGED;',
            good: 'CREATE UNLOGGED TABLE page_view_buffer (LIKE page_view INCLUDING ALL);',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            if (!table || node.objtype !== 'OBJECT_TABLE' || ctx.isNew(table))
                return;
            const name = (0,relation/* displayName */.QC)(table);
            (node.cmds ?? []).forEach((c, index) => {
                const cmd = (0,node_types/* nodeAs */.h)(c, 'AlterTableCmd');
                const location = ctx.actionLocation(index);
                if (cmd?.subtype === 'AT_SetUnLogged') {
                    ctx.report(`SET UNLOGGED rewrites all of ${name} under ACCESS EXCLUSIVE, blocking reads and writes until it is done, and from then on ${name} is missing on the replicas and emptied after a crash`, { location });
                }
                else if (cmd?.subtype === 'AT_SetLogged') {
                    ctx.report(`SET LOGGED rewrites all of ${name} under ACCESS EXCLUSIVE, blocking reads and writes until it is done, and writes every row to the WAL: replicas fall behind by the table's size`, { location });
                }
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/refresh-with-no-data.ts



/* harmony default export */ const refresh_with_no_data = (defineRule({
    id: 'refresh-with-no-data',
    severity: 'warning',
    docs: {
        why: 'REFRESH MATERIALIZED VIEW … WITH NO DATA empties the view and marks it unpopulated: from the commit on, every query that reads it fails with "materialized view … has not been populated" until someone refreshes it WITH DATA, and REFRESH … CONCURRENTLY refuses to run on it. A view created earlier in the same change is exempt: nobody reads it yet.',
        lock: 'ACCESS EXCLUSIVE on the materialized view.',
        instead: 'Refresh with data (REFRESH MATERIALIZED VIEW CONCURRENTLY keeps readers going). To free the space of a view nobody should read any more, drop it once nothing uses it.',
        example: {
            bad: 'REFRESH MATERIALIZED VIEW lead_stats WITH NO DATA;',
            good: 'REFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats;',
        },
    },
    visit: {
        RefreshMatViewStmt(node, ctx) {
            const view = (0,relation/* relationOf */.Ke)(node.relation);
            if (!node.skipData || !view || ctx.isNew(view))
                return;
            ctx.report(`REFRESH … WITH NO DATA leaves ${(0,relation/* displayName */.QC)(view)} unpopulated: every read of it fails ("has not been populated") until it is refreshed with data`, { location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['WITH', 'NO', 'DATA'])[0] });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/sequence-restart.ts





function restartOption(options) {
    return (options ?? []).map((o) => (0,node_types/* nodeAs */.h)(o, 'DefElem')).find((d) => d?.defname === 'restart');
}
/** A number written as a constant (`1`, `'1'::bigint`, `-5`): a value that does not follow the table's keys. */
function isConstantValue(node) {
    const cast = (0,node_types/* nodeAs */.h)(node, 'TypeCast');
    if (cast)
        return isConstantValue(cast.arg);
    return !!(0,node_types/* nodeAs */.h)(node, 'A_Const');
}
/** `'public.lead_id_seq'` (setval's first argument) as a relation. */
function sequenceOf(node) {
    const text = stringConstant(node);
    if (!text)
        return undefined;
    const parts = text.split('.');
    return { schema: parts.length > 1 ? parts[0].replace(/"/g, '') : 'public', name: parts[parts.length - 1].replace(/"/g, '') };
}
function sequence_restart_report(ctx, what, location) {
    ctx.report(`${what}: the next inserts get keys that may already be in use and fail with duplicate key errors (or, without a unique index, share them)`, { location });
}
/* harmony default export */ const sequence_restart = (defineRule({
    id: 'sequence-restart',
    severity: 'warning',
    docs: {
        why: 'Restarting a sequence or an identity column (ALTER SEQUENCE … RESTART, ALTER COLUMN … RESTART, setval to a constant) sets where new keys begin without looking at the keys already in the table. Below the highest one in use, the next inserts collide with existing rows ("duplicate key value violates unique constraint") until the sequence passes them, in production only, where the rows are. setval computed from the table (`SELECT setval(…, max(id)) FROM …`) is the safe form and is not reported; nor are sequences and tables created in the same change.',
        instead: 'Leave sequences alone, or move them forward from the data: `SELECT setval(\'lead_id_seq\', (SELECT coalesce(max(id), 0) + 1 FROM lead), false);`.',
        example: {
            bad: 'ALTER SEQUENCE lead_id_seq RESTART WITH 1;',
            good: "SELECT setval('lead_id_seq', (SELECT coalesce(max(id), 0) + 1 FROM lead), false);",
        },
    },
    visit: {
        AlterSeqStmt(node, ctx) {
            const seq = (0,relation/* relationOf */.Ke)(node.sequence);
            const restart = restartOption(node.options);
            if (!seq || !restart || ctx.model.objects.isNewSequence((0,relation/* relationKey */.Yb)(seq)))
                return;
            sequence_restart_report(ctx, `ALTER SEQUENCE ${(0,relation/* displayName */.QC)(seq)} RESTART sets its next value regardless of the keys in use`, restart.location);
        },
        AlterTableStmt(node, ctx) {
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            if (!table || ctx.isNew(table))
                return;
            (node.cmds ?? []).forEach((c, index) => {
                const cmd = (0,node_types/* nodeAs */.h)(c, 'AlterTableCmd');
                if (cmd?.subtype !== 'AT_SetIdentity')
                    return;
                if (!restartOption((0,node_types/* nodeAs */.h)(cmd.def, 'List')?.items))
                    return;
                sequence_restart_report(ctx, `ALTER COLUMN ${cmd.name} RESTART on ${(0,relation/* displayName */.QC)(table)} sets the identity's next value regardless of the keys in use`, ctx.actionLocation(index));
            });
        },
        '*'(node, ctx) {
            // setval may be called from any statement that evaluates an expression
            if (ctx.stmt.kind !== 'SelectStmt' && ctx.stmt.kind !== 'DoStmt' && ctx.stmt.kind !== 'UpdateStmt' && ctx.stmt.kind !== 'InsertStmt')
                return;
            (0,walk/* walk */.GG)(node, (type, inner) => {
                if (type !== 'FuncCall')
                    return;
                const call = inner;
                const fn = functionName(call);
                if (fn?.name !== 'setval' || (fn.schema && fn.schema !== 'pg_catalog'))
                    return;
                if (!isConstantValue(callArgument(call, 1, 'value')))
                    return;
                const seq = sequenceOf(callArgument(call, 0, 'regclass'));
                if (seq && ctx.model.objects.isNewSequence((0,relation/* relationKey */.Yb)(seq)))
                    return;
                sequence_restart_report(ctx, `setval(${seq ? `'${(0,relation/* displayName */.QC)(seq)}'` : '…'}, constant) sets the sequence without looking at the keys in use`, call.location);
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/concurrent-index-if-not-exists.ts


/* harmony default export */ const concurrent_index_if_not_exists = (defineRule({
    id: 'concurrent-index-if-not-exists',
    severity: 'warning',
    docs: {
        why: 'A CREATE INDEX CONCURRENTLY that fails (a deadlock, a lock_timeout, a duplicate value for a UNIQUE index, a cancelled deploy) does not remove what it built: the index stays, marked INVALID, unused by queries but still updated by every write. Run again with IF NOT EXISTS, the build sees the name taken and "succeeds" doing nothing, so the migration is recorded as applied while the index never works. It is the most common way an invalid index ends up in production unnoticed.',
        lock: 'SHARE UPDATE EXCLUSIVE on the table while the index builds (reads and writes go on).',
        instead: 'Drop a leftover first and build without IF NOT EXISTS: `DROP INDEX CONCURRENTLY IF EXISTS name;` then `CREATE INDEX CONCURRENTLY name …;`. A retry then rebuilds a broken index instead of keeping it. `pgmig test` also reports an index left INVALID.',
        example: {
            bad: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
            good: 'DROP INDEX CONCURRENTLY IF EXISTS lead_owner_idx;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
        },
    },
    visit: {
        IndexStmt(node, ctx) {
            if (!node.concurrent || !node.if_not_exists)
                return;
            ctx.report(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${node.idxname}: after a failed build the INVALID index it leaves keeps the name, and the retry skips the build and "succeeds" with an index that never works; DROP INDEX CONCURRENTLY IF EXISTS ${node.idxname} first and drop IF NOT EXISTS`, { location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['IF', 'NOT', 'EXISTS'])[0] });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts








































































/** Every rule pgmig knows. Adding a rule: its file in this folder, and one line here. */
const RULES = [
    syntax_error,
    unused_ignore,
    require_concurrent_index_creation,
    require_concurrent_index_deletion,
    require_concurrent_reindex,
    require_concurrent_refresh,
    ban_concurrent_index_creation_in_transaction,
    mixed_non_transactional_statements,
    require_lock_timeout,
    require_statement_timeout,
    lock_timeout_too_long,
    require_rls,
    require_rls_policy,
    ban_disable_rls,
    rls_setting_missing_ok,
    rls_permissive_policy,
    security_definer_search_path,
    migration_filename,
    migration_description_style,
    missing_placeholder_value,
    duplicate_version,
    version_out_of_order,
    version_range,
    modified_applied_migration,
    adding_field_with_default,
    adding_foreign_key_constraint,
    adding_not_nullable_field,
    adding_serial_primary_key_field,
    adding_required_field,
    ban_alter_domain_with_add_constraint,
    ban_char_field,
    ban_create_domain_with_constraint,
    ban_drop_column,
    ban_drop_database,
    ban_drop_not_null,
    ban_drop_table,
    ban_duplicate_column_assignments,
    ban_truncate_cascade,
    ban_uncommitted_transaction,
    changing_column_type,
    constraint_missing_not_valid,
    disallowed_unique_constraint,
    identifier_too_long,
    prefer_bigint_over_int,
    prefer_bigint_over_smallint,
    prefer_identity,
    prefer_repack,
    table_rewrite,
    prefer_robust_stmts,
    prefer_text_field,
    prefer_timestamp_tz,
    renaming_column,
    renaming_table,
    require_concurrent_partition_detach,
    require_enum_value_ordering,
    require_table_schema,
    transaction_nesting,
    require_timeout_settings,
    enum_value_used_in_transaction,
    backfill_in_ddl_transaction,
    update_delete_without_where,
    ban_truncate,
    ban_drop_primary_key,
    ban_disable_triggers,
    attach_partition_without_check,
    lock_pile_up,
    ban_drop_schema,
    renaming_schema,
    ban_set_logged_unlogged,
    refresh_with_no_data,
    sequence_restart,
    concurrent_index_if_not_exists,
];
const RULE_IDS = new Set(RULES.map((r) => r.id));
function findRule(id) {
    return RULES.find((r) => r.id === id);
}


/***/ }),

/***/ 7540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ isSerialType),
/* harmony export */   XF: () => (/* binding */ alterTableActionLocations),
/* harmony export */   ZX: () => (/* binding */ typeBaseName),
/* harmony export */   ai: () => (/* binding */ keywordLocations),
/* harmony export */   ir: () => (/* binding */ tableCmds),
/* harmony export */   m6: () => (/* binding */ identifierTokens),
/* harmony export */   zD: () => (/* binding */ columnConstraints)
/* harmony export */ });
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2627);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(libpg_query__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _node_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1154);


/**
 * The actions of an ALTER TABLE on a table. `ALTER TYPE … ADD ATTRIBUTE`, `ALTER FOREIGN TABLE`,
 * `ALTER VIEW` and `ALTER INDEX` share the node type but touch no table rows, so they give none.
 */
function tableCmds(node) {
    if (node?.objtype !== 'OBJECT_TABLE')
        return [];
    const out = [];
    (node.cmds ?? []).forEach((c, index) => {
        const cmd = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(c, 'AlterTableCmd');
        if (cmd)
            out.push({ cmd, index });
    });
    return out;
}
/** The constraints (`Constraint` inner objects) written on a column definition. */
function columnConstraints(columnDef) {
    return (columnDef?.constraints ?? []).map((c) => (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(c, 'Constraint')).filter((c) => !!c);
}
const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** `serial` and friends: not types but shorthand for an integer with a sequence default. */
function isSerialType(typeName) {
    const names = typeName?.names ?? [];
    return names.length === 1 && SERIAL_TYPES.has((0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(names[0], 'String')?.sval ?? '') && !typeName.arrayBounds;
}
/** The last part of a type's name (`bpchar` for `pg_catalog.bpchar`), lower-cased. */
function typeBaseName(typeName) {
    const names = typeName?.names ?? [];
    const last = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(names[names.length - 1], 'String')?.sval;
    return typeof last === 'string' ? last.toLowerCase() : undefined;
}
/** The statement's tokens without comments, offsets in bytes from the statement's first token. */
function tokensOf(stmt) {
    try {
        return (0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.scanSync)(stmt.text).tokens.filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT');
    }
    catch {
        return undefined;
    }
}
/** Byte offset of the statement's first token, relative to the base its node locations use. */
function statementOffset(stmt, source) {
    // not the byte length of the text before it: that is the whole file before the statement, every time
    return source.byteOfIndex(stmt.start) - source.byteOfIndex(source.indexOfByte(stmt.byteBase));
}
/**
 * Where each action of an ALTER TABLE begins (`ADD COLUMN …`, `DROP …`), as a node-style
 * location, by position. The parser records no location for the actions themselves, so a
 * finding about the second action of a statement spread over lines would otherwise point at
 * the first line. Actions are split at the commas outside parentheses after the table's name.
 * Undefined where the statement cannot be read that way.
 */
function alterTableActionLocations(stmt, source) {
    const location = relationLocation(stmt.node);
    if (location === undefined || location < 0)
        return undefined;
    const tokens = tokensOf(stmt);
    if (!tokens)
        return undefined;
    const base = statementOffset(stmt, source);
    const relStart = location - base;
    let i = tokens.findIndex((t) => t.start >= relStart);
    if (i < 0)
        return undefined;
    // the name: part(.part)* and an optional `*` (inheritance)
    i++;
    while (tokens[i]?.text === '.' && tokens[i + 1])
        i += 2;
    if (tokens[i]?.text === '*')
        i++;
    const out = [];
    if (tokens[i])
        out.push(base + tokens[i].start);
    let depth = 0;
    for (; i < tokens.length; i++) {
        const t = tokens[i].text;
        if (t === '(' || t === '[')
            depth++;
        else if (t === ')' || t === ']')
            depth--;
        else if (t === ',' && depth === 0 && tokens[i + 1])
            out.push(base + tokens[i + 1].start);
    }
    return out;
}
/** The `location` of the table a statement node names in `relation` (ALTER TABLE, RENAME, ALTER … SET SCHEMA), if it has one. */
function relationLocation(node) {
    if (!node || typeof node !== 'object' || !('relation' in node))
        return undefined;
    const rel = node.relation;
    if (!rel || typeof rel !== 'object' || !('location' in rel) || typeof rel.location !== 'number')
        return undefined;
    return rel.location;
}
/**
 * Node-style locations of each place the statement has the given keywords in a row
 * (case-insensitive, comments skipped): `['CASCADE']`, `['VALIDATE', 'CONSTRAINT']`.
 */
function keywordLocations(stmt, source, words) {
    const tokens = tokensOf(stmt);
    if (!tokens || words.length === 0)
        return [];
    const want = words.map((w) => w.toUpperCase());
    const base = statementOffset(stmt, source);
    const out = [];
    for (let i = 0; i + want.length <= tokens.length; i++) {
        if (want.every((w, k) => tokens[i + k].text.toUpperCase() === w))
            out.push(base + tokens[i].start);
    }
    return out;
}
/** The scanner's token type for an identifier, plain or double-quoted. */
const IDENT_TOKEN = 'IDENT';
/** A `U&"…"` identifier with its escapes (`\0061`, `\+01F600`, `\\`) decoded; a UESCAPE clause is not read. */
function unicodeIdentifier(text) {
    return text
        .slice(3, -1)
        .replace(/""/g, '"')
        .replace(/\\(?:([0-9A-Fa-f]{4})|\+([0-9A-Fa-f]{6})|(\\))/g, (_m, four, six, slash) => slash ? '\\' : String.fromCodePoint(parseInt(four ?? six, 16)));
}
/**
 * Every identifier written in the statement (names of tables, columns, indexes, roles, aliases,
 * settings …) as the server stores it, with node-style locations. Keywords, strings, function
 * bodies and comments are not identifiers.
 */
function identifierTokens(stmt, source) {
    const tokens = tokensOf(stmt);
    if (!tokens)
        return [];
    const base = statementOffset(stmt, source);
    const out = [];
    for (const t of tokens) {
        let name;
        if (/^[Uu]&"/.test(t.text))
            name = unicodeIdentifier(t.text);
        else if (t.tokenName !== IDENT_TOKEN)
            continue;
        else if (t.text.startsWith('"'))
            name = t.text.slice(1, -1).replace(/""/g, '"');
        // as the server stores it: unquoted names are folded to lower case (ASCII letters only, in UTF-8)
        else
            name = t.text.replace(/[A-Z]+/g, (c) => c.toLowerCase());
        out.push({ name, location: base + t.start });
    }
    return out;
}


/***/ }),

/***/ 4241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q7: () => (/* binding */ FunctionCatalog),
/* harmony export */   r_: () => (/* binding */ functionSecurity),
/* harmony export */   x3: () => (/* binding */ securityDefinerOption)
/* harmony export */ });
/* unused harmony export functionKey */
/* harmony import */ var _node_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1154);

/**
 * Applies CREATE/ALTER FUNCTION options (`DefElem`s) to `prior`, as PostgreSQL does:
 * `SECURITY DEFINER|INVOKER` sets the flag; `SET search_path = …` and `SET … FROM CURRENT` pin
 * the path; `SET search_path TO DEFAULT`, `RESET search_path` and `RESET ALL` remove it.
 */
function functionSecurity(options, prior) {
    const out = { ...prior };
    for (const o of options ?? []) {
        const d = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(o, 'DefElem');
        if (!d)
            continue;
        if (d.defname === 'security')
            out.securityDefiner = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(d.arg, 'Boolean')?.boolval === true;
        else if (d.defname === 'set') {
            const v = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(d.arg, 'VariableSetStmt');
            if (!v)
                continue;
            if (v.kind === 'VAR_RESET_ALL')
                out.searchPath = false;
            else if (v.name === 'search_path')
                out.searchPath = v.kind === 'VAR_SET_VALUE' || v.kind === 'VAR_SET_CURRENT';
            if (v.kind === 'VAR_RESET_ALL' || v.name === 'search_path') {
                out.searchPathValue =
                    v.kind === 'VAR_SET_VALUE' ? (v.args ?? []).map((a) => String((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(a, 'A_Const')?.sval?.sval ?? (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(a, 'String')?.sval ?? '')) : undefined;
            }
        }
    }
    return out;
}
/** The `DefElem` among the options that made the function SECURITY DEFINER, if one did. */
function securityDefinerOption(options) {
    let found;
    for (const o of options ?? []) {
        const d = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(o, 'DefElem');
        if (d?.defname === 'security')
            found = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(d.arg, 'Boolean')?.boolval === true ? d : undefined;
    }
    return found;
}
/** `public.f(int4,text)`: a function's identity as far as pgmig can tell from the SQL. */
function functionKey(names, argTypes) {
    const parts = (names ?? []).map((n) => (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(n, 'String')?.sval).filter((s) => typeof s === 'string');
    if (parts.length === 0)
        return undefined;
    const name = parts[parts.length - 1];
    const schema = parts.length > 1 ? parts[parts.length - 2] : 'public';
    return `${schema}.${name}(${argTypes.map(typeKey).join(',')})`;
}
function typeKey(t) {
    const names = t?.names ?? [];
    // `int` and `integer` both parse to pg_catalog.int4; the schema is dropped so `public.money_t` matches `money_t`
    const last = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(names[names.length - 1], 'String')?.sval ?? '?';
    return t?.arrayBounds ? `${last}[]` : last;
}
/** Input arguments only: OUT and TABLE columns are not part of a function's identity. */
function createArgTypes(parameters) {
    return (parameters ?? [])
        .map((p) => (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(p, 'FunctionParameter'))
        .filter((p) => !!p && p.mode !== 'FUNC_PARAM_OUT' && p.mode !== 'FUNC_PARAM_TABLE')
        .map((p) => p.argType);
}
/** DROP and RENAME of these object types name a function or procedure. */
function isRoutine(type) {
    return type === 'OBJECT_FUNCTION' || type === 'OBJECT_PROCEDURE' || type === 'OBJECT_ROUTINE';
}
/**
 * Functions and procedures the migrations create, with their security settings, so that a
 * later `ALTER FUNCTION … SECURITY DEFINER` can be judged with what the function already has.
 */
class FunctionCatalog {
    byKey = new Map();
    /** An `ObjectWithArgs` (ALTER/DROP FUNCTION f(int)): its entry, or undefined when pgmig never saw it. */
    lookup(owa) {
        const key = this.resolve(owa);
        return key ? this.byKey.get(key) : undefined;
    }
    /** The state of a function by its key (`functionKey`), after every statement so far. */
    get(key) {
        return this.byKey.get(key);
    }
    /** The key a CREATE FUNCTION statement gives its function. */
    keyOfCreate(n) {
        return functionKey(n?.funcname, createArgTypes(n?.parameters));
    }
    /** The key an `ObjectWithArgs` (ALTER FUNCTION f(int)) names, when pgmig saw the function created. */
    keyOf(owa) {
        const key = this.resolve(owa);
        return key && this.byKey.has(key) ? key : undefined;
    }
    resolve(owa) {
        if (!owa)
            return undefined;
        if (!owa.args_unspecified)
            return functionKey(owa.objname, (owa.objargs ?? []).map((a) => (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(a, 'TypeName')));
        // `ALTER FUNCTION f` without arguments names the only function called f
        const prefix = functionKey(owa.objname, [])?.slice(0, -1);
        if (!prefix)
            return undefined;
        const matches = [...this.byKey.keys()].filter((k) => k.startsWith(prefix));
        return matches.length === 1 ? matches[0] : undefined;
    }
    apply(stmt) {
        switch (stmt.kind) {
            case 'CreateFunctionStmt': {
                const n = stmt.node;
                const key = functionKey(n.funcname, createArgTypes(n.parameters));
                // CREATE OR REPLACE sets every option anew: settings not repeated are gone
                if (key)
                    this.byKey.set(key, functionSecurity(n.options, { securityDefiner: false, searchPath: false }));
                break;
            }
            case 'AlterFunctionStmt': {
                const n = stmt.node;
                const key = this.resolve(n.func);
                const prior = key && this.byKey.get(key);
                if (key && prior)
                    this.byKey.set(key, functionSecurity(n.actions, prior));
                break;
            }
            case 'DropStmt': {
                const n = stmt.node;
                if (isRoutine(n.removeType)) {
                    for (const o of n.objects ?? []) {
                        const key = this.resolve((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(o, 'ObjectWithArgs'));
                        if (key)
                            this.byKey.delete(key);
                    }
                }
                break;
            }
            case 'RenameStmt': {
                const n = stmt.node;
                if (isRoutine(n.renameType) && n.newname) {
                    const owa = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(n.object, 'ObjectWithArgs');
                    const key = this.resolve(owa);
                    const info = key && this.byKey.get(key);
                    if (key && info) {
                        this.byKey.delete(key);
                        const renamed = functionKey([...(owa?.objname ?? []).slice(0, -1), { String: { sval: n.newname } }], []);
                        if (renamed)
                            this.byKey.set(renamed.slice(0, -2) + key.slice(key.lastIndexOf('(')), info);
                    }
                }
                break;
            }
        }
    }
}


/***/ }),

/***/ 5265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ notNullColumn),
/* harmony export */   V: () => (/* binding */ SchemaModel)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(792);
/* harmony import */ var _node_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1154);
/* harmony import */ var _functions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4241);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(296);
/* harmony import */ var _relation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5490);





/**
 * The schema as the migrations build it, statement by statement: which tables, indexes,
 * policies and RLS flags exist, and whether each was made by this change or before it.
 * Relations pgmig never saw created (made outside the migrations folder) count as existing.
 */
class SchemaModel {
    tables = new Map();
    indexes = new Map();
    /** Views and sequences. */
    viewsAndSequences = new Map();
    /** Functions and procedures with their SECURITY DEFINER / search_path settings. */
    functions = new _functions_js__WEBPACK_IMPORTED_MODULE_0__/* .FunctionCatalog */ .Q7();
    /** Schemas, enum types, sequences, and per table its primary key, checks, triggers and partitioning. */
    objects = new _objects_js__WEBPACK_IMPORTED_MODULE_1__/* .ObjectCatalog */ .J();
    // what this change made, and the tables it enabled row-level security on: a linted folder is a
    // thousand changes, and settling each must not go through every table made before it
    madeNow = [];
    rlsEnabledNow = new Set();
    // relations a statement pgmig saw dropped: a later DROP … IF EXISTS of one does nothing
    dropped = new Set();
    /** Everything made so far counts as existing from here on (a new, separate change begins). */
    settle() {
        this.objects.settle();
        for (const made of this.madeNow)
            made.origin = 'base';
        this.madeNow.length = 0;
        for (const t of this.rlsEnabledNow)
            t.rlsEnabledAt = undefined;
        this.rlsEnabledNow.clear();
    }
    /** The tables, still there, on which this change enabled row-level security. */
    rlsEnabledInChange() {
        return [...this.rlsEnabledNow].filter((t) => t.rlsEnabledAt && this.tables.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(t.ref)) === t);
    }
    table(key) {
        return this.tables.get(key);
    }
    /**
     * True when a statement pgmig saw dropped the relation and nothing made it again: a DROP … IF
     * EXISTS of it is a no-op that takes no lock (relations pgmig never saw are never gone).
     */
    isGone(rv) {
        const key = refKey(rv);
        return !!key && this.dropped.has(key) && !this.tables.has(key) && !this.indexes.has(key) && !this.viewsAndSequences.has(key);
    }
    /** True when a statement pgmig saw dropped the column of this table and none added it again. */
    isColumnGone(rv, column) {
        const key = refKey(rv);
        const t = key ? this.tables.get(key) : undefined;
        return !!t?.droppedColumns?.has(column) && !t.columns?.has(column);
    }
    /** True when the relation was created by a file of this change (so nobody else uses it yet). */
    isNew(rv) {
        const key = refKey(rv);
        if (!key)
            return false;
        return (this.tables.get(key)?.origin ?? this.indexes.get(key)?.origin ?? this.viewsAndSequences.get(key)?.origin) === 'change';
    }
    /** The partitions of a partitioned table that pgmig knows, and theirs, depth first. */
    partitionsOf(key) {
        const out = [];
        const parent = this.tables.get(key);
        if (!parent?.partitioned)
            return out;
        for (const [k, t] of this.tables) {
            if (t.partitionOf !== key)
                continue;
            out.push(t, ...this.partitionsOf(k));
        }
        return out;
    }
    /** The tables with a foreign key to `key` (other than itself), each with its key. */
    referencing(key) {
        const out = [];
        for (const [k, t] of this.tables) {
            if (k === key || !t.foreignKeys)
                continue;
            for (const fk of t.foreignKeys.values())
                if (fk.references === key)
                    out.push({ table: t, fk });
        }
        return out;
    }
    isExisting(rv) {
        return !!refKey(rv) && !this.isNew(rv);
    }
    /** Folds one statement's effects into the model. */
    apply(stmt, origin, file) {
        const { kind, node: n } = stmt;
        const at = { file, stmt };
        this.functions.apply(stmt);
        this.objects.apply(stmt, origin);
        switch (kind) {
            case 'CreateStmt': {
                this.create((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)(n.relation), origin, at, false, !!n.if_not_exists);
                const t = this.tables.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .keyOf */ .TN)(n.relation) ?? '');
                if (t?.createdAt === at) {
                    if (n.partbound)
                        t.partitionOf = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .keyOf */ .TN)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(n.inhRelations?.[0], 'RangeVar'));
                    if (n.partspec)
                        t.partitioned = true;
                    for (const el of n.tableElts ?? []) {
                        const column = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(el, 'ColumnDef');
                        const constraint = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(el, 'Constraint');
                        if (column)
                            this.addColumn(t, column, origin);
                        else if (constraint)
                            this.addConstraint(t, constraint, origin);
                    }
                }
                break;
            }
            case 'ViewStmt': {
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)(n.view);
                if (ref && !(n.replace && this.viewsAndSequences.has((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref))))
                    this.object(ref, 'view', origin);
                break;
            }
            case 'CreateSeqStmt': {
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)(n.sequence);
                if (ref && !(n.if_not_exists && this.viewsAndSequences.has((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref))))
                    this.object(ref, 'sequence', origin);
                break;
            }
            case 'CreateTableAsStmt':
                this.create((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)(n.into?.rel), origin, at, n.objtype === 'OBJECT_MATVIEW', !!n.if_not_exists);
                break;
            case 'SelectStmt':
                // SELECT … INTO makes a table, as CREATE TABLE AS does
                if (n.intoClause)
                    this.create((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)(n.intoClause.rel), origin, at, false, false);
                break;
            case 'IndexStmt': {
                const ref = n.idxname ? { schema: n.relation?.schemaname ?? 'public', name: n.idxname } : undefined;
                if (ref && !(n.if_not_exists && this.indexes.has((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref)))) {
                    const index = { ref, table: (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .keyOf */ .TN)(n.relation), origin };
                    this.indexes.set((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref), index);
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
                const t = this.ensure((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)(n.table));
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
    object(ref, kind, origin) {
        const o = { ref, kind, origin };
        this.viewsAndSequences.set((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref), o);
        if (origin === 'change')
            this.madeNow.push(o);
    }
    addColumn(t, col, origin) {
        if (!col?.colname)
            return;
        const colname = col.colname;
        if (col.typeName)
            (t.columns ??= new Map()).set(colname, col.typeName);
        for (const el of col.constraints ?? []) {
            const c = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(el, 'Constraint');
            if (c)
                this.addConstraint(t, { ...c, keys: c.keys ?? [{ String: { sval: colname } }], fk_attrs: c.fk_attrs ?? [{ String: { sval: colname } }] }, origin);
        }
    }
    /** Folds a constraint into the table: foreign keys, NOT NULL checks, and the index of a primary key or unique constraint. */
    addConstraint(t, c, origin) {
        const names = _names_js__WEBPACK_IMPORTED_MODULE_4__/* .nameParts */ .I;
        const table = t.ref.name;
        switch (c.contype) {
            case 'CONSTR_FOREIGN': {
                const references = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .keyOf */ .TN)(c.pktable);
                const columns = names(c.fk_attrs);
                if (!references)
                    return;
                const name = c.conname ?? `${table}_${columns.join('_')}_fkey`;
                (t.foreignKeys ??= new Map()).set(name, { references, columns, refColumns: names(c.pk_attrs) });
                return;
            }
            case 'CONSTR_CHECK': {
                const column = notNullColumn(c.raw_expr);
                if (column && c.conname)
                    (t.notNullChecks ??= new Map()).set(c.conname, { column, validated: !c.skip_validation });
                return;
            }
            case 'CONSTR_PRIMARY':
            case 'CONSTR_UNIQUE':
            case 'CONSTR_EXCLUSION': {
                const cols = names(c.keys);
                if (c.contype === 'CONSTR_PRIMARY')
                    t.primaryKey = cols;
                const suffix = c.contype === 'CONSTR_PRIMARY' ? 'pkey' : c.contype === 'CONSTR_UNIQUE' ? 'key' : 'excl';
                const name = c.indexname ?? c.conname ?? (c.contype === 'CONSTR_PRIMARY' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
                const ref = { schema: t.ref.schema, name };
                const index = { ref, table: (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(t.ref), origin };
                this.indexes.set((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref), index);
                if (origin === 'change')
                    this.madeNow.push(index);
                return;
            }
        }
    }
    create(ref, origin, at, matview, ifNotExists) {
        if (!ref)
            return;
        const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref);
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
        const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref);
        let t = this.tables.get(key);
        if (!t) {
            t = { ref, origin: 'base', rlsEnabled: false, rlsForced: false, policies: new Set(), isMaterializedView: false };
            this.tables.set(key, t);
        }
        return t;
    }
    alterTable(n, origin, at) {
        const t = this.ensure((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)(n.relation));
        if (!t)
            return;
        for (const c of n.cmds ?? []) {
            const cmd = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(c, 'AlterTableCmd');
            switch (cmd?.subtype) {
                case 'AT_AddColumn':
                    this.addColumn(t, (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(cmd.def, 'ColumnDef'), origin);
                    break;
                case 'AT_AlterColumnType':
                    {
                        const typeName = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(cmd.def, 'ColumnDef')?.typeName;
                        if (cmd.name && typeName)
                            (t.columns ??= new Map()).set(cmd.name, typeName);
                    }
                    break;
                case 'AT_DropColumn':
                    if (cmd.name) {
                        t.columns?.delete(cmd.name);
                        (t.droppedColumns ??= new Set()).add(cmd.name);
                    }
                    break;
                case 'AT_AddConstraint':
                    {
                        const constraint = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(cmd.def, 'Constraint');
                        if (constraint)
                            this.addConstraint(t, constraint, origin);
                    }
                    break;
                case 'AT_ValidateConstraint': {
                    const check = cmd.name && t.notNullChecks?.get(cmd.name);
                    if (check)
                        check.validated = true;
                    break;
                }
                case 'AT_DropConstraint':
                    if (cmd.name) {
                        t.foreignKeys?.delete(cmd.name);
                        t.notNullChecks?.delete(cmd.name);
                        const idx = this.indexes.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)({ schema: t.ref.schema, name: cmd.name }));
                        if (idx?.table === (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(t.ref))
                            this.indexes.delete((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(idx.ref));
                    }
                    break;
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
                    if (cmd.subtype === 'AT_AttachPartition')
                        t.partitioned = true;
                    const child = this.ensure((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(cmd.def, 'PartitionCmd')?.name));
                    if (child)
                        child.partitionOf = cmd.subtype === 'AT_AttachPartition' ? (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(t.ref) : undefined;
                    break;
                }
            }
        }
    }
    drop(n) {
        for (const o of n.objects ?? []) {
            const items = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(o, 'List')?.items;
            if (n.removeType === 'OBJECT_POLICY') {
                // [schema.]table.policy
                const names = items ?? [];
                const policy = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(names[names.length - 1], 'String')?.sval;
                const table = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationFromNames */ .be)(names.slice(0, -1));
                const t = table && this.tables.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(table));
                if (t && policy) {
                    t.policies.delete(policy);
                    t.restrictivePolicies?.delete(policy);
                }
                continue;
            }
            const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationFromNames */ .be)(items);
            if (!ref)
                continue;
            const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(ref);
            this.dropped.add(key);
            if (n.removeType === 'OBJECT_INDEX')
                this.indexes.delete(key);
            else if (n.removeType === 'OBJECT_VIEW' || n.removeType === 'OBJECT_SEQUENCE')
                this.viewsAndSequences.delete(key);
            else if (n.removeType === 'OBJECT_TABLE' || n.removeType === 'OBJECT_MATVIEW') {
                this.tables.delete(key);
                for (const [k, idx] of this.indexes) {
                    if (idx.table !== key)
                        continue;
                    this.indexes.delete(k);
                    this.dropped.add(k);
                }
            }
        }
    }
    rename(n) {
        const from = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationOf */ .Ke)(n.relation);
        const newname = n.newname;
        if (!from || !newname)
            return;
        const oldKey = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(from);
        const to = { schema: from.schema, name: newname };
        if (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_MATVIEW') {
            const t = this.tables.get(oldKey);
            if (!t)
                return;
            this.tables.delete(oldKey);
            t.ref = to;
            this.tables.set((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(to), t);
            for (const idx of this.indexes.values())
                if (idx.table === oldKey)
                    idx.table = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(to);
            for (const other of this.tables.values())
                for (const fk of other.foreignKeys?.values() ?? [])
                    if (fk.references === oldKey)
                        fk.references = (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(to);
        }
        else if (n.renameType === 'OBJECT_COLUMN') {
            const t = this.tables.get(oldKey);
            const subname = n.subname;
            const type = subname && t?.columns?.get(subname);
            if (t && subname && type) {
                t.columns.delete(subname);
                t.columns.set(newname, type);
            }
        }
        else if (n.renameType === 'OBJECT_VIEW' || n.renameType === 'OBJECT_SEQUENCE') {
            const o = this.viewsAndSequences.get(oldKey);
            if (!o)
                return;
            this.viewsAndSequences.delete(oldKey);
            o.ref = to;
            this.viewsAndSequences.set((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(to), o);
        }
        else if (n.renameType === 'OBJECT_INDEX') {
            const i = this.indexes.get(oldKey);
            if (!i)
                return;
            this.indexes.delete(oldKey);
            i.ref = to;
            this.indexes.set((0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(to), i);
        }
        else if (n.renameType === 'OBJECT_POLICY') {
            const t = this.tables.get(oldKey);
            if (t && n.subname) {
                t.policies.delete(n.subname);
                t.policies.add(newname);
                if (t.restrictivePolicies?.delete(n.subname))
                    t.restrictivePolicies.add(newname);
            }
        }
    }
}
/** The column of `CHECK (column IS NOT NULL)`, the helper check of the NOT NULL pattern. */
function notNullColumn(expr) {
    const t = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(expr, 'NullTest');
    if (t?.nulltesttype !== 'IS_NOT_NULL' || t.argisrow)
        return undefined;
    const fields = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(t.arg, 'ColumnRef')?.fields;
    return fields?.length === 1 ? (0,_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(fields[0], 'String')?.sval : undefined;
}
function refKey(rv) {
    if (!rv)
        return undefined;
    if ('name' in rv && 'schema' in rv)
        return (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .relationKey */ .Yb)(rv);
    return (0,_relation_js__WEBPACK_IMPORTED_MODULE_2__/* .keyOf */ .TN)(rv);
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ObjectCatalog),
/* harmony export */   R: () => (/* binding */ nameKey)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(792);
/* harmony import */ var _node_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1154);
/* harmony import */ var _relation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5490);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4023);




/**
 * Schema objects besides tables and indexes that the hazard rules ask about: schemas, enum types
 * and sequences (new in this change or not), and per table its primary key, CHECK constraints,
 * triggers and partitioning. Kept beside SchemaModel, which folds each statement in here too.
 */
class ObjectCatalog {
    schemas = new Map();
    types = new Map();
    sequences = new Map();
    tables = new Map();
    /** Functions whose body reads a setting with current_setting(name) and no missing_ok, by `schema.name`. */
    settingReaders = new Map();
    madeNow = [];
    settle() {
        for (const { map, key } of this.madeNow)
            if (map.has(key))
                map.set(key, 'base');
        this.madeNow = [];
    }
    isNewSchema(name) {
        return this.schemas.get(name) === 'change';
    }
    /** `key`: `schema.name`, unqualified names in public. */
    isNewType(key) {
        return this.types.get(key) === 'change';
    }
    isNewSequence(key) {
        return this.sequences.get(key) === 'change';
    }
    /** The settings a function (`schema.name`) reads without missing_ok, as far as its body text shows. */
    settingsReadStrictly(key) {
        return this.settingReaders.get(key) ?? [];
    }
    table(key) {
        return this.tables.get(key);
    }
    apply(stmt, origin) {
        const { kind, node: n } = stmt;
        switch (kind) {
            case 'CreateSchemaStmt': {
                const s = n;
                if (s.schemaname)
                    this.made(this.schemas, s.schemaname, origin, !!s.if_not_exists);
                break;
            }
            case 'CreateEnumStmt': {
                const key = nameKey((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)(n.typeName));
                if (key)
                    this.made(this.types, key, origin, false);
                break;
            }
            case 'CreateSeqStmt': {
                const s = n;
                const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .keyOf */ .TN)(s.sequence);
                if (key)
                    this.made(this.sequences, key, origin, !!s.if_not_exists);
                break;
            }
            case 'CreateStmt':
                this.createTable(n);
                break;
            case 'AlterTableStmt':
                this.alterTable(n);
                break;
            case 'CreateTrigStmt': {
                const t = n;
                const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .keyOf */ .TN)(t.relation);
                if (key && t.trigname)
                    this.ensure(key).triggers.add(t.trigname);
                break;
            }
            case 'DropStmt':
                this.drop(n);
                break;
            case 'CreateFunctionStmt': {
                const f = n;
                const key = nameKey((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)(f.funcname));
                if (!key)
                    break;
                const found = strictSettingReads(f);
                if (found.length)
                    this.settingReaders.set(key, found);
                else
                    this.settingReaders.delete(key);
                break;
            }
            case 'RenameStmt': {
                const r = n;
                if (r.renameType === 'OBJECT_SCHEMA' && r.subname && r.newname) {
                    const o = this.schemas.get(r.subname);
                    this.schemas.delete(r.subname);
                    this.schemas.set(r.newname, o ?? 'base');
                }
                break;
            }
        }
    }
    made(map, key, origin, ifNotExists) {
        if (ifNotExists && map.has(key))
            return;
        map.set(key, origin);
        if (origin === 'change')
            this.madeNow.push({ map, key });
    }
    ensure(key) {
        let t = this.tables.get(key);
        if (!t)
            this.tables.set(key, (t = { checks: [], triggers: new Set() }));
        return t;
    }
    createTable(s) {
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(s.relation);
        if (!ref)
            return;
        const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref);
        if (s.if_not_exists && this.tables.has(key))
            return;
        const t = { checks: [], triggers: new Set() };
        this.tables.set(key, t);
        for (const el of s.tableElts ?? []) {
            const col = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(el, 'ColumnDef');
            if (col) {
                for (const c of col.constraints ?? []) {
                    const con = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(c, 'Constraint');
                    if (con)
                        this.addConstraint(t, ref.name, con, col.colname);
                }
            }
            const con = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(el, 'Constraint');
            if (con)
                this.addConstraint(t, ref.name, con);
        }
        if (s.partspec) {
            t.partitionKey = (s.partspec.partParams ?? [])
                .map((p) => (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(p, 'PartitionElem')?.name)
                .filter((x) => !!x);
        }
        if (s.partbound?.is_default) {
            const parent = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .keyOf */ .TN)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(s.inhRelations?.[0], 'RangeVar'));
            if (parent)
                this.ensure(parent).defaultPartition = key;
        }
    }
    addConstraint(t, table, c, column) {
        if (c.contype === 'CONSTR_PRIMARY')
            t.primaryKey = c.conname ?? `${table}_pkey`;
        else if (c.contype === 'CONSTR_CHECK') {
            const columns = new Set(column ? [column] : []);
            (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walk */ .GG)(c.raw_expr, (type, node) => {
                if (type === 'ColumnRef') {
                    const parts = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)(node.fields);
                    if (parts.length)
                        columns.add(parts[parts.length - 1]);
                }
            });
            t.checks.push({ name: c.conname, columns, valid: !c.skip_validation });
        }
    }
    alterTable(s) {
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationOf */ .Ke)(s.relation);
        if (!ref || (s.objtype && s.objtype !== 'OBJECT_TABLE'))
            return;
        const t = this.ensure((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref));
        for (const c of s.cmds ?? []) {
            const cmd = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(c, 'AlterTableCmd');
            if (!cmd)
                continue;
            if (cmd.subtype === 'AT_AddConstraint') {
                const con = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(cmd.def, 'Constraint');
                if (con)
                    this.addConstraint(t, ref.name, con);
            }
            else if (cmd.subtype === 'AT_ValidateConstraint') {
                for (const ch of t.checks)
                    if (ch.name === cmd.name)
                        ch.valid = true;
            }
            else if (cmd.subtype === 'AT_DropConstraint') {
                if (t.primaryKey === cmd.name)
                    t.primaryKey = undefined;
                t.checks = t.checks.filter((ch) => ch.name !== cmd.name);
            }
        }
    }
    drop(s) {
        for (const o of s.objects ?? []) {
            const list = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(o, 'List')?.items;
            switch (s.removeType) {
                case 'OBJECT_SCHEMA': {
                    const name = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(o, 'String')?.sval;
                    if (name)
                        this.schemas.delete(name);
                    break;
                }
                case 'OBJECT_TYPE': {
                    // DROP TYPE names a TypeName node
                    const key = nameKey((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(o, 'TypeName')?.names ?? list));
                    if (key)
                        this.types.delete(key);
                    break;
                }
                case 'OBJECT_SEQUENCE': {
                    const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(list);
                    if (ref)
                        this.sequences.delete((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref));
                    break;
                }
                case 'OBJECT_TABLE': {
                    const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(list);
                    if (ref)
                        this.tables.delete((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(ref));
                    break;
                }
                case 'OBJECT_FUNCTION': {
                    const key = nameKey((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(o, 'ObjectWithArgs')?.objname));
                    if (key)
                        this.settingReaders.delete(key);
                    break;
                }
                case 'OBJECT_TRIGGER': {
                    const parts = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)(list);
                    const table = (0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationFromNames */ .be)(parts.slice(0, -1).map((sval) => ({ String: { sval } })));
                    if (table)
                        this.tables.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(table))?.triggers.delete(parts[parts.length - 1]);
                    break;
                }
            }
        }
    }
}
// current_setting('name') or current_setting('name', false) written in a function body; the body
// is text in any language (SQL, PL/pgSQL), so it is read as text rather than parsed
const STRICT_READ = /current_setting\s*\(\s*'((?:[^']|'')*)'\s*(?:,\s*(?:false|'f(?:alse)?'|'off'|'0')\s*)?\)/gi;
function strictSettingReads(f) {
    const out = new Set();
    for (const o of f.options ?? []) {
        const d = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(o, 'DefElem');
        if (d?.defname !== 'as')
            continue;
        for (const body of (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(d.arg, 'List')?.items)) {
            for (const m of body.matchAll(STRICT_READ))
                out.add(m[1].replace(/''/g, "'"));
        }
    }
    // BEGIN ATOMIC bodies are parsed with the statement
    (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walk */ .GG)(f.sql_body, (type, node) => {
        if (type !== 'FuncCall' || (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameParts */ .I)(node.funcname).pop() !== 'current_setting')
            return;
        const args = node.args ?? [];
        const flag = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(args[1], 'A_Const');
        const setting = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(args[0], 'A_Const')?.sval?.sval;
        if (setting !== undefined && (args.length === 1 || (flag && 'boolval' in flag && flag.boolval?.boolval !== true)))
            out.add(setting);
    });
    return [...out];
}
/** `schema.name` for a dotted name list, unqualified in public. */
function nameKey(parts) {
    if (parts.length === 0)
        return undefined;
    const name = parts[parts.length - 1];
    return `${parts.length > 1 ? parts[parts.length - 2] : 'public'}.${name}`;
}


/***/ }),

/***/ 2516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ setAssignment),
/* harmony export */   Yj: () => (/* binding */ SessionState),
/* harmony export */   ab: () => (/* binding */ setConfigCalls)
/* harmony export */ });
/* harmony import */ var _migrations_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11);
/* harmony import */ var _node_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1154);


const TRACKED = new Set(['lock_timeout', 'statement_timeout']);
const DEFAULT = Symbol('default');
const UNKNOWN = Symbol('unknown');
/**
 * What the server's session looks like before a statement of one file: inside an explicit
 * transaction or not, and the timeouts in force. A file starts from a fresh session, since a
 * migration may be run on its own. As on the server, `SET LOCAL` only counts inside a
 * transaction and ends with it, and a ROLLBACK (or ROLLBACK TO a savepoint) also undoes the
 * plain `SET`s made since.
 */
class SessionState {
    assumeInTransaction;
    /** BEGIN … COMMIT written in the file. */
    explicitTransaction = false;
    session = new Map();
    local = new Map();
    /** The state at BEGIN, then one entry per SAVEPOINT. */
    snapshots = [];
    constructor(assumeInTransaction) {
        this.assumeInTransaction = assumeInTransaction;
    }
    get inTransaction() {
        return this.explicitTransaction || this.assumeInTransaction;
    }
    /**
     * The value in milliseconds of a timeout setting in force: undefined when the file has not set
     * it (or set it back to DEFAULT / RESET it); 0 means the timeout is off. NaN when it was set to
     * something pgmig cannot evaluate (an expression in set_config): set, but to an unknown value.
     */
    timeout(name) {
        const v = this.local.has(name) ? this.local.get(name) : this.session.get(name);
        if (v === undefined || v === DEFAULT)
            return undefined;
        if (v === UNKNOWN)
            return Number.NaN;
        return v;
    }
    apply(stmt) {
        const { kind, node: n } = stmt;
        switch (kind) {
            case 'TransactionStmt':
                this.transaction(n);
                break;
            case 'VariableSetStmt':
                this.set(n);
                break;
            case 'SelectStmt':
                for (const a of setConfigCalls(n))
                    this.assign(a.setting, a.local, a.ms === undefined ? DEFAULT : Number.isNaN(a.ms) ? UNKNOWN : a.ms);
                break;
            case 'DiscardStmt':
                if (n.target === 'DISCARD_ALL')
                    this.resetAll();
                break;
        }
    }
    transaction(n) {
        switch (n.kind) {
            case 'TRANS_STMT_BEGIN':
            case 'TRANS_STMT_START':
                // a BEGIN inside a transaction is only a warning on the server: nothing changes
                if (!this.explicitTransaction)
                    this.snapshots = [this.snapshot()];
                this.explicitTransaction = true;
                break;
            case 'TRANS_STMT_COMMIT':
            case 'TRANS_STMT_PREPARE':
                this.endTransaction(!!n.chain);
                break;
            case 'TRANS_STMT_ROLLBACK': {
                const begin = this.snapshots[0];
                if (begin)
                    this.session = new Map(begin.session);
                this.endTransaction(!!n.chain);
                break;
            }
            case 'TRANS_STMT_SAVEPOINT':
                if (!this.inTransaction)
                    break;
                // in a transaction the runner opened (assumeInTransaction) there was no BEGIN to remember
                if (this.snapshots.length === 0)
                    this.snapshots.push(this.snapshot());
                this.snapshots.push(this.snapshot(n.savepoint_name));
                break;
            case 'TRANS_STMT_RELEASE': {
                const i = this.findSavepoint(n.savepoint_name);
                if (i > 0)
                    this.snapshots.length = i;
                break;
            }
            case 'TRANS_STMT_ROLLBACK_TO': {
                const i = this.findSavepoint(n.savepoint_name);
                const sp = i > 0 ? this.snapshots[i] : undefined;
                if (sp) {
                    this.session = new Map(sp.session);
                    this.local = new Map(sp.local);
                    this.snapshots.length = i + 1; // the savepoint itself survives ROLLBACK TO
                }
                break;
            }
        }
    }
    /** COMMIT/ROLLBACK end the transaction and with it every SET LOCAL; AND CHAIN opens the next one at once. */
    endTransaction(chain) {
        this.local = new Map();
        this.explicitTransaction = chain && this.explicitTransaction;
        this.snapshots = this.explicitTransaction ? [this.snapshot()] : [];
    }
    snapshot(name) {
        return { name, session: new Map(this.session), local: new Map(this.local) };
    }
    findSavepoint(name) {
        for (let i = this.snapshots.length - 1; i > 0; i--)
            if (this.snapshots[i].name === name)
                return i;
        return -1;
    }
    set(n) {
        if (n.kind === 'VAR_RESET_ALL') {
            this.resetAll();
            return;
        }
        const a = setAssignment(n);
        if (!a)
            return;
        this.assign(a.setting, a.local, a.ms === undefined ? DEFAULT : Number.isNaN(a.ms) ? UNKNOWN : a.ms);
    }
    assign(name, isLocal, value) {
        if (isLocal) {
            // SET LOCAL outside a transaction block only draws a WARNING on the server and changes nothing
            if (this.inTransaction)
                this.local.set(name, value);
            return;
        }
        // a plain SET inside a transaction also replaces any SET LOCAL value for the rest of it
        this.local.delete(name);
        if (value === DEFAULT)
            this.session.delete(name);
        else
            this.session.set(name, value);
    }
    resetAll() {
        this.session.clear();
        this.local.clear();
    }
}
/** The timeout a `SET`/`RESET` statement assigns, or undefined when it is about another setting. */
function setAssignment(n) {
    const name = String(n?.name ?? '').toLowerCase();
    if (!TRACKED.has(name))
        return undefined;
    const setting = name;
    const local = !!n?.is_local;
    if (n?.kind === 'VAR_SET_DEFAULT' || n?.kind === 'VAR_RESET')
        return { setting, ms: undefined, local };
    if (n?.kind !== 'VAR_SET_VALUE')
        return undefined;
    const arg = n.args?.[0];
    return { setting, local, ...readValue(arg) };
}
/** Every `set_config('lock_timeout' | 'statement_timeout', value, is_local)` in a SELECT's target list. */
function setConfigCalls(select) {
    const out = [];
    for (const t of select?.targetList ?? []) {
        const call = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)((0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(t, 'ResTarget')?.val, 'FuncCall');
        if (!call)
            continue;
        const fname = (call.funcname ?? []).map((x) => (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(x, 'String')?.sval).join('.');
        if (fname !== 'set_config' && fname !== 'pg_catalog.set_config')
            continue;
        const [nameArg, valueArg, localArg] = call.args ?? [];
        const name = String((0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(withoutCasts(nameArg), 'A_Const')?.sval?.sval ?? '').toLowerCase();
        if (!TRACKED.has(name))
            continue;
        out.push({ setting: name, local: isTrue(localArg), ...readValue(valueArg) });
    }
    return out;
}
/** The expression under any `::type` casts. */
function withoutCasts(node) {
    let n = node;
    for (let cast = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(n, 'TypeCast'); cast; cast = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(n, 'TypeCast'))
        n = cast.arg;
    return n;
}
function isTrue(node) {
    const c = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(withoutCasts(node), 'A_Const');
    if (!c)
        return false;
    if (c.boolval !== undefined)
        return c.boolval.boolval === true;
    if (c.sval !== undefined)
        return ['t', 'true', 'on', 'yes', 'y', '1'].includes(String(c.sval.sval ?? '').trim().toLowerCase());
    return false;
}
/**
 * A timeout value as PostgreSQL reads it: a bare number is milliseconds (the settings' unit), a
 * string may carry a unit ('2s', '1min', '500ms'). Anything else is NaN: set, but unreadable.
 */
function readValue(arg) {
    const c = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAs */ .h)(withoutCasts(arg), 'A_Const');
    const location = typeof c?.location === 'number' && c.location >= 0 ? c.location : undefined;
    if (!c)
        return { ms: Number.NaN, location: nodeLocation(arg) };
    let ms;
    let text;
    if (c.ival !== undefined) {
        ms = Number(c.ival.ival ?? 0);
        text = String(ms);
    }
    else if (c.fval !== undefined) {
        ms = Number(c.fval.fval);
        text = String(c.fval.fval);
    }
    else if (c.sval !== undefined) {
        text = `'${String(c.sval.sval ?? '')}'`;
        ms = (0,_migrations_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(String(c.sval.sval ?? '').trim());
    }
    // the server rejects negative and malformed values, so they never take effect
    if (ms === undefined || !Number.isFinite(ms) || ms < 0)
        return { ms: Number.NaN, location, text };
    return { ms, location, text };
}
function nodeLocation(node) {
    if (!node || typeof node !== 'object')
        return undefined;
    const inner = Object.values(node)[0];
    return typeof inner?.location === 'number' && inner.location >= 0 ? inner.location : undefined;
}


/***/ }),

/***/ 4023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ walk),
/* harmony export */   I6: () => (/* binding */ find),
/* harmony export */   cy: () => (/* binding */ findNode)
/* harmony export */ });
/**
 * Visits every typed node under `root`, depth first, parents before children. `root` may be a
 * typed node, a bare inner object (`stmt.node`) or a list. The AST is plain JSON, so a generic
 * walk finds a node type wherever the grammar allows it (subqueries, CASE arms, casts) without
 * a table of which field holds what.
 */
function walk(root, visit) {
    if (Array.isArray(root)) {
        for (const item of root)
            walk(item, visit);
        return;
    }
    if (root === null || typeof root !== 'object')
        return;
    const obj = root;
    const type = typeOf(obj);
    if (type) {
        if (visit(...[type, obj[type]]) === false)
            return;
        walk(obj[type], visit);
        return;
    }
    for (const value of Object.values(obj))
        walk(value, visit);
}
/** A typed node is an object with one key, a node type name (`A_Const`, `FuncCall`), holding an object. */
function typeOf(obj) {
    const keys = Object.keys(obj);
    if (keys.length !== 1)
        return undefined;
    const key = keys[0];
    const value = obj[key];
    return /^[A-Z]/.test(key) && value !== null && typeof value === 'object' && !Array.isArray(value) ? key : undefined;
}
function find(root, test) {
    let found;
    walk(root, (...args) => {
        if (found)
            return false;
        if (test(...args)) {
            found = { type: args[0], node: args[1] };
            return false;
        }
        return true;
    });
    return found;
}
/** The inner object of the first node of type `type` under `root`. */
function findNode(root, type) {
    const hit = find(root, (t, _node) => t === type);
    return hit?.node;
}


/***/ })

};
