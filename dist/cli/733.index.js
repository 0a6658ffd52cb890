export const id = 733;
export const ids = [733];
export const modules = {

/***/ 5679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ measureBlocking)
/* harmony export */ });
/**
 * Keeps issuing a trivial read and a trivial write on each table, each on a session of its own,
 * while `start` runs, and records the longest either waited on the migration's session
 * (`migrationPid`). A query still waiting when the statement ends counts until then (in a
 * transaction the lock lasts until COMMIT, but what is measured is the statement) and is
 * cancelled; every session is closed before it returns.
 *
 * A wait counts only while pg_blocking_pids of the traffic session names the migration's session
 * and that session is not itself waiting for a lock, sampled every few milliseconds from a session
 * of its own: a statement outside a transaction runs behind the phase gate (phase-gate.ts), whose
 * sessions hold ACCESS EXCLUSIVE on the table between phases, and a query queued behind the gate,
 * or behind the migration's request queued behind the gate, is waiting on pgmig, not on the
 * migration as production would run it.
 */
async function measureBlocking(open, migrationPid, tables, start) {
    const sessions = [];
    const all = [];
    const session = async (sql) => {
        const cl = await open();
        const pid = (await cl.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
        const t = { cl, pid, sql, worst: 0, blocked: 0 };
        all.push(t);
        return t;
    };
    try {
        for (const t of tables) {
            sessions.push({
                relation: t.relation,
                read: await session(`SELECT 1 FROM ${t.key} LIMIT 1`),
                write: await session(`BEGIN; LOCK TABLE ${t.key} IN ROW EXCLUSIVE MODE; ROLLBACK`),
            });
        }
        const watcher = await open();
        let done = false;
        const loop = async (t) => {
            while (!done) {
                t.blocked = 0;
                t.since = performance.now();
                await t.cl.query(t.sql).catch(() => t.cl.query('ROLLBACK').catch(() => undefined));
                t.worst = Math.max(t.worst, t.blocked);
                t.since = undefined;
                // a trivial query every few milliseconds: traffic, not a load test
                await new Promise((ok) => setTimeout(ok, 2));
            }
        };
        const loops = all.map(loop);
        const watching = watch(watcher, migrationPid, all, () => done);
        let result;
        try {
            result = await start();
        }
        finally {
            done = true;
            // (its last sample is the statement's end: a wait after it is the transaction's, not the statement's)
            await watching;
            await watcher.end().catch(() => undefined);
            // a query still queued behind the lock the transaction keeps would wait until COMMIT, and the
            // COMMIT waits for us: cancel until every loop has stopped, since a cancel that reaches a
            // backend before its query does is lost
            let settled = false;
            const stopped = Promise.all(loops).then(() => (settled = true));
            while (!settled) {
                await cancelWaiting(all, open);
                await Promise.race([stopped, new Promise((ok) => setTimeout(ok, 50))]);
            }
        }
        return { result, blocking: sessions.map((s) => ({ relation: s.relation, readBlockedMs: Math.round(s.read.worst), writeBlockedMs: Math.round(s.write.worst) })) };
    }
    finally {
        await Promise.all(all.map((t) => t.cl.end().catch(() => undefined)));
    }
}
/**
 * Samples which traffic sessions wait on the migration's session until `stopped`, and adds the
 * time since the previous sample to each query seen waiting on it (capped at the query's age).
 */
async function watch(watcher, migrationPid, all, stopped) {
    let last = performance.now();
    while (!stopped()) {
        const r = await watcher.query(`SELECT p AS pid,
              $2::int = ANY (pg_blocking_pids(p))
              AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = $2::int AND NOT l.granted) AS blocked
         FROM unnest($1::int[]) p`, [all.map((t) => t.pid), migrationPid]);
        const now = performance.now();
        const byPid = new Map(r.rows.map((row) => [row.pid, row.blocked]));
        for (const t of all) {
            if (t.since !== undefined && byPid.get(t.pid))
                t.blocked += now - Math.max(last, t.since);
        }
        last = now;
        await new Promise((ok) => setTimeout(ok, 2));
    }
}
/** Cancels the traffic queries still under way, from a session of its own. */
async function cancelWaiting(all, open) {
    const busy = all.filter((t) => t.since !== undefined);
    if (busy.length === 0)
        return;
    const cl = await open();
    try {
        await cl.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) pid', [busy.map((t) => t.pid)]);
    }
    finally {
        await cl.end();
    }
}


/***/ }),

/***/ 1790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ checkQuery),
/* harmony export */   Sy: () => (/* binding */ blame),
/* harmony export */   lk: () => (/* binding */ describeBroken)
/* harmony export */ });
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2627);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(libpg_query__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sql_node_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1154);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2154);



