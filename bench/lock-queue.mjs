// The added time of the lock-queue rehearsal and the blocking measurement (issue 15): `pgmig
// test` on a pull request of 5 locking statements on existing tables, with and without them
// (--no-lock-queue turns both off), in the same run, alternating so load on a shared machine
// falls on both.
//
//   node --import ./test/db/ts-node.mjs bench/lock-queue.mjs [--rows 20000] [--runs 3]
//
// It starts a throwaway cluster from the PostgreSQL programs on the machine. A measurement, not a
// test: it exits 1 only when a run fails.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startCluster } from '../src/db/cluster.ts';
import { toUrl } from '../src/db/connect.ts';
import { runTest } from '../src/commands/test.ts';

const { values: opts } = parseArgs({ options: { rows: { type: 'string', default: '20000' }, runs: { type: 'string', default: '3' } } });
const ROWS = Number(opts.rows);
const RUNS = Number(opts.runs);

const T = "SET lock_timeout = '2s';\n";
const FILES = {
  'db/migration/V1__base.sql': `CREATE TABLE lead (id bigint PRIMARY KEY, owner text NOT NULL, amount integer NOT NULL);
CREATE TABLE account (id bigint PRIMARY KEY, name text);
INSERT INTO lead SELECT g, md5(g::text), g % 1000 FROM generate_series(1, ${ROWS}) g;
INSERT INTO account SELECT g, md5(g::text) FROM generate_series(1, ${ROWS}) g;
`,
  'db/migration/V2__change.sql': `${T}ALTER TABLE lead ADD COLUMN region text NOT NULL DEFAULT 'eu';
ALTER TABLE lead ADD CONSTRAINT amount_positive CHECK (amount >= 0) NOT VALID;
ALTER TABLE lead VALIDATE CONSTRAINT amount_positive;
ALTER TABLE account ADD COLUMN note text;
ALTER TABLE account ALTER COLUMN name SET NOT NULL;
`,
};

const cluster = await startCluster();
const url = toUrl(cluster.target);
const times = { with: [], without: [] };
let failed = false;
try {
  for (let run = 0; run < RUNS; run++) {
    for (const mode of run % 2 ? ['without', 'with'] : ['with', 'without']) {
      const cwd = mkdtempSync(join(tmpdir(), 'pgmig-bench-lock-queue-'));
      for (const [p, c] of Object.entries(FILES)) {
        mkdirSync(dirname(join(cwd, p)), { recursive: true });
        writeFileSync(join(cwd, p), c);
      }
      const t0 = performance.now();
      const r = await runTest({ cwd, env: {}, databaseUrl: url, files: ['db/migration/V2__change.sql'], lockQueue: mode === 'with' });
      times[mode].push((performance.now() - t0) / 1000);
      if (r.summary.failed > 0) failed = true;
      if (mode === 'with' && run === 0) {
        const st = r.migrations.find((m) => m.phase === 'new')?.statements ?? [];
        console.log(`rehearsed ${r.lockQueue.length} statements; blocking measured on ${st.filter((s) => s.blocking).length}`);
      }
      rmSync(cwd, { recursive: true, force: true });
    }
  }
} finally {
  await cluster.stop();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const w = median(times.with);
const wo = median(times.without);
console.log(`pgmig test, 5 locking statements on ${ROWS} rows, median of ${RUNS}: with lock-queue rehearsal + blocking ${w.toFixed(2)} s, without ${wo.toFixed(2)} s, added ${(w - wo).toFixed(2)} s, ratio ${(w / wo).toFixed(2)}`);
process.exit(failed ? 1 : 0);
