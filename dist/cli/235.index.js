export const id = 235;
export const ids = [235,986,605,726];
export const modules = {

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollback: () => (/* binding */ runRollback)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/db/apply.ts
var apply = __webpack_require__(2154);
// EXTERNAL MODULE: ./src/db/bodies.ts
var bodies = __webpack_require__(3064);
// EXTERNAL MODULE: ./src/db/connect.ts
var connect = __webpack_require__(8008);
// EXTERNAL MODULE: ./src/db/interruption.ts
var interruption = __webpack_require__(6679);
;// CONCATENATED MODULE: ./src/db/lock-retries.ts
/**
 * Retrying a transaction that did not get its locks in time, the way GitLab's
 * `with_lock_retries` does: a short lock_timeout first, so that a statement queued behind a long
 * transaction holds up everyone queued behind it only briefly; then, after a pause, the whole
 * transaction again with a longer one, up to a bounded number of attempts and total time.
 */
/** SQLSTATE lock_not_available: lock_timeout expired (or NOWAIT found the lock taken). */
const LOCK_NOT_AVAILABLE = '55P03';
const DEFAULT_LOCK_RETRIES = { attempts: 5, maxTotalMs: 60_000 };
// GitLab's steps start at 100 ms too; each a little over twice the one before
const RUNGS = [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 30_000, 60_000];
/**
 * The lock_timeout of attempt `i` (0-based) of `n`: the next rung, never more than `maxMs`;
 * the last attempt gets all of `maxMs` (with one attempt, that is the only one).
 */
function lockTimeoutFor(i, n, maxMs) {
    if (i >= n - 1)
        return maxMs;
    return Math.min(maxMs, RUNGS[Math.min(i, RUNGS.length - 1)]);
}
/**
 * The pause before retry `k` (1 for the second attempt): doubling from 250 ms up to 10 s, with
 * half of it random, so that two rollbacks that collided do not collide again in step.
 */
function backoffMs(k, random = Math.random) {
    const base = Math.min(10_000, 250 * 2 ** Math.max(0, k - 1));
    return Math.round(base / 2 + random() * (base / 2));
}
const sleepFor = (ms) => new Promise((ok) => setTimeout(ok, ms));
const shown = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 ? 2 : 0)} s` : `${Math.round(ms)} ms`);
/**
 * Runs `attempt` with the lock_timeout of each attempt in turn until one gets its locks (or fails
 * for another reason, which is never retried), within `policy`. `attempt` must leave nothing
 * behind when it fails: the caller's transaction is rolled back each time.
 */
async function withLockRetries(policy, maxLockTimeoutMs, attempt, hooks = {}) {
    const now = hooks.now ?? (() => performance.now());
    const sleep = hooks.sleep ?? sleepFor;
    const n = Math.max(1, Math.floor(policy.attempts));
    const started = now();
    const attempts = [];
    let waited = 0;
    for (let i = 0;; i++) {
        let lockTimeoutMs = lockTimeoutFor(i, n, maxLockTimeoutMs);
        if (i > 0) {
            // the total bound holds for the pauses too: the last attempt gets what time is left
            const left = policy.maxTotalMs - (now() - started);
            lockTimeoutMs = Math.max(1, Math.min(lockTimeoutMs, Math.floor(left)));
        }
        const t0 = now();
        const out = await attempt(lockTimeoutMs, i + 1);
        const record = { attempt: i + 1, lockTimeoutMs, waitedMs: waited, durationMs: now() - t0, result: out.ok ? 'ok' : out.lockNotAvailable ? 'lock timeout' : 'failed' };
        if (!out.ok && out.message)
            record.message = out.message;
        attempts.push(record);
        const head = `lock attempt ${i + 1}/${n} (lock_timeout ${shown(lockTimeoutMs)})`;
        if (out.ok || !out.lockNotAvailable) {
            // the first attempt's success is the usual case, not worth a line
            if (i > 0)
                hooks.log?.(`${head}: ${out.ok ? 'got the locks' : 'failed, not for a lock: not retried'}`);
            return { value: out.value, attempts };
        }
        const elapsed = now() - started;
        waited = backoffMs(i + 1, hooks.random);
        let stop;
        if (i + 1 >= n)
            stop = `no attempts left (lockRetries.attempts ${n})`;
        // the next attempt must have some time to wait for its locks
        else if (elapsed + waited + Math.min(100, maxLockTimeoutMs) > policy.maxTotalMs)
            stop = `lockRetries.maxTotal (${shown(policy.maxTotalMs)}) would be passed`;
        if (stop) {
            hooks.log?.(`${head}: ${out.message ?? 'lock not granted'}; giving up: ${stop}`);
            const timeouts = attempts.map((a) => shown(a.lockTimeoutMs)).join(', ');
            const gaveUp = `the locks were not granted in ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} over ${shown(elapsed)} (lock_timeout ${timeouts}); ${stop}. ` +
                'Another session holds a lock the undo files need: find it in pg_locks and pg_stat_activity, or try again when it is done';
            return { value: out.value, attempts, gaveUp };
        }
        hooks.log?.(`${head}: ${out.message ?? 'lock not granted'}; retrying in ${shown(waited)}`);
        await sleep(waited);
    }
}
/**
 * A statement that sets lock_timeout itself (`SET [LOCAL|SESSION] lock_timeout …`, `RESET
 * lock_timeout`, `SET … TO DEFAULT`). Under lock retries pgmig sets it per attempt; a file's own
 * value would silently govern every wait instead and make the reported schedule untrue, so such
 * statements are not run (and the report says so).
 */
function setsLockTimeout(stmt) {
    if (stmt.kind !== 'VariableSetStmt')
        return false;
    const n = stmt.node;
    if (n.kind === 'VAR_RESET_ALL')
        return true;
    return typeof n.name === 'string' && n.name.toLowerCase() === 'lock_timeout';
}

// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
;// CONCATENATED MODULE: ./src/db/rollback.ts



/**
 * Where flyway_schema_history is: the one the search_path finds (where Flyway made it), else
 * the only one in the database. Undefined when there is none; a list when several schemas
 * have one and the search_path picks none of them (pgmig will not guess).
 */
async function findHistoryTable(client) {
    const r = await client.query(`SELECT n.nspname AS schema, c.oid = to_regclass(quote_ident($1)) AS visible
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relname = $1 AND c.relkind IN ('r', 'p')
      ORDER BY n.nspname`, [apply/* HISTORY_TABLE */.GQ]);
    const pick = r.rows.find((x) => x.visible) ?? (r.rows.length === 1 ? r.rows[0] : undefined);
    if (pick)
        return { name: `${(0,apply/* quoteIdent */.v4)(pick.schema)}.${(0,apply/* quoteIdent */.v4)(apply/* HISTORY_TABLE */.GQ)}`, shown: `${pick.schema}.${apply/* HISTORY_TABLE */.GQ}` };
    if (r.rows.length > 1)
        return { ambiguous: r.rows.map((x) => `${x.schema}.${apply/* HISTORY_TABLE */.GQ}`) };
    return undefined;
}
async function readHistory(client, table) {
    const r = await client.query(`SELECT installed_rank, version, type, script, success FROM ${table.name} ORDER BY installed_rank`);
    return r.rows.map((x) => ({ rank: x.installed_rank, version: x.version, type: x.type, script: x.script, success: x.success }));
}
/** Versioned rows by version key (`1.10`, `1_10` and `01.10.0` are one version, as for Flyway). */
function versionStates(rows) {
    const out = new Map();
    for (const row of rows) {
        if (row.version === null || !/^\d+(?:[._]\d+)*$/.test(row.version))
            continue;
        const key = (0,migrations_name/* versionKey */._5)((0,migrations_name.versionParts)(row.version));
        const s = out.get(key);
        if (!s)
            out.set(key, { version: row.version, key, applied: false, last: row, ranks: [row.rank] });
        else {
            s.ranks.push(row.rank);
            if (row.rank > s.last.rank)
                s.last = row;
        }
    }
    for (const s of out.values()) {
        s.applied = s.last.success && !/^UNDO/i.test(s.last.type) && !/^DELETE/i.test(s.last.type);
        s.version = s.last.version;
    }
    return out;
}
const codeOf = (err) => err?.code;
const settingMs = (ms) => `'${Math.max(0, Math.round(ms))}ms'`;
/**
 * Runs the undo files, in the order given, in one transaction together with the deletion of
 * their versions' rows from the history: everything happens or nothing does. Each file starts
 * under `SET LOCAL lock_timeout`, so a lock that is not granted in time fails the rollback
 * instead of queueing every other query behind it. The history table is locked first (other
 * migration runs wait) and read again, so a change since the plan stops the run. A dry run
 * does all of it and rolls back.
 */
async function runUndos(client, table, steps, opts) {
    const started = performance.now();
    const policy = opts.retries ?? { attempts: 1, maxTotalMs: opts.lockTimeoutMs };
    const done = await withLockRetries(policy, opts.lockTimeoutMs, async (lockTimeoutMs) => {
        const a = await runOnce(client, table, steps, lockTimeoutMs, opts.dryRun, opts.interrupted);
        const o = a.outcome;
        const message = o.error ? `${o.error.file}:${o.error.line}: ${o.error.message}` : o.problem;
        return { value: o, ok: o.status !== 'failed', lockNotAvailable: a.lockNotAvailable, message };
    }, { log: opts.log });
    const outcome = done.value;
    outcome.attempts = done.attempts;
    // the last attempt's own error stays (file and line of the statement that waited); this says
    // why there was no other
    if (done.gaveUp && policy.attempts > 1)
        outcome.problem = outcome.problem ? `${done.gaveUp}. Last: ${outcome.problem}` : done.gaveUp;
    outcome.durationMs = performance.now() - started;
    return outcome;
}
/** The transaction once, every undo file under `lockTimeoutMs`. */
async function runOnce(client, table, steps, lockTimeoutMs, dryRun, interrupted = () => undefined) {
    const started = performance.now();
    const runs = steps.map((s) => ({ version: s.version, undo: s.undo.entry.path, statements: s.undo.parsed.statements.length, status: 'not run', durationMs: 0 }));
    const outcome = { status: 'failed', runs, deletedRows: 0, durationMs: 0, attempts: [] };
    const attempt = { outcome, lockNotAvailable: false };
    const lockTimeout = `SET LOCAL lock_timeout = ${settingMs(lockTimeoutMs)}`;
    let open = false;
    const stopped = interrupted();
    if (stopped) {
        outcome.problem = `interrupted by ${stopped} before the transaction started: nothing was run, nothing was undone`;
        return attempt;
    }
    try {
        await client.query('BEGIN');
        open = true;
        await client.query(lockTimeout);
        try {
            await client.query(`LOCK TABLE ${table.name} IN SHARE ROW EXCLUSIVE MODE`);
        }
        catch (err) {
            attempt.lockNotAvailable = codeOf(err) === LOCK_NOT_AVAILABLE;
            outcome.problem = `could not lock ${table.shown} within lock_timeout ${lockTimeoutMs} ms (is a migration running?): ${err.message}`;
            return attempt;
        }
        const changed = historyChanged(steps, versionStates(await readHistory(client, table)));
        if (changed) {
            outcome.problem = `${table.shown} changed since the plan (${changed}); nothing was run, try again`;
            return attempt;
        }
        for (const [i, step] of steps.entries()) {
            const run = runs[i];
            const t0 = performance.now();
            // an earlier undo file may have set its own; each file starts from the configured one
            await client.query(lockTimeout);
            let current;
            try {
                for (const s of step.undo.parsed.statements) {
                    // pgmig's own lock_timeout for this attempt governs the waits, as reported
                    if (setsLockTimeout(s))
                        continue;
                    current = s;
                    await client.query(s.text);
                }
                current = undefined;
                const del = await client.query(`DELETE FROM ${table.name} WHERE installed_rank = ANY($1::int[])`, [step.ranks]);
                outcome.deletedRows += del.rowCount ?? 0;
            }
            catch (err) {
                run.status = 'failed';
                run.durationMs = performance.now() - t0;
                const signal = interrupted();
                if (signal) {
                    const at = current ? `${step.undo.entry.path}:${step.undo.parsed.source.position(current.start).line}` : `the deletion of version ${step.version}'s history rows`;
                    outcome.problem = `interrupted by ${signal} during ${at}: pgmig cancelled the statement from another session and rolled the transaction back, so nothing was undone (every version is still applied, the history untouched)`;
                    return attempt;
                }
                attempt.lockNotAvailable = codeOf(err) === LOCK_NOT_AVAILABLE;
                if (current)
                    outcome.error = withoutRowData((0,apply/* errorAt */.Os)(step.undo.entry.path, step.undo.parsed.source, current, err));
                else
                    outcome.problem = `could not delete version ${step.version}'s rows from ${table.shown}: ${serverMessage(err)}`;
                return attempt;
            }
            run.status = 'done';
            run.durationMs = performance.now() - t0;
        }
        if (dryRun) {
            await client.query('ROLLBACK');
            open = false;
            outcome.status = 'rolled back';
        }
        else {
            open = false;
            try {
                await client.query('COMMIT');
            }
            catch (err) {
                // a server error at COMMIT (a deferred constraint, serialization) rolls back; a broken
                // connection leaves the outcome unknown, and saying otherwise would mislead
                const server = typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code);
                if (!server)
                    outcome.uncertain = true;
                outcome.problem = server
                    ? `COMMIT failed: ${serverMessage(err)}; the server rolled the transaction back, nothing changed`
                    : `the connection broke during COMMIT (${err.message}): whether the rollback was committed is unknown; look at ${table.shown} before trying again`;
                return attempt;
            }
            outcome.status = 'committed';
        }
        return attempt;
    }
    finally {
        if (open)
            await client.query('ROLLBACK').catch(() => { });
        outcome.durationMs = performance.now() - started;
    }
}
/**
 * An undo file that cannot run in a transaction (CONCURRENTLY statements, SET lines), run the way
 * Flyway and `pgmig test` run it: statement by statement outside a transaction, under a
 * session lock_timeout per attempt; then its history rows are deleted in a transaction of their
 * own, the history locked and read again first. A failure part way leaves what ran done (a
 * CONCURRENTLY statement cannot be rolled back) and the history rows in place: the report says
 * which statement; the file is meant to be safe to run again (IF EXISTS).
 */
