import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli.js';
import { runRollback } from '../../src/commands/rollback.js';
import { parseDatabaseUrl, toUrl, withDatabase } from '../../src/db/connect.js';
import { project } from '../helpers/project.js';
import { serverUrl, stopServer } from './fixtures.js';

// The live version a deploy job reads before it deploys, and the history table the config names,
// against a real PostgreSQL: versions compare as Flyway compares them, and pgmig history and
// pgmig rollback read the same table.

const repo = resolve(__dirname, '../..');
const made: string[] = [];
afterEach(async () => {
  const admin = new pg.Client({ connectionString: await serverUrl() });
  await admin.connect();
  for (const name of made.splice(0)) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});
afterAll(async () => {
  await stopServer();
});

const HISTORY_DDL = (q: string) => `CREATE TABLE ${q} (installed_rank int PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,
  type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int, installed_by varchar(100) NOT NULL,
  installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL, success boolean NOT NULL)`;

/** A database holding `sql`, its URL. */
async function database(sql: string): Promise<string> {
  const base = await serverUrl();
  const name = `pgmig_history_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  made.push(name);
  const url = toUrl(withDatabase(parseDatabaseUrl(base, '--database-url'), name));
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(sql);
  await c.end();
  return url;
}

const rows = (table: string, list: Array<[string, string, boolean]>) =>
  `INSERT INTO ${table} (installed_rank, version, description, type, script, installed_by, execution_time, success) VALUES ` +
  list.map(([v, script, ok], i) => `(${i + 1}, '${v}', 'd', 'SQL', '${script}', 'ci', 1, ${ok})`).join(', ');

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

describe('pgmig history (real PostgreSQL)', () => {
  it('the live version is the newest applied in Flyway order: 1.10 after 1.9, a failed run on top does not count', async () => {
    const url = await database(
      `${HISTORY_DDL('flyway_schema_history')}; ${rows('flyway_schema_history', [
        ['1', 'V1__a.sql', true], ['1.1', 'V1_1__b.sql', true], ['1.9', 'V1_9__c.sql', true], ['1.10', 'V1_10__d.sql', true], ['1.11', 'V1_11__e.sql', false],
      ])}`,
    );
    const cwd = project({ '.pgmig.yml': 'migrations: [db/migration]\n' });
    const live = await cli(['history', '--live', '--database-url', url], cwd);
    expect(live).toMatchObject({ code: 0, stdout: '1.10\n' });
    const text = await cli(['history', '--database-url', url], cwd);
    expect(text.stdout).toMatch(/public\.flyway_schema_history of database \S+: 5 rows/);
    expect(text.stdout).toMatch(/5 {2}1\.11 +SQL +FAILED V1_11__e\.sql/);
    expect(text.stdout).toMatch(/failed runs on top of their version: 1\.11/);
    const json = JSON.parse((await cli(['history', '--database-url', url, '-f', 'json'], cwd)).stdout);
    expect(json).toMatchObject({ history: 'public.flyway_schema_history', live: '1.10', failed: ['1.11'] });
    expect(json.rows).toHaveLength(5);
  });

  it('no history table: live is 0; an unreachable server is exit 2 with one line', async () => {
    const url = await database('SELECT 1');
    const cwd = project({ '.pgmig.yml': 'migrations: [db/migration]\n' });
    expect(await cli(['history', '--live', '--database-url', url], cwd)).toMatchObject({ code: 0, stdout: '0\n' });
    const down = await cli(['history', '--database-url', 'postgresql://nobody@127.0.0.1:1/x'], cwd);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/^pgmig: cannot connect to PostgreSQL at .*127\.0\.0\.1:1/);
    expect(down.stderr).not.toMatch(/\n\s+at /);
  });

  it('historyTable in the config: history and rollback read app.schema_version, never the flyway_schema_history beside it', async () => {
    const url = await database(
      `CREATE SCHEMA app; ${HISTORY_DDL('app.schema_version')}; ${rows('app.schema_version', [['1', 'V1__lead.sql', true], ['2', 'V2__note.sql', true]])};
       ${HISTORY_DDL('public.flyway_schema_history')}; ${rows('public.flyway_schema_history', [['7', 'V7__other.sql', true]])};
       CREATE TABLE lead (id bigint); CREATE TABLE note (id bigint);`,
    );
    const cwd = project({
      '.pgmig.yml': 'migrations: [db/migration]\nhistoryTable: { table: schema_version, schema: app }\nrules: { require-rls: off }\n',
      'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint);\n',
      'db/migration/V2__note.sql': 'CREATE TABLE note (id bigint);\n',
      'db/migration/U2__note.sql': 'DROP TABLE note;\n',
    });
    expect((await cli(['history', '--live', '--database-url', url], cwd)).stdout).toBe('2\n');
    const r = await runRollback({ cwd, env: {}, databaseUrl: url, target: { kind: 'last' } });
    expect(r.status).toBe('rolled back');
    expect(r.history).toBe('app.schema_version');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      expect((await c.query('SELECT version FROM app.schema_version ORDER BY installed_rank')).rows.map((x) => x.version)).toEqual(['1']);
      expect((await c.query('SELECT version FROM public.flyway_schema_history')).rows.map((x) => x.version)).toEqual(['7']);
      expect((await c.query("SELECT to_regclass('public.note') AS t")).rows[0].t).toBeNull();
    } finally {
      await c.end();
    }
    // a configured table that is not there is named in the refusal
    const other = project({ '.pgmig.yml': 'migrations: [db/migration]\nhistoryTable: { table: missing_history }\n', 'db/migration/V1__lead.sql': 'SELECT 1;\n' });
    const refused = await runRollback({ cwd: other, env: {}, databaseUrl: url, target: { kind: 'last' } });
    expect(refused.status).toBe('refused');
    expect(refused.blockers.join('\n')).toMatch(/has no missing_history table/);
  });

  it("the reusable workflow's deploy job reads the live version with the built CLI, dotted versions included", async () => {
    const url = await database(`${HISTORY_DDL('flyway_schema_history')}; ${rows('flyway_schema_history', [['1', 'V1__a.sql', true], ['1.1', 'V1_1__b.sql', true], ['1.2', 'V1_2__c.sql', true]])}`);
    const wf = parse(readFileSync(join(repo, '.github/workflows/pgmig.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ id?: string; run?: string }> }> };
    const step = wf.jobs.deploy!.steps.find((s) => s.id === 'before')!;
    const work = mkdtempSync(join(tmpdir(), 'pgmig-deploy-'));
    try {
      symlinkSync(repo, join(work, '.pgmig-action'));
      writeFileSync(join(work, '.pgmig.yml'), 'migrations: [db/migration]\n');
      const out = join(work, 'github-output');
      writeFileSync(out, '');
      const run = spawnSync('bash', ['-e', '-c', step.run!], { cwd: work, env: { PATH: process.env.PATH, DATABASE_URL: url, GITHUB_OUTPUT: out, CONFIG: '' }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe('version=1.2\n');
      // a database that cannot be reached fails the step rather than guessing 0
      const down = spawnSync('bash', ['-e', '-c', step.run!], { cwd: work, env: { PATH: process.env.PATH, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/x', GITHUB_OUTPUT: out, CONFIG: '' }, encoding: 'utf8' });
      expect(down.status).not.toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
