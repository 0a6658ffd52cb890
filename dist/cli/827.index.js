export const id = 827;
export const ids = [827];
export const modules = {

/***/ 7827:
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
// EXTERNAL MODULE: ./src/db/lock-retries.ts
var lock_retries = __webpack_require__(8092);
// EXTERNAL MODULE: ./src/db/rollback.ts
var rollback = __webpack_require__(1468);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
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
        return (0,secrets/* redactDeep */.KL)(await rollback_rollback({ ...opts, log }));
    }
    catch (err) {
        throw (0,secrets/* redactError */.ki)(err);
    }
}
async function rollback_rollback(opts) {
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
        const found = await (0,rollback/* findHistoryTable */.GV)(client, config.flyway);
        if (!found || 'ambiguous' in found) {
            blockers.push(found
                ? `database ${info.db} has several history tables (${found.ambiguous.join(', ')}) and the search_path picks none; set the search_path (options=-csearch_path=… in the URL) to the schema Flyway uses`
                : `database ${info.db} has no ${(0,rollback/* historyTableName */.k2)(config.flyway)} table: no migration is recorded as applied there${config.flyway.table || config.flyway.defaultSchema || config.flyway.schemas ? ' (the history table the config names: historyTable, or flyway.table / flyway.defaultSchema of flyway.conf)' : ''}`);
            if (opts.planOnly)
                result.status = 'planned';
            return result;
        }
        const table = found;
        result.history = table.shown;
        const rows = await (0,rollback/* readHistory */.Lu)(client, table);
        const states = (0,rollback/* versionStates */.XZ)(rows);
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
            if (baseline && (0,rollback/* compareKeys */.YD)(c.key, baseline.key) <= 0) {
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
            for (const x of undo.parsed.error ? [] : undo.parsed.statements.filter(lock_retries/* setsLockTimeout */.IY)) {
                notes.push(`${undo.entry.path}:${undo.parsed.source.position(x.start).line}: ${x.text.replace(/\s+/g, ' ')} is not run: pgmig sets lock_timeout itself for each attempt (the schedule reported), at most ${lockTimeoutMs} ms`);
            }
            if (!undo.parsed.error && undo.parsed.statements.length === 0)
                notes.push(`${undo.entry.path} is empty: version ${c.version} only leaves the history`);
        }
        if (targets.length) {
            const oldest = targets[targets.length - 1].key;
            const chosen = new Set(targets.map((t) => t.key));
            const newer = [...states.values()].filter((s) => s.applied && !chosen.has(s.key) && (0,rollback/* compareKeys */.YD)(s.key, oldest) > 0).sort((a, b) => (0,rollback/* compareKeys */.YD)(b.key, a.key));
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
            outcome = outside ? await (0,rollback/* runUndoAlone */.zg)(client, table, outside, undoOptions) : await (0,rollback/* runUndos */.l8)(client, table, steps, undoOptions);
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
        if (!baseline || (0,rollback/* compareKeys */.YD)(key, baseline.key) > 0)
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
    const newestFirst = (xs) => xs.sort((a, b) => (0,rollback/* compareKeys */.YD)(b.key, a.key));
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
    const newest = [...states.values()].filter((s) => s.applied).sort((a, b) => (0,rollback/* compareKeys */.YD)(b.key, a.key))[0];
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


/***/ })

};
