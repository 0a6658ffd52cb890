import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { parseDatabaseUrl, toUrl, withDatabase } from '../../src/db/connect.js';
import { project } from '../helpers/project.js';
import { startPrometheus, type Prometheus } from '../helpers/prometheus.js';
import { serverUrl } from './helpers.js';

let prom: Prometheus;
beforeAll(async () => {
  prom = await startPrometheus();
}, 60_000);
afterAll(async () => {
  await prom?.stop();
});

async function cli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const config = (query: string, max: number) => `gates:\n  prometheus: ${prom.url}\n  checks:\n    - { name: api-p95, query: '${query}', max: ${max}, unit: ms }\n`;

describe('pgmig gate --watch after a deploy', () => {
  it('watches for the duration and stays healthy', async () => {
    const r = await cli(project({ '.pgmig.yml': config('vector(120)', 200) }), ['gate', '--watch', '1s', '--interval', '300ms', '--format', 'json']);
    expect(r.code).toBe(0);
    const w = JSON.parse(r.stdout);
    expect(w.status).toBe('healthy');
    expect(w.evaluations).toBeGreaterThanOrEqual(3);
  });

  it('ends at the first failed check, saying the query, the value, the bound and the time', async () => {
    const r = await cli(project({ '.pgmig.yml': config('vector(340)', 200) }), ['gate', '--watch', '10s', '--interval', '1s']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^pgmig gate --watch: a health check FAILED at \d{4}-\d{2}-\d{2}T[\d:.]+Z \(evaluation 1 since .+\)\n  api-p95: 340 ms \(max 200 ms\)\n    query: vector\(340\)\n$/);
  });

  it('--rollback-on-fail rolls back the migrations above the version live before the deploy, in one transaction', async () => {
    const files = {
      '.pgmig.yml': config('vector(340)', 200),
      'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY);\n',
      'db/migration/V2__note.sql': 'CREATE TABLE note (id bigint PRIMARY KEY);\n',
      'db/migration/U2__note.sql': 'DROP TABLE note;\n',
      'db/migration/V3__tag.sql': 'CREATE TABLE tag (id bigint PRIMARY KEY);\n',
      'db/migration/U3__tag.sql': 'DROP TABLE tag;\n',
    };
    const cwd = project(files);
    // the deployed database: every migration applied and recorded, as Flyway would leave it
    const deployed = await cli(cwd, ['test', '--database-url', serverUrl(), '--keep', '--format', 'json', '--no-lock-queue']);
    expect(deployed.code).toBe(0);
    const name = JSON.parse(deployed.stdout).database.name as string;
    const url = toUrl(withDatabase(parseDatabaseUrl(serverUrl(), '--database-url'), name));
    try {
      const r = await cli(cwd, ['gate', '--watch', '5s', '--interval', '1s', '--rollback-on-fail', '1', '--database-url', url, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const w = JSON.parse(r.stdout);
      expect(w).toMatchObject({ status: 'rolled back', rollback: { status: 'rolled back', versions: ['3', '2'] } });
      expect(w.rollback.durationMs).toBeGreaterThan(0);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        const tables = await c.query(`SELECT string_agg(tablename, ',' ORDER BY tablename) AS t FROM pg_tables WHERE schemaname = 'public'`);
        expect(tables.rows[0].t).toBe('flyway_schema_history,lead');
        const history = await c.query(`SELECT string_agg(version, ',' ORDER BY installed_rank) AS v FROM flyway_schema_history WHERE version IS NOT NULL`);
        expect(history.rows[0].v).toBe('1');
      } finally {
        await c.end();
      }
    } finally {
      const admin = new pg.Client({ connectionString: serverUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('refuses --watch without checks, and --rollback-on-fail without --watch', async () => {
    const none = await cli(project({}), ['gate', '--watch', '1s']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--watch needs health checks to watch/);
    const alone = await cli(project({ '.pgmig.yml': config('vector(1)', 2) }), ['gate', '--rollback-on-fail', '3']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/go with --watch/);
    const unitless = await cli(project({ '.pgmig.yml': config('vector(1)', 2) }), ['gate', '--watch', '30']);
    expect(unitless.code).toBe(2);
    expect(unitless.stderr).toMatch(/expected a duration with its unit/);
  });
});
