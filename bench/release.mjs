// What the running-release check costs (issue 17): `pgmig test` of one new migration on a base of
// 50 tables, without queries and with --queries generated statements of the kinds an
// application sends (selects by key, joins, inserts, updates), in the same run on one cluster.
//
//   node --import ./test/db/ts-node.mjs bench/release.mjs [--queries 500] [--runs 3]
//
// A measurement, not a test: it exits 1 only when a run fails or the check does not find the
// breaks the migration makes (the rename of t0.amount breaks the selects that read it: one query
// in five reads a table t with t % 5 equal to its kind, so only t0's kind-0 selects read t0.amount).
// The first pair of runs warms the cluster (catalog caches, the parser's WebAssembly) and is not counted.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTest } from '../src/commands/test.ts';
import { startCluster } from '../src/db/cluster.ts';
import { toUrl } from '../src/db/connect.ts';

const { values: opts } = parseArgs({ options: { queries: { type: 'string', default: '500' }, runs: { type: 'string', default: '3' } } });
const QUERIES = Number(opts.queries);
const RUNS = Number(opts.runs);
const TABLES = 50;

function project(withQueries) {
  const cwd = mkdtempSync(join(tmpdir(), 'pgmig-bench-release-'));
  mkdirSync(join(cwd, 'db/migration'), { recursive: true });
  mkdirSync(join(cwd, 'db/queries'), { recursive: true });
  let base = '';
  for (let t = 0; t < TABLES; t++) {
    base += `CREATE TABLE t${t} (id bigint PRIMARY KEY, parent_id bigint, name text NOT NULL, amount numeric(12,2), created timestamptz NOT NULL DEFAULT now());\n`;
    base += `CREATE INDEX t${t}_parent ON t${t} (parent_id);\n`;
  }
  writeFileSync(join(cwd, 'db/migration/V1__base.sql'), base);
  writeFileSync(join(cwd, 'db/migration/V2__change.sql'), "SET lock_timeout = '1s';\nALTER TABLE t0 ADD COLUMN note text;\nALTER TABLE t0 RENAME COLUMN amount TO total;\n");
  const kinds = [
    (t) => `SELECT id, name, amount FROM t${t} WHERE id = $1;`,
    (t) => `SELECT a.id, b.name FROM t${t} a JOIN t${(t + 1) % TABLES} b ON b.id = a.parent_id WHERE a.parent_id = $1 ORDER BY a.created DESC LIMIT 50;`,
    (t) => `INSERT INTO t${t} (id, parent_id, name, amount) VALUES ($1, $2, $3, $4);`,
    (t) => `UPDATE t${t} SET name = $2, amount = amount + $3 WHERE id = $1;`,
    (t) => `SELECT count(*), sum(amount) FROM t${t} WHERE created > $1 AND parent_id = ANY($2);`,
  ];
  if (withQueries) {
    const lines = [];
    for (let i = 0; i < QUERIES; i++) lines.push(kinds[i % kinds.length](i % TABLES).replace(/;$/, ` /* q${i} */;`));
    writeFileSync(join(cwd, 'db/queries/app.sql'), lines.join('\n') + '\n');
    writeFileSync(join(cwd, '.pgmig.yml'), 'queries: db/queries/*.sql\nlockQueue: { budget: 0s }\n');
  } else {
    writeFileSync(join(cwd, '.pgmig.yml'), 'lockQueue: { budget: 0s }\n');
  }
  return cwd;
}

const cluster = await startCluster();
const rows = [];
const EXPECTED_BROKEN = Array.from({ length: QUERIES }, (_, i) => i).filter((i) => i % 5 === 0 && i % TABLES === 0).length;
try {
  const url = toUrl(cluster.target);
  for (let run = 0; run <= RUNS; run++) {
    for (const withQueries of [false, true]) {
      const cwd = project(withQueries);
      const t0 = performance.now();
      const r = await runTest({ cwd, env: {}, databaseUrl: url, files: ['db/migration/V2__change.sql'] });
      const ms = performance.now() - t0;
      rmSync(cwd, { recursive: true, force: true });
      if (r.summary.failed) {
        process.stderr.write(`run ${run}: a migration failed\n`);
        process.exit(1);
      }
      const broken = r.release?.broken.length ?? 0;
      if (withQueries && broken !== EXPECTED_BROKEN) {
        process.stderr.write(`run ${run}: the check found ${broken} broken queries, expected ${EXPECTED_BROKEN} (the selects of t0.amount)\n`);
        process.exit(1);
      }
      if (run > 0) rows.push({ run, withQueries, ms, broken, checked: r.release?.checked ?? 0 });
    }
    if (run === 0) continue;
    const [a, b] = rows.slice(-2);
    process.stdout.write(`run ${run}: without queries ${(a.ms / 1000).toFixed(2)} s, with ${b.checked} queries ${(b.ms / 1000).toFixed(2)} s: the check added ${((b.ms - a.ms) / 1000).toFixed(2)} s (${b.broken} broken: the rename breaks the selects that read t0.amount)\n`);
  }
} finally {
  await cluster.stop();
}
const added = rows.filter((r) => r.withQueries).map((r, i) => r.ms - rows.filter((x) => !x.withQueries)[i].ms).sort((x, y) => x - y);
process.stdout.write(`\nmedian added time for ${QUERIES} queries: ${(added[Math.floor(added.length / 2)] / 1000).toFixed(2)} s\n`);
