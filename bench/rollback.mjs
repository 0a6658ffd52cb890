// How long an automatic rollback takes (issue 24: "rollback under 5 minutes"): a realistic
// deploy of three migrations on a table of --rows rows (a column with a default, an index built
// CONCURRENTLY, a validated CHECK), rolled back by the engine of `pgmig rollback` and
// `pgmig gate --watch --rollback-on-fail`, timed from the call to the commit; beside it the
// floor, the same undo SQL run by one psql session in one transaction, in the same run.
//
//   node --import ./test/db/ts-node.mjs bench/rollback.mjs [--rows 1000000] [--runs 3]
//
// It starts a throwaway cluster from the PostgreSQL programs on the machine. A measurement, not
// a test: it exits 1 only when a rollback does not happen.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startCluster, findBinDir } from '../src/db/cluster.ts';
import { toUrl, withDatabase } from '../src/db/connect.ts';
import { runRollback } from '../src/commands/rollback.ts';

const { values: opts } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } } });
const ROWS = Number(opts.rows);
const RUNS = Number(opts.runs);

const MIGRATIONS = {
  'V1__lead.sql': `CREATE TABLE lead (id bigint PRIMARY KEY, owner text NOT NULL, amount integer NOT NULL);\nINSERT INTO lead SELECT g, md5(g::text), g % 1000 FROM generate_series(1, ${ROWS}) g;\n`,
  'V2__lead_region.sql': "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN region text NOT NULL DEFAULT 'eu';\n",
  'U2__lead_region.sql': "SET lock_timeout = '2s';\nALTER TABLE lead DROP COLUMN region;\n",
  'V3__lead_owner_index.sql': 'CREATE INDEX CONCURRENTLY lead_owner ON lead (owner);\n',
  'U3__lead_owner_index.sql': 'DROP INDEX CONCURRENTLY IF EXISTS lead_owner;\n',
  'V4__lead_amount_check.sql': "SET lock_timeout = '2s';\nALTER TABLE lead ADD CONSTRAINT amount_positive CHECK (amount >= 0) NOT VALID;\nALTER TABLE lead VALIDATE CONSTRAINT amount_positive;\n",
  'U4__lead_amount_check.sql': "SET lock_timeout = '2s';\nALTER TABLE lead DROP CONSTRAINT amount_positive;\n",
};

const cluster = await startCluster();
const psql = join(findBinDir(), 'psql');
const results = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const cwd = mkdtempSync(join(tmpdir(), 'pgmig-bench-rollback-'));
    mkdirSync(join(cwd, 'db/migration'), { recursive: true });
    for (const [f, sql] of Object.entries(MIGRATIONS)) writeFileSync(join(cwd, 'db/migration', f), sql);
    const db = `bench_rollback_${run}`;
    const admin = new pg.Client({ connectionString: toUrl(cluster.target) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${db}`);
    await admin.end();
    const url = toUrl(withDatabase(cluster.target, db));
    // the deploy, as Flyway records it
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL, success boolean NOT NULL)`);
    let rank = 0;
    for (const [f, sql] of Object.entries(MIGRATIONS).filter(([f]) => f.startsWith('V'))) {
      for (const stmt of sql.split(/;\n/).filter((s) => s.trim())) await c.query(stmt);
      const [, version, desc] = /^V(\d+)__(.*)\.sql$/.exec(f);
      await c.query(`INSERT INTO flyway_schema_history VALUES ($1, $2, $3, 'SQL', $4, 0, 'bench', now(), 0, true)`, [++rank, version, desc.replace(/_/g, ' '), f]);
    }
    await c.query('VACUUM ANALYZE lead');
    await c.end();
    // newest first, one version per call: an undo of CONCURRENTLY statements runs on its own,
    // outside a transaction, so it cannot share the others' one transaction
    const t0 = performance.now();
    const steps = [];
    let r;
    for (const [version, f] of [['4', 'V4__lead_amount_check.sql'], ['3', 'V3__lead_owner_index.sql'], ['2', 'V2__lead_region.sql']]) {
      r = await runRollback({
        cwd,
        env: {},
        databaseUrl: url,
        target: { kind: 'version', version },
        scope: { label: 'the deploy', files: [{ path: `db/migration/${f}`, abs: join(cwd, 'db/migration', f) }] },
      });
      if (r.status !== 'rolled back') break;
      steps.push(...r.steps);
    }
    r.steps = steps;
    const pgmigMs = performance.now() - t0;
    if (r.status !== 'rolled back') {
      process.stderr.write(`run ${run}: the rollback did not happen (${r.status}): ${r.problem ?? r.blockers.join('; ')}\n`);
      process.exit(1);
    }
    // the floor: re-apply the deploy, then the same undo SQL in one psql session
    const again = new pg.Client({ connectionString: url });
    await again.connect();
    for (const f of ['V2__lead_region.sql', 'V3__lead_owner_index.sql', 'V4__lead_amount_check.sql']) for (const stmt of MIGRATIONS[f].split(/;\n/).filter((s) => s.trim())) await again.query(stmt);
    await again.end();
    const undo = join(cwd, 'undo.sql');
    writeFileSync(undo, [MIGRATIONS['U4__lead_amount_check.sql'], 'DROP INDEX IF EXISTS lead_owner;\n', MIGRATIONS['U2__lead_region.sql']].join(''));
    const t1 = performance.now();
    execFileSync(psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-f', undo, url], { stdio: 'ignore' });
    const psqlMs = performance.now() - t1;
    results.push({ run, pgmigMs, psqlMs, versions: r.steps.map((s) => s.version).join(', ') });
    process.stdout.write(`run ${run}: pgmig rolled back ${r.steps.map((s) => s.version).join(', ')} of a ${ROWS.toLocaleString('en')}-row table in ${(pgmigMs / 1000).toFixed(2)} s; one psql session ${(psqlMs / 1000).toFixed(2)} s (${(pgmigMs / psqlMs).toFixed(2)}x)\n`);
    rmSync(cwd, { recursive: true, force: true });
  }
} finally {
  await cluster.stop();
}
const worst = Math.max(...results.map((r) => r.pgmigMs));
process.stdout.write(`\nslowest rollback ${(worst / 1000).toFixed(2)} s (budget: 5 min)\n`);
