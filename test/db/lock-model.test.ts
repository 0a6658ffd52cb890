import { chownSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl, toUrl, withDatabase } from '../../src/db/connect.js';
import { lockModeName } from '../../src/db/trace.js';
import { lockRank, locksOf, strongestLocks, type LockMode } from '../../src/sql/locks.js';
import { SchemaModel } from '../../src/sql/model.js';
import { ensureParser, parseSql } from '../../src/sql/parse.js';
import { relationKey } from '../../src/sql/relation.js';
import { rewritesOf } from '../../src/sql/rewrites.js';
import { lintSql } from '../helpers/project.js';
import { serverUrl } from './helpers.js';

/**
 * The lock model against PostgreSQL itself. Every statement below runs on the test cluster
 * against tables with rows, indexes, foreign keys and partitions; the locks it holds are read
 * from pg_locks before the transaction ends (statements that cannot run in one are watched from
 * other sessions that make each of their lock requests wait), and relfilenode tells whether a
 * table was rewritten. The model (`locksOf`, `rewritesOf`) and what lint says about rewrites
 * must agree with what the server did, never say less.
 */

const SCHEMA = `
CREATE TABLE account (id bigint PRIMARY KEY, name text);
CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint, account_id bigint, note text,
  title varchar(50), code varchar(20), amount numeric(10,2), score integer);
ALTER TABLE lead ADD CONSTRAINT lead_account_fk FOREIGN KEY (account_id) REFERENCES account (id);
CREATE INDEX lead_owner_idx ON lead (owner_id);
CREATE TABLE contact (id bigint PRIMARY KEY, lead_id bigint REFERENCES lead (id));
CREATE TABLE note (id bigint PRIMARY KEY, body text);
CREATE UNLOGGED TABLE scratch (id bigint PRIMARY KEY, body text);
CREATE TABLE lead_nn (id bigint PRIMARY KEY, email text, CONSTRAINT lead_nn_email_nn CHECK (email IS NOT NULL));
CREATE MATERIALIZED VIEW lead_stats AS SELECT owner_id, count(*) AS n FROM lead GROUP BY owner_id;
CREATE UNIQUE INDEX lead_stats_owner_idx ON lead_stats (owner_id);
CREATE VIEW lead_view AS SELECT id, note FROM lead;
CREATE SEQUENCE invoice_seq;
CREATE TABLE part (id bigint, k int) PARTITION BY RANGE (k);
CREATE TABLE part_1 PARTITION OF part FOR VALUES FROM (0) TO (10);
CREATE TABLE part_2 PARTITION OF part FOR VALUES FROM (10) TO (20);
CREATE TABLE part_3 (id bigint, k int);
CREATE INDEX part_k_idx ON ONLY part (k);
CREATE INDEX part_1_k_idx ON part_1 (k);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER lead_audit AFTER UPDATE ON lead FOR EACH ROW EXECUTE FUNCTION audit();
CREATE POLICY lead_owner ON lead USING (owner_id = 1);
CREATE SCHEMA archive;
`;

const ROWS = `
INSERT INTO account SELECT g, 'a' || g FROM generate_series(1, 100) g;
INSERT INTO lead SELECT g, g % 10, g % 100 + 1, 'n' || g, 't' || g, 'c' || g, g, g FROM generate_series(1, 2000) g;
INSERT INTO contact SELECT g, g FROM generate_series(1, 500) g;
INSERT INTO note SELECT g, 'b' || g FROM generate_series(1, 500) g;
INSERT INTO scratch SELECT g, 'b' || g FROM generate_series(1, 500) g;
INSERT INTO lead_nn SELECT g, 'e' || g FROM generate_series(1, 500) g;
INSERT INTO part SELECT g, g % 20 FROM generate_series(1, 1000) g;
INSERT INTO part_3 SELECT g, 20 + g % 10 FROM generate_series(1, 100) g;
REFRESH MATERIALIZED VIEW lead_stats;
`;

interface Case {
  sql: string;
  /** Cannot run in a transaction block: watched from other sessions, then `undo` puts things back. */
  outside?: { undo?: string };
  /** Locks on these relations are not compared, with the reason. */
  ignore?: { relations: string[]; why: string };
}

const c = (sql: string, extra: Omit<Case, 'sql'> = {}): Case => ({ sql, ...extra });

