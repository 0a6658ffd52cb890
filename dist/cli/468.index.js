export const id = 468;
export const ids = [468,726];
export const modules = {

/***/ 8092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ setsLockTimeout),
/* harmony export */   cr: () => (/* binding */ withLockRetries),
/* harmony export */   oN: () => (/* binding */ LOCK_NOT_AVAILABLE)
/* harmony export */ });
/* unused harmony exports DEFAULT_LOCK_RETRIES, lockTimeoutFor, backoffMs */
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


/***/ }),

/***/ 1468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ findHistoryTable),
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   XZ: () => (/* binding */ versionStates),
/* harmony export */   YD: () => (/* binding */ compareKeys),
/* harmony export */   k2: () => (/* binding */ historyTableName),
/* harmony export */   l8: () => (/* binding */ runUndos),
/* harmony export */   zg: () => (/* binding */ runUndoAlone)
/* harmony export */ });
/* unused harmony exports serverMessage, withoutRowData */
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2154);
/* harmony import */ var _migrations_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8726);
/* harmony import */ var _lock_retries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8092);



/**
 * Where the history table is. With a schema configured, there and nowhere else (as Flyway looks);
 * otherwise the one the search_path finds (where Flyway made it), else the only one in the
 * database. Undefined when there is none; a list when several schemas have one and the
 * search_path picks none of them (pgmig will not guess).
 */
async function findHistoryTable(client, where = {}) {
    const name = where.table ?? _apply_js__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_TABLE */ .GQ;
    const schema = where.defaultSchema ?? where.schemas?.[0];
    const r = await client.query(`SELECT n.nspname AS schema, c.oid = to_regclass(quote_ident($1)) AS visible
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relname = $1 AND c.relkind IN ('r', 'p') AND ($2::text IS NULL OR n.nspname = $2)
      ORDER BY n.nspname`, [name, schema ?? null]);
    const pick = r.rows.find((x) => x.visible) ?? (r.rows.length === 1 ? r.rows[0] : undefined);
    if (pick)
        return { name: `${(0,_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(pick.schema)}.${(0,_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(name)}`, shown: `${pick.schema}.${name}` };
    if (r.rows.length > 1)
        return { ambiguous: r.rows.map((x) => `${x.schema}.${name}`) };
    return undefined;
}
/** The history table as a user would name it in config: for messages when it is missing. */
function historyTableName(where) {
    const schema = where.defaultSchema ?? where.schemas?.[0];
    return `${schema ? `${schema}.` : ''}${where.table ?? _apply_js__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_TABLE */ .GQ}`;
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
        const key = (0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_1__/* .versionKey */ ._5)((0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_1__.versionParts)(row.version));
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
    const done = await (0,_lock_retries_js__WEBPACK_IMPORTED_MODULE_2__/* .withLockRetries */ .cr)(policy, opts.lockTimeoutMs, async (lockTimeoutMs) => {
        const a = await runOnce(client, table, steps, lockTimeoutMs, opts.dryRun, opts.interrupted);
        const o = a.outcome;
        const message = o.error ? `${o.error.file}:${o.error.line}: ${o.error.message}` : o.problem;
        return { value: o, ok: o.status !== 'failed', lockNotAvailable: a.lockNotAvailable, message };
    }, { log: opts.log });
    return finished(done, policy, started);
}
/** The outcome of the last attempt, with every attempt and the whole time. */
function finished(done, policy, started) {
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
            attempt.lockNotAvailable = codeOf(err) === _lock_retries_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCK_NOT_AVAILABLE */ .oN;
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
                    if ((0,_lock_retries_js__WEBPACK_IMPORTED_MODULE_2__/* .setsLockTimeout */ .IY)(s))
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
                attempt.lockNotAvailable = codeOf(err) === _lock_retries_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCK_NOT_AVAILABLE */ .oN;
                if (current)
                    outcome.error = withoutRowData((0,_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .errorAt */ .Os)(step.undo.entry.path, step.undo.parsed.source, current, err));
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
    const done = await (0,_lock_retries_js__WEBPACK_IMPORTED_MODULE_2__/* .withLockRetries */ .cr)(policy, opts.lockTimeoutMs, async (lockTimeoutMs) => {
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
                if ((0,_lock_retries_js__WEBPACK_IMPORTED_MODULE_2__/* .setsLockTimeout */ .IY)(s))
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
                o.error = withoutRowData((0,_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .errorAt */ .Os)(run.undo, step.undo.parsed.source, current, err));
            return fail(codeOf(err) === _lock_retries_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCK_NOT_AVAILABLE */ .oN);
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
    return finished(done, policy, started);
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
    return (0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_1__.compareVersions)((0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_1__.versionParts)(a), (0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_1__.versionParts)(b));
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
