// pgTAP suites at scale (issue 16): 200 generated pgTAP files on the example schema
// (examples/crm). The mix: mostly fast files, a slow one in five (pg_sleep), and a third of them
// updating the same row of one shared table. They run under pgmig test --jobs 1, pgmig test
// --jobs 2 and pg_prove -j 2, all in the same run on one throwaway cluster.
//
//   node --import ./test/db/ts-node.mjs bench/pgtap.mjs [--files 200]
//
// pg_prove comes from the Debian package libtap-parser-sourcehandler-pgtap-perl
// (apt-get install libtap-parser-sourcehandler-pgtap-perl). It runs on a database the example's
// migrations were already applied to, so its time leaves out the migrations. pgmig's times
// include them, which counts against pgmig. Every file wraps its work in BEGIN … ROLLBACK, so
// pg_prove's files do not see one another's writes either: a fair comparison. This is a
// measurement, not a test. Timings on a shared machine are noisy: compare the ratios of one run.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startCluster } from '../src/db/cluster.ts';
import { toUrl, withDatabase } from '../src/db/connect.ts';
import { runTest } from '../src/commands/test.ts';

const { values: opts } = parseArgs({ options: { files: { type: 'string', default: '200' }, repeat: { type: 'string', default: '3' } } });
const FILES = Number(opts.files);
// the median of a few rounds: the machine is shared, one round alone says little
const REPEAT = Math.max(1, Number(opts.repeat));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'pgmig-bench-pgtap-'));
cpSync(resolve('examples/crm'), dir, { recursive: true });
// a table the files share, added after the example's own migrations
writeFileSync(join(dir, 'db/migration/V900__bench_counter.sql'), 'CREATE TABLE bench_counter (id int PRIMARY KEY, n int NOT NULL);\nINSERT INTO bench_counter VALUES (1, 0);\n');
const tests = join(dir, 'bench-tests');
mkdirSync(tests);
for (let i = 0; i < FILES; i++) {
  const slow = i % 5 === 0 ? 'SELECT pg_sleep(0.1);\n' : '';
  const shared = i % 3 === 0 ? "UPDATE bench_counter SET n = n + 1 WHERE id = 1;\nSELECT is((SELECT n FROM bench_counter WHERE id = 1), 1, 'own write only');\n" : "SELECT ok(true, 'no write');\n";
  writeFileSync(join(tests, `t${String(i).padStart(3, '0')}_test.sql`), `BEGIN;\nSELECT plan(3);\nSELECT has_table('bench_counter');\n${slow}${shared}SELECT cmp_ok((SELECT count(*)::int FROM pg_class), '>', 0, 'catalog');\nSELECT * FROM finish();\nROLLBACK;\n`);
}

const cluster = await startCluster({ env: process.env });
try {
  const url = toUrl(cluster.target);
  const pgmig = async (jobs) => {
    const t = performance.now();
    const r = await runTest({ cwd: dir, env: {}, databaseUrl: url, tests: 'bench-tests', jobs, lockQueue: false, estimates: false });
    const ms = performance.now() - t;
    if (r.summary.testFiles !== FILES || r.tests.some((x) => x.status !== 'passed')) throw new Error(`pgmig --jobs ${jobs}: ${r.tests.filter((x) => x.status !== 'passed').length} files failed`);
    return ms;
  };
  const kept = await runTest({ cwd: dir, env: {}, databaseUrl: url, tests: 'no-tests-here', keep: true, lockQueue: false, estimates: false }).catch(async () => {
    mkdirSync(join(dir, 'no-tests-here'), { recursive: true });
    return runTest({ cwd: dir, env: {}, databaseUrl: url, tests: 'no-tests-here', keep: true, lockQueue: false, estimates: false });
  });
  const keptUrl = toUrl(withDatabase(cluster.target, kept.database.name));
  const c = new pg.Client({ connectionString: keptUrl });
  await c.connect();
  await c.query('CREATE EXTENSION IF NOT EXISTS pgtap');
  await c.end();
  // the clone strategies on this template (PostgreSQL 15+), 10 clones each
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const strategy = {};
  for (const s of ['WAL_LOG', 'FILE_COPY']) {
    const t = performance.now();
    for (let i = 0; i < 10; i++) {
      await admin.query(`CREATE DATABASE bench_clone_${i} TEMPLATE "${kept.database.name}" STRATEGY ${s}`);
      await admin.query(`DROP DATABASE bench_clone_${i}`);
    }
    strategy[s] = (performance.now() - t) / 10;
  }
  await admin.end();
  const prove = () => {
    const t = performance.now();
    execFileSync('pg_prove', ['-j', '2', '-d', kept.database.name, '-h', cluster.target.host, '-p', String(cluster.target.port), '-U', cluster.target.user ?? 'postgres', ...readdirSync(tests).sort().map((f) => join(tests, f))], { stdio: ['ignore', 'ignore', 'inherit'] });
    return performance.now() - t;
  };
  // pgmig's own overhead before the first file: the same run with no pgTAP file, so the files'
  // share of a run compares with pg_prove, which starts on a migrated database
  mkdirSync(join(dir, 'empty-tests'), { recursive: true });
  const migrateOnly = async () => {
    const t = performance.now();
    await runTest({ cwd: dir, env: {}, databaseUrl: url, tests: 'empty-tests', lockQueue: false, estimates: false });
    return performance.now() - t;
  };
  const rounds = { one: [], two: [], pp: [], mig: [] };
  for (let r = 0; r < REPEAT; r++) {
    rounds.mig.push(await migrateOnly());
    rounds.one.push(await pgmig(1));
    rounds.two.push(await pgmig(2));
    rounds.pp.push(prove());
  }
  const [one, two, pp, mig] = [median(rounds.one), median(rounds.two), median(rounds.pp), median(rounds.mig)];
  const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`${FILES} pgTAP files on examples/crm, median of ${REPEAT} rounds (machine shared: compare ratios, not times)`);
  console.log(`pgmig test, no files   ${f(mig)}  (migrations, pgTAP check, setup and cleanup)`);
  console.log(`pgmig test --jobs 1   ${f(one)}  (migrations included)`);
  console.log(`pgmig test --jobs 2   ${f(two)}  (migrations included)`);
  console.log(`pg_prove -j 2         ${f(pp)}  (on an already migrated database)`);
  console.log(`CREATE DATABASE … TEMPLATE + DROP, per clone: WAL_LOG ${strategy.WAL_LOG.toFixed(0)} ms, FILE_COPY ${strategy.FILE_COPY.toFixed(0)} ms`);
  console.log(`pg_prove -j 2 / pgmig --jobs 2 = ${(pp / two).toFixed(2)}× (goal ≥ 1.5×); pgmig --jobs 1 / --jobs 2 = ${(one / two).toFixed(2)}×`);
  console.log(`files only (run less the no-file run): pg_prove -j 2 / pgmig --jobs 2 = ${(pp / Math.max(1, two - mig)).toFixed(2)}×; pgmig --jobs 1 / --jobs 2 = ${((one - mig) / Math.max(1, two - mig)).toFixed(2)}×`);
} finally {
  await cluster.stop({ keep: false });
  rmSync(dir, { recursive: true, force: true });
}