const CASES: Case[] = [
  c('CREATE INDEX lead_note_idx ON lead (note)'),
  c('CREATE UNIQUE INDEX lead_note_idx ON lead (note)'),
  c('CREATE INDEX part_id_idx ON part (id)'),
  c('CREATE INDEX CONCURRENTLY lead_note_idx ON lead (note)', { outside: { undo: 'DROP INDEX lead_note_idx' } }),
  c('ALTER TABLE lead ADD COLUMN extra integer'),
  c('ALTER TABLE lead ADD COLUMN extra integer NOT NULL DEFAULT 0'),
  c('ALTER TABLE lead ADD COLUMN extra double precision DEFAULT random()'),
  c('ALTER TABLE lead ADD COLUMN extra bigint GENERATED ALWAYS AS (id * 2) STORED'),
  c('ALTER TABLE part ADD COLUMN extra integer'),
  c('ALTER TABLE lead ADD CONSTRAINT lead_account2_fk FOREIGN KEY (account_id) REFERENCES account (id)'),
  c('ALTER TABLE lead ADD CONSTRAINT lead_account2_fk FOREIGN KEY (account_id) REFERENCES account (id) NOT VALID'),
  c('ALTER TABLE lead ADD COLUMN account2_id bigint REFERENCES account (id)'),
  c('ALTER TABLE lead ADD CONSTRAINT lead_note_key UNIQUE (note)'),
  c('ALTER TABLE lead ADD CONSTRAINT lead_owner_check CHECK (owner_id >= 0) NOT VALID'),
  c('ALTER TABLE lead ADD CONSTRAINT lead_owner_check CHECK (owner_id >= 0)'),
  c('ALTER TABLE lead VALIDATE CONSTRAINT lead_account_fk'),
  c('ALTER TABLE lead ALTER CONSTRAINT lead_account_fk DEFERRABLE'),
  c('ALTER TABLE lead DROP CONSTRAINT lead_account_fk'),
  c('ALTER TABLE contact DROP CONSTRAINT contact_lead_id_fkey'),
  c('ALTER TABLE lead ALTER COLUMN owner_id SET STATISTICS 500'),
  c('ALTER TABLE lead ALTER COLUMN owner_id SET (n_distinct = 100)'),
  c('ALTER TABLE lead ALTER COLUMN note SET STORAGE EXTERNAL'),
  c('ALTER TABLE lead SET (fillfactor = 70, autovacuum_enabled = false)'),
  c('ALTER VIEW lead_view SET (security_barrier = true)'),
  c('ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL'),
  c('ALTER TABLE lead_nn ALTER COLUMN email SET NOT NULL'),
  c('ALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL'),
  c('ALTER TABLE lead ALTER COLUMN title TYPE varchar(100)'),
  c('ALTER TABLE lead ALTER COLUMN title TYPE text'),
  c('ALTER TABLE lead ALTER COLUMN code TYPE varchar'),
  c('ALTER TABLE lead ALTER COLUMN title TYPE varchar(10)'),
  c('ALTER TABLE lead ALTER COLUMN amount TYPE numeric(12,2)'),
  c('ALTER TABLE lead ALTER COLUMN amount TYPE numeric(12,3)'),
  c('ALTER TABLE lead ALTER COLUMN score TYPE bigint'),
  c('ALTER TABLE contact ALTER COLUMN lead_id TYPE integer'),
  c('ALTER TABLE account ALTER COLUMN id TYPE numeric'),
  c("ALTER TABLE lead ALTER COLUMN note SET DEFAULT ''"),
  c('ALTER TABLE lead DROP COLUMN code'),
  c('ALTER TABLE lead ENABLE ROW LEVEL SECURITY'),
  c('ALTER TABLE lead FORCE ROW LEVEL SECURITY'),
  c('ALTER TABLE lead DISABLE TRIGGER lead_audit'),
  c('ALTER TABLE lead CLUSTER ON lead_owner_idx'),
  c('ALTER TABLE note SET UNLOGGED'),
  c('ALTER TABLE scratch SET LOGGED'),
  c('ALTER TABLE note SET TABLESPACE pgmig_lock_model'),
  c('ALTER TABLE lead REPLICA IDENTITY FULL'),
  c('CREATE POLICY lead_owner2 ON lead USING (owner_id = 2)'),
  c('ALTER POLICY lead_owner ON lead USING (owner_id = 2)'),
  c('DROP POLICY lead_owner ON lead'),
  c('CREATE TRIGGER lead_audit2 AFTER UPDATE ON lead FOR EACH ROW EXECUTE FUNCTION audit()'),
  c('DROP TRIGGER lead_audit ON lead'),
  c('CREATE RULE lead_ins AS ON INSERT TO lead DO INSTEAD NOTHING'),
  c('DROP TABLE note'),
  c('DROP TABLE contact'),
  c('DROP TABLE part_2'),
  c('DROP MATERIALIZED VIEW lead_stats'),
  c('DROP VIEW lead_view'),
  c('TRUNCATE note'),
  c('TRUNCATE account CASCADE'),
  c('ALTER TABLE note RENAME TO memo'),
  c('ALTER TABLE lead RENAME COLUMN note TO notes'),
  c('ALTER TABLE lead RENAME CONSTRAINT lead_account_fk TO lead_account_fkey'),
  c('ALTER INDEX lead_owner_idx RENAME TO lead_owner_id_idx'),
  c('ALTER TABLE lead_owner_idx RENAME TO lead_owner_id_idx'),
  c('ALTER TABLE note SET SCHEMA archive'),
  c('CREATE OR REPLACE VIEW lead_view AS SELECT id, note, owner_id FROM lead'),
  c('ALTER SEQUENCE invoice_seq INCREMENT BY 2'),
  c('ALTER SEQUENCE invoice_seq RESTART WITH 100'),
  c('REFRESH MATERIALIZED VIEW lead_stats'),
  c('REFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats'),
  c('VACUUM FULL lead', { outside: {} }),
  c('VACUUM lead', { outside: {} }),
  c('VACUUM (FULL false, ANALYZE) lead', { outside: {} }),
  c('ANALYZE lead'),
  c('CLUSTER lead USING lead_owner_idx'),
  c('LOCK TABLE lead'),
  c('LOCK TABLE lead IN SHARE MODE'),
  c('LOCK TABLE lead, account IN ROW EXCLUSIVE MODE'),
  c('ALTER TABLE part ATTACH PARTITION part_3 FOR VALUES FROM (20) TO (30)'),
  c('ALTER TABLE part DETACH PARTITION part_1'),
  c('ALTER TABLE part DETACH PARTITION part_1 CONCURRENTLY', { outside: { undo: 'ALTER TABLE part ATTACH PARTITION part_1 FOR VALUES FROM (0) TO (10)' } }),
  c('ALTER INDEX part_k_idx ATTACH PARTITION part_1_k_idx'),
  c('CREATE TABLE part_4 PARTITION OF part FOR VALUES FROM (30) TO (40)'),
  c('CREATE TABLE lead_archive (LIKE lead) INHERITS (lead)'),
  c('CREATE TABLE reply (id bigint PRIMARY KEY, lead_id bigint REFERENCES lead (id))'),
  c('CREATE TABLE reply (id bigint)'),
  c('DROP INDEX lead_owner_idx'),
  c('DROP INDEX CONCURRENTLY lead_owner_idx', {
    outside: { undo: 'CREATE INDEX lead_owner_idx ON lead (owner_id)' },
    ignore: { relations: ['public.lead_owner_idx'], why: 'its ACCESS EXCLUSIVE comes once the index is dead: no query uses it any more' },
  }),
  c('REINDEX INDEX lead_owner_idx'),
  c('REINDEX TABLE lead'),
  c('REINDEX INDEX CONCURRENTLY lead_owner_idx', { outside: {} }),
  c('REINDEX TABLE CONCURRENTLY lead', { outside: {} }),
  c("COMMENT ON TABLE lead IS 'sales leads'"),
  c("COMMENT ON COLUMN lead.note IS 'free text'"),
  c('CREATE STATISTICS lead_owner_account ON owner_id, account_id FROM lead'),
  c('INSERT INTO lead (id) VALUES (100000)'),
  c('UPDATE lead SET note = NULL WHERE id < 10'),
  c('DELETE FROM contact WHERE id = 1'),
  c('MERGE INTO lead USING account ON lead.account_id = account.id WHEN MATCHED AND lead.id < 0 THEN DELETE'),
  c('SELECT count(*) FROM lead'),
];

