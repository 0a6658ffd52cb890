import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runStats } from '../../src/commands/stats.js';
import { startCluster } from '../../src/db/cluster.js';
import { toUrl, withDatabase } from '../../src/db/connect.js';
import { formatTestMarkdown } from '../../src/report/test-markdown.js';
import { formatTestText } from '../../src/report/test-text.js';
import { project } from '../helpers/project.js';
import { testProject } from './helpers.js';

const BASE =
  'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint, owner text, status text NOT NULL DEFAULT \'new\');\n' +
  'CREATE INDEX lead_owner ON lead (owner);\n' +
  "CREATE FUNCTION lead_score(l lead) RETURNS int LANGUAGE sql AS 'SELECT 1';\n";

const QUERIES =
  '-- the lead list\nSELECT id, owner_id FROM lead WHERE id = $1;\n' +
  'SELECT id FROM lead WHERE owner = $1;\n' +
  'SELECT lead_score(l) FROM lead l WHERE l.id = $1;\n' +
  'INSERT INTO lead (id, owner) VALUES ($1, $2);\n';

function run(change: string, queries = QUERIES) {
  return testProject(
    { '.pgmig.yml': 'queries: db/queries/*.sql\nlockQueue: { budget: 0s }\n', 'db/migration/V1__lead.sql': BASE, 'db/migration/V2__change.sql': change, 'db/queries/app.sql': queries },
    { files: ['db/migration/V2__change.sql'] },
  );
}