async function runUndoAlone(client, table, step, opts) {
    const started = performance.now();
    const policy = opts.retries ?? { attempts: 1, maxTotalMs: opts.lockTimeoutMs };
    const interrupted = opts.interrupted ?? (() => undefined);
    const done = await withLockRetries(policy, opts.lockTimeoutMs, async (lockTimeoutMs) => {
        const t0 = performance.now();
        const run = { version: step.version, undo: step.undo.entry.path, statements: step.undo.parsed.statements.length, status: 'not run', durationMs: 0 };
        const o = { status: 'failed', runs: [run], deletedRows: 0, durationMs: 0, attempts: [] };
        const fail = (lockNotAvailable = false) => ({ value: o, ok: false, lockNotAvailable, message: o.error ? `${o.error.file}:${o.error.line}: ${o.error.message}` : o.problem });
        const signal = interrupted();
        if (signal) {
            o.problem = `interrupted by ${signal} before ${run.undo} started: nothing was run, nothing was undone`;
            return fail();
        }
        const changed = historyChanged([step], versionStates(await readHistory(client, table)));
        if (changed) {
            o.problem = `${table.shown} changed since the plan (${changed}); nothing was run, try again`;
            return fail();
        }
        let current;
        try {
            await client.query(`SET lock_timeout = ${settingMs(lockTimeoutMs)}`);
            for (const s of step.undo.parsed.statements) {
                if (setsLockTimeout(s))
                    continue;
                current = s;
                await client.query(s.text);
            }
            current = undefined;
        }
        catch (err) {
            run.status = 'failed';
            run.durationMs = performance.now() - t0;
            const sig = interrupted();
            const line = current ? step.undo.parsed.source.position(current.start).line : 0;
            if (sig) {
                o.problem = `interrupted by ${sig} during ${run.undo}:${line}: pgmig cancelled the statement; the statements before it ran outside a transaction and stay done, version ${step.version} is still in the history`;
                return fail();
            }
            if (current)
                o.error = withoutRowData((0,apply/* errorAt */.Os)(run.undo, step.undo.parsed.source, current, err));
            return fail(codeOf(err) === LOCK_NOT_AVAILABLE);
        }
        finally {
            // the file's SETs were for the file only; the session goes on (the history deletion)
            await client.query('RESET ALL').catch(() => { });
        }
        run.status = 'done';
        run.durationMs = performance.now() - t0;
        let open = false;
        try {
            await client.query('BEGIN');
            open = true;
            await client.query(`SET LOCAL lock_timeout = ${settingMs(Math.max(lockTimeoutMs, 1000))}`);
            await client.query(`LOCK TABLE ${table.name} IN SHARE ROW EXCLUSIVE MODE`);
            const del = await client.query(`DELETE FROM ${table.name} WHERE installed_rank = ANY($1::int[])`, [step.ranks]);
            await client.query('COMMIT');
            open = false;
            o.deletedRows = del.rowCount ?? 0;
            o.status = 'committed';
            return { value: o, ok: true, lockNotAvailable: false };
        }
        catch (err) {
            o.problem =
                `${run.undo} ran (outside a transaction), but version ${step.version}'s rows could not be removed from ${table.shown}: ${serverMessage(err)}. ` +
                    `Delete them (installed_rank ${step.ranks.join(', ')}) by hand, or run the rollback again (the undo file runs again first)`;
            // not a lock retry: the undo is done, running it again is not what the schedule is for
            return { value: o, ok: false, lockNotAvailable: false, message: o.problem };
        }
        finally {
            if (open)
                await client.query('ROLLBACK').catch(() => { });
        }
    }, { log: opts.log });
    const outcome = done.value;
    outcome.attempts = done.attempts;
    if (done.gaveUp && policy.attempts > 1)
        outcome.problem = outcome.problem ? `${done.gaveUp}. Last: ${outcome.problem}` : done.gaveUp;
    outcome.durationMs = performance.now() - started;
    return outcome;
}
/** What differs between the versions planned and the history now, or undefined when nothing does. */
function historyChanged(steps, now) {
    for (const s of steps) {
        const v = now.get(s.key);
        if (!v || (!v.applied && !(s.failedRun && !v.last.success)))
            return `version ${s.version} is no longer applied`;
        const same = v.ranks.length === s.ranks.length && v.ranks.every((r) => s.ranks.includes(r));
        if (!same)
            return `version ${s.version} has other rows now`;
    }
    const oldest = steps.reduce((m, s) => (m === undefined || compareKeys(s.key, m) < 0 ? s.key : m), undefined);
    if (oldest !== undefined) {
        const planned = new Set(steps.map((s) => s.key));
        const newer = [...now.values()].filter((v) => v.applied && !planned.has(v.key) && compareKeys(v.key, oldest) > 0);
        if (newer.length)
            return `version ${newer.map((v) => v.version).join(', ')} was applied meanwhile`;
    }
    return undefined;
}
/** Version keys in Flyway's order. */
function compareKeys(a, b) {
    return (0,migrations_name.compareVersions)((0,migrations_name.versionParts)(a), (0,migrations_name.versionParts)(b));
}
/**
 * SQLSTATE classes whose messages name objects and settings only. Others may quote the data
 * the statement touched (22: `invalid input syntax for type integer: "…"`; P0: whatever a
 * RAISE says; 23's DETAIL: `Key (email)=(…)`), which must not reach a pull-request comment, the
 * log or the job summary of a run against production.
 */