interface Rel {
  key: string;
  kind: string;
  filenode: string;
  /** An index's table. */
  table?: string;
}

/** The strongest mode held per relation, only modes that block something besides ACCESS EXCLUSIVE. */
type LockMap = Map<string, LockMode>;

const WEAK = lockRank('ROW EXCLUSIVE');

function stronger(map: LockMap, key: string, mode: LockMode) {
  const prev = map.get(key);
  if (!prev || lockRank(mode) > lockRank(prev)) map.set(key, mode);
}

let admin: pg.Client;
let db: string;
let url: string;
const model = new SchemaModel();
const results: Array<{ sql: string; lockOk: boolean; rewriteOk: boolean; lintOk: boolean; detail: string }> = [];

async function client(): Promise<pg.Client> {
  const cl = new pg.Client({ connectionString: url });
  await cl.connect();
  return cl;
}

async function relations(cl: pg.Client): Promise<Map<string, Rel>> {
  const r = await cl.query<{ oid: string; key: string; kind: string; filenode: string; tbl: string | null }>(
    `SELECT c.oid::text, n.nspname || '.' || c.relname AS key, c.relkind::text AS kind, c.relfilenode::text AS filenode,
            (SELECT tn.nspname || '.' || t.relname FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
               JOIN pg_namespace tn ON tn.oid = t.relnamespace WHERE x.indexrelid = c.oid) AS tbl
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'archive')`,
  );
  return new Map(r.rows.map((x) => [x.oid, { key: x.key, kind: x.kind, filenode: x.filenode, table: x.tbl ?? undefined }]));
}

