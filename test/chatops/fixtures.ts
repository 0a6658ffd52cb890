import { dirname, join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { Applier, loadMigration } from '../../src/db/apply.js';
import { startCluster, type Cluster } from '../../src/db/cluster.js';
import { parseDatabaseUrl, toUrl, withDatabase } from '../../src/db/connect.js';
import { entryFor } from '../../src/migrations/discover.js';
import type { MigrationName } from '../../src/migrations/name.js';
import { ensureParser } from '../../src/sql/parse.js';

export const V1 = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\n';
export const V2 = "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score bigint;\n";
export const U2 = "-- undo of V2\nALTER TABLE lead DROP COLUMN score;\n";
export const V3 = 'CREATE TABLE lead_note (id bigint PRIMARY KEY, lead_id bigint REFERENCES lead, body text);\n';
export const U3 = 'DROP TABLE lead_note;\n';
export const CONFIG = "rules: { require-rls: off, require-table-schema: off }\nlockTimeout: { max: 1500ms }\n";

/** Base branch files and the pull request's (V2, V3 with their undo files). */
export const BASE = { '.pgmig.yml': CONFIG, 'db/migration/V1__lead.sql': V1 };
export const CHANGE = { 'db/migration/V2__lead_score.sql': V2, 'db/migration/U2__lead_score.sql': U2, 'db/migration/V3__lead_note.sql': V3, 'db/migration/U3__lead_note.sql': U3 };

let cluster: Cluster | undefined;
let server = '';

/** The run's shared cluster when vitest started one (test/setup/postgres.ts), else one of this file's own. */
export async function serverUrl(): Promise<string> {
  if (server) return server;
  server = inject('pgUrl');
  if (!server) {
    cluster = await startCluster();
    server = toUrl(cluster.target);
  }
  return server;
}

export async function stopServer(): Promise<void> {
  await cluster?.stop();
  cluster = undefined;
  server = '';
}

export interface Db {
  name: string;
  url: string;
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  /** What a rollback changes: the history's applied versions, the tables and lead's columns. */
  state(): Promise<{ history: string[]; tables: string[]; leadColumns: string[] }>;
  drop(): Promise<void>;
}

/**
 * A fresh database with `files` (paths in `dir`, relative) applied in this order and recorded
 * in flyway_schema_history, as a Flyway deploy (or `pgmig test`) leaves it.
 */
export async function deployedDatabase(dir: string, files: string[]): Promise<Db> {
  await ensureParser();
  const base = await serverUrl();
  const name = `pgmig_chatops_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = toUrl(withDatabase(parseDatabaseUrl(base, '--database-url'), name));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applier = new Applier(client);
  await applier.createHistory();
  for (const f of files) {
    const abs = join(dir, f);
    const e = entryFor(dir, abs, dirname(abs), 'VXXX');
    const n = e.name as MigrationName;
    const run = await applier.apply(loadMigration(e, n, n.version));
    if (run.status !== 'applied') throw new Error(`${f} failed: ${run.error?.message}`);
  }
  await client.end();
  const query = async <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<T>(sql, params)).rows;
    } finally {
      await c.end();
    }
  };
  return {
    name,
    url,
    query,
    async state() {
      const history = (await query<{ v: string }>('SELECT version AS v FROM flyway_schema_history WHERE success ORDER BY installed_rank')).map((r) => r.v);
      const tables = (await query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.t);
      const leadColumns = (await query<{ c: string }>("SELECT attname AS c FROM pg_attribute WHERE attrelid = 'public.lead'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum")).map((r) => r.c);
      return { history, tables, leadColumns };
    },
    async drop() {
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}