/** "the running release's `SELECT … owner_id …` (4.1 k calls) fails after V226:3 (`ALTER TABLE lead DROP COLUMN owner_id`): column "owner_id" does not exist". */
function describeBroken(b) {
    const calls = b.calls !== undefined ? ` (${b.calls.toLocaleString('en')} calls)` : '';
    const where = b.line !== undefined ? `${b.file}:${b.line} (${b.statement})` : b.file;
    return `the running release's ${b.source} \`${(0,_apply_js__WEBPACK_IMPORTED_MODULE_1__/* .statementLabel */ .OQ)(b.query)}\`${calls} fails after ${where}: ${b.error}`;
}
const NAME = 'pgmig_release_query';
async function checkQuery(client, q, withPlan) {
    try {
        await client.query(`PREPARE ${NAME} AS ${q.text}`);
    }
    catch (err) {
        return { ok: false, error: err.message };
    }
    try {
        const state = { ok: true };
        if (withPlan)
            state.indexes = await planIndexes(client);
        const missing = await insertMissingRequired(client, q.text);
        if (missing.length)
            state.missingRequired = missing;
        return state;
    }
    finally {
        await client.query(`DEALLOCATE ${NAME}`).catch(() => { });
    }
}
/** The generic plan (parameters unknown, as a prepared statement runs after a few executions). */
async function planIndexes(client) {
    const types = await client.query(`SELECT cardinality(parameter_types) AS n FROM pg_prepared_statements WHERE name = $1`, [NAME]);
    const n = Number(types.rows[0]?.n ?? 0);
    const args = n ? `(${Array.from({ length: n }, () => 'NULL').join(', ')})` : '';
    await client.query(`SET plan_cache_mode = force_generic_plan`);
    try {
        const r = await client.query(`EXPLAIN (FORMAT JSON) EXECUTE ${NAME}${args}`);
        const found = new Set();
        walk(r.rows[0]?.['QUERY PLAN'], (node) => {
            const name = node['Index Name'];
            if (typeof name === 'string')
                found.add(name);
        });
        return [...found].sort();
    }
    catch {
        return [];
    }
    finally {
        await client.query(`RESET plan_cache_mode`).catch(() => { });
    }
}
/**
 * PREPARE accepts an INSERT that leaves out a NOT NULL column without a default; only running it
 * fails. The catalog says which columns must be given, the statement which it gives.
 */
async function insertMissingRequired(client, sql) {
    if (!/^\s*insert\b/i.test(sql))
        return [];
    let stmt;
    try {
        stmt = (0,_sql_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)((0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.parseSync)(sql).stmts?.[0]?.stmt, 'InsertStmt');
    }
    catch {
        return [];
    }
    const relation = stmt?.relation;
    if (!stmt || !relation?.relname)
        return [];
    const given = (stmt.cols ?? []).map((c) => (0,_sql_node_types_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAs */ .h)(c, 'ResTarget')?.name).filter((name) => !!name);
    // INSERT … DEFAULT VALUES or without a column list: positional, every column in order
    if (given.length === 0)
        return [];
    const rel = relation.schemaname ? `${quote(relation.schemaname)}.${quote(relation.relname)}` : quote(relation.relname);
    const r = await client.query(`SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull
        AND NOT a.atthasdef AND a.attidentity = '' AND a.attgenerated = ''
      ORDER BY a.attnum`, [rel]);
    return r.rows.map((x) => x.name).filter((c) => !given.includes(c));
}
/**
 * Which statement of a migration broke a query: the first that drops, renames or alters the
 * object the server's message names; undefined when the message names none of them.
 */
function blame(error, statements) {
    const named = /(?:column|relation|function|table|type|operator|schema|view)\s+"?([^"\s(]+)"?(?:\([^)]*\))?\s+(?:of relation\s+"?[^"\s]+"?\s+)?does not exist/i.exec(error)?.[1];
    const ident = named?.split('.').pop();
    if (!ident)
        return undefined;
    const word = new RegExp(`(^|[^A-Za-z0-9_$])"?${ident.replace(/[$]/g, '\\$')}"?($|[^A-Za-z0-9_$])`, 'i');
    return statements.find((s) => /\b(drop|rename|alter)\b/i.test(s.text) && word.test(s.text)) ?? statements.find((s) => word.test(s.text));
}
function quote(ident) {
    return `"${ident.replace(/"/g, '""')}"`;
}
function walk(value, visit) {
    if (Array.isArray(value))
        for (const v of value)
            walk(v, visit);
    else if (value && typeof value === 'object') {
        visit(value);
        for (const v of Object.values(value))
            if (v && typeof v === 'object')
                walk(v, visit);
    }
}


/***/ }),

/***/ 9518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  an: () => (/* binding */ describeImpact),
  du: () => (/* binding */ estimateFile)
});

// UNUSED EXPORTS: duration

// EXTERNAL MODULE: ./src/sql/locks.ts
var sql_locks = __webpack_require__(340);
// EXTERNAL MODULE: ./src/sql/node-types.ts
var node_types = __webpack_require__(1154);
// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __webpack_require__(2627);
;// CONCATENATED MODULE: ./src/sql/retarget.ts

/**
 * Rewrites `sql` so that every reference to `from` names `to` instead, as written in the
 * statement (`lead`, `public.lead`, `"public"."lead"`), leaving every other name alone. The
 * parser finds the references (RangeVar nodes, whose location is the first token of the name)
 * and the scanner their extent, so a column or a string that happens to read "lead" is never
 * touched. Returns undefined when `sql` does not parse or does not reference `from`.
 *
 * Needs the parser loaded (ensureParser()).
 */
function retarget(sql, from, to, defaultSchema = 'public') {
    let tree;
    try {
        tree = (0,wasm.parseSync)(sql);
    }
    catch {
        return undefined;
    }
    const starts = [];
    walk(tree, (node) => {
        // a RangeVar: wrapped as {RangeVar: …} in lists, bare where a field holds one (relation)
        if (typeof node.relname !== 'string' || !('relpersistence' in node))
            return;
        const rv = node;
        if (rv.location === undefined || rv.location < 0)
            return;
        if (rv.relname === from.name && (rv.schemaname ?? defaultSchema) === from.schema)
            starts.push(rv.location);
    });
    if (starts.length === 0)
        return undefined;
    const bytes = Buffer.from(sql, 'utf8');
    const tokens = (0,wasm.scanSync)(sql).tokens;
    const replacement = Buffer.from(`${quote(to.schema)}.${quote(to.name)}`, 'utf8');
    const spans = [];
    for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
        const i = tokens.findIndex((t) => t.start === start);
        if (i < 0)
            return undefined;
        // name, or schema . name (a database-qualified name is refused by PostgreSQL anyway)
        const qualified = tokens[i + 1]?.text === '.' && tokens[i + 2] !== undefined;
        spans.push([start, qualified ? tokens[i + 2].end : tokens[i].end]);
    }
    const parts = [];
    let at = 0;
    for (const [s, e] of spans) {
        parts.push(bytes.subarray(at, s), replacement);
        at = e;
    }
    parts.push(bytes.subarray(at));
    return Buffer.concat(parts).toString('utf8');
}
function quote(ident) {
    return `"${ident.replace(/"/g, '""')}"`;
}
function walk(value, visit) {
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (Array.isArray(v)) {
            for (const x of v)
                stack.push(x);
        }
        else if (v && typeof v === 'object') {
            visit(v);
            for (const x of Object.values(v))
                if (x && typeof x === 'object')
                    stack.push(x);
        }
    }
}