/**
 * What the server locked, as the model should name it: tables, views, sequences and
 * materialized views that existed before; an index only when it is locked harder than its table
 * (REINDEX), since otherwise the table's lock is the one that queues queries.
 */
function serverLocks(held: Array<{ relation: string; mode: string }>, rels: Map<string, Rel>): LockMap {
  const all: LockMap = new Map();
  for (const h of held) {
    const rel = rels.get(h.relation);
    if (rel) stronger(all, rel.key, lockModeName(h.mode) as LockMode);
  }
  const byKey = new Map([...rels.values()].map((r) => [r.key, r]));
  const out: LockMap = new Map();
  for (const [key, mode] of all) {
    if (lockRank(mode) < WEAK) continue;
    const table = byKey.get(key)?.table;
    const tableMode = table ? all.get(table) : undefined;
    if (tableMode && lockRank(tableMode) >= lockRank(mode)) continue;
    out.set(key, mode);
  }
  return out;
}

/** Tables whose storage the statement replaced (TRUNCATE's fresh empty file is no copy). */
function rewritten(before: Map<string, Rel>, after: Map<string, Rel>, sql: string): string[] {
  if (/^TRUNCATE/i.test(sql)) return [];
  const out: string[] = [];
  for (const [oid, b] of before) {
    const a = after.get(oid);
    if (a && (b.kind === 'r' || b.kind === 'm') && a.filenode !== b.filenode) out.push(b.key);
  }
  return out.sort();
}

/**
 * Runs a statement that cannot be in a transaction block. Every table is held ACCESS
 * EXCLUSIVE by a session of its own, so each lock request the statement makes waits and is seen
 * in pg_locks; the holder then lets it through and queues again, to catch the next phase's request.
 */