const NAMES_ONLY = /^(?:08|0A|25|3D|3F|40|42|53|54|55|57)/;
const CONDITION = {
    '22001': 'string_data_right_truncation', '22003': 'numeric_value_out_of_range', '22007': 'invalid_datetime_format', '22008': 'datetime_field_overflow',
    '22012': 'division_by_zero', '22P02': 'invalid_text_representation', '23502': 'not_null_violation', '23503': 'foreign_key_violation',
    '23505': 'unique_violation', '23514': 'check_violation', '23P01': 'exclusion_violation', P0001: 'raise_exception', P0002: 'no_data_found',
    P0003: 'too_many_rows', P0004: 'assert_failure',
};
function hiddenMessage(code) {
    const name = code ? CONDITION[code] : undefined;
    return `${name ?? 'a server error'}${code ? ` (SQLSTATE ${code})` : ''}; the server's message is not shown, as it may quote rows of the database: read it in the server's log`;
}
/** A server error's message, or a stand-in when it may quote the database's rows. */
function serverMessage(err) {
    const e = err;
    const code = typeof e?.code === 'string' ? e.code : undefined;
    if (code && !/^[0-9A-Z]{5}$/.test(code))
        return String(e.message ?? err);
    return code && NAMES_ONLY.test(code) ? String(e.message ?? '') : hiddenMessage(code);
}
/** The error without the parts that may quote rows: DETAIL and CONTEXT always, the message and HINT unless its class names objects only. */
function withoutRowData(e) {
    const { detail: _detail, where: _where, ...rest } = e;
    if (e.sqlstate && NAMES_ONLY.test(e.sqlstate))
        return rest;
    const { hint: _hint, ...bare } = rest;
    return { ...bare, message: hiddenMessage(e.sqlstate) };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/rules/index.ts + 79 modules
var rules = __webpack_require__(6064);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/sql/parse.ts + 1 modules
var parse = __webpack_require__(8979);
// EXTERNAL MODULE: ./src/sql/transactional.ts
var transactional = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/sql/walk.ts
var walk = __webpack_require__(4023);
;// CONCATENATED MODULE: ./src/commands/rollback-dry-run.ts


/**
 * What a dry run may execute. It runs the undo files in a transaction and rolls it back, which
 * takes back the catalog and table changes, but not what a statement does outside the
 * transaction: sequence values (nextval, setval, a DEFAULT that calls nextval), dblink, COPY …
 * TO PROGRAM, notifications, advisory locks, a trigger's side effects. So a dry run executes
 * only statements of the kinds below that call no function at all; for anything else it checks
 * the plan and the history and executes nothing.
 */
const TAKEN_BACK = new Set([
    'AlterTableStmt', 'DropStmt', 'IndexStmt', 'CreateStmt', 'RenameStmt', 'CommentStmt', 'ViewStmt',
    'CreatePolicyStmt', 'AlterPolicyStmt', 'GrantStmt', 'VariableSetStmt', 'CreateSeqStmt', 'CreateEnumStmt',
    'CreateTrigStmt', 'CreateFunctionStmt', 'AlterFunctionStmt', 'AlterOwnerStmt', 'AlterObjectSchemaStmt',
    'CreateSchemaStmt', 'CreateDomainStmt', 'CompositeTypeStmt', 'LockStmt', 'AlterEnumStmt',
]);
const LABEL = {
    InsertStmt: 'INSERT', UpdateStmt: 'UPDATE', DeleteStmt: 'DELETE', MergeStmt: 'MERGE', TruncateStmt: 'TRUNCATE',
    SelectStmt: 'SELECT', DoStmt: 'DO', CopyStmt: 'COPY', CallStmt: 'CALL', NotifyStmt: 'NOTIFY', CreateExtensionStmt: 'CREATE EXTENSION',
    AlterSeqStmt: 'ALTER SEQUENCE', ExecuteStmt: 'EXECUTE', CreateTableAsStmt: 'CREATE TABLE AS', RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
};
/**
 * Why a rolled-back transaction might not take all of `stmt` back, or undefined when it does.
 * Row changes (INSERT, UPDATE, DELETE, TRUNCATE) are left out too: they fire triggers, whose
 * bodies may reach outside the transaction.
 */
function notTakenBack(stmt) {
    const outside = (0,transactional/* nonTransactional */.lG)(stmt);
    if (outside)
        return `${outside} runs outside a transaction, so nothing could take it back`;
    if (!TAKEN_BACK.has(stmt.kind)) {
        const what = LABEL[stmt.kind] ?? stmt.kind.replace(/Stmt$/, '');
        return `${what} may have effects a transaction rollback does not take back (sequences, triggers, anything a function does)`;
    }
    const call = (0,walk/* findNode */.cy)(stmt.node, 'FuncCall');
    if (call) {
        const name = (call.funcname ?? []).map((p) => ('String' in p ? p.String.sval : undefined) ?? '').filter(Boolean).join('.');
        return `it calls ${name || 'a function'}(), whose effects (nextval, setval, dblink, …) a transaction rollback may not take back`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/commands/rollback.ts

















/**
 * `pgmig rollback` and `/migrate rollback|plan`: the undo files of the chosen migrations,
 * newest version first, in one transaction with the deletion of their history rows. Anything
 * that would make it half-work (an undo file missing or unrunnable in a transaction, a version
 * not applied, a newer version applied on top) blocks it before anything runs.
 */
async function runRollback(opts) {
    // the server's messages may quote anything: all that leaves goes through the redaction
    const log = opts.log && ((line) => opts.log((0,secrets/* redact */.E$)(line)));
    try {
        return (0,secrets/* redactDeep */.KL)(await rollback({ ...opts, log }));
    }
    catch (err) {
        throw (0,secrets/* redactError */.ki)(err);
    }
}
async function rollback(opts) {
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config, rules.RULE_IDS);
    if (opts.placeholder)
        config.placeholder = opts.placeholder;
    if (opts.migrations?.length) {
        config.migrations = opts.migrations;
        config.root = opts.cwd;
    }
    const lockTimeoutMs = opts.lockTimeoutMs ?? config.lockTimeout.maxMs;
    const lockRetries = { attempts: opts.lockAttempts ?? config.lockRetries.attempts, maxTotalMs: config.lockRetries.maxTotalMs };
    if (opts.target.kind === 'all' && !opts.scope)
        throw new errors/* UserError */.y('rolling back every migration at once is not offered: give a version, or last');
    const server = (0,connect/* resolveTarget */.u1)(opts.databaseUrl, opts.env);
    if (!server)
        throw new errors/* UserError */.y('no database to roll back: give --database-url (or set DATABASE_URL)');
    await (0,parse/* ensureParser */._U)();
    const dirs = config.migrations.map((d) => (0,external_node_path_.resolve)(config.root, d));
    const shownDirs = dirs.map((d) => (0,external_node_path_.relative)(opts.cwd, d) || '.').join(', ');
    const present = dirs.filter((d) => (0,external_node_fs_.existsSync)(d));
    const entries = (0,discover.discoverMigrations)(opts.cwd, present.map((d) => (0,external_node_path_.relative)(opts.cwd, d) || '.'), config.placeholder);
    const named = entries.flatMap((e) => ((0,migrations_name.isNameProblem)(e.name) ? [] : [{ e, n: e.name }]));
    const result = {
        status: 'refused',
        ...(opts.source ? { source: opts.source } : {}),
        database: { name: '', serverVersion: '', url: (0,connect/* displayUrl */.Qy)(server) },
        lockTimeoutMs,
        lockRetries,
        dryRun: !!opts.dryRun,
        steps: [],
        blockers: [],
        notes: [],
        runs: [],
        attempts: [],
        deletedRows: 0,
        durationMs: 0,
    };
    const { blockers, notes } = result;
    const candidates = opts.scope ? scopeCandidates(opts.scope, dirs, named, config.placeholder, blockers, notes, opts.source) : allCandidates(named);
    if (opts.scope && candidates.size === 0 && blockers.length === 0) {
        blockers.push(`${opts.scope.label} changes no versioned migration in ${shownDirs}: nothing to roll back`);
    }
    const client = await (0,connect/* connect */.Ng)(server, 'pgmig rollback', opts.env);
    try {
        const info = (await client.query(`SELECT current_database() AS db, current_setting('server_version') AS v`)).rows[0];
        result.database.name = info.db;
        result.database.serverVersion = info.v;
        const found = await findHistoryTable(client);
        if (!found || 'ambiguous' in found) {
            blockers.push(found
                ? `database ${info.db} has several history tables (${found.ambiguous.join(', ')}) and the search_path picks none; set the search_path (options=-csearch_path=… in the URL) to the schema Flyway uses`
                : `database ${info.db} has no flyway_schema_history table: no migration is recorded as applied there`);
            if (opts.planOnly)
                result.status = 'planned';
            return result;
        }
        const table = found;
        result.history = table.shown;
        const rows = await readHistory(client, table);
        const states = versionStates(rows);
        const { baseline, failed } = historyEdges(rows);
        const targets = chooseTargets(opts, candidates, states, blockers, info.db, table.shown);
        const steps = [];
        // a failed newest row: Flyway refuses to migrate until it is repaired; undoing the version
        // beneath it would leave that row on top, which Flyway then reads as out of order
        const explicitFailed = failed && opts.target.kind === 'version' && (0,migrations_name/* versionKey */._5)((0,migrations_name.versionParts)(opts.target.version)) === failed.key;
        if (failed && !explicitFailed) {
            blockers.push(`the newest row of ${table.shown} (rank ${failed.row.rank}) is a failed run of version ${failed.row.version}: Flyway refuses to migrate until it is repaired. ` +
                `Run flyway repair first (it removes the failed row), or roll back version ${failed.row.version} itself (${opts.scope ? `/migrate rollback ${failed.row.version}` : `pgmig rollback ${failed.row.version}`}) when its undo file can clean up what the failed run left`);
        }
        for (const c of targets) {
            if (baseline && compareKeys(c.key, baseline.key) <= 0) {
                blockers.push(`version ${c.version} is at or below ${table.shown}'s BASELINE (version ${baseline.version}, rank ${baseline.rank}): what the baseline stands for predates Flyway and no undo file made it, ` +
                    'so pgmig never rolls back at or below a baseline; restore from a backup instead');
                continue;
            }
            const { undo, step } = planStep(c, named, states, blockers, info.db, table.shown, shownDirs, opts.scope, opts.source, explicitFailed && failed.key === c.key);
            if (!undo)
                continue;
            // shown in the plan even when something else blocks it: the reader sees what would run
            result.steps.push({ version: c.version, migration: c.migration, undo: undo.entry.path, statements: undo.parsed.statements.map((s) => s.text) });
            if (step)
                steps.push(step);
            for (const x of undo.parsed.error ? [] : undo.parsed.statements.filter(setsLockTimeout)) {
                notes.push(`${undo.entry.path}:${undo.parsed.source.position(x.start).line}: ${x.text.replace(/\s+/g, ' ')} is not run: pgmig sets lock_timeout itself for each attempt (the schedule reported), at most ${lockTimeoutMs} ms`);
            }
            if (!undo.parsed.error && undo.parsed.statements.length === 0)
                notes.push(`${undo.entry.path} is empty: version ${c.version} only leaves the history`);
        }
        if (targets.length) {
            const oldest = targets[targets.length - 1].key;
            const chosen = new Set(targets.map((t) => t.key));
            const newer = [...states.values()].filter((s) => s.applied && !chosen.has(s.key) && compareKeys(s.key, oldest) > 0).sort((a, b) => compareKeys(b.key, a.key));
            if (newer.length) {
                blockers.push(`${plural(newer.length, 'newer version')} ${newer.length === 1 ? 'is' : 'are'} applied on top (${newer.map((s) => s.version).join(', ')}): ` +
                    'undo files run newest first, so roll those back before this one');
            }
        }
        const outside = steps.find((st) => st.outsideTransaction);
        if (outside && steps.length > 1) {
            blockers.push(`${outside.undo.entry.path} holds ${outside.outsideTransaction}, which runs outside a transaction, so version ${outside.version} is rolled back on its own, ` +
                `its history rows removed after it: roll back ${steps[0] === outside ? `version ${outside.version} first` : `the newer versions first, then version ${outside.version}`}, one command each (by version)`);
        }
        else if (outside) {
            notes.push(`${outside.undo.entry.path} holds ${outside.outsideTransaction}: it runs outside a transaction (as Flyway and pgmig test run it), statement by statement, and the version's history rows are removed after it`);
        }
        if (opts.planOnly) {
            result.status = 'planned';
            return result;
        }
        if (blockers.length || steps.length === 0) {
            if (!blockers.length)
                blockers.push('nothing to roll back');
            return result;
        }
        if (opts.dryRun) {
            const unsafe = steps.flatMap((st) => st.undo.parsed.statements.flatMap((x) => {
                const why = notTakenBack(x);
                return why ? [`${st.undo.entry.path}:${st.undo.parsed.source.position(x.start).line}: ${why}`] : [];
            }));
            if (unsafe.length) {
                // checked against the history above; executing it could change what a ROLLBACK cannot restore
                result.unexecuted = unsafe;
                result.runs = steps.map((st) => ({ version: st.version, undo: st.undo.entry.path, statements: st.undo.parsed.statements.length, status: 'not run', durationMs: 0 }));
                result.deletedRows = steps.reduce((n, st) => n + st.ranks.length, 0);
                result.status = 'dry run';
                return result;
            }
        }
        // a cancelled job or Ctrl-C must not leave the server running an undo that holds its locks
        const pid = client.processID;
        const watch = (0,interruption/* watchInterrupts */.K)(async (signal) => {
            process.stderr.write(`pgmig: interrupted by ${signal}: cancelling the rollback's statement (backend ${pid ?? '?'}) and rolling its transaction back\n`);
            if (pid === undefined)
                return;
            const admin = await (0,connect/* connect */.Ng)(server, 'pgmig rollback (cancel)', opts.env);
            try {
                await (0,interruption/* cancelThenTerminate */.p)(admin, pid);
            }
            finally {
                await admin.end().catch(() => { });
            }
        });
        let outcome;
        try {
            const undoOptions = { lockTimeoutMs, dryRun: !!opts.dryRun, retries: lockRetries, log: opts.log, interrupted: watch.signal };
            outcome = outside ? await runUndoAlone(client, table, outside, undoOptions) : await runUndos(client, table, steps, undoOptions);
        }
        finally {
            watch.stop();
        }
        const signal = watch.signal();
        if (signal)
            result.interrupted = signal;
        result.runs = outcome.runs;
        result.attempts = outcome.attempts;
        result.deletedRows = outcome.status === 'committed' ? outcome.deletedRows : 0;
        result.durationMs = outcome.durationMs;
        if (outcome.error)
            result.error = outcome.error;
        if (outcome.problem)
            result.problem = outcome.problem;
        if (outcome.uncertain)
            result.uncertain = true;
        result.status = outcome.status === 'committed' ? 'rolled back' : outcome.status === 'rolled back' ? 'dry run' : 'failed';
        if (outcome.status === 'rolled back')
            result.deletedRows = outcome.deletedRows;
        return result;
    }
    finally {
        await client.end().catch(() => { });
    }
}
/**
 * The history's newest BASELINE row (Flyway's `baseline`: everything at or below it predates
 * Flyway), and its newest versioned row when that is a failed run.
 */
function historyEdges(rows) {
    const versioned = rows.filter((r) => r.version !== null && /^\d+(?:[._]\d+)*$/.test(r.version));
    let baseline;
    for (const r of versioned) {
        if (!/^BASELINE$/i.test(r.type) || !r.success)
            continue;
        const key = (0,migrations_name/* versionKey */._5)((0,migrations_name.versionParts)(r.version));
        if (!baseline || compareKeys(key, baseline.key) > 0)
            baseline = { version: r.version, key, rank: r.rank };
    }
    const newest = versioned.reduce((m, r) => (!m || r.rank > m.rank ? r : m), undefined);
    const failed = newest && !newest.success ? { row: newest, key: (0,migrations_name/* versionKey */._5)((0,migrations_name.versionParts)(newest.version)) } : undefined;
    return { baseline, failed };
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function allCandidates(named) {
    const out = new Map();
    for (const { e, n } of named) {
        if (n.kind !== 'versioned')
            continue;
        const key = (0,migrations_name/* versionKey */._5)(n.parts);
        if (!out.has(key))
            out.set(key, { version: n.version, key, migration: e.path });
    }
    return out;
}
/**
 * The versions a scope (a pull request's changed files) stands for in this checkout. A pending
 * file (VXXX) was numbered at merge: in a checkout of the default branch it is the versioned
 * file with its description in its folder.
 */
function scopeCandidates(scope, dirs, named, placeholder, blockers, notes, source) {
    const out = new Map();
    const byAbs = new Map(named.map((x) => [x.e.absPath, x]));
    const where = source ? `the default branch (${source.label})` : 'this checkout';
    const unmerged = scope.merged === false;
    for (const f of scope.files) {
        if (!f.abs.endsWith('.sql') || !dirs.some((d) => (0,discover/* isInside */.FK)(d, f.abs)))
            continue;
        const n = (0,migrations_name/* parseMigrationName */.pF)(f.abs, placeholder);
        if ((0,migrations_name.isNameProblem)(n) || n.kind === 'undo' || n.kind === 'pending-undo')
            continue;
        if (n.kind === 'repeatable') {
            notes.push(`${f.path} is a repeatable migration: it has no undo, so a rollback leaves it as it is`);
            continue;
        }
        if (n.kind === 'versioned') {
            const here = byAbs.get(f.abs);
            if (!here) {
                blockers.push(source
                    ? `${f.path} is not on ${where}${unmerged ? `: ${scope.label} is not merged, and` : ', and'} a rollback runs only undo files the default branch holds (reviewed and merged); merge it first (its undo file with it), then roll back`
                    : `${f.path} is not in this checkout, so neither is its undo file: is the pull request merged, or its head checked out?`);
                continue;
            }
            const key = (0,migrations_name/* versionKey */._5)(n.parts);
            if (!out.has(key))
                out.set(key, { version: n.version, key, migration: here.e.path });
            continue;
        }
        // pending
        if (byAbs.has(f.abs)) {
            blockers.push(`${f.path} has no version yet (it gets one when merged), so it cannot have been applied by Flyway`);
            continue;
        }
        if (unmerged) {
            blockers.push(`${f.path} has no version yet: once ${scope.label} is merged, pgmig assign numbers it and its undo file on the default branch, ` +
                'and /migrate plan or rollback here then takes it back by that number, with the undo file as merged');
            continue;
        }
        const renamedTo = scope.renamed?.get(f.abs);
        const exact = renamedTo ? named.find((x) => x.n.kind === 'versioned' && x.e.absPath === renamedTo) : undefined;
        if (exact) {
            notes.push(`${f.path} is ${exact.e.path} since the merge (pgmig assign renamed it)`);
            const key = (0,migrations_name/* versionKey */._5)(exact.n.parts);
            if (!out.has(key))
                out.set(key, { version: exact.n.version, key, migration: exact.e.path });
            continue;
        }
        const numbered = named.filter((x) => x.n.kind === 'versioned' && x.n.description === n.description && (0,external_node_path_.dirname)(x.e.absPath) === (0,external_node_path_.dirname)(f.abs));
        if (numbered.length !== 1) {
            blockers.push(numbered.length
                ? `${f.path} was numbered at merge, but ${numbered.map((x) => x.e.path).join(' and ')} all match it: roll back by version`
                : `${f.path} is not on ${where}, and no numbered file with its description is: is the pull request merged?`);
            continue;
        }
        const { e, n: vn } = numbered[0];
        notes.push(`${f.path} is ${e.path} since the merge`);
        const key = (0,migrations_name/* versionKey */._5)(vn.parts);
        if (!out.has(key))
            out.set(key, { version: vn.version, key, migration: e.path });
    }
    return out;
}
/** The versions to take back, newest first. */
function chooseTargets(opts, candidates, states, blockers, db, history) {
    const newestFirst = (xs) => xs.sort((a, b) => compareKeys(b.key, a.key));
    const label = opts.scope?.label;
    const t = opts.target;
    if (t.kind === 'all')
        return newestFirst([...candidates.values()]);
    if (t.kind === 'version') {
        const key = (0,migrations_name/* versionKey */._5)((0,migrations_name.versionParts)(t.version));
        const c = candidates.get(key);
        if (c)
            return [c];
        const known = newestFirst([...candidates.values()]).map((x) => x.version);
        blockers.push(label
            ? `version ${t.version} is not one of ${label}'s migrations${known.length ? ` (${known.join(', ')})` : ''}`
            : `there is no migration with version ${t.version} in the migrations folder`);
        return [];
    }
    // last
    if (label) {
        const applied = newestFirst([...candidates.values()].filter((c) => states.get(c.key)?.applied));
        if (!applied.length) {
            blockers.push(`none of ${label}'s migrations is applied to database ${db} (${history})`);
            return [];
        }
        return [applied[0]];
    }
    const newest = [...states.values()].filter((s) => s.applied).sort((a, b) => compareKeys(b.key, a.key))[0];
    if (!newest) {
        blockers.push(`no migration is applied to database ${db} (${history} has no successful versioned row)`);
        return [];
    }
    return [candidates.get(newest.key) ?? { version: newest.version, key: newest.key }];
}
/** The undo file of one version, loaded and checked; `step` only when nothing blocks it (else a blocker says why). */
function planStep(c, named, states, blockers, db, history, shownDirs, scope, source, 
/** The version's newest row is a failed run, and the user asked for this version by number: its undo may clean up. */
failedRun = false) {
    const what = `version ${c.version}${c.migration ? ` (${c.migration})` : ''}`;
    const state = states.get(c.key);
    let ok = true;
    let alone;
    if (!state) {
        blockers.push(`${what} is not applied to database ${db}: ${history} has no row for it`);
        ok = false;
    }
    else if (failedRun && !state.last.success) {
        // asked for by number: the undo cleans up what the failed run left, and the failed row goes
    }
    else if (!state.applied) {
        blockers.push(`${what} is not applied to database ${db}: its last row in ${history} (rank ${state.last.rank}) is ${state.last.success ? `a ${state.last.type} entry` : 'a failed run'}`);
        ok = false;
    }
    const undos = named.filter((x) => x.n.kind === 'undo' && (0,migrations_name/* versionKey */._5)(x.n.parts) === c.key);
    // the pull request's own version of the undo is not what was reviewed and merged: never run
    // it, and do not run the default branch's copy while a change to it is pending either
    const changed = (scope?.changedUndos ?? []).filter((f) => {
        const u = (0,migrations_name/* parseMigrationName */.pF)(f.abs);
        return !(0,migrations_name.isNameProblem)(u) && u.kind === 'undo' && (0,migrations_name/* versionKey */._5)(u.parts) === c.key;
    });
    if (changed.length) {
        const files = changed.map((f) => f.path).join(', ');
        blockers.push(undos.length
            ? `${what}: ${scope.label} changes its undo file (${files}), and the change is not merged: pgmig runs only the default branch's undo files${source ? ` (${source.label})` : ''} and will not run one that a pending change disputes; merge ${scope.label} first (the undo file as merged then runs), or drop the change to ${files}`
            : `${what}: its undo file ${files} is in ${scope.label} only, not on the default branch${source ? ` (${source.label})` : ''}: pgmig runs only undo files that are reviewed and merged; merge the undo file first, then roll back`);
        return {};
    }
    if (undos.length !== 1) {
        const expected = c.migration ? c.migration.replace(/(^|\/)V([^/]*)$/, '$1U$2') : `U${c.version}__<description>.sql in ${shownDirs}`;
        blockers.push(undos.length ? `${what} has ${undos.length} undo files (${undos.map((u) => u.e.path).join(', ')}); keep one` : `${what} has no undo file: add ${expected}`);
        return {};
    }
    const { e, n } = undos[0];
    const undo = (0,apply/* loadMigration */.tF)(e, n, n.version);
    const parsed = undo.parsed;
    if (parsed.error) {
        const p = parsed.source.position(parsed.error.index);
        blockers.push(`${e.path}:${p.line}:${p.column}: syntax error: ${parsed.error.message}`);
        ok = false;
    }
    else {
        const placeholders = (0,bodies/* unresolvedPlaceholders */.QR)(parsed.source.text);
        if (placeholders.length) {
            const p = parsed.source.position(placeholders[0].index);
            blockers.push(`${e.path}:${p.line}:${p.column}: unresolved Flyway placeholder \${${placeholders[0].name}}: pgmig does not substitute placeholders`);
            ok = false;
        }
        const reason = (0,apply/* nonTransactionalReason */.TJ)(parsed.statements);
        if (reason === 'its own BEGIN/COMMIT') {
            blockers.push(`${e.path} holds ${reason}, which cannot run inside the rollback's one transaction; run it by hand, or take it out of the undo file`);
            ok = false;
        }
        else if (reason) {
            // as Flyway and pgmig test run such a file: outside a transaction, statement by statement
            const mixed = parsed.statements.find((x) => !(0,transactional/* nonTransactional */.lG)(x) && x.kind !== 'VariableSetStmt');
            if (mixed) {
                blockers.push(`${e.path} holds ${reason}, which runs outside a transaction, and also ${mixed.text.split(/\s+/).slice(0, 3).join(' ')} (line ${parsed.source.position(mixed.start).line}), which would then not be all or nothing: ` +
                    'put the CONCURRENTLY statements in an undo file of their own (with SET lines only), as the index-concurrently template does');
                ok = false;
            }
            else
                alone = reason;
        }
    }
    return { undo, step: ok && state ? { version: c.version, key: c.key, undo, ranks: state.ranks, ...(failedRun ? { failedRun: true } : {}), ...(alone ? { outsideTransaction: alone } : {}) } : undefined };
}


/***/ }),

/***/ 6679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ watchInterrupts),
/* harmony export */   p: () => (/* binding */ cancelThenTerminate)
/* harmony export */ });
function watchInterrupts(onFirst, graceMs = 10_000) {
    let got;
    let timer;
    const stop = () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        if (timer)
            clearTimeout(timer);
    };
    const die = (signal) => {
        stop();
        process.kill(process.pid, signal);
    };
    function onSignal(signal) {
        if (got)
            return die(signal);
        got = signal;
        timer = setTimeout(() => die(signal), graceMs);
        try {
            const p = onFirst(signal);
            if (p)
                void Promise.resolve(p).catch(() => die(signal));
        }
        catch {
            die(signal);
        }
    }
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return { signal: () => got, done: () => (got ? die(got) : stop()), stop };
}
/**
 * Stops backend `pid`'s statement from a second session: pg_cancel_backend first (the statement
 * fails, its transaction can be rolled back by its own session, which releases the locks); if the
 * backend is still busy after `waitMs`, pg_terminate_backend (the server rolls back and releases
 * everything). Returns what it took.
 */