// EXTERNAL MODULE: ./src/db/apply.ts
var apply = __webpack_require__(2154);
// EXTERNAL MODULE: ./src/db/blocking.ts
var db_blocking = __webpack_require__(5679);
;// CONCATENATED MODULE: ./src/db/estimate.ts




/**
 * How long a statement that rewrites, scans or builds on a table will hold its lock in
 * production, measured rather than guessed: the statement runs on a synthetic copy of the table
 * (same columns, types, defaults, indexes and constraints; rows generated per type; no foreign
 * keys, so no checks against other tables) at two sizes, and the growth between them is
 * extrapolated to production's row count. No production data is involved: only its row count.
 */
/** The schema the copies live in, inside the test database; dropped after each estimate. */
const SCRATCH_SCHEMA = 'pgmig_estimate';
const SETTINGS_APPLIED = ['maintenance_work_mem', 'max_parallel_maintenance_workers', 'work_mem'];
/** Which statements are modelled, and how their work grows with the table; undefined: not modelled. */
function growthOf(stmt) {
    switch (stmt.kind) {
        case 'IndexStmt':
        case 'ReindexStmt':
        case 'ClusterStmt':
            return 'n log n';
        case 'VacuumStmt': {
            const full = (stmt.node.options ?? []).some((o) => (0,node_types/* nodeAs */.h)(o, 'DefElem')?.defname === 'full');
            return full ? 'linear' : undefined;
        }
        case 'AlterTableStmt': {
            const cmds = (stmt.node.cmds ?? []).map((c) => (0,node_types/* nodeAs */.h)(c, 'AlterTableCmd')).filter((c) => !!c);
            let growth;
            for (const c of cmds) {
                const g = alterGrowth(c);
                if (g === 'n log n')
                    growth = g;
                else if (g && !growth)
                    growth = g;
            }
            return growth;
        }
        default:
            return undefined;
    }
}
function alterGrowth(c) {
    switch (c.subtype) {
        case 'AT_AlterColumnType':
        case 'AT_SetLogged':
        case 'AT_SetUnLogged':
        case 'AT_SetTableSpace':
            return 'linear';
        case 'AT_AddColumn':
            return (0,node_types/* nodeAs */.h)(c.def, 'ColumnDef')?.constraints?.length ? 'linear' : undefined;
        case 'AT_SetNotNull':
        case 'AT_ValidateConstraint':
            return 'linear';
        case 'AT_AddConstraint': {
            const constraint = (0,node_types/* nodeAs */.h)(c.def, 'Constraint');
            const type = constraint?.contype;
            if (type === 'CONSTR_PRIMARY' || type === 'CONSTR_UNIQUE' || type === 'CONSTR_EXCLUSION')
                return 'n log n';
            if (type === 'CONSTR_CHECK')
                return constraint?.skip_validation ? undefined : 'linear';
            return undefined;
        }
        default:
            return undefined;
    }
}
/** Runs `sql` (a statement on `relation`) on synthetic copies of the table and extrapolates. */
async function estimateStatement(client, sql, relation, growth, opts) {
    const copy = { schema: SCRATCH_SCHEMA, name: relation.name };
    const onCopy = retarget(sql, relation, copy);
    if (!onCopy)
        return { modelled: false, reason: `the statement does not name ${relation.schema}.${relation.name} where pgmig can point it at a copy` };
    const samples = [];
    const started = Date.now();
    const repeats = Math.max(1, opts.repeats ?? 3);
    const largest = Math.max(...opts.sizes);
    let blocking;
    const pid = opts.traffic ? (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid : 0;
    const copyKey = `${SCRATCH_SCHEMA}.${(0,apply/* quoteIdent */.v4)(relation.name)}`;
    try {
        for (const rows of opts.sizes) {
            const runs = [];
            // one run is at the mercy of a checkpoint or a neighbour's burst; the median of a few is not
            for (let i = 0; i < repeats; i++) {
                const left = (opts.budgetMs ?? 60_000) - (Date.now() - started);
                if (left <= 0)
                    return { modelled: false, reason: `the time budget ran out after ${samples.length} of ${opts.sizes.length} sizes` };
                const built = await buildCopy(client, relation, rows);
                if (built)
                    return { modelled: false, reason: built };
                await setSettings(client, opts.settings, left);
                // traffic on one run only: its own load would otherwise be in every sample (the fit takes the fastest)
                const traffic = opts.traffic && rows === largest && i === repeats - 1 ? opts.traffic : undefined;
                const t0 = process.hrtime.bigint();
                try {
                    if (traffic) {
                        const m = await (0,db_blocking/* measureBlocking */.k)(traffic, pid, [{ relation: `${relation.schema}.${relation.name}`, key: copyKey }], () => client.query(onCopy));
                        blocking = { ...m.blocking[0], rows };
                    }
                    else
                        await client.query(onCopy);
                }
                catch (err) {
                    return { modelled: false, reason: `on ${rows} synthetic rows the statement failed: ${err.message}` };
                }
                runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
                await client.query('RESET statement_timeout');
            }
            // a neighbour's burst or a checkpoint only ever adds time, and to a run of a few ms it adds
            // far more in proportion than to production's long one: the fit takes each size's fastest
            // run, which a tenfold extrapolation does not turn into a 4x miss. One run (the bench's
            // truth) is the run; more runs at one size (only the bench does that) report their median.
            samples.push({ rows, ms: opts.sizes.length === 1 ? median(runs) : Math.min(...runs), runsMs: runs });
        }
    }
    finally {
        await client.query(`RESET ALL`).catch(() => { });
        await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH_SCHEMA} CASCADE`).catch(() => { });
    }
    const estimate = { modelled: true, growth, samples, productionRows: opts.productionRows, estimateMs: extrapolate(samples, growth, opts.productionRows) };
    if (blocking)
        estimate.blocking = blocking;
    return estimate;
}
/**
 * A straight line through the two samples in the growth's own scale (rows, or rows × log rows):
 * the intercept is the statement's fixed cost, the slope its cost per row. Noise that makes the
 * larger run no slower falls back to proportional growth from the larger sample.
 */
function extrapolate(samples, growth, rows) {
    const f = (n) => (growth === 'linear' ? n : n * Math.log2(Math.max(2, n)));
    const [a, b] = [samples[0], samples[samples.length - 1]];
    let slope = (b.ms - a.ms) / (f(b.rows) - f(a.rows));
    let intercept = a.ms - slope * f(a.rows);
    if (!(slope > 0) || !Number.isFinite(slope)) {
        slope = b.ms / f(b.rows);
        intercept = 0;
    }
    return Math.max(0, intercept) + slope * f(rows);
}
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
async function setSettings(client, settings, timeoutMs) {
    await client.query(`SET statement_timeout = ${Math.max(1, Math.ceil(timeoutMs))}`);
    for (const name of SETTINGS_APPLIED) {
        const v = settings?.[name];
        if (v !== undefined)
            await client.query(`SELECT set_config($1, $2, false)`, [name, v]).catch(() => { });
    }
}
/** Builds `pgmig_estimate.<table>` with `rows` rows; returns why it could not, if it could not. */
async function buildCopy(client, rel, rows) {
    const source = `${(0,apply/* quoteIdent */.v4)(rel.schema)}.${(0,apply/* quoteIdent */.v4)(rel.name)}`;
    const copy = `${SCRATCH_SCHEMA}.${(0,apply/* quoteIdent */.v4)(rel.name)}`;
    await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH_SCHEMA} CASCADE`);
    await client.query(`CREATE SCHEMA ${SCRATCH_SCHEMA}`);
    // constraints and indexes come after the rows: checks added NOT VALID cannot reject a
    // generated value, and an index built once is cheaper than one maintained per row
    await client.query(`CREATE TABLE ${copy} (LIKE ${source} INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMPRESSION)`);
    const cols = await client.query(`SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typname, t.typtype, t.typcategory AS category,
            a.atttypmod AS typmod, a.attnotnull AS notnull,
            CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS basetype,
            (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = a.atttypid ORDER BY e.enumsortorder LIMIT 1) AS "firstLabel",
            (a.attgenerated <> '' OR a.attidentity = 'a') AS skip
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`, [source]);
    const names = [];
    const values = [];
    for (const c of cols.rows) {
        if (c.skip)
            continue;
        const v = generator(c);
        if (v === undefined) {
            if (c.notnull)
                return `pgmig cannot generate values of type ${c.type} (column ${c.name})`;
            continue;
        }
        names.push((0,apply/* quoteIdent */.v4)(c.name));
        values.push(v);
    }
    try {
        if (names.length > 0) {
            await client.query(`INSERT INTO ${copy} (${names.join(', ')}) OVERRIDING SYSTEM VALUE SELECT ${values.join(', ')} FROM generate_series(1, ${Math.floor(rows)}) AS g`);
        }
        else {
            await client.query(`INSERT INTO ${copy} SELECT FROM generate_series(1, ${Math.floor(rows)})`);
        }
    }
    catch (err) {
        return `the synthetic rows do not fit the table: ${err.message}`;
    }
    const defs = await client.query(`SELECT 'constraint' AS kind, pg_get_constraintdef(c.oid) AS def, c.conname AS name, c.convalidated AS valid
       FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'u', 'c', 'x')
     UNION ALL
     SELECT 'index', pg_get_indexdef(i.indexrelid), ic.relname, true
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)`, [source]);
    for (const d of defs.rows) {
        try {
            if (d.kind === 'index') {
                const onCopy = retarget(d.def, rel, { schema: SCRATCH_SCHEMA, name: rel.name });
                if (onCopy)
                    await client.query(onCopy);
            }
            else {
                const check = d.def.startsWith('CHECK');
                // a check the production table has not validated stays unvalidated on the copy, so
                // VALIDATE CONSTRAINT does the scan it will do there
                const notValid = check && !/NOT VALID$/.test(d.def) ? ' NOT VALID' : '';
                await client.query(`ALTER TABLE ${copy} ADD CONSTRAINT ${(0,apply/* quoteIdent */.v4)(d.name)} ${d.def}${notValid}`);
                if (check && d.valid)
                    await client.query(`ALTER TABLE ${copy} VALIDATE CONSTRAINT ${(0,apply/* quoteIdent */.v4)(d.name)}`).catch(() => { });
            }
        }
        catch (err) {
            return `the copy's ${d.kind} ${d.name} cannot be built on synthetic rows: ${err.message}`;
        }
    }
    // production's pages are vacuumed and their hint bits set; a fresh copy's are not, and the
    // first scan of it would pay for writing them
    await client.query(`VACUUM ANALYZE ${copy}`);
    // the load and the vacuum leave the copy's pages dirty: a copy larger than shared_buffers would
    // make the timed statement write them out as it evicts them, which production's mostly clean
    // pages do not, and a checkpoint falling inside one timed run is the noise that made single
    // runs miss by 3x. Best effort: a role without pg_checkpoint simply keeps the dirty pages.
    await client.query('CHECKPOINT').catch(() => { });
    return undefined;
}
/** A SQL expression of `g` (1…n) giving distinct, valid values of the column's type. */
function generator(c) {
    const type = c.basetype ?? c.type;
    const cast = (expr) => (c.basetype ? `(${expr})::${c.type}` : expr);
    if (c.typtype === 'e')
        return c.firstLabel === null ? undefined : `${literal(c.firstLabel)}::${c.type}`;
    if (c.category === 'A')
        return `'{}'::${c.type}`;
    const base = c.basetype ? c.basetype.replace(/\(.*$/, '') : c.typname;
    switch (base) {
        case 'int2':
        case 'smallint':
            return cast(`(g % 32767)::int2`);
        case 'int4':
        case 'integer':
        case 'int8':
        case 'bigint':
        case 'numeric':
        case 'float4':
        case 'float8':
        case 'real':
        case 'double precision':
        case 'oid':
            return cast(`g::${type}`);
        case 'bool':
        case 'boolean':
            return cast('g % 2 = 0');
        case 'text':
        case 'varchar':
        case 'character varying':
        case 'bpchar':
        case 'character':
        case 'citext':
        case 'name': {
            const max = c.typmod > 4 ? c.typmod - 4 : 0;
            // md5 is 32 characters; the suffix keeps values distinct when the limit is shorter
            return cast(max > 0 && max < 40 ? `right(md5(g::text) || g::text, ${max})` : `md5(g::text) || ' ' || g::text`);
        }
        case 'uuid':
            return cast('md5(g::text)::uuid');
        case 'timestamptz':
        case 'timestamp with time zone':
            return cast(`timestamptz '2020-01-01 00:00:00+00' + g * interval '1 second'`);
        case 'timestamp':
        case 'timestamp without time zone':
            return cast(`timestamp '2020-01-01 00:00:00' + g * interval '1 second'`);
        case 'date':
            return cast(`date '2000-01-01' + (g % 20000)`);
        case 'time':
            return cast(`time '00:00' + (g % 86400) * interval '1 second'`);
        case 'interval':
            return cast(`g * interval '1 second'`);
        case 'json':
            return cast(`json_build_object('i', g)`);
        case 'jsonb':
            return cast(`jsonb_build_object('i', g)`);
        case 'bytea':
            return cast(`decode(md5(g::text), 'hex')`);
        case 'inet':
        case 'cidr':
            return cast(`('10.' || (g / 65536) % 256 || '.' || (g / 256) % 256 || '.' || g % 256)::${type}`);
        default:
            return undefined;
    }
}
function literal(s) {
    return `'${s.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./src/db/impact.ts


/**
 * Estimates the statements of `file` that rewrite, scan or build on a table the production stats
 * know, on the database as it stands before the file (`client` must not be in a transaction:
 * the copies are vacuumed). A statement whose table the file itself changes first may not run
 * on the copy; it is then reported as not modelled, with the server's reason.
 */
async function estimateFile(client, file, stats, opts) {
    const out = [];
    for (const stmt of file.parsed.statements) {
        const growth = growthOf(stmt);
        if (!growth)
            continue;
        const locks = (0,sql_locks/* locksOf */.aZ)(stmt).sort((a, b) => (0,sql_locks/* lockRank */.wb)(b.mode) - (0,sql_locks/* lockRank */.wb)(a.mode));
        const known = locks.map((l) => ({ l, s: stats.relation(l.relation) })).find((x) => x.s);
        if (!known)
            continue;
        const { l, s } = known;
        const line = file.parsed.source.position(stmt.start).line;
        const base = {
            file: file.path,
            line,
            statement: (0,sql_locks/* statementLabel */.OQ)(stmt),
            relation: `${l.relation.schema}.${l.relation.name}`,
            rows: s.rows,
            bytes: s.bytes.total,
            writesPerSecond: s.activity?.writesPerSecond ?? null,
            lock: l.mode,
            blocks: (0,sql_locks/* blocksReads */.o5)(l.mode) ? 'reads and writes' : (0,sql_locks/* blocksWrites */.PE)(l.mode) ? 'writes' : 'nothing',
        };
        const left = opts.budgetMs - opts.spentMs();
        let estimate;
        if (s.rows === null)
            estimate = { modelled: false, reason: 'production has never analysed the table, so its row count is unknown' };
        else if (left <= 0)
            estimate = { modelled: false, reason: 'the estimates used up their time budget (estimates.budget)' };
        else
            estimate = await estimateStatement(client, stmt.text, l.relation, growth, { sizes: opts.sizes, productionRows: s.rows, budgetMs: left, traffic: opts.traffic });
        out.push({ ...base, estimate });
    }
    return out;
}
/** "≈ 3 m 40 s under ACCESS EXCLUSIVE (0.41 s at 100k rows, 4.1 s at 1 M; production 54 M rows); on 1.0 M synthetic rows writes blocked 4100 ms, reads 4100 ms". */
function describeImpact(i) {
    if (!i.estimate.modelled)
        return `not estimated: ${i.estimate.reason}`;
    const e = i.estimate;
    const samples = e.samples.map((x) => `${duration(x.ms)} at ${rows(x.rows)} rows`).join(', ');
    const b = e.blocking ? `; on ${rows(e.blocking.rows)} synthetic rows writes blocked ${Math.round(e.blocking.writeBlockedMs)} ms, reads ${Math.round(e.blocking.readBlockedMs)} ms` : '';
    return `≈ ${duration(e.estimateMs)} under ${i.lock} (${samples}; production ${rows(e.productionRows)} rows)${b}`;
}
function duration(ms) {
    if (ms < 1)
        return `${ms.toFixed(2)} ms`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(s < 10 ? 2 : 1)} s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m} m ${Math.round(s - m * 60)} s`;
    const h = Math.floor(m / 60);
    return `${h} h ${m - h * 60} m`;
}
function rows(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(1)} B`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)} M`;
    if (n >= 1e3)
        return `${Math.round(n / 1e3)}k`;
    return String(n);
}


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ rehearseLockQueue),
/* harmony export */   x: () => (/* binding */ describeQueue)
/* harmony export */ });
/* harmony import */ var _sql_locks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(340);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8008);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2154);