async function watchOutside(sql: string, rels: Map<string, Rel>): Promise<Array<{ relation: string; mode: string }>> {
  const lockable = [...rels.entries()].filter(([, r]) => ['r', 'p'].includes(r.kind));
  const runner = await client();
  const pidOf = async (cl: pg.Client) => (await cl.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  const pid = await pidOf(runner);
  /** Two sessions per table: one holds ACCESS EXCLUSIVE; the other queues for it before the first lets go. */
  interface Session {
    cl: pg.Client;
    pid: number;
    pending: Promise<unknown>;
    settled: boolean;
  }
  interface Holder {
    key: string;
    active: Session;
    spare: Session;
    retired: boolean;
  }
  const lock = (s: Session, key: string) => {
    s.settled = false;
    s.pending = s.cl
      .query('BEGIN')
      .then(() => s.cl.query(`LOCK TABLE ONLY ${key} IN ACCESS EXCLUSIVE MODE`))
      .finally(() => (s.settled = true));
    // a holder let go of by cancelling its wait rejects: that is expected
    s.pending.catch(() => undefined);
  };
  const session = async (): Promise<Session> => {
    const cl = await client();
    return { cl, pid: await pidOf(cl), pending: Promise.resolve(), settled: true };
  };
  const holders = new Map<string, Holder>();
  for (const [oid, r] of lockable) {
    const h: Holder = { key: r.key, active: await session(), spare: await session(), retired: false };
    lock(h.active, r.key);
    await h.active.pending;
    holders.set(oid, h);
  }
  const byPid = new Map([...holders.values()].flatMap((h) => [[h.active.pid, h] as const, [h.spare.pid, h] as const]));
  const watcher = await client();
  const queued = async (s: Session) => {
    for (;;) {
      const r = await watcher.query("SELECT 1 FROM pg_locks WHERE pid = $1 AND locktype = 'relation' AND NOT granted", [s.pid]);
      if (r.rows.length > 0 || s.settled) return;
      await new Promise((ok) => setTimeout(ok, 1));
    }
  };
  /** Lets the statement past a table for good (it waits for the holders' transactions to end). */
  const retire = async (h: Holder) => {
    h.retired = true;
    for (const s of [h.active, h.spare]) {
      if (!s.settled) await watcher.query('SELECT pg_cancel_backend($1)', [s.pid]);
      await s.pending.catch(() => undefined);
      await s.cl.query('ROLLBACK');
    }
  };
  const seen: Array<{ relation: string; mode: string }> = [];
  let done = false;
  let failure: unknown;
  const run = runner.query(sql).then(
    () => (done = true),
    (e) => {
      failure = e;
      done = true;
    },
  );
  try {
    while (!done) {
      const waiting = await watcher.query<{ locktype: string; relation: string; mode: string; holder: number | null }>(
        `SELECT w.locktype, w.relation::text, w.mode,
                (SELECT v.pid FROM pg_locks v WHERE v.locktype = 'virtualxid' AND v.virtualxid = w.virtualxid AND v.granted AND v.pid <> w.pid LIMIT 1) AS holder
           FROM pg_locks w WHERE w.pid = $1 AND NOT w.granted`,
        [pid],
      );
      for (const w of waiting.rows) {
        if (w.locktype === 'virtualxid') {
          // waiting for older transactions to end: one of them is a holder's
          const h = w.holder === null ? undefined : byPid.get(w.holder);
          if (h && !h.retired) await retire(h);
          continue;
        }
        if (w.locktype !== 'relation') continue;
        seen.push(w);
        const h = holders.get(w.relation);
        if (!h || h.retired) continue;
        // the spare queues behind the statement's request first, so the statement's next request
        // on this table (its next phase) waits again instead of racing the holder
        lock(h.spare, h.key);
        await queued(h.spare);
        await h.active.pending;
        await h.active.cl.query('COMMIT');
        [h.active, h.spare] = [h.spare, h.active];
      }
      if (waiting.rows.length === 0) await new Promise((r) => setTimeout(r, 2));
    }
    await run;
  } finally {
    for (const h of holders.values()) {
      if (h.retired) continue;
      for (const s of [h.active, h.spare]) {
        await s.pending.catch(() => undefined);
        await s.cl.query('COMMIT').catch(() => undefined);
      }
    }
    for (const h of holders.values()) for (const s of [h.active, h.spare]) await s.cl.end();
    await watcher.end();
    await runner.end();
  }
  if (failure) throw failure;
  return seen;
}

async function observe(k: Case): Promise<{ locks: LockMap; rewrites: string[] }> {
  const cl = await client();
  try {
    if (k.outside) {
      const before = await relations(cl);
      const held = await watchOutside(k.sql, before);
      const after = await relations(cl);
      const locks = serverLocks(held, before);
      if (k.outside.undo) await cl.query(k.outside.undo);
      return { locks, rewrites: rewritten(before, after, k.sql) };
    }
    await cl.query('BEGIN');
    const before = await relations(cl);
    await cl.query(k.sql);
    const held = await cl.query<{ relation: string; mode: string }>(
      "SELECT relation::text, mode FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted",
    );
    const after = await relations(cl);
    const locks = serverLocks(held.rows, before);
    await cl.query('ROLLBACK');
    return { locks, rewrites: rewritten(before, after, k.sql) };
  } finally {
    await cl.end();
  }
}

function modelLocks(sql: string): LockMap {
  const stmt = parseSql(sql).statements[0]!;
  const out: LockMap = new Map();
  for (const l of strongestLocks(locksOf(stmt, model))) {
    if (lockRank(l.mode) >= WEAK) stronger(out, relationKey(l.relation), l.mode);
  }
  return out;
}

function modelRewrites(sql: string): string[] {
  const stmt = parseSql(sql).statements[0]!;
  return [...new Set(rewritesOf(stmt, model).map(relationKey))].sort();
}

/** Does lint tell the user the statement rewrites a table? */
async function lintClaimsRewrite(sql: string): Promise<boolean> {
  const findings = await lintSql(`SET lock_timeout = '2s';\nSET statement_timeout = '30s';\n${sql};\n`, { before: [SCHEMA] });
  // prefer-text-field speaks of a later change of the limit, not of this statement
  return findings.some((f) => f.rule !== 'prefer-text-field' && /\brewrit/i.test(f.message) && !/\b(no|without|nothing to) rewrit|does not rewrite|rewrites nothing/i.test(f.message));
}

const show = (m: LockMap) =>
  [...m]
    .map(([k, v]) => `${v} ${k}`)
    .sort()
    .join(', ') || '—';

beforeAll(async () => {
  await ensureParser();
  for (const s of parseSql(SCHEMA).statements) model.apply(s, 'base', 'V1__schema.sql');
  admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  db = `pgmig_lock_model_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${db}`);
  await admin.query(`CREATE DATABASE ${db}`);
  url = toUrl(withDatabase(parseDatabaseUrl(serverUrl(), '--database-url'), db));
  const cl = await client();
  // a tablespace of its own for SET TABLESPACE, in a directory the server's user owns
  const dir = mkdtempSync(join(tmpdir(), 'pgmig-ts-'));
  const dataDir = (await cl.query<{ d: string }>("SELECT current_setting('data_directory') AS d")).rows[0]!.d;
  const owner = statSync(dataDir);
  if (process.getuid?.() === 0) chownSync(dir, owner.uid, owner.gid);
  await cl.query('DROP TABLESPACE IF EXISTS pgmig_lock_model');
  await cl.query(`CREATE TABLESPACE pgmig_lock_model LOCATION '${dir}'`);
  await cl.query(SCHEMA);
  await cl.query(ROWS);
  await cl.end();
});

