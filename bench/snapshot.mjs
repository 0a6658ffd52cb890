// Warm base-schema snapshots (issue 27): what `pgmig test --snapshot-cache` costs with a warm
// cache against a cold run and the plain-tools floor, measured in the same run, at each history
// length, so a reader sees whether the warm cost stays flat as the history grows.
//
//   npm run bench:snapshot                      # 200 and 2000 base files + 5 new, one run each
//   node --import ./test/db/ts-node.mjs bench/snapshot.mjs --sizes 200,1000,2000
//
// Per size, each into a fresh database of one throwaway cluster (started as pgmig test does):
//   cold      pgmig test <5 new files> --snapshot-cache: applies every file, saves the snapshot
//   warm      the same again: restores the snapshot, applies the 5 new files (traced)
//   session   one psql session applying every file (no history, no trace): the replay floor
//   restore   pg_restore of the same archive alone into an empty database: the restore floor
// Goal: warm <= 2 s + restore, and flat from 200 to 2000 files. The machine may be shared: read
// the ratios, not the seconds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startCluster } from '../src/db/cluster.ts';
import { toUrl, withDatabase } from '../src/db/connect.ts';
import { runTest } from '../src/commands/test.ts';

const arg = (n, d) => (process.argv.includes(n) ? process.argv[process.argv.indexOf(n) + 1] : d);
const sizes = arg('--sizes', '200,2000').split(',').map(Number);
const work = resolve('bench/.work/snapshot');

/** One realistic migration: a table with constraints, an index, a function, a policy, data. */
function migration(i) {
  const t = `t${i}`;
  const ref = i > 1 && i % 3 === 0 ? `, parent_id bigint REFERENCES t${i - 1} (id)` : '';
  return [
    `CREATE TABLE ${t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, amount numeric(12,2) CHECK (amount >= 0), created_at timestamptz NOT NULL DEFAULT now()${ref});`,
    `CREATE INDEX ${t}_name_idx ON ${t} (name);`,
    i % 4 === 0 ? `CREATE FUNCTION ${t}_total() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT coalesce(sum(amount), 0) FROM ${t} $$;` : '',
    i % 5 === 0 ? `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;\nCREATE POLICY ${t}_own ON ${t} USING (name = current_user);` : '',
    `INSERT INTO ${t} (name, amount) SELECT 'n' || g, g FROM generate_series(1, 20) g;`,
  ].filter(Boolean).join('\n');
}

function project(n) {
  const dir = join(work, `p${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'db/migration'), { recursive: true });
  for (let i = 1; i <= n + 5; i++) writeFileSync(join(dir, `db/migration/V${i}__m${i}.sql`), `${migration(i)}\n`);
  return dir;
}

const secs = (ms) => (ms / 1000).toFixed(2);
const cluster = await startCluster();
try {
  const server = cluster.target;
  const psql = (db, args) => execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', toUrl(withDatabase(server, db)), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const rows = [];
  for (const n of sizes) {
    const cwd = project(n);
    const cache = join(cwd, '.cache');
    const files = Array.from({ length: 5 }, (_, k) => `db/migration/V${n + k + 1}__m${n + k + 1}.sql`);
    const time = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };
    const opts = { cwd, env: {}, databaseUrl: toUrl(withDatabase(server, 'postgres')), files, snapshotCache: cache, estimates: false, lockQueue: false };
    let coldR, warmR;
    const cold = await time(async () => (coldR = await runTest(opts)));
    const warm = await time(async () => (warmR = await runTest(opts)));
    const appliedWarm = warmR.migrations.filter((m) => m.status === 'applied').length;
    if (!warmR.notices.some((x) => x.startsWith('restored'))) throw new Error(`warm run at ${n} did not restore: ${warmR.notices.join('; ')}`);
    const all = readdirSync(join(cwd, 'db/migration')).sort((a, b) => Number(a.slice(1).split('__')[0]) - Number(b.slice(1).split('__')[0]));
    writeFileSync(join(cwd, 'all.sql'), all.map((f) => `\\i db/migration/${f}`).join('\n'));
    const session = await time(async () => {
      psql('postgres', ['-c', `CREATE DATABASE bench_session_${n}`]);
      execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', toUrl(withDatabase(server, `bench_session_${n}`)), '-f', 'all.sql'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    });
    const archive = join(cache, readdirSync(cache).find((f) => f.endsWith('.dump')));
    const restore = await time(async () => {
      psql('postgres', ['-c', `CREATE DATABASE bench_restore_${n}`]);
      execFileSync('pg_restore', ['--single-transaction', '--no-owner', '-d', toUrl(withDatabase(server, `bench_restore_${n}`)), archive]);
    });
    rows.push({ n, cold, warm, session, restore, appliedWarm, errors: coldR.problems.filter((p) => p.severity === 'error').length });
  }
  console.log(`| base files | cold (s) | warm (s) | warm applied | psql session, all files (s) | pg_restore alone (s) | warm − restore (s) | warm / cold |`);
  console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const r of rows) console.log(`| ${r.n} | ${secs(r.cold)} | ${secs(r.warm)} | ${r.appliedWarm} | ${secs(r.session)} | ${secs(r.restore)} | ${secs(r.warm - r.restore)} | ${(r.warm / r.cold).toFixed(2)} |`);
} finally {
  await cluster.stop();
}