const MARGIN_MS = 250;
/** Rehearses the statements of `file` that need it, on the database as it stands before the file. */
async function rehearseLockQueue(target, client, file, opts) {
    const out = [];
    const statements = file.parsed.statements;
    // in one transaction only the first statement to lock a table waits for it: the later ones
    // find it held (its rehearsal is theirs too)
    const held = new Map();
    for (let i = 0; i < statements.length; i++) {
        const stmt = statements[i];
        const locks = (0,_sql_locks_js__WEBPACK_IMPORTED_MODULE_0__/* .locksOf */ .aZ)(stmt);
        const strongest = [...locks].sort((a, b) => (0,_sql_locks_js__WEBPACK_IMPORTED_MODULE_0__/* .lockRank */ .wb)(b.mode) - (0,_sql_locks_js__WEBPACK_IMPORTED_MODULE_0__/* .lockRank */ .wb)(a.mode))[0];
        const key = strongest && `${strongest.relation.schema}.${strongest.relation.name}`;
        const already = key ? (held.get(key) ?? -1) : -1;
        if (opts.transactional)
            for (const l of locks)
                held.set(`${l.relation.schema}.${l.relation.name}`, Math.max(held.get(`${l.relation.schema}.${l.relation.name}`) ?? -1, (0,_sql_locks_js__WEBPACK_IMPORTED_MODULE_0__/* .lockRank */ .wb)(l.mode)));
        if (!strongest || !(0,_sql_locks_js__WEBPACK_IMPORTED_MODULE_0__/* .blocksWrites */ .PE)(strongest.mode) || already >= (0,_sql_locks_js__WEBPACK_IMPORTED_MODULE_0__/* .lockRank */ .wb)(strongest.mode))
            continue;
        const rel = `${(0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteIdent */ .v4)(strongest.relation.schema)}.${(0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteIdent */ .v4)(strongest.relation.name)}`;
        // only tables there before the change: a table the file, or an earlier file of the same
        // change, creates has no traffic yet (the deploy brings them together), as lint's isNew says
        const exists = await client.query(`SELECT to_regclass($1)::oid::bigint::text AS oid`, [rel]);
        const oid = exists.rows[0].oid;
        if (!oid || (opts.existedBefore && !opts.existedBefore(oid)))
            continue;
        const base = {
            file: file.path,
            line: file.parsed.source.position(stmt.start).line,
            statement: (0,_sql_locks_js__WEBPACK_IMPORTED_MODULE_0__/* .statementLabel */ .OQ)(stmt),
            relation: `${strongest.relation.schema}.${strongest.relation.name}`,
            lock: strongest.mode,
            blocker: (0,_sql_locks_js__WEBPACK_IMPORTED_MODULE_0__/* .blocksReads */ .o5)(strongest.mode) ? 'read' : 'write',
            outcome: 'not rehearsed',
        };
        if (opts.budgetMs - opts.spentMs() <= 0) {
            out.push({ ...base, note: 'the rehearsals used up their time budget (lockQueue.budget)' });
            continue;
        }
        out.push(await rehearseOne(target, rel, base, statements.slice(0, i), stmt, opts));
    }
    return out;
}
async function rehearseOne(target, rel, base, before, stmt, opts) {
    const sessions = [];
    const open = async (name) => {
        const c = await (0,_connect_js__WEBPACK_IMPORTED_MODULE_1__/* .connect */ .Ng)(target, `pgmig lock-queue ${name}`);
        sessions.push(c);
        return c;
    };
    try {
        const [blocker, runner, reader, writer, watcher] = await Promise.all([open('blocker'), open('migration'), open('reader'), open('writer'), open('watcher')]);
        // the traffic must never wait past the rehearsal, whatever happens to the statement
        for (const t of [reader, writer])
            await t.query(`SET statement_timeout = ${opts.waitMs + 5 * MARGIN_MS}`);
        const runnerPid = Number((await runner.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
        if (opts.transactional)
            await runner.query('BEGIN');
        // the file's own statements before this one, as the deploy runs them: its SETs decide the
        // lock_timeout really in force (SET LOCAL outside a transaction block does nothing)
        for (const s of before) {
            if (!opts.transactional && s.kind !== 'VariableSetStmt')
                continue;
            try {
                await runner.query(s.text);
            }
            catch (err) {
                return { ...base, note: `an earlier statement of the file failed in the rehearsal: ${err.message}` };
            }
        }
        if (!opts.transactional) {
            // the deploy commits this statement on its own; the rehearsal must take it back, so it runs
            // in a transaction all the same, after the file's SETs did what they do outside one
            if ((0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .nonTransactionalReason */ .TJ)([stmt]))
                return { ...base, note: 'it cannot run inside a transaction block, so it cannot be rehearsed without running it for real' };
            await runner.query('BEGIN');
        }
        const timeout = await runner.query(`SELECT setting AS ms FROM pg_settings WHERE name = 'lock_timeout'`);
        // the blocker takes its lock last: had it come first, the file's earlier statements would
        // queue behind it in the replay. It never waits itself (a lock the replay took is a stop)
        await blocker.query(`BEGIN; SET LOCAL lock_timeout = '1s'`);
        try {
            if (base.blocker === 'read')
                await blocker.query(`SELECT 1 FROM ${rel} LIMIT 1`);
            else
                await blocker.query(`LOCK TABLE ${rel} IN ROW EXCLUSIVE MODE`);
        }
        catch (err) {
            return { ...base, note: `no blocker could take its lock on the table: ${err.message}` };
        }
        const lockTimeoutMs = Number(timeout.rows[0].ms);
        const started = Date.now();
        const running = runner.query(stmt.text).then(() => ({ ok: true, at: Date.now() }), (err) => ({ ok: false, code: err.code, message: err.message, at: Date.now() }));
        const waiting = await waitUntilWaiting(watcher, runnerPid, running, Math.min(opts.waitMs, 2000));
        if (!waiting) {
            const r = await running;
            if (r.ok)
                return { ...base, outcome: 'not blocked', lockTimeoutMs, note: 'the statement did not wait for the blocker' };
            if (r.code === '55P03')
                return { ...base, outcome: 'failed fast', lockTimeoutMs, waitedMs: r.at - started, readWaitMs: 0, writeWaitMs: 0 };
            return { ...base, lockTimeoutMs, note: `the statement failed in the rehearsal: ${r.message}` };
        }
        // traffic arrives while the statement waits: a read and a write on sessions of their own
        const read = timed(reader, `SELECT 1 FROM ${rel} LIMIT 1`);
        const write = timed(writer, `BEGIN; LOCK TABLE ${rel} IN ROW EXCLUSIVE MODE; ROLLBACK`);
        const left = opts.waitMs - (Date.now() - started);
        const settled = await Promise.race([running, new Promise((r) => setTimeout(() => r(undefined), Math.max(0, left)))]);
        if (!settled) {
            // still waiting at the bound: production would keep queueing for as long as the blocker runs
            await watcher.query('SELECT pg_cancel_backend($1)', [runnerPid]);
        }
        const ended = settled ?? (await running);
        const [r, w] = await Promise.all([read, write]);
        const waits = { waitedMs: ended.at - started, readWaitMs: r.ms, writeWaitMs: w.ms };
        if (!settled)
            return { ...base, outcome: lockTimeoutMs > opts.waitMs ? 'slow timeout' : 'queued', lockTimeoutMs, ...waits };
        if (!settled.ok && settled.code === '55P03')
            return { ...base, outcome: 'failed fast', lockTimeoutMs, ...waits };
        return { ...base, lockTimeoutMs, note: settled.ok ? 'the statement finished while the blocker held its lock' : `the statement failed in the rehearsal: ${settled.message}` };
    }
    catch (err) {
        return { ...base, note: `the rehearsal could not run: ${err.message}` };
    }
    finally {
        // every session ends: their open transactions roll back, their locks go
        await Promise.all(sessions.map((c) => c.end().catch(() => { })));
    }
}
/** Until the backend waits for a lock (true), or the statement ends, or the bound passes (false). */
async function waitUntilWaiting(watcher, pid, running, boundMs) {
    let done = false;
    void running.then(() => (done = true));
    const deadline = Date.now() + boundMs;
    while (!done && Date.now() < deadline) {
        const r = await watcher.query(`SELECT EXISTS (SELECT FROM pg_locks WHERE pid = $1 AND NOT granted) AS waiting`, [pid]);
        if (r.rows[0].waiting)
            return true;
        await new Promise((r) => setTimeout(r, 5));
    }
    return false;
}
/** A query's latency; a query the statement_timeout ended counts as the time it waited. */
async function timed(c, sql) {
    const t0 = process.hrtime.bigint();
    const ok = await c.query(sql).then(() => true, async () => {
        await c.query('ROLLBACK').catch(() => { });
        return false;
    });
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, ok };
}
/** "lock_timeout 250ms works: failed fast after 252 ms, reads and writes of lead waited ≤ 252 ms". */
function describeQueue(q) {
    const table = q.relation;
    const waits = `reads of ${table} waited ${ms(q.readWaitMs)}, writes ${ms(q.writeWaitMs)}`;
    switch (q.outcome) {
        case 'failed fast':
            return `lock_timeout ${q.lockTimeoutMs}ms works: failed fast after ${ms(q.waitedMs)} behind a ${q.blocker === 'read' ? 'reader' : 'writer'}; ${waits}`;
        case 'slow timeout':
            return `lock_timeout ${q.lockTimeoutMs}ms ends the wait only after that long: ${q.blocker === 'read' ? 'reads and writes' : 'writes'} of ${table} queue behind this statement meanwhile (${waits} before pgmig ended the rehearsal after ${ms(q.waitedMs)}); a shorter lock_timeout with retries keeps the queue short`;
        case 'queued':
            return `${q.lockTimeoutMs ? `lock_timeout ${q.lockTimeoutMs}ms did not end the wait` : 'without lock_timeout'}, ${q.blocker === 'read' ? 'reads and writes' : 'writes'} of ${table} queue behind this statement while any transaction holds ${table}: an outage under production traffic (${waits} before pgmig ended the rehearsal after ${ms(q.waitedMs)})`;
        case 'not blocked':
            return `not blocked by an open ${q.blocker === 'read' ? 'reader' : 'writer'}${q.note ? ` (${q.note})` : ''}`;
        default:
            return `not rehearsed: ${q.note ?? 'unknown reason'}`;
    }
}
function ms(n) {
    return n === undefined ? '?' : `${Math.round(n)} ms`;
}


/***/ }),