afterAll(async () => {
  const lockOk = results.filter((r) => r.lockOk).length;
  const rewriteOk = results.filter((r) => r.rewriteOk).length;
  const lintOk = results.filter((r) => r.lintOk).length;
  const misses = results.filter((r) => !r.lockOk || !r.rewriteOk || !r.lintOk).map((r) => `  ${r.sql}\n    ${r.detail}`);
  console.log(
    `lock model vs PostgreSQL: lock mode ${lockOk}/${results.length}, rewrite (model) ${rewriteOk}/${results.length}, rewrite (lint) ${lintOk}/${results.length}\n${misses.join('\n')}`,
  );
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.query('DROP TABLESPACE IF EXISTS pgmig_lock_model').catch(() => undefined);
  await admin.end();
});

describe('lock model vs PostgreSQL', () => {
  it.each(CASES.map((k) => [k.sql, k] as const))('%s', async (_sql, k) => {
    const server = await observe(k);
    for (const r of k.ignore?.relations ?? []) server.locks.delete(r);
    const mine = modelLocks(k.sql);
    for (const r of k.ignore?.relations ?? []) mine.delete(r);
    const lockOk = show(server.locks) === show(mine);
    const modelRw = modelRewrites(k.sql);
    const rewriteOk = modelRw.join() === server.rewrites.join();
    const lintOk = (await lintClaimsRewrite(k.sql)) === server.rewrites.length > 0;
    const detail = `server: ${show(server.locks)}; rewrote ${server.rewrites.join(', ') || '—'} | model: ${show(mine)}; rewrites ${modelRw.join(', ') || '—'}${lintOk ? '' : ' | lint says otherwise about the rewrite'}`;
    results.push({ sql: k.sql, lockOk, rewriteOk, lintOk, detail });
    expect({ locks: show(mine), rewrites: modelRw, lintClaimsRewrite: lintOk }).toEqual({
      locks: show(server.locks),
      rewrites: server.rewrites,
      lintClaimsRewrite: true,
    });
  });
});
