import type pg from 'pg';

/** The format of `.pgmig/stats.json`; bumped when a field changes meaning or goes away. */
export const STATS_FORMAT = 1;

export type RelationKind = 'table' | 'partitioned table' | 'materialized view' | 'index' | 'partitioned index';

export interface RelationStats {
  schema: string;
  name: string;
  kind: RelationKind;
  /** The table a partition belongs to (schema.name), for partitions only. */
  partitionOf?: string;
  /** The table an index is on (schema.name), for indexes only. */
  table?: string;
  /** The planner's row estimate (reltuples as of the last VACUUM/ANALYZE); null when never analysed. */
  rows: number | null;
  pages: number;
  bytes: { heap: number; indexes: number; toast: number; total: number };
  /** Cumulative statistics; absent for indexes and where the view has no row. */
  activity?: {
    liveTuples: number;
    deadTuples: number;
    insertsPerSecond: number;
    updatesPerSecond: number;
    deletesPerSecond: number;
    writesPerSecond: number;
    seqScans: number;
    indexScans: number | null;
  };
}

export interface StatsFile {
  format: number;
  takenAt: string;
  database: string;
  server: { version: string; versionNum: number; blockSize: number; settings: Record<string, string> };
  /** Since when the per-second rates count (the database's stats_reset, else the server's start). */
  statsSince: string;
  relations: RelationStats[];
  /**
   * The running application's statements from pg_stat_statements, most called first: normalised
   * texts whose constants are $n parameters (no literal value leaves the server), absent when the
   * extension is not there.
   */
  queries?: Array<{ text: string; calls: number; meanMs: number }>;
  /** What could not be read, and why (a privilege missing, a view absent). */
  unavailable: string[];
}

/** The settings that decide how long a rewrite or an index build takes. */
const SETTINGS = ['maintenance_work_mem', 'max_parallel_maintenance_workers', 'work_mem', 'shared_buffers', 'effective_io_concurrency'];

/**
 * Reads the statistics of every user relation from catalogs and statistics views only. Sizes
 * come from relpages, never pg_relation_size(): that function opens the relation and so takes
 * an ACCESS SHARE lock, which would queue behind a waiting ALTER on a busy production table.
 * This way the snapshot takes no lock on any user relation and reads no row of user data.
 */
export async function collectStats(client: pg.Client, opts: { statementTimeoutMs?: number; queries?: number } = {}): Promise<StatsFile> {
  const unavailable: string[] = [];
  await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(opts.statementTimeoutMs ?? 10_000))}`);
    // catalogs take no heavyweight lock on the relations they describe; this only bounds a wait
    // on a catalog itself, should something be rewriting one
    await client.query(`SET LOCAL lock_timeout = '2s'`);
    const head = await client.query<{ db: string; version: string; num: string; bs: string; now: Date; since: Date | null; started: Date }>(
      `SELECT current_database() AS db, current_setting('server_version') AS version, current_setting('server_version_num') AS num,
              current_setting('block_size') AS bs, now() AS now,
              (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()) AS since,
              pg_postmaster_start_time() AS started`,
    );
    const h = head.rows[0]!;
    const since = h.since ?? h.started;
    const seconds = Math.max(1, (h.now.getTime() - since.getTime()) / 1000);
    const settings = await client.query<{ name: string; setting: string }>(`SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name = ANY($1) ORDER BY name`, [SETTINGS]);
    const blockSize = Number(h.bs);

    const rels = await client.query<{
      oid: number;
      schema: string;
      name: string;
      relkind: string;
      reltuples: number;
      relpages: number;
      toast_pages: number | null;
      index_pages: string | null;
      parent: string | null;
      on_table: string | null;
    }>(
      `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
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
        ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`,
    );

    // the cumulative statistics views are readable by every role (only query texts are not)
    const activity = new Map<number, { live: string; dead: string; ins: string; upd: string; del: string; seq: string; idx: string | null }>();
    const a = await client.query<{ relid: number; live: string; dead: string; ins: string; upd: string; del: string; seq: string; idx: string | null }>(
      `SELECT relid::int AS relid, n_live_tup AS live, n_dead_tup AS dead, n_tup_ins AS ins, n_tup_upd AS upd, n_tup_del AS del,
              seq_scan AS seq, idx_scan AS idx
         FROM pg_stat_user_tables`,
    );
    for (const r of a.rows) activity.set(r.relid, r);

    const relations = rels.rows.map((r): RelationStats => {
      const kind = KINDS[r.relkind]!;
      const heap = r.relpages * blockSize;
      const indexes = Number(r.index_pages ?? 0) * blockSize;
      const toast = (r.toast_pages ?? 0) * blockSize;
      const out: RelationStats = {
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
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

/**
 * The most called DML statements of this database in pg_stat_statements. Utility statements (SET,
 * DDL) keep their literals there, so only SELECT, INSERT, UPDATE, DELETE, MERGE and WITH are taken.
 * Texts of other users' statements need pg_read_all_stats; those that read "<insufficient
 * privilege>" are counted and left out.
 */
async function topQueries(client: pg.Client, limit: number, unavailable: string[]): Promise<StatsFile['queries']> {
  if (limit <= 0) return undefined;
  const there = await client.query<{ schema: string | null }>(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements'`,
  );
  const schema = there.rows[0]?.schema;
  if (!schema) {
    unavailable.push('queries: pg_stat_statements is not installed in this database (shared_preload_libraries = pg_stat_statements, then CREATE EXTENSION pg_stat_statements), so no running queries were exported');
    return undefined;
  }
  await client.query('SAVEPOINT pgmig_queries');
  try {
    const r = await client.query<{ query: string; calls: string; mean: number }>(
      `SELECT query, calls, mean_exec_time AS mean FROM ${quote(schema)}.pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query ~* '^\\s*(select|insert|update|delete|merge|with)\\M'
        ORDER BY calls DESC, query COLLATE "C" LIMIT $1`,
      [limit],
    );
    await client.query('RELEASE SAVEPOINT pgmig_queries');
    const hidden = r.rows.filter((q) => q.query === '<insufficient privilege>').length;
    if (hidden) unavailable.push(`queries: ${hidden} of the most called statements are other users' and their texts need pg_read_all_stats (or pg_monitor)`);
    return r.rows.filter((q) => q.query !== '<insufficient privilege>').map((q) => ({ text: q.query, calls: Number(q.calls), meanMs: Math.round(q.mean * 1000) / 1000 }));
  } catch (err) {
    // shared_preload_libraries without the library loaded: the view is there but errors
    await client.query('ROLLBACK TO SAVEPOINT pgmig_queries');
    unavailable.push(`queries: pg_stat_statements cannot be read: ${(err as Error).message}`);
    return undefined;
  }
}

function quote(ident: string): string {
  return `"${ident.replace(/"/g, '""')}"`;
}

const KINDS: Record<string, RelationKind> = { r: 'table', p: 'partitioned table', m: 'materialized view', i: 'index', I: 'partitioned index' };

function rate(n: number, seconds: number): number {
  return Math.round((n / seconds) * 1000) / 1000;
}