/***/ 4063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ describeServerChange),
/* harmony export */   JM: () => (/* binding */ diffServer),
/* harmony export */   ko: () => (/* binding */ snapshotServer)
/* harmony export */ });
const ROLE_FLAGS = [
    ['rolsuper', 'SUPERUSER'],
    ['rolcreaterole', 'CREATEROLE'],
    ['rolcreatedb', 'CREATEDB'],
    ['rolcanlogin', 'LOGIN'],
    ['rolreplication', 'REPLICATION'],
    ['rolbypassrls', 'BYPASSRLS'],
];
/** Reads the server-wide state (a few catalog queries). */
async function snapshotServer(client) {
    const state = {
        databases: new Map(),
        roles: new Map(),
        memberships: new Map(),
        roleSettings: new Map(),
        fileSettings: new Map(),
        tablespaces: new Map(),
        unreadable: [],
    };
    const dbs = await client.query(`SELECT d.datname, pg_get_userbyid(d.datdba) AS owner, d.datallowconn AS allow, d.datistemplate AS template, d.datconnlimit AS limit FROM pg_database d`);
    for (const d of dbs.rows) {
        state.databases.set(d.datname, [`owner ${d.owner}`, ...(d.template ? ['template'] : []), ...(d.allow ? [] : ['no connections']), ...(d.limit >= 0 ? [`connection limit ${d.limit}`] : [])].join(', '));
    }
    const roles = await client.query(`SELECT rolname, ${ROLE_FLAGS.map(([c]) => c).join(', ')}, rolconnlimit, rolvaliduntil::text AS rolvaliduntil FROM pg_roles`);
    for (const r of roles.rows) {
        const flags = ROLE_FLAGS.filter(([c]) => r[c] === true).map(([, w]) => w);
        if (r.rolconnlimit >= 0)
            flags.push(`CONNECTION LIMIT ${r.rolconnlimit}`);
        if (r.rolvaliduntil)
            flags.push(`VALID UNTIL ${r.rolvaliduntil}`);
        state.roles.set(r.rolname, flags.join(' ') || 'no attributes');
    }
    const members = await client.query(`SELECT pg_get_userbyid(roleid) AS role, pg_get_userbyid(member) AS member, admin_option AS admin FROM pg_auth_members`);
    for (const m of members.rows)
        state.memberships.set(`${m.member} in ${m.role}`, m.admin ? 'WITH ADMIN OPTION' : 'member');
    const settings = await client.query(`SELECT CASE WHEN s.setrole <> 0 THEN pg_get_userbyid(s.setrole) END AS role, d.datname AS db, s.setconfig
     FROM pg_db_role_setting s LEFT JOIN pg_database d ON d.oid = s.setdatabase`);
    for (const s of settings.rows) {
        const who = s.role ? `role ${s.role}` : '';
        const where = s.db ? `database ${s.db}` : '';
        state.roleSettings.set([who, where].filter(Boolean).join(' in ') || 'everyone', [...s.setconfig].sort().join(', '));
    }
    try {
        const files = await client.query(`SELECT sourcefile, name, setting, applied, error FROM pg_file_settings ORDER BY sourcefile, sourceline`);
        for (const f of files.rows) {
            const file = (f.sourcefile ?? '').split('/').pop() || '?';
            state.fileSettings.set(`${f.name ?? '?'} (${file})`, `${f.setting ?? ''}${f.error ? ` (${f.error})` : ''}`);
        }
    }
    catch {
        state.unreadable.push('server settings (pg_file_settings: needs a superuser or pg_read_all_settings), so ALTER SYSTEM was not checked');
    }
    const spaces = await client.query(`SELECT spcname, pg_get_userbyid(spcowner) AS owner, pg_tablespace_location(oid) AS location FROM pg_tablespace`);
    for (const t of spaces.rows)
        state.tablespaces.set(t.spcname, `owner ${t.owner}${t.location ? `, at ${t.location}` : ''}`);
    return state;
}
/**
 * What changed between two snapshots, but for the databases `ignoreDatabase` says are the run's
 * own or another run's test database (those come and go by design).
 */
