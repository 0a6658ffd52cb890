import { describe, expect, it } from 'vitest';
import { formatTestMarkdown } from '../../src/report/test-markdown.js';
import { formatTestText } from '../../src/report/test-text.js';
import pg from 'pg';
import { serverUrl, testProject } from './helpers.js';

const stats = JSON.stringify({
  format: 1,
  takenAt: new Date().toISOString(),
  database: 'prod',
  server: { version: '16.4', versionNum: 160004, blockSize: 8192, settings: {} },
  statsSince: new Date().toISOString(),
  relations: [
    { schema: 'public', name: 'lead', kind: 'table', rows: 5_000_000, pages: 80_000, bytes: { heap: 655_360_000, indexes: 0, toast: 0, total: 655_360_000 }, activity: { liveTuples: 5e6, deadTuples: 0, insertsPerSecond: 40, updatesPerSecond: 10, deletesPerSecond: 0, writesPerSecond: 50, seqScans: 1, indexScans: 2 } },
  ],
  unavailable: [],
});

const files = {
  '.pgmig.yml': 'stats: prod-stats.json\nestimates: { sizes: [300, 3000], budget: 60s }\n',
  'prod-stats.json': stats,
  'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY, owner text NOT NULL, amount integer);\nINSERT INTO lead SELECT g, md5(g::text), g FROM generate_series(1, 500) g;\n',
  'db/migration/V2__change.sql':
    "SET lock_timeout = '2s';\nCREATE INDEX lead_owner ON lead (owner);\nALTER TABLE lead ALTER COLUMN amount TYPE bigint;\nCREATE TABLE note (id bigint);\nCREATE INDEX note_id ON note (id);\n",
};

