import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTest, snapshotKeyOf, type TestResult } from '../../src/commands/test.js';
import { majorOf } from '../../src/migrations/snapshot-key.js';
import { project } from '../helpers/project.js';

// A throwaway cluster's snapshot is a copy of its data folder (src/db/cluster-snapshot.ts); the
// pg_dump archive a --database-url run keeps is tested in snapshot-cache.test.ts.
const BASE: Record<string, string> = {
  'db/migration/V1__users.sql': `CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, org int);
CREATE INDEX users_org_idx ON users (org);`,
  'db/migration/V2__fn.sql': `CREATE FUNCTION users_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM users';
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_org ON users USING (org = 1);
CREATE ROLE pgmig_snap_reader NOLOGIN;`,
  'db/migration/V3__data.sql': `INSERT INTO users (email, org) VALUES ('a@example.com', 1), ('b@example.com', 2);`,
  'db/migration/V4__orders.sql': `CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));`,
};
// the identity goes on from the base's last value, as in a cold run
const NEW = { 'db/migration/V5__note.sql': `ALTER TABLE users ADD COLUMN note text; INSERT INTO users (email, org) VALUES ('c@example.com', 1); INSERT INTO orders VALUES (1, 3);` };
const TESTS = {
  'db/tests/state.sql': `SELECT plan(4);
SELECT is((SELECT array_agg(id ORDER BY id) FROM users), ARRAY[1,2,3]::bigint[], 'identity values as in a cold run');
SELECT is((SELECT count(*)::int FROM flyway_schema_history), 5, 'five history rows');
SELECT is((SELECT max(installed_rank) FROM flyway_schema_history), 5, 'ranks follow the base');
SELECT has_column('users', 'note');
`,
};

const env = () => ({ PATH: process.env.PATH });
async function run(cwd: string, cache: string, extra: { verifySnapshot?: boolean } = {}): Promise<TestResult> {
  return runTest({ cwd, env: env(), files: ['db/migration/V5__note.sql'], snapshotCache: cache, ...extra });
}
const errors = (r: TestResult) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message);
const applied = (r: TestResult) => r.migrations.filter((m) => m.status === 'applied').map((m) => m.file);
const cacheDir = () => mkdtempSync(join(tmpdir(), 'pgmig-clustercache-'));
const manifests = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.cluster.json'));

