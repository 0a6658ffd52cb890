// Warm base-schema snapshots (issue 27): what `pgmig test --snapshot-cache` costs with a warm
// cache against a cold run and the plain-tools floor, measured in the same run, at each history
// length, so a reader sees whether the warm cost stays flat as the history grows.
//
//   npm run bench:snapshot                      # 200 and 2000 base files + 5 new, one run each
//   node --import ./test/db/ts-node.mjs bench/snapshot.mjs --sizes 200,1000,2000
//
// Per size, on the throwaway cluster pgmig starts itself (the snapshot is a copy of its data folder):
//   cold      pgmig test <5 new files> --snapshot-cache: initdb, every file, saves the snapshot
//   warm      the same again (median of 3): starts from a copy of the snapshot, applies the 5 new files (traced)
//   tools     initdb, postgres, one psql session applying every file: the plain-tools floor
//   copy      `cp -a` of the snapshot folder and `rm -rf` of the copy (to disk, and to /dev/shm): the restore floor
// and with --database-url (the snapshot is a pg_dump archive), into one shared cluster:
//   dump warm the warm run restoring the archive;  pg_restore  the archive alone
// Goal: warm <= 2 s + restore, and flat from 200 to 2000 files. The machine may be shared: read
// the ratios, not the seconds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const time = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };
const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
const shared = await startCluster();
try {
  const server = shared.target;
  const psql = (db, args, cwd) => execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', toUrl(withDatabase(server, db)), ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const rows = [];
  for (const n of sizes) {
    const cwd = project(n);
    const files = Array.from({ length: 5 }, (_, k) => `db/migration/V${n + k + 1}__m${n + k + 1}.sql`);
    const base = { cwd, env: { PATH: process.env.PATH }, files, estimates: false, lockQueue: false };
    const restored = (r, what) => {
      if (!r.notices.some((x) => x.startsWith('restored'))) throw new Error(`${what} run at ${n} did not restore: ${r.notices.join('; ')}`);
      if (r.problems.some((p) => p.severity === 'error')) throw new Error(`${what} run at ${n} failed: ${r.problems.map((p) => p.message).join('; ')}`);
      return r.migrations.filter((m) => m.status === 'applied').length;
    };
    // the throwaway cluster: the path a CI job without a database service takes
    const cache = join(cwd, '.cache');
    let warmR;
    const cold = await time(() => runTest({ ...base, snapshotCache: cache }));
    // the median of three: one run is at the mercy of whatever else the machine does
    const warms = [];
    for (let k = 0; k < 3; k++) warms.push(await time(async () => (warmR = await runTest({ ...base, snapshotCache: cache }))));
    const warm = warms.sort((x, y) => x - y)[1];
    const appliedWarm = restored(warmR, 'warm');
    const folder = join(cache, readdirSync(cache).find((f) => f.endsWith('.cluster')));
    const bytes = Number(execFileSync('du', ['-sb', folder], { encoding: 'utf8' }).split('\t')[0]);
    // a warm run copies the folder and removes the copy at its end: both are the restore's floor
    const copyTo = async (root) => { const to = mkdtempSync(join(root, 'pgmig-bench-copy-')); return time(() => { execFileSync('cp', ['-a', `${folder}/.`, to]); execFileSync('rm', ['-rf', to]); }); };
    const copy = await copyTo(tmpdir());
    const copyShm = existsSync('/dev/shm') ? await copyTo('/dev/shm') : NaN;
    const all = readdirSync(join(cwd, 'db/migration')).sort((a, b) => Number(a.slice(1).split('__')[0]) - Number(b.slice(1).split('__')[0]));
    writeFileSync(join(cwd, 'all.sql'), all.map((f) => `\\i db/migration/${f}`).join('\n'));
    // the floor: what a shell script does with the same tools (no history, no trace, no tests)
    const tools = await time(async () => {
      const c = await startCluster();
      try {
        execFileSync(join(bin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', toUrl(withDatabase(c.target, 'postgres')), '-f', 'all.sql'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
      } finally {
        await c.stop();
      }
    });
    // --database-url: a pg_dump archive, restored by pg_restore
    const dumpCache = join(cwd, '.cache-dump');
    let dumpR;
    const url = { databaseUrl: toUrl(withDatabase(server, 'postgres')), snapshotCache: dumpCache };
    await runTest({ ...base, ...url });
    const dumpWarm = await time(async () => (dumpR = await runTest({ ...base, ...url })));
    restored(dumpR, 'dump warm');
    const archive = join(dumpCache, readdirSync(dumpCache).find((f) => f.endsWith('.dump')));
    const pgRestore = await time(async () => {
      psql('postgres', ['-c', `CREATE DATABASE bench_restore_${n}`]);
      execFileSync('pg_restore', ['--single-transaction', '--no-owner', '-d', toUrl(withDatabase(server, `bench_restore_${n}`)), archive]);
    });
    // the copy a warm run makes goes to /dev/shm when it has room (src/db/cluster.ts), as here
    const floor = Number.isNaN(copyShm) ? copy : copyShm;
    rows.push({ n, cold, warm, appliedWarm, tools, copy, copyShm, floor, bytes, dumpWarm, pgRestore });
  }
  console.log(`| base files | cold (s) | warm (s) | warm applied | plain tools, all files (s) | snapshot (MB) | cp -a + rm -rf (s) | the same in /dev/shm (s) | warm − the copy (s) | warm / cold | warm / tools | --database-url warm (s) | pg_restore alone (s) |`);
  console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const r of rows) console.log(`| ${r.n} | ${secs(r.cold)} | ${secs(r.warm)} | ${r.appliedWarm} | ${secs(r.tools)} | ${(r.bytes / 1e6).toFixed(0)} | ${secs(r.copy)} | ${secs(r.copyShm)} | ${secs(r.warm - r.floor)} | ${(r.warm / r.cold).toFixed(2)} | ${(r.warm / r.tools).toFixed(2)} | ${secs(r.dumpWarm)} | ${secs(r.pgRestore)} |`);
} finally {
  await shared.stop();
}