describe('pgmig test: production impact', () => {
  it('estimates each statement on a table the stats know, and reports size, lock, what it blocks and the estimate', async () => {
    const r = await testProject(files, { files: ['db/migration/V2__change.sql'] });
    expect(r.summary.errors).toBe(0);
    expect(r.impact.map((i) => [i.line, i.relation, i.lock, i.blocks])).toEqual([
      [2, 'public.lead', 'SHARE', 'writes'],
      [3, 'public.lead', 'ACCESS EXCLUSIVE', 'reads and writes'],
    ]);
    for (const i of r.impact) {
      expect(i.estimate.modelled, JSON.stringify(i.estimate)).toBe(true);
      if (!i.estimate.modelled) continue;
      expect(i.estimate.samples.map((x) => x.rows)).toEqual([300, 3000]);
      expect(i.estimate.productionRows).toBe(5_000_000);
      expect(i.estimate.estimateMs).toBeGreaterThan(i.estimate.samples[1]!.ms);
      expect(i).toMatchObject({ rows: 5_000_000, bytes: 655_360_000, writesPerSecond: 50 });
    }
    // the real migration ran as well, on the real (small) table, after the estimates
    const v2 = r.migrations.find((m) => m.file.endsWith('V2__change.sql'))!;
    expect(v2.status).toBe('applied');
    expect(v2.growth!.walBytes).toBeGreaterThan(0);

    const text = formatTestText(r, { color: false });
    expect(text).toMatch(/Production impact: measured on synthetic copies[\s\S]*db\/migration\/V2__change\.sql:3 ALTER TABLE lead[\s\S]*public\.lead \(5,000,000 rows, 625\.0 MB, ≈ 50 writes\/s\): ACCESS EXCLUSIVE, blocks reads and writes\n\s+≈ .+ under ACCESS EXCLUSIVE \(.+ at 300 rows, .+ at 3k rows; production 5\.0 M rows\)/);
    expect(text).toMatch(/Written: db\/migration\/V2__change\.sql .+ of WAL, database [+-]/);
    const md = formatTestMarkdown(r);
    expect(md).toMatch(/#### Production impact[\s\S]*\| db\/migration\/V2__change\.sql \| 2 \| `CREATE INDEX lead_owner` \| `public\.lead` \| 5,000,000 rows, 625\.0 MB, ≈ 50 writes\/s \| SHARE \| writes \| ≈ /);
  });

  it("each new file's growth is its own, also when one new file follows another with nothing between", async () => {
    const r = await testProject(
      {
        'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY, owner text);\n',
        'db/migration/V2__fill.sql': "INSERT INTO lead SELECT g, repeat('x', 200) FROM generate_series(1, 20000) g;\n",
        'db/migration/V3__nothing.sql': 'SELECT 1;\n',
        'db/migration/V4__more.sql': "INSERT INTO lead SELECT g, repeat('y', 200) FROM generate_series(20001, 30000) g;\n",
      },
      { files: ['db/migration/V2__fill.sql', 'db/migration/V3__nothing.sql', 'db/migration/V4__more.sql'], estimates: false, lockQueue: false },
    );
    expect(r.summary.errors).toBe(0);
    const [v2, v3, v4] = ['V2', 'V3', 'V4'].map((v) => r.migrations.find((m) => m.file.includes(`${v}__`))!.growth!);
    // 20,000 rows of 200 bytes and their index: several MB; the next file wrote (almost) nothing
    expect(v2.databaseBytes).toBeGreaterThan(4_000_000);
    expect(v3.databaseBytes).toBeLessThan(100_000);
    expect(v3.walBytes).toBeLessThan(100_000);
    expect(v4.databaseBytes).toBeGreaterThan(2_000_000);
    expect(v4.databaseBytes).toBeLessThan(v2.databaseBytes);
  });

  it('--no-estimates and a missing stats file estimate nothing; the missing file is a notice', async () => {
    const off = await testProject(files, { files: ['db/migration/V2__change.sql'], estimates: false });
    expect(off.impact).toEqual([]);
    const { 'prod-stats.json': _gone, ...withoutStats } = files;
    const missing = await testProject(withoutStats, { files: ['db/migration/V2__change.sql'] });
    expect(missing.impact).toEqual([]);
    expect(missing.notices[0]).toMatch(/^no production statistics at prod-stats\.json/);
  });

  describe('blocking measured on the synthetic rows', () => {
    const big = { ...files, '.pgmig.yml': 'stats: prod-stats.json\nestimates: { sizes: [3000, 300000], budget: 120s }\n' };
    const countSessions = async (): Promise<number> => {
      const cl = new pg.Client({ connectionString: serverUrl() });
      await cl.connect();
      try {
        return (await cl.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'pgmig%'")).rows[0]!.n;
      } finally {
        await cl.end();
      }
    };

    it('a plain CREATE INDEX blocks writes on the synthetic copy for longer than on the 500-row test table; CONCURRENTLY blocks nothing', async () => {
      const plain = await testProject({ ...big, 'db/migration/V2__change.sql': "SET lock_timeout = '2s';\nCREATE INDEX lead_owner ON lead (owner);\n" }, { files: ['db/migration/V2__change.sql'] });
      const e = plain.impact[0]!.estimate;
      expect(e.modelled, JSON.stringify(e)).toBe(true);
      if (!e.modelled) return;
      expect(e.blocking).toMatchObject({ relation: 'public.lead', rows: 300000 });
      expect(e.blocking!.writeBlockedMs).toBeGreaterThan(20);
      expect(e.blocking!.readBlockedMs).toBeLessThan(20);
      // the real run, on the test table's 500 rows, blocks for a fraction of that
      const onTest = plain.migrations.find((m) => m.phase === 'new')!.statements!.find((s) => s.kind === 'IndexStmt')!.blocking![0]!;
      expect(e.blocking!.writeBlockedMs).toBeGreaterThan(onTest.writeBlockedMs + 15);
      expect(formatTestText(plain, { color: false })).toMatch(/; on 300k synthetic rows writes blocked \d+ ms, reads \d+ ms/);

      const conc = await testProject({ ...big, 'db/migration/V2__change.sql': 'CREATE INDEX CONCURRENTLY lead_owner ON lead (owner);\n' }, { files: ['db/migration/V2__change.sql'] });
      const c = conc.impact[0]!.estimate;
      expect(c.modelled, JSON.stringify(c)).toBe(true);
      if (!c.modelled) return;
      expect(c.blocking!.writeBlockedMs).toBeLessThan(20);
      expect(c.blocking!.readBlockedMs).toBeLessThan(20);
      expect(await countSessions()).toBe(0);
    }, 180_000);
  });
});
