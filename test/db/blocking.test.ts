import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { formatTestText } from '../../src/report/test-text.js';
import { serverUrl, testProject } from './helpers.js';

const base = "CREATE TABLE lead (id int PRIMARY KEY, v text);\nINSERT INTO lead SELECT g, 'x' FROM generate_series(1, 6) g;\n";

async function sessionsNamed(like: string): Promise<number> {
  const cl = new pg.Client({ connectionString: serverUrl() });
  await cl.connect();
  try {
    return (await cl.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE $1', [like])).rows[0]!.n;
  } finally {
    await cl.end();
  }
}

describe('blocking measured while a locking statement runs for real', () => {
  it('a statement holding ACCESS EXCLUSIVE for a while blocks reads and writes, and says how long', async () => {
    // a CHECK that sleeps 100 ms per row: the ALTER holds ACCESS EXCLUSIVE for about 600 ms
    const change = "SET lock_timeout = '2s';\nALTER TABLE lead ADD CONSTRAINT slow CHECK (id > 0 AND pg_sleep(0.1)::text = '');\n";
    const r = await testProject({ 'db/migration/V1__lead.sql': base, 'db/migration/V2__slow.sql': change }, { files: ['db/migration/V2__slow.sql'] });
    const st = r.migrations.find((m) => m.phase === 'new')!.statements!;
    const alter = st.find((s) => s.kind === 'AlterTableStmt')!;
    expect(alter.locks).toContainEqual({ relation: 'public.lead', relationKind: 'table', mode: 'ACCESS EXCLUSIVE' });
    const b = alter.blocking!.find((x) => x.relation === 'public.lead')!;
    expect(b.readBlockedMs).toBeGreaterThan(300);
    expect(b.writeBlockedMs).toBeGreaterThan(300);
    expect(b.readBlockedMs).toBeLessThanOrEqual(Math.ceil(alter.durationMs) + 50);
    expect(formatTestText(r, { color: false })).toMatch(/writes to public\.lead blocked \d{3,} ms, reads \d{3,} ms/);
    expect(await sessionsNamed('pgmig lock gate%')).toBe(0);
  }, 60_000);

  it('a SHARE UPDATE EXCLUSIVE statement in a transaction blocks neither reads nor writes', async () => {
    const change = "SET lock_timeout = '2s';\nALTER TABLE lead SET (fillfactor = 90);\n";
    const r = await testProject({ 'db/migration/V1__lead.sql': base, 'db/migration/V2__ff.sql': change }, { files: ['db/migration/V2__ff.sql'] });
    const st = r.migrations.find((m) => m.phase === 'new')!.statements!;
    const alter = st.find((s) => s.kind === 'AlterTableStmt')!;
    const b = alter.blocking!.find((x) => x.relation === 'public.lead')!;
    expect(b.writeBlockedMs).toBeLessThan(200);
    expect(b.readBlockedMs).toBeLessThan(200);
    expect(await sessionsNamed('pgmig lock gate%')).toBe(0);
  }, 60_000);

  // enough rows that a plain CREATE INDEX holds SHARE for a measurable time (a few hundred ms)
  const big = "CREATE TABLE lead (id int PRIMARY KEY, v text);\nINSERT INTO lead SELECT g, md5(g::text) FROM generate_series(1, 1000000) g;\n";

  async function locksLeftOnLead(): Promise<number> {
    const cl = new pg.Client({ connectionString: serverUrl() });
    await cl.connect();
    try {
      return (await cl.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'lead' AND l.pid <> pg_backend_pid()")).rows[0]!.n;
    } finally {
      await cl.end();
    }
  }

  it('outside a transaction: a plain CREATE INDEX blocks writes, CREATE INDEX CONCURRENTLY does not, and the lock gate is not counted', async () => {
    const plain = "SET lock_timeout = '2s';\nCREATE INDEX lead_v ON lead (v);\n";
    const r1 = await testProject(
      { 'db/migration/V1__lead.sql': big, 'db/migration/V2__idx.sql': plain, 'db/migration/V2__idx.sql.conf': 'executeInTransaction=false\n' },
      { files: ['db/migration/V2__idx.sql'] },
    );
    const idx = r1.migrations.find((m) => m.phase === 'new')!.statements!.find((s) => s.kind === 'IndexStmt')!;
    expect(idx.outsideTransaction).toBe(true);
    expect(idx.gated).toBe(true);
    const b1 = idx.blocking!.find((x) => x.relation === 'public.lead')!;
    expect(b1.writeBlockedMs).toBeGreaterThan(200);
    expect(b1.writeBlockedMs).toBeLessThanOrEqual(Math.ceil(idx.durationMs) + 50);
    // SHARE lets reads through
    expect(b1.readBlockedMs).toBeLessThan(50);

    const concurrent = "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY lead_v ON lead (v);\n";
    const r2 = await testProject({ 'db/migration/V1__lead.sql': big, 'db/migration/V2__idx.sql': concurrent }, { files: ['db/migration/V2__idx.sql'] });
    const cidx = r2.migrations.find((m) => m.phase === 'new')!.statements!.find((s) => s.kind === 'IndexStmt')!;
    expect(cidx.outsideTransaction).toBe(true);
    expect(cidx.gated).toBe(true);
    const b2 = cidx.blocking!.find((x) => x.relation === 'public.lead')!;
    // the gate holds ACCESS EXCLUSIVE between phases, so traffic did wait, but not on the migration
    expect(b2.writeBlockedMs).toBeLessThan(20);
    expect(b2.readBlockedMs).toBeLessThan(20);
    expect(b1.writeBlockedMs).toBeGreaterThan(b2.writeBlockedMs + 80);

    expect(await sessionsNamed('pgmig lock gate%')).toBe(0);
    expect(await locksLeftOnLead()).toBe(0);
  }, 120_000);
});