describe("pgmig test: the running release's queries", () => {
  it('a dropped column still read by a query is an error naming the query and the statement that broke it', async () => {
    const r = await run("SET lock_timeout = '1s';\nCREATE TABLE audit (id int);\nALTER TABLE lead DROP COLUMN owner_id;\n");
    expect(r.release).toMatchObject({ checked: 4, setAside: 0 });
    expect(r.release!.broken).toEqual([
      { query: 'SELECT id, owner_id FROM lead WHERE id = $1', source: 'db/queries/app.sql:2', file: 'db/migration/V2__change.sql', line: 3, statement: 'ALTER TABLE lead DROP COLUMN owner_id', error: 'column "owner_id" does not exist' },
    ]);
    expect(r.summary.errors).toBeGreaterThan(0);
    expect(r.problems.map((p) => p.message)).toContain(
      'the running release\'s db/queries/app.sql:2 `SELECT id, owner_id FROM lead WHERE id = $1` fails after db/migration/V2__change.sql:3 (ALTER TABLE lead DROP COLUMN owner_id): column "owner_id" does not exist',
    );
    expect(formatTestText(r, { color: false })).toMatch(/Running release: 4 queries checked, 1 broken/);
    expect(formatTestMarkdown(r)).toMatch(/#### Running release: ❌ 1 of 4 queries broken/);
  });

  it('a new nullable column breaks nothing; a new NOT NULL one without default breaks the INSERT that leaves it out', async () => {
    const ok = await run('ALTER TABLE lead ADD COLUMN note text;\n');
    expect(ok.release!.broken).toEqual([]);
    expect(ok.summary.errors).toBe(0);
    const required = await run("ALTER TABLE lead ADD COLUMN region text NOT NULL DEFAULT 'x';\nALTER TABLE lead ALTER COLUMN region DROP DEFAULT;\n");
    expect(required.release!.broken.map((b) => [b.source, b.line, b.error])).toEqual([
      ['db/queries/app.sql:5', 1, 'it leaves out column "region", NOT NULL without a default: every such INSERT fails'],
    ]);
  });

  it('a rename breaks and is attributed; a dropped function the queries call is caught', async () => {
    const renamed = await run('ALTER TABLE lead RENAME COLUMN owner_id TO account_id;\n');
    expect(renamed.release!.broken.map((b) => [b.source, b.line, b.error])).toEqual([['db/queries/app.sql:2', 1, 'column "owner_id" does not exist']]);
    const dropped = await run('DROP FUNCTION lead_score(lead);\n');
    expect(dropped.release!.broken.map((b) => [b.source, b.line])).toEqual([['db/queries/app.sql:4', 1]]);
    expect(dropped.release!.broken[0]!.error).toMatch(/function lead_score\(lead\) does not exist/);
  });

  it('a dropped index shows as a plan regression (a warning), and an intended break is listed, not counted', async () => {
    const r = await run('DROP INDEX lead_owner;\n');
    expect(r.release!.planRegressions.map((p) => [p.source, p.lost])).toEqual([['db/queries/app.sql:3', ['lead_owner']]]);
    expect(r.problems.find((p) => p.severity === 'warning' && /no longer uses index lead_owner/.test(p.message))).toBeDefined();
    const intended = await run('ALTER TABLE lead DROP COLUMN owner_id;\n', '-- pgmig-ignore: contract phase of the owner move\nSELECT owner_id FROM lead;\n');
    expect(intended.release!.broken[0]).toMatchObject({ ignored: 'contract phase of the owner move' });
    expect(intended.summary.errors).toBe(0);
  });

  it('a query that does not prepare before the change either is set aside, not reported', async () => {
    const r = await run('ALTER TABLE lead ADD COLUMN note text;\n', 'SELECT nope FROM lead;\nSELECT id FROM lead WHERE id = $1;\n');
    expect(r.release).toMatchObject({ checked: 2, setAside: 1, broken: [] });
  });

  it('a queries glob that matches nothing is an error saying so', async () => {
    await expect(
      testProject({ '.pgmig.yml': 'queries: db/querys/*.sql\n', 'db/migration/V1__lead.sql': BASE }),
    ).rejects.toThrow(/queries: no file matches "db\/querys\/\*\.sql"/);
  });
});

describe('pg_stat_statements as the source of the running queries', () => {
  it('pgmig stats exports the most called statements (normalised, no literal), and pgmig test checks them', async () => {
    const cluster = await startCluster({ settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' } });
    try {
      const admin = new pg.Client({ connectionString: toUrl(cluster.target) });
      await admin.connect();
      await admin.query('CREATE DATABASE prod');
      await admin.end();
      const prod = new pg.Client({ connectionString: toUrl(withDatabase(cluster.target, 'prod')) });
      await prod.connect();
      await prod.query('CREATE EXTENSION pg_stat_statements');
      await prod.query(BASE);
      for (let i = 0; i < 5; i++) await prod.query(`SELECT id, owner_id FROM lead WHERE id = ${i} AND owner <> 'secret-${i}'`);
      await prod.end();
      const cwd = project({});
      const run = await runStats({ cwd, env: {}, databaseUrl: toUrl(withDatabase(cluster.target, 'prod')), output: 'stats.json' });
      const q = run.stats.queries!.find((x) => /owner_id FROM lead/.test(x.text))!;
      expect(q.text).toBe('SELECT id, owner_id FROM lead WHERE id = $1 AND owner <> $2');
      expect(q.calls).toBe(5);
      expect(JSON.stringify(run.stats.queries)).not.toMatch(/secret/);

      const { readFileSync } = await import('node:fs');
      const r = await testProject(
        { '.pgmig.yml': 'stats: stats.json\nlockQueue: { budget: 0s }\nestimates: { budget: 0s }\n', 'stats.json': readFileSync(`${cwd}/stats.json`, 'utf8'), 'db/migration/V1__lead.sql': BASE, 'db/migration/V2__change.sql': 'ALTER TABLE lead DROP COLUMN owner_id;\n' },
        { files: ['db/migration/V2__change.sql'] },
      );
      expect(r.release!.broken.map((b) => [b.source, b.calls, b.line])).toEqual([['pg_stat_statements', 5, 1]]);
    } finally {
      await cluster.stop();
    }
  });

  it('without the extension, the stats say so', async () => {
    const cluster = await startCluster();
    try {
      const run = await runStats({ cwd: project({}), env: {}, databaseUrl: toUrl(cluster.target), output: '-' });
      expect(run.stats.queries).toBeUndefined();
      expect(run.stats.unavailable.join('\n')).toMatch(/pg_stat_statements is not installed in this database/);
    } finally {
      await cluster.stop();
    }
  });
});
