import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { parseDatabaseUrl, toUrl, withDatabase } from '../../src/db/connect.js';
import type { StatsFile } from '../../src/db/stats.js';
import { project } from '../helpers/project.js';
import { serverUrl } from './helpers.js';

const DB = `pgmig_stats_${process.pid}`;
const ROLE = `pgmig_stats_reader_${process.pid}`;
let url = '';

async function admin<T>(fn: (c: pg.Client) => Promise<T>, db?: string): Promise<T> {
  const server = parseDatabaseUrl(serverUrl(), '--database-url');
  const c = new pg.Client({ connectionString: toUrl(db ? withDatabase(server, db) : server) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  await admin((c) => c.query(`CREATE DATABASE ${DB}`));
  await admin(async (c) => {
    await c.query(`
      CREATE SCHEMA app;
      CREATE TABLE app.lead (id bigint PRIMARY KEY, owner text, notes text);
      INSERT INTO app.lead SELECT g, 'owner ' || g, (SELECT string_agg(md5(random()::text || g || i), '') FROM generate_series(1, 120) i) FROM generate_series(1, 5000) g;
      UPDATE app.lead SET owner = 'changed' WHERE id <= 100;
      DELETE FROM app.lead WHERE id > 4990;
      CREATE INDEX lead_owner ON app.lead (owner);
      CREATE TABLE app.event (at date NOT NULL, what text) PARTITION BY RANGE (at);
      CREATE TABLE app.event_2026 PARTITION OF app.event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
      INSERT INTO app.event SELECT '2026-03-01'::date + (g % 200), 'e' FROM generate_series(1, 300) g;
      CREATE MATERIALIZED VIEW app.owners AS SELECT owner, count(*) FROM app.lead GROUP BY owner;
      CREATE TABLE app.never_analysed (x int);
      ANALYZE app.event_2026; ANALYZE app.owners;
    `);
    // as autovacuum keeps production's: VACUUM is what counts the TOAST table's pages
    await c.query('VACUUM ANALYZE app.lead');
    await c.query(`CREATE ROLE ${ROLE} LOGIN PASSWORD 'reader-pw' NOSUPERUSER NOINHERIT`);
    await c.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
  }, DB);
  const server = parseDatabaseUrl(serverUrl(), '--database-url');
  url = toUrl(withDatabase(server, DB));
});

afterAll(async () => {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS ${ROLE}`);
  });
});

describe('pgmig stats', () => {
  it('describes every table, partition, materialized view and index with sizes and write rates', async () => {
    const cwd = project({});
    const r = await cli(['stats', '--database-url', url], cwd);
    expect(r.stderr).toMatch(/wrote \.pgmig\/stats\.json: 5 tables and views, 2 indexes/);
    expect(r.code).toBe(0);
    const stats = JSON.parse(readFileSync(join(cwd, '.pgmig/stats.json'), 'utf8')) as StatsFile;
    expect(stats.format).toBe(1);
    expect(stats.database).toBe(DB);
    expect(stats.server.versionNum).toBeGreaterThanOrEqual(150000);
    expect(Object.keys(stats.server.settings)).toEqual(expect.arrayContaining(['maintenance_work_mem', 'max_parallel_maintenance_workers']));
    const names = stats.relations.map((x) => `${x.schema}.${x.name}`);
    expect(names).toEqual([...names].sort());
    const by = (name: string) => stats.relations.find((x) => `${x.schema}.${x.name}` === name)!;

    const lead = by('app.lead');
    expect(lead.kind).toBe('table');
    expect(lead.rows).toBe(4990);
    expect(lead.bytes.heap).toBe(lead.pages * stats.server.blockSize);
    // the notes are long enough to go to TOAST, and there are two indexes
    expect(lead.bytes.toast).toBeGreaterThan(0);
    expect(lead.bytes.indexes).toBeGreaterThan(0);
    expect(lead.bytes.total).toBe(lead.bytes.heap + lead.bytes.indexes + lead.bytes.toast);
    expect(lead.activity?.writesPerSecond).toBeGreaterThan(0);
    expect(lead.activity!.writesPerSecond).toBeCloseTo(lead.activity!.insertsPerSecond + lead.activity!.updatesPerSecond + lead.activity!.deletesPerSecond, 2);

    expect(by('app.event').kind).toBe('partitioned table');
    expect(by('app.event_2026')).toMatchObject({ kind: 'table', partitionOf: 'app.event', rows: 300 });
    expect(by('app.owners').kind).toBe('materialized view');
    expect(by('app.lead_owner')).toMatchObject({ kind: 'index', table: 'app.lead' });
    expect(by('app.lead_pkey')).toMatchObject({ kind: 'index', table: 'app.lead' });
    expect(by('app.never_analysed').rows).toBeNull();
    expect(stats.unavailable.join('\n')).toMatch(/never analysed/);
    expect(r.stderr).toMatch(/notice: rows of relations never analysed/);
  });

  it('keeps its key order from one snapshot to the next, so a refresh diffs cleanly', async () => {
    const cwd = project({});
    const a = await cli(['stats', '--database-url', url, '-o', '-'], cwd);
    const b = await cli(['stats', '--database-url', url, '-o', '-'], cwd);
    expect(a.code).toBe(0);
    const shape = (s: string) => s.split('\n').map((l) => l.replace(/:.*$/, ''));
    expect(shape(a.stdout)).toEqual(shape(b.stdout));
    expect(existsSync(join(cwd, '.pgmig'))).toBe(false);
  });

  it('takes no lock on user tables: it completes while another session holds ACCESS EXCLUSIVE on one', async () => {
    const server = parseDatabaseUrl(serverUrl(), '--database-url');
    const holder = new pg.Client({ connectionString: toUrl(withDatabase(server, DB)) });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE app.lead IN ACCESS EXCLUSIVE MODE');
      const r = await cli(['stats', '--database-url', url, '-o', '-', '--statement-timeout', '3s'], project({}));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as StatsFile).relations.find((x) => x.name === 'lead')?.rows).toBe(4990);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });

  it('runs as a role with no privileges on the tables', async () => {
    const server = parseDatabaseUrl(serverUrl(), '--database-url');
    const reader = toUrl({ ...withDatabase(server, DB), user: ROLE, password: 'reader-pw' });
    const r = await cli(['stats', '--database-url', reader, '-o', '-'], project({}));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout) as StatsFile;
    expect(stats.relations.find((x) => x.name === 'lead')).toMatchObject({ rows: 4990 });
  });

  it('is a clear error that keeps the old file when the server is down', async () => {
    const cwd = project({ '.pgmig/stats.json': '{"format":1,"old":true}\n' });
    const r = await cli(['stats', '--database-url', 'postgresql://nobody@127.0.0.1:1/none?connect_timeout=2'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pgmig: cannot connect to PostgreSQL at postgresql:\/\/nobody@127\.0\.0\.1:1\/none.*is the server running/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(cwd, '.pgmig/stats.json'), 'utf8')).toContain('"old":true');
  });

  it('says where to point it when no database is given', async () => {
    const r = await cli(['stats'], project({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no database to read statistics from: give --database-url/);
  });

  it('says so when the output cannot be written, and writes nothing half', async () => {
    const cwd = project({});
    writeFileSync(join(cwd, 'blocker'), 'a file where a folder should be');
    const r = await cli(['stats', '--database-url', url, '-o', 'blocker/stats.json'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write blocker\/stats\.json/);
  });
});