function diffServer(before, after, ignoreDatabase) {
    const out = [];
    const compare = (kind, a, b, skip = () => false) => {
        for (const [name, was] of a) {
            if (skip(name))
                continue;
            const now = b.get(name);
            if (now === undefined)
                out.push({ kind, change: 'dropped', name, before: was });
            else if (now !== was)
                out.push({ kind, change: 'changed', name, before: was, after: now });
        }
        for (const [name, now] of b)
            if (!a.has(name) && !skip(name))
                out.push({ kind, change: 'created', name, after: now });
    };
    compare('database', before.databases, after.databases, ignoreDatabase);
    compare('role', before.roles, after.roles);
    compare('membership', before.memberships, after.memberships);
    compare('role setting', before.roleSettings, after.roleSettings, (k) => {
        const db = / in database (.*)$|^database (.*)$/.exec(k);
        return !!db && ignoreDatabase(db[1] ?? db[2]);
    });
    compare('server setting', before.fileSettings, after.fileSettings);
    compare('tablespace', before.tablespaces, after.tablespaces);
    return out;
}
/** `created role app_admin (SUPERUSER LOGIN)`, `changed ALTER SYSTEM … from … to …`. */
function describeServerChange(c) {
    if (c.change === 'created')
        return `created ${c.kind} ${c.name}${c.after ? ` (${c.after})` : ''}`;
    if (c.change === 'dropped')
        return `dropped ${c.kind} ${c.name}${c.before ? ` (was ${c.before})` : ''}`;
    return `changed ${c.kind} ${c.name}: ${c.before} -> ${c.after}`;
}


/***/ })

};
