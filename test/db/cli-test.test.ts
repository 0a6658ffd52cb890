import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { startCluster } from '../../src/db/cluster.js';
import { UserError } from '../../src/errors.js';
import { project } from '../helpers/project.js';
import { serverUrl } from './helpers.js';

async function testDatabases(): Promise<string[]> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    return (await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'pgmig\\_test\\_%' ORDER BY 1`)).rows.map((r) => r.datname);
  } finally {
    await c.end();
  }
}

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env });
  return { code, stdout, stderr };
}

const files = {
  'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, age int);\n',
  'db/migration/V2__widen_age.sql': "SET lock_timeout = '1s';\nALTER TABLE users ALTER COLUMN age TYPE bigint;\n",
  'db/tests/users.sql': "SELECT plan(1);\nSELECT col_type_is('users', 'age', 'bigint');\n",
};

describe('pgmig test (CLI)', () => {
  it('json: exit 0, migrations with statements and locks, tests, summary', async () => {
    const cwd = project(files);
    const r = await cli(['test', 'db/migration/V2__widen_age.sql', '--database-url', serverUrl(), '--format', 'json'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['database', 'migrations', 'tests', 'rehearsals', 'problems', 'server', 'summary']);
    const alter = j.migrations[1].statements[1];
    expect(alter).toMatchObject({ line: 2, rewrites: ['public.users'], rebuiltIndexes: ['public.users_pkey'], outsideTransaction: false });
    expect(alter.locks).toEqual([
      { relation: 'public.users', relationKind: 'table', mode: 'ACCESS EXCLUSIVE' },
      { relation: 'public.users_pkey', relationKind: 'index', mode: 'ACCESS EXCLUSIVE' },
    ]);
    expect(j.tests[0]).toMatchObject({ file: 'db/tests/users.sql', status: 'passed' });
    expect(j.summary).toMatchObject({ applied: 2, errors: 0, warnings: 1 });
  });

  it('text and markdown: exit 1 on a failing test, a lock table for the reviewer', async () => {
    const cwd = project({ ...files, 'db/tests/users.sql': "SELECT plan(1);\nSELECT col_type_is('users', 'age', 'integer');\n" });
    const t = await cli(['test', 'db/migration/V2__widen_age.sql', '--database-url', serverUrl()], cwd);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/FAIL db\/tests\/users\.sql/);
    expect(t.stdout).toMatch(/not ok 1 - Column users\.age should be type integer/);
    expect(t.stdout).toMatch(/ACCESS EXCLUSIVE on public\.users/);
    expect(t.stdout).toMatch(/rewrote public\.users/);
    const m = await cli(['test', 'db/migration/V2__widen_age.sql', '--database-url', serverUrl(), '--format', 'markdown'], cwd);
    expect(m.code).toBe(1);
    expect(m.stdout).toContain('| Migration | Line | Statement | Locks | Rewrites |');
    expect(m.stdout).toMatch(/\| db\/migration\/V2__widen_age\.sql \| 2 \| `ALTER TABLE users ALTER COLUMN age TYPE bigint;?` \| \*\*ACCESS EXCLUSIVE\*\* `public\.users`/);
  });

  it('a config naming an unknown rule: exit 2 naming it and the line, and no test database left behind', async () => {
    const cwd = project({ ...files, '.pgmig.yml': 'migrations: db/migration\nrules:\n  no-such-rule: error\n' });
    const before = await testDatabases();
    const r = await cli(['test', '--database-url', serverUrl()], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.pgmig\.yml:3.*rules\.no-such-rule.*unknown rule/);
    expect(r.stdout).toBe('');
    expect(await testDatabases()).toEqual(before);
    // the server being down too: what is wrong with the config still comes first
    const down = await cli(['test', '--database-url', 'postgresql://nobody@127.0.0.1:1/x'], cwd);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/unknown rule/);
  });

  it('the sessions of a run commit without waiting for the disk; a kept database keeps no such setting', async () => {
    const cwd = project({ ...files, 'db/tests/settings.sql': "SELECT plan(1);\nSELECT is(current_setting('synchronous_commit'), 'off', 'commits do not wait');\n" });
    const r = await cli(['test', '--database-url', serverUrl(), '--format', 'json', '--keep'], cwd);
    expect(r.code).toBe(0);
    const { database, tests } = JSON.parse(r.stdout);
    expect(tests.find((t: { file: string }) => t.file === 'db/tests/settings.sql')).toMatchObject({ status: 'passed' });
    const c = new pg.Client({ connectionString: serverUrl() });
    await c.connect();
    try {
      const settings = await c.query(`SELECT s.setconfig FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = $1`, [database.name]);
      expect(settings.rows).toEqual([]);
    } finally {
      await c.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
      await c.end();
    }
  });

  it('exit 2 with a message when the server cannot be reached', async () => {
    const r = await cli(['test', '--database-url', 'postgresql://nobody@127.0.0.1:1/x'], project(files));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot connect to PostgreSQL at postgresql:\/\/nobody@127\.0\.0\.1:1\/x \(from --database-url\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('with no URL: starts a throwaway cluster, runs, and removes it', async () => {
    // a temporary folder of its own: other test files start clusters in the shared one meanwhile
    const tmp = mkdtempSync(join(tmpdir(), 'pgmig-cli-test-'));
    chmodSync(tmp, 0o755);
    const cwd = project(files);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    // what appears in it meanwhile: the cluster's folder, which must be gone at the end
    const seen = new Set<string>();
    const watcher = watch(tmp, (_event, name) => name && seen.add(String(name)));
    try {
      const r = await cli(['test', '--format', 'json'], cwd, { PATH: process.env.PATH });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).database).toMatchObject({ throwaway: true, kept: false });
      expect([...seen].some((n) => n.startsWith('pgmig-pg-'))).toBe(true);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      watcher.close();
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('no URL and no PostgreSQL installed: a UserError that says what to install', async () => {
    const err = await startCluster({ env: { PATH: '/nonexistent' }, searchRoots: [] }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/apt-get install postgresql-15/);
    expect(err.message).toMatch(/--database-url/);
    expect(existsSync('/nonexistent')).toBe(false);
  });
});
