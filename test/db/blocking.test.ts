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
});