async function cancelThenTerminate(admin, pid, waitMs = 3000) {
    const alive = async () => (await admin.query('SELECT state FROM pg_stat_activity WHERE pid = $1', [pid])).rows[0];
    if (!(await alive()))
        return 'gone';
    await admin.query('SELECT pg_cancel_backend($1)', [pid]);
    const until = Date.now() + waitMs;
    while (Date.now() < until) {
        const s = await alive();
        // idle: the session rolled its transaction back; in transaction (aborted) still holds locks
        if (!s || s.state === 'idle')
            return 'cancelled';
        await new Promise((ok) => setTimeout(ok, 50));
    }
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    return 'terminated';
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
    for (const d of dirs) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, d);
        let names;
        (0,_inside_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .D)(cwd, abs, d);
        try {
            // shown as given when it lies outside the working directory (`../../../no/such/dir` helps nobody)
            const shown = displayPath(cwd, abs);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`migrations folder ${shown} is not a directory`);
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { recursive: true, encoding: 'utf8' });
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
        for (const n of names.sort()) {
            if (!(0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationSuffix */ .Ye)(n, suffixes))
                continue;
            const absPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, n);
            // a folder named `x.sql` is not a migration, and reading it would fail the whole run
            if (!isFile(absPath))
                continue;
            out.push(entryFor(cwd, absPath, abs, placeholder, suffixes));
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
function entryFor(cwd, absPath, dir, placeholder, suffixes = _name_js__WEBPACK_IMPORTED_MODULE_4__/* .SQL_SUFFIXES */ .dY) {
    // every migration pgmig lints, applies or rolls back is named here first
    (0,_inside_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .D)(cwd, absPath);
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

/***/ 8726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   Qw: () => (/* binding */ isFlywayCallback),
/* harmony export */   Ye: () => (/* binding */ migrationSuffix),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   compareVersions: () => (/* binding */ compareVersions),
/* harmony export */   dY: () => (/* binding */ SQL_SUFFIXES),
/* harmony export */   fp: () => (/* binding */ undoPlaceholderOf),
/* harmony export */   hI: () => (/* binding */ compareMigrations),
/* harmony export */   isNameProblem: () => (/* binding */ isNameProblem),
/* harmony export */   pF: () => (/* binding */ parseMigrationName),
/* harmony export */   versionParts: () => (/* binding */ versionParts)
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
function parseMigrationName(file, placeholder = 'VXXX', suffixes = SQL_SUFFIXES) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file);
    const parsed = readName(name, placeholder, suffixes);
    if (typeof parsed !== 'string')
        return { ...parsed, file };
    const suggestion = suggestMigrationName(name, placeholder);
    return suggestion ? { file, message: parsed, suggestion } : { file, message: parsed };
}
/** Flyway's default `sqlMigrationSuffixes`. */
const SQL_SUFFIXES = ['.sql'];
/** The suffix of `name` among `suffixes`, compared as Flyway does: ignoring case (`V8__x.SQL`). */
function migrationSuffix(name, suffixes = SQL_SUFFIXES) {
    const lower = name.toLowerCase();
    return suffixes.find((x) => lower.endsWith(x.toLowerCase()) && name.length > x.length);
}
/** The name's parts, or what is wrong with it (Flyway's ResourceNameParser, plus pgmig's placeholder). */
function readName(name, placeholder, suffixes) {
    const suffix = migrationSuffix(name, suffixes);
    if (!suffix)
        return `${name} is not a ${suffixes.join(' or ')} file`;
    const stem = name.slice(0, -suffix.length);
    const undoPlaceholder = undoPlaceholderOf(placeholder);
    let sep = stem.indexOf('__');
    // Flyway reads a name without "__" as all version (`V2.sql` is version 2, no description)
    if (sep < 0 && /^[VU]\d+(?:[._]\d+)*$/.test(stem))
        sep = stem.length;
    if (sep < 0) {
        return `${name} has no "__" (two underscores) between the version and the description, as in V<version>__<description>.sql; Flyway skips it`;
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
            return `${name}: "${version}" is not a version (digits, optionally separated by "." or "_", such as 12 or 1.2); Flyway skips it`;
        }
        kind = prefix[0] === 'V' ? 'versioned' : 'undo';
    }
    else if (/^R\d/.test(prefix)) {
        return `${name}: a repeatable migration (R) has no version; it is R__<description>.sql (Flyway refuses it)`;
    }
    else if (/^[vur]/.test(prefix)) {
        return `${name}: the prefix "${prefix[0]}" must be upper case (V, U or R); Flyway skips it`;
    }
    else if (!prefix) {
        return `${name} has nothing before "__"; it must start with V<version>, U<version>, R or ${placeholder}, or Flyway skips it`;
    }
    else {
        return `${name} does not start with V<version>, U<version>, R or ${placeholder}; Flyway skips it`;
    }
    const parts = { kind, version, parts: versionParts(version), description };
    if (!description)
        return { ...parts, style: `${name} has no description after the version` };
    if (!DESCRIPTION.test(description)) {
        return { ...parts, style: `${name}: the description "${description}" is not lower snake_case (lower-case letters, digits and single underscores)` };
    }
    return parts;
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


/***/ })

};
