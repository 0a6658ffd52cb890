import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTest, snapshotKeyOf, type TestResult } from '../../src/commands/test.js';
import { majorOf } from '../../src/migrations/snapshot-key.js';
import { snapshotSchema } from '../../src/db/snapshot.js';
import { project } from '../helpers/project.js';
import { serverUrl, withKeptDatabase } from './helpers.js';

const BASE: Record<string, string> = {
  'db/migration/V1__users.sql': `CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, org int);
CREATE INDEX users_org_idx ON users (org);`,
  'db/migration/V2__fn.sql': `CREATE FUNCTION users_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM users';
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_org ON users USING (org = 1);`,
  'db/migration/V3__data.sql': `INSERT INTO users (email, org) VALUES ('a@example.com', 1), ('b@example.com', 2);`,
  'db/migration/V4__orders.sql': `CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));`,
};
const NEW = { 'db/migration/V5__note.sql': `ALTER TABLE users ADD COLUMN note text; INSERT INTO orders VALUES (1, 1);` };

async function run(cwd: string, cache: string, extra: { verifySnapshot?: boolean } = {}): Promise<TestResult> {
  return runTest({ cwd, env: {}, databaseUrl: serverUrl(), files: ['db/migration/V5__note.sql'], snapshotCache: cache, keep: true, ...extra });
}

/** The kept database's schema, history and rows, then dropped. */
async function state(r: TestResult) {
  return withKeptDatabase(r.database.name, async (c) => ({
    schema: [...(await snapshotSchema(c)).entries()].sort(([a], [b]) => a.localeCompare(b)),
    history: (await c.query(`SELECT installed_rank, version, script, checksum, success FROM flyway_schema_history ORDER BY 1`)).rows,
    users: (await c.query(`SELECT id, email, org, note FROM users ORDER BY id`)).rows,
    orders: (await c.query(`SELECT * FROM orders`)).rows,
  }));
}

const errors = (r: TestResult) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message);
const applied = (r: TestResult) => r.migrations.filter((m) => m.status === 'applied').map((m) => m.file);
const cacheDir = () => mkdtempSync(join(tmpdir(), 'pgmig-snapcache-'));

describe('pgmig test --snapshot-cache', () => {
  it('a warm run restores the base and applies only the new file, ending where a cold run ends', async () => {
    const cwd = project({ ...BASE, ...NEW });
    const cache = cacheDir();
    const cold = await run(cwd, cache);
    expect(errors(cold)).toEqual([]);
    expect(applied(cold)).toHaveLength(5);
    expect(cold.notices.join('\n')).toMatch(/saved the base schema \(4 migrations/);
    const coldState = await state(cold);
    const warm = await run(cwd, cache);
    expect(errors(warm)).toEqual([]);
    expect(applied(warm)).toEqual(['db/migration/V5__note.sql']);
    expect(warm.notices.join('\n')).toMatch(/restored the base schema \(4 migrations\)/);
    const warmState = await state(warm);
    expect(warmState.schema).toEqual(coldState.schema);
    expect(warmState.users).toEqual(coldState.users);
    expect(warmState.orders).toEqual(coldState.orders);
    expect(warmState.history).toEqual(coldState.history);
  });

  it('two projects sharing one cache folder never restore each other’s snapshot', async () => {
    const cache = cacheDir();
    const a = project({ ...BASE, ...NEW });
    const b = project({ ...BASE, 'db/migration/V4__orders.sql': `CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);`, ...NEW });
    await state(await run(a, cache));
    const bCold = await run(b, cache);
    expect(bCold.notices.join('\n')).not.toMatch(/restored/);
    expect(applied(bCold)).toHaveLength(5);
    const bState = await state(bCold);
    expect(bState.schema.find(([k]) => k.includes('orders.total'))).toBeTruthy();
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    const aWarm = await run(a, cache);
    expect(applied(aWarm)).toHaveLength(1);
    const aState = await state(aWarm);
    expect(aState.schema.find(([k]) => k.includes('orders.total'))).toBeUndefined();
  });

  it('a corrupt snapshot is rebuilt with a notice, not restored', async () => {
    const cwd = project({ ...BASE, ...NEW });
    const cache = cacheDir();
    await state(await run(cwd, cache));
    const archive = readdirSync(cache).find((f) => f.endsWith('.dump'))!;
    const bytes = readFileSync(join(cache, archive));
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(join(cache, archive), bytes);
    const again = await run(cwd, cache);
    await state(again);
    expect(errors(again)).toEqual([]);
    expect(applied(again)).toHaveLength(5);
    expect(again.notices.join('\n')).toMatch(/is not used: its archive .* does not match the checksum/);
    const third = await run(cwd, cache);
    await state(third);
    expect(applied(third)).toHaveLength(1);
  });

  it('--verify-snapshot names what a tampered snapshot holds that the migrations do not make', async () => {
    const cwd = project({ ...BASE, ...NEW });
    const cache = cacheDir();
    await state(await run(cwd, cache));
    // a snapshot built from other SQL under this key: what a stale or hand-made cache would be
    const other = project({ ...BASE, 'db/migration/V4__orders.sql': `CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), extra int);`, ...NEW });
    const otherCache = cacheDir();
    await state(await run(other, otherCache));
    const [ours] = readdirSync(cache).filter((f) => f.endsWith('.json'));
    const [theirs] = readdirSync(otherCache).filter((f) => f.endsWith('.json'));
    const m = JSON.parse(readFileSync(join(otherCache, theirs!), 'utf8'));
    writeFileSync(join(cache, m.archive), readFileSync(join(otherCache, m.archive)));
    writeFileSync(join(cache, ours!), JSON.stringify({ ...m, key: ours!.replace(/\.json$/, '') }));
    const verified = await run(cwd, cache, { verifySnapshot: true });
    await state(verified);
    expect(errors(verified).join('\n')).toMatch(/column public\.orders\.extra .*in the snapshot/);
  });

  it('pgmig snapshot-key prints the key the run stored under, and a changed base migration changes it', async () => {
    const cwd = project({ ...BASE, ...NEW });
    const cache = cacheDir();
    const r = await run(cwd, cache);
    await state(r);
    const major = majorOf(r.database.serverVersion)!;
    const key = snapshotKeyOf({ cwd, env: {}, files: ['db/migration/V5__note.sql'] }, major);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toEqual([`${key}.json`]);
    writeFileSync(join(cwd, 'db/migration/V2__fn.sql'), `${BASE['db/migration/V2__fn.sql']}\n-- reworded`);
    const changed = snapshotKeyOf({ cwd, env: {}, files: ['db/migration/V5__note.sql'] }, major);
    expect(changed).not.toBe(key);
    expect(snapshotKeyOf({ cwd, env: {}, files: ['db/migration/V5__note.sql'] }, major + 1)).not.toBe(changed);
  });
});
