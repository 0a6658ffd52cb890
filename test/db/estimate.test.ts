import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl, toUrl, withDatabase } from '../../src/db/connect.js';
import { estimateStatement, extrapolate, growthOf, SCRATCH_SCHEMA } from '../../src/db/estimate.js';
import { ensureParser, parseSql } from '../../src/sql/parse.js';
import { serverUrl } from './helpers.js';

const DB = `pgmig_estimate_${process.pid}`;
let client: pg.Client;
const lead = { schema: 'public', name: 'lead' };

beforeAll(async () => {
  await ensureParser();
  const server = parseDatabaseUrl(serverUrl(), '--database-url');
  const admin = new pg.Client({ connectionString: toUrl(server) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  client = new pg.Client({ connectionString: toUrl(withDatabase(server, DB)) });
  await client.connect();
  await client.query(`
    CREATE TYPE lead_status AS ENUM ('new', 'won', 'lost');
    CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%' OR VALUE IS NOT NULL);
    CREATE TABLE account (id bigint PRIMARY KEY);
    CREATE TABLE lead (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account_id bigint REFERENCES account,
      owner varchar(40) NOT NULL,
      code char(6) UNIQUE,
      status lead_status NOT NULL DEFAULT 'new',
      amount numeric(12, 2) CHECK (amount >= 0),
      created timestamptz NOT NULL DEFAULT now(),
      due date,
      tags text[] NOT NULL DEFAULT '{}',
      extra jsonb,
      ref uuid UNIQUE,
      upper_owner text GENERATED ALWAYS AS (upper(owner)) STORED
    );
    CREATE INDEX lead_created ON lead (created);
    ALTER TABLE lead ADD CONSTRAINT owner_not_blank CHECK (owner <> '') NOT VALID;
    INSERT INTO account VALUES (1);
    INSERT INTO lead (account_id, owner, code) VALUES (1, 'ann', 'a1');
  `);
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
});

const growth = (sql: string) => {
  return growthOf(parseSql(sql).statements[0]!);
};

describe('lock duration estimates on synthetic copies', () => {
  it('knows which statements it models, and how their work grows', () => {
    expect(growth('CREATE INDEX i ON lead (owner)')).toBe('n log n');
    expect(growth('ALTER TABLE lead ALTER COLUMN amount TYPE numeric(14, 2)')).toBe('linear');
    expect(growth('ALTER TABLE lead ADD CONSTRAINT u UNIQUE (owner, id)')).toBe('n log n');
    expect(growth('ALTER TABLE lead VALIDATE CONSTRAINT owner_not_blank')).toBe('linear');
    expect(growth('VACUUM FULL lead')).toBe('linear');
    expect(growth('ALTER TABLE lead ADD CONSTRAINT c CHECK (amount < 10) NOT VALID')).toBeUndefined();
    expect(growth('VACUUM lead')).toBeUndefined();
    expect(growth('ALTER TABLE lead ADD COLUMN note text')).toBeUndefined();
  });

  it('builds the copy with every type, constraint and index, runs the statement on it, and leaves the real table alone', async () => {
    const e = await estimateStatement(client, 'CREATE INDEX lead_owner ON lead (owner, status)', lead, 'n log n', { sizes: [500, 5000], productionRows: 1_000_000 });
    expect(e).toMatchObject({ modelled: true, growth: 'n log n', productionRows: 1_000_000 });
    if (!e.modelled) throw new Error(e.reason);
    expect(e.samples.map((s) => s.rows)).toEqual([500, 5000]);
    expect(e.samples.every((s) => s.ms > 0)).toBe(true);
    expect(e.estimateMs).toBeGreaterThan(e.samples[1]!.ms);
    const real = await client.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'lead' AND indexname = 'lead_owner'`);
    expect(real.rows[0].n).toBe(0);
    const scratch = await client.query(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1`, [SCRATCH_SCHEMA]);
    expect(scratch.rows[0].n).toBe(0);
    const rows = await client.query(`SELECT count(*)::int AS n FROM lead`);
    expect(rows.rows[0].n).toBe(1);
  });

  it('validates a NOT VALID check on the copy as it would in production (the copy keeps it unvalidated)', async () => {
    const e = await estimateStatement(client, 'ALTER TABLE lead VALIDATE CONSTRAINT owner_not_blank', lead, 'linear', { sizes: [500, 5000], productionRows: 100_000 });
    expect(e.modelled).toBe(true);
  });

  it('says why when the statement cannot run on synthetic rows', async () => {
    const e = await estimateStatement(client, `ALTER TABLE lead ADD CONSTRAINT short_owner CHECK (length(owner) < 3)`, lead, 'linear', { sizes: [100, 1000], productionRows: 1e6 });
    expect(e).toEqual({ modelled: false, reason: expect.stringMatching(/^on 100 synthetic rows the statement failed: check constraint "short_owner" .* is violated by some row/) });
    const other = await estimateStatement(client, 'CREATE INDEX ON account (id)', lead, 'n log n', { sizes: [100, 1000], productionRows: 1e6 });
    expect(other).toEqual({ modelled: false, reason: expect.stringMatching(/does not name public\.lead/) });
    const scratch = await client.query(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1`, [SCRATCH_SCHEMA]);
    expect(scratch.rows[0].n).toBe(0);
  });

  it('stops at the time budget', async () => {
    const e = await estimateStatement(client, 'CREATE INDEX ON lead (owner)', lead, 'n log n', { sizes: [100, 1000], productionRows: 1e6, budgetMs: 0 });
    expect(e).toEqual({ modelled: false, reason: 'the time budget ran out after 0 of 2 sizes' });
  });
});

describe('extrapolate', () => {
  it('fits the fixed cost and the cost per row', () => {
    // 5 ms fixed + 0.01 ms a row
    expect(extrapolate([{ rows: 1000, ms: 15 }, { rows: 10_000, ms: 105 }], 'linear', 1_000_000)).toBeCloseTo(10_005, 6);
  });
  it('grows by n log n for sorts', () => {
    const f = (n: number) => 2 + 1e-4 * n * Math.log2(n);
    expect(extrapolate([{ rows: 1e4, ms: f(1e4) }, { rows: 1e5, ms: f(1e5) }], 'n log n', 1e7)).toBeCloseTo(f(1e7), 6);
  });
  it('falls back to proportional growth when noise makes the larger run faster', () => {
    expect(extrapolate([{ rows: 1000, ms: 50 }, { rows: 10_000, ms: 40 }], 'linear', 100_000)).toBeCloseTo(400, 6);
  });
});
