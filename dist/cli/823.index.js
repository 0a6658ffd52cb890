export const id = 823;
export const ids = [823];
export const modules = {

/***/ 5823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStats: () => (/* binding */ runStats)
});

// UNUSED EXPORTS: DEFAULT_STATS_FILE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/db/connect.ts
var connect = __webpack_require__(8008);
;// CONCATENATED MODULE: ./src/db/stats.ts
/** The format of `.pgmig/stats.json`; bumped when a field changes meaning or goes away. */
const STATS_FORMAT = 1;
/** The settings that decide how long a rewrite or an index build takes. */
const SETTINGS = ['maintenance_work_mem', 'max_parallel_maintenance_workers', 'work_mem', 'shared_buffers', 'effective_io_concurrency'];
/**
 * Reads the statistics of every user relation from catalogs and statistics views only. Sizes
 * come from relpages, never pg_relation_size(): that function opens the relation and so takes
 * an ACCESS SHARE lock, which would queue behind a waiting ALTER on a busy production table.
 * This way the snapshot takes no lock on any user relation and reads no row of user data.
 */
async function collectStats(client, opts = {}) {
    const unavailable = [];
    await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
        await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(opts.statementTimeoutMs ?? 10_000))}`);
        // catalogs take no heavyweight lock on the relations they describe; this only bounds a wait
        // on a catalog itself, should something be rewriting one
        await client.query(`SET LOCAL lock_timeout = '2s'`);
        const head = await client.query(`SELECT current_database() AS db, current_setting('server_version') AS version, current_setting('server_version_num') AS num,
              current_setting('block_size') AS bs, now() AS now,
              (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()) AS since,
              pg_postmaster_start_time() AS started`);
        const h = head.rows[0];
        const since = h.since ?? h.started;
        const seconds = Math.max(1, (h.now.getTime() - since.getTime()) / 1000);
        const settings = await client.query(`SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name = ANY($1) ORDER BY name`, [SETTINGS]);
        const blockSize = Number(h.bs);
        const rels = await client.query(`SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
              c.reltuples::float8 AS reltuples, c.relpages::int AS relpages,
              (SELECT t.relpages::int FROM pg_class t WHERE t.oid = c.reltoastrelid) AS toast_pages,
              (SELECT sum(ic.relpages)::bigint FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid WHERE x.indrelid = c.oid) AS index_pages,
              (SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
                 WHERE i.inhrelid = c.oid AND c.relispartition LIMIT 1) AS parent,
              (SELECT tn.nspname || '.' || t.relname FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
                 WHERE x.indexrelid = c.oid) AS on_table
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
        ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`);
        // the cumulative statistics views are readable by every role (only query texts are not)
        const activity = new Map();
        const a = await client.query(`SELECT relid::int AS relid, n_live_tup AS live, n_dead_tup AS dead, n_tup_ins AS ins, n_tup_upd AS upd, n_tup_del AS del,
              seq_scan AS seq, idx_scan AS idx
         FROM pg_stat_user_tables`);
        for (const r of a.rows)
            activity.set(r.relid, r);
        const relations = rels.rows.map((r) => {
            const kind = KINDS[r.relkind];
            const heap = r.relpages * blockSize;
            const indexes = Number(r.index_pages ?? 0) * blockSize;
            const toast = (r.toast_pages ?? 0) * blockSize;
            const out = {
                schema: r.schema,
                name: r.name,
                kind,
                ...(r.parent ? { partitionOf: r.parent } : {}),
                ...(r.on_table ? { table: r.on_table } : {}),
                // -1 (PostgreSQL 14+) means never vacuumed or analysed: unknown, not empty
                rows: r.reltuples < 0 ? null : Math.round(r.reltuples),
                pages: r.relpages,
                bytes: { heap, indexes, toast, total: heap + indexes + toast },
            };
            const s = activity.get(r.oid);
            if (s && (kind === 'table' || kind === 'materialized view')) {
                const ins = Number(s.ins);
                const upd = Number(s.upd);
                const del = Number(s.del);
                out.activity = {
                    liveTuples: Number(s.live),
                    deadTuples: Number(s.dead),
                    insertsPerSecond: rate(ins, seconds),
                    updatesPerSecond: rate(upd, seconds),
                    deletesPerSecond: rate(del, seconds),
                    writesPerSecond: rate(ins + upd + del, seconds),
                    seqScans: Number(s.seq),
                    indexScans: s.idx === null ? null : Number(s.idx),
                };
            }
            return out;
        });
        const queries = await topQueries(client, opts.queries ?? 500, unavailable);
        if (relations.some((r) => r.rows === null)) {
            unavailable.push('rows of relations never analysed (reltuples = -1): run ANALYZE on them for sized findings');
        }
        await client.query('COMMIT');
        return {
            format: STATS_FORMAT,
            takenAt: h.now.toISOString(),
            database: h.db,
            server: {
                version: h.version,
                versionNum: Number(h.num),
                blockSize,
                settings: Object.fromEntries(settings.rows.map((s) => [s.name, s.setting])),
            },
            statsSince: since.toISOString(),
            relations,
            ...(queries ? { queries } : {}),
            unavailable,
        };
    }
    catch (err) {
        await client.query('ROLLBACK').catch(() => { });
        throw err;
    }
}
/**
 * The most called DML statements of this database in pg_stat_statements. Utility statements (SET,
 * DDL) keep their literals there, so only SELECT, INSERT, UPDATE, DELETE, MERGE and WITH are taken.
 * Texts of other users' statements need pg_read_all_stats; those that read "<insufficient
 * privilege>" are counted and left out.
 */
async function topQueries(client, limit, unavailable) {
    if (limit <= 0)
        return undefined;
    const there = await client.query(`SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements'`);
    const schema = there.rows[0]?.schema;
    if (!schema) {
        unavailable.push('queries: pg_stat_statements is not installed in this database (shared_preload_libraries = pg_stat_statements, then CREATE EXTENSION pg_stat_statements), so no running queries were exported');
        return undefined;
    }
    await client.query('SAVEPOINT pgmig_queries');
    try {
        const r = await client.query(`SELECT query, calls, mean_exec_time AS mean FROM ${quote(schema)}.pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query ~* '^\\s*(select|insert|update|delete|merge|with)\\M'
        ORDER BY calls DESC, query COLLATE "C" LIMIT $1`, [limit]);
        await client.query('RELEASE SAVEPOINT pgmig_queries');
        const hidden = r.rows.filter((q) => q.query === '<insufficient privilege>').length;
        if (hidden)
            unavailable.push(`queries: ${hidden} of the most called statements are other users' and their texts need pg_read_all_stats (or pg_monitor)`);
        return r.rows.filter((q) => q.query !== '<insufficient privilege>').map((q) => ({ text: q.query, calls: Number(q.calls), meanMs: Math.round(q.mean * 1000) / 1000 }));
    }
    catch (err) {
        // shared_preload_libraries without the library loaded: the view is there but errors
        await client.query('ROLLBACK TO SAVEPOINT pgmig_queries');
        unavailable.push(`queries: pg_stat_statements cannot be read: ${err.message}`);
        return undefined;
    }
}
function quote(ident) {
    return `"${ident.replace(/"/g, '""')}"`;
}
const KINDS = { r: 'table', p: 'partitioned table', m: 'materialized view', i: 'index', I: 'partitioned index' };
function rate(n, seconds) {
    return Math.round((n / seconds) * 1000) / 1000;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/commands/stats.ts






const DEFAULT_STATS_FILE = '.pgmig/stats.json';
/** `pgmig stats`: a snapshot of production's table sizes and traffic, without a row of its data. */
async function runStats(opts) {
    const target = (0,connect/* resolveTarget */.u1)(opts.databaseUrl, opts.env);
    if (!target)
        throw new errors/* UserError */.y('no database to read statistics from: give --database-url (or set DATABASE_URL or the PG* variables)');
    const client = await (0,connect/* connect */.Ng)(target, 'pgmig stats', opts.env);
    let stats;
    try {
        stats = await collectStats(client, { statementTimeoutMs: opts.statementTimeoutMs, queries: opts.queries });
    }
    catch (err) {
        const e = err;
        throw new errors/* UserError */.y(`cannot read the statistics of ${(0,connect/* displayUrl */.Qy)(target)}: ${(0,secrets/* redact */.E$)(e.message ?? String(err))}${e.code ? ` (SQLSTATE ${e.code})` : ''}`);
    }
    finally {
        await client.end().catch(() => { });
    }
    const json = JSON.stringify(stats, null, 2) + '\n';
    const out = opts.output ?? DEFAULT_STATS_FILE;
    if (out === '-')
        return { stats, json, database: (0,connect/* displayUrl */.Qy)(target) };
    const abs = (0,external_node_path_.resolve)(opts.cwd, out);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
        // written aside and renamed, so a reader never sees half a file and a failure keeps the old one
        const tmp = `${abs}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, json);
        (0,external_node_fs_.renameSync)(tmp, abs);
    }
    catch (err) {
        throw new errors/* UserError */.y(`cannot write ${out}: ${err.message}`);
    }
    return { stats, json, file: (0,external_node_path_.relative)(opts.cwd, abs) || out, database: (0,connect/* displayUrl */.Qy)(target) };
}


/***/ })

};