describe('pgmig test --snapshot-cache on a throwaway cluster', () => {
  it('a warm run starts from the copied data folder, applies only the new file and ends where a cold run ends', async () => {
    const cwd = project({ ...BASE, ...NEW, ...TESTS });
    const cache = cacheDir();
    const cold = await run(cwd, cache);
    expect(errors(cold)).toEqual([]);
    expect(applied(cold)).toHaveLength(5);
    expect(cold.summary.testsFailed).toBe(0);
    expect(cold.summary.testsPassed).toBe(4);
    expect(cold.notices.join('\n')).toMatch(/saved the base schema \(4 migrations, \d+ bytes, a copy of the cluster's data folder\)/);
    expect(manifests(cache)).toHaveLength(1);
    expect(readdirSync(cache).filter((f) => f.endsWith('.dump'))).toEqual([]);
    const warm = await run(cwd, cache);
    expect(errors(warm)).toEqual([]);
    expect(applied(warm)).toEqual(['db/migration/V5__note.sql']);
    expect(warm.notices.join('\n')).toMatch(/restored the base schema \(4 migrations\) from snapshot .*data folder/);
    expect(warm.summary.testsFailed).toBe(0);
    expect(warm.summary.testsPassed).toBe(4);
    // a role the base created is the run's server change in both, not something the snapshot hides
    const roles = (r: TestResult) => r.server.changes.filter((c) => c.kind === 'role').map((c) => `${c.change} ${c.name}`);
    expect(roles(cold)).toEqual(['created pgmig_snap_reader']);
    expect(roles(warm)).toEqual(roles(cold));
    expect(warm.database.name).not.toBe(cold.database.name);
  });

  it('two projects sharing one cache folder never start from each other’s snapshot', async () => {
    const cache = cacheDir();
    const a = project({ ...BASE, ...NEW });
    const b = project({ ...BASE, 'db/migration/V4__orders.sql': `CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric);`, ...NEW, 'db/tests/total.sql': `SELECT plan(1); SELECT has_column('orders', 'total');` });
    expect(applied(await run(a, cache))).toHaveLength(5);
    const bCold = await run(b, cache);
    expect(bCold.notices.join('\n')).not.toMatch(/restored/);
    expect(applied(bCold)).toHaveLength(5);
    expect(manifests(cache)).toHaveLength(2);
    const bWarm = await run(b, cache);
    expect(applied(bWarm)).toHaveLength(1);
    expect(bWarm.summary.testsPassed).toBe(1);
    const aWarm = await run(a, cache);
    expect(applied(aWarm)).toHaveLength(1);
    expect(aWarm.notices.join('\n')).toMatch(/restored/);
  });

  it('a snapshot whose files were changed is rebuilt with a notice, never started', async () => {
    const cwd = project({ ...BASE, ...NEW, ...TESTS });
    const cache = cacheDir();
    await run(cwd, cache);
    const m = JSON.parse(readFileSync(join(cache, manifests(cache)[0]!), 'utf8'));
    // a relation file of the database the base ran in
    const base = join(cache, m.folder, 'base');
    const dbDir = readdirSync(base).sort((x, y) => Number(y) - Number(x))[0]!;
    const file = readdirSync(join(base, dbDir)).find((f) => /^\d+$/.test(f))!;
    const bytes = readFileSync(join(base, dbDir, file));
    bytes[0] ^= 0xff;
    writeFileSync(join(base, dbDir, file), bytes);
    const again = await run(cwd, cache);
    expect(errors(again)).toEqual([]);
    expect(applied(again)).toHaveLength(5);
    expect(again.notices.join('\n')).toMatch(/is not used: .*does not match its backup_manifest/);
    expect(again.summary.testsPassed).toBe(4);
    const third = await run(cwd, cache);
    expect(applied(third)).toHaveLength(1);
    expect(third.summary.testsPassed).toBe(4);
    // cut short (a cache download that stopped half way): the check of sizes catches it too
    const m2 = JSON.parse(readFileSync(join(cache, manifests(cache)[0]!), 'utf8'));
    const victim = join(cache, m2.folder, 'base', dbDir, file);
    writeFileSync(victim, readFileSync(victim).subarray(0, 100));
    const fourth = await run(cwd, cache);
    expect(applied(fourth)).toHaveLength(5);
    expect(fourth.notices.join('\n')).toMatch(/is not used: .*does not match its backup_manifest/);
  });

  it('a manifest from another server major or machine, or naming a missing folder, is not used', async () => {
    const cwd = project({ ...BASE, ...NEW });
    const cache = cacheDir();
    await run(cwd, cache);
    const name = join(cache, manifests(cache)[0]!);
    const m = JSON.parse(readFileSync(name, 'utf8'));
    writeFileSync(name, JSON.stringify({ ...m, server: 'postgres (PostgreSQL) 9.6.24' }));
    const other = await run(cwd, cache);
    expect(applied(other)).toHaveLength(5);
    expect(other.notices.join('\n')).toMatch(/is not used: it was written by postgres \(PostgreSQL\) 9\.6\.24/);
    const m2 = JSON.parse(readFileSync(name, 'utf8'));
    rmSync(join(cache, m2.folder), { recursive: true });
    const gone = await run(cwd, cache);
    expect(applied(gone)).toHaveLength(5);
    expect(gone.notices.join('\n')).toMatch(/has no backup_manifest/);
    writeFileSync(name, '{"kind":"cluster"');
    const torn = await run(cwd, cache);
    expect(applied(torn)).toHaveLength(5);
    expect(torn.notices.join('\n')).toMatch(/cannot be read/);
  });

  it('--verify-snapshot starts the snapshot beside a run from scratch and names what differs', async () => {
    const cwd = project({ ...BASE, ...NEW });
    const cache = cacheDir();
    await run(cwd, cache);
    const ok = await run(cwd, cache, { verifySnapshot: true });
    expect(errors(ok)).toEqual([]);
    expect(ok.notices.join('\n')).toMatch(/matches the base migrations applied from scratch/);
    // the snapshot of other SQL put under this key: what a stale or hand-made cache would be
    const otherCwd = project({ ...BASE, 'db/migration/V4__orders.sql': `CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), extra int);`, ...NEW });
    const otherCache = cacheDir();
    await run(otherCwd, otherCache);
    const theirs = JSON.parse(readFileSync(join(otherCache, manifests(otherCache)[0]!), 'utf8'));
    const oursName = manifests(cache)[0]!;
    const ours = JSON.parse(readFileSync(join(cache, oursName), 'utf8'));
    rmSync(join(cache, ours.folder), { recursive: true });
    const { cpSync } = await import('node:fs');
    cpSync(join(otherCache, theirs.folder), join(cache, ours.folder), { recursive: true });
    writeFileSync(join(cache, oursName), JSON.stringify({ ...theirs, key: ours.key, folder: ours.folder }));
    const verified = await run(cwd, cache, { verifySnapshot: true });
    expect(errors(verified).join('\n')).toMatch(/column public\.orders\.extra .*in the snapshot/);
  });

  it('pgmig snapshot-key prints the key a throwaway cluster’s run stored under', async () => {
    const cwd = project({ ...BASE, ...NEW });
    const cache = cacheDir();
    const r = await run(cwd, cache);
    const key = snapshotKeyOf({ cwd, env: {}, files: ['db/migration/V5__note.sql'] }, majorOf(r.database.serverVersion)!);
    expect(manifests(cache)).toEqual([`${key}.cluster.json`]);
  });
});
