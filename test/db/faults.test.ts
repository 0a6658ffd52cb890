import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { TestResult } from '../../src/commands/test.js';
import { project } from '../helpers/project.js';
import { serverUrl, withKeptDatabase } from './helpers.js';

/**
 * `pgmig test` when the environment fails under it: the backend terminated or the statement
 * cancelled by someone else, the server killed, a statement_timeout, a resource limit (disk
 * full stands in as temp_file_limit: a real full disk needs a mount), Ctrl-C and SIGTERM.
 * Each says which file and statement, exits 2 for the environment (1 for the migration's own
 * failure, a timeout it ran into), prints no stack trace, and leaves no database, server
 * process or folder behind. Every wait is bounded; the sleeps in the migrations are cut short.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

async function poll<T>(what: string, f: () => Promise<T | undefined>, gaveUp: () => boolean = () => false, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await f();
    if (v !== undefined) return v;
    if (gaveUp()) throw new Error(`gave up waiting for ${what}: the run ended first`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The backend running `sql` (matched from its start), once it sleeps in pg_sleep: its pid and database. */
function backendRunning(url: string, sql: string, ended: () => boolean) {
  return poll(
    `${sql} to run`,
    async () => (await query<{ pid: number; datname: string }>(url, `SELECT pid, datname FROM pg_stat_activity WHERE state = 'active' AND wait_event = 'PgSleep' AND starts_with(query, $1)`, [sql]))[0],
    ended,
  );
}

async function databaseExists(name: string): Promise<boolean> {
  return (await query(serverUrl(), 'SELECT 1 FROM pg_database WHERE datname = $1', [name])).length > 0;
}

interface Cli {
  code: Promise<number>;
  stdout: () => string;
  stderr: () => string;
  ended: () => boolean;
}

/** `pgmig <args>` in this process, through the CLI's own error handling and exit codes. */
function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Cli {
  let out = '';
  let err = '';
  let ended = false;
  const code = runCli(args, { cwd, env, isTTY: false, stdout: (t) => (out += t), stderr: (t) => (err += t) }).finally(() => (ended = true));
  return { code, stdout: () => out, stderr: () => withoutHeartbeat(err), ended: () => ended };
}

/** An error message as the CLI prints it: one line, no stack trace. */
function expectOneLine(text: string) {
  expect(text).not.toMatch(/\n\s+at |internal error/);
  expect(text.trimEnd().split('\n')).toHaveLength(1);
}

/** pgmig test against the shared cluster; terminates or cancels the backend running `sql`. */
async function runDuring(files: Record<string, string>, sql: string, act: 'terminate' | 'cancel', args: string[] = []) {
  const run = cli(['test', '--database-url', serverUrl(), ...args], project(files));
  const b = await backendRunning(serverUrl(), sql, run.ended);
  await query(serverUrl(), `SELECT pg_${act === 'terminate' ? 'terminate' : 'cancel'}_backend($1)`, [b.pid]);
  const code = await run.code;
  expect(run.stdout()).toBe('');
  expectOneLine(run.stderr());
  return { code, stderr: run.stderr(), database: b.datname };
}

describe('faults on a server pgmig did not start', () => {
  it.concurrent('the backend terminated during a new migration: exit 2 naming the file and statement, the test database dropped', async () => {
    const { code, stderr, database } = await runDuring(
      { 'db/migration/V1__slow.sql': 'CREATE TABLE t (id int);\nSELECT pg_sleep(30.1);\n' },
      'SELECT pg_sleep(30.1)',
      'terminate',
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^pgmig: db\/migration\/V1__slow\.sql:2: lost the connection to PostgreSQL during the statement at line 2 \(SELECT pg_sleep\(30\.1\)\): terminating connection due to administrator command \(SQLSTATE 57P01\); the server ended the session or went away/,
    );
    expect(await databaseExists(database)).toBe(false);
  });

  it.concurrent('the backend terminated during a base migration sent in one round trip: the statement is still named', async () => {
    const { code, stderr, database } = await runDuring(
      {
        'db/migration/V1__base.sql': 'CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n\nSELECT pg_sleep(30.2);\nCREATE TABLE b (id int);\n',
        'db/migration/V2__next.sql': 'CREATE TABLE c (id int);\n',
      },
      'BEGIN;\nCREATE TABLE a (id int);\nINSERT INTO a VALUES (1)',
      'terminate',
      ['db/migration/V2__next.sql'],
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^pgmig: db\/migration\/V1__base\.sql:4: lost the connection to PostgreSQL during the statement at line 4 \(SELECT pg_sleep\(30\.2\)\): terminating connection due to administrator command \(SQLSTATE 57P01\)/);
    expect(await databaseExists(database)).toBe(false);
  });

  it.concurrent('the statement cancelled from another session: an environment error, not a failed migration', async () => {
    const { code, stderr, database } = await runDuring(
      { 'db/migration/V1__slow.sql': 'CREATE TABLE t (id int);\n\nSELECT pg_sleep(30.3);\n' },
      'SELECT pg_sleep(30.3)',
      'cancel',
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^pgmig: db\/migration\/V1__slow\.sql:3: the statement was cancelled during the statement at line 3 \(SELECT pg_sleep\(30\.3\)\): canceling statement due to user request \(SQLSTATE 57014\); the statement was cancelled from outside pgmig/);
    expect(await databaseExists(database)).toBe(false);
  });

  it.concurrent('the connection of a pgTAP file dropped: exit 2 naming the test file and line, the run cleaned up', async () => {
    const { code, stderr, database } = await runDuring(
      {
        'db/migration/V1__users.sql': 'CREATE TABLE users (id int);\n',
        'db/tests/a_users.sql': "SELECT plan(1);\nSELECT has_table('users');\n",
        'db/tests/b_slow.sql': 'SELECT plan(1);\n-- waits\nSELECT pg_sleep(30.4);\nSELECT ok(true);\n',
      },
      'SELECT pg_sleep(30.4)',
      'terminate',
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^pgmig: db\/tests\/b_slow\.sql:3: lost the connection to PostgreSQL during the statement at line 3 \(SELECT pg_sleep\(30\.4\)\): terminating connection due to administrator command \(SQLSTATE 57P01\)/);
    expect(await databaseExists(database)).toBe(false);
    expect(await query(serverUrl(), `SELECT pid FROM pg_stat_activity WHERE datname = $1`, [database])).toEqual([]);
  });

  it.concurrent('a statement_timeout from PGOPTIONS: the migration fails (exit 1) at its statement with 57014, its work rolled back', async () => {
    const cwd = project({ 'db/migration/V1__slow.sql': 'CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\nSELECT pg_sleep(20);\n' });
    const run = cli(['test', '--database-url', serverUrl(), '--keep', '--format', 'json'], cwd, { PGOPTIONS: '-c statement_timeout=2000' });
    expect(await run.code).toBe(1);
    const r = JSON.parse(run.stdout()) as TestResult;
    expect(r.summary).toMatchObject({ failed: 1, errors: 1 });
    expect(r.migrations[0]!.error).toMatchObject({ file: 'db/migration/V1__slow.sql', line: 3, statementLine: 3, sqlstate: '57014', message: 'canceling statement due to statement timeout' });
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query(`SELECT to_regclass('t') AS t`)).rows).toEqual([{ t: null }]);
      expect((await c.query('SELECT count(*)::int AS n FROM flyway_schema_history')).rows).toEqual([{ n: 0 }]);
    });
  });

  it.concurrent('a statement_timeout from the URL options on a base migration: found statement by statement, rolled back', async () => {
    const cwd = project({
      'db/migration/V1__base.sql': 'CREATE TABLE a (id int);\n\nSELECT pg_sleep(20);\n',
      'db/migration/V2__next.sql': 'CREATE TABLE b (id int);\n',
    });
    const url = `${serverUrl()}${serverUrl().includes('?') ? '&' : '?'}options=${encodeURIComponent('-c statement_timeout=2000')}`;
    const run = cli(['test', '--database-url', url, '--keep', '--format', 'json', 'db/migration/V2__next.sql'], cwd);
    expect(await run.code).toBe(1);
    const r = JSON.parse(run.stdout()) as TestResult;
    expect(r.migrations.map((m) => [m.file, m.status])).toEqual([['db/migration/V1__base.sql', 'failed']]);
    expect(r.migrations[0]!.error).toMatchObject({ line: 3, sqlstate: '57014' });
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query(`SELECT to_regclass('a') AS a`)).rows).toEqual([{ a: null }]);
    });
  });

  it.concurrent("a statement_timeout too short for pgmig's own queries: exit 2 saying so, not a privilege problem or a stack trace", async () => {
    const cwd = project({ 'db/migration/V1__t.sql': 'CREATE TABLE t (id int);\n' });
    const run = cli(['test', '--database-url', serverUrl()], cwd, { PGOPTIONS: '-c statement_timeout=1' });
    expect(await run.code).toBe(2);
    expect(run.stdout()).toBe('');
    expectOneLine(run.stderr());
    // A 1 ms timer can fire just as a statement ends: PostgreSQL then cancels the next statement
    // and names it a "user request" (the timeout's own flag was already cleared), so that answer
    // is the server's, not a wrong guess of pgmig's. Either way: exit 2, one line, no stack.
    const raced = /canceling statement due to user request \(SQLSTATE 57014\)/.test(run.stderr());
    if (!raced) expect(run.stderr()).toMatch(/^pgmig: .*canceling statement due to statement timeout.*; a statement_timeout or lock_timeout for the session \(PGOPTIONS, the options of the URL, or the role's settings\) is too short for pgmig's own work: raise it\n$/);
    expect(run.stderr()).toMatch(/^pgmig: /);
    expect(run.stderr()).not.toMatch(/CREATEDB/);
  });

  it.concurrent("a migration's small work_mem does not make pgmig's look at its locks fail, however many locks the server holds", async () => {
    // pg_locks gathers every lock on the server before it filters: 1,500 of them spill out of a
    // 64 kB work_mem, past a 64 kB temp_file_limit, while the migration's own statements do not
    const holder = new pg.Client({ connectionString: serverUrl() });
    await holder.connect();
    try {
      await holder.query('SELECT count(pg_advisory_lock(i)) FROM generate_series(1, 1500) i');
      const cwd = project({ 'db/migration/V1__small.sql': "SET work_mem = '64kB';\nCREATE TABLE small_work_mem (id int);\nSELECT current_setting('work_mem');\n" });
      const url = `${serverUrl()}${serverUrl().includes('?') ? '&' : '?'}options=${encodeURIComponent('-c temp_file_limit=64kB')}`;
      const run = cli(['test', '--database-url', url, '--format', 'json'], cwd);
      expect(await run.code, run.stderr()).toBe(0);
      const report = JSON.parse(run.stdout()) as TestResult;
      expect(report.migrations[0]!.statements!.map((st) => st.line)).toEqual([1, 2, 3]);
    } finally {
      await holder.end();
    }
  });

  it.concurrent('out of temporary file space (temp_file_limit, standing in for a full disk): exit 2 naming the statement, 53400', async () => {
    const cwd = project({
      'db/migration/V1__sort.sql': "SET work_mem = '64kB';\nSELECT count(*) FROM (SELECT g FROM generate_series(1, 200000) g ORDER BY g DESC) s;\n",
    });
    const url = `${serverUrl()}${serverUrl().includes('?') ? '&' : '?'}options=${encodeURIComponent('-c temp_file_limit=64kB')}`;
    const run = cli(['test', '--database-url', url], cwd);
    expect(await run.code).toBe(2);
    expect(run.stdout()).toBe('');
    expectOneLine(run.stderr());
    expect(run.stderr()).toMatch(
      /^pgmig: db\/migration\/V1__sort\.sql:2: the server ran out of resources during the statement at line 2 \(SELECT count\(\*\) FROM \(SELECT g FROM generate_series.*\): temporary file size exceeds temp_file_limit \(64kB\) \(SQLSTATE 53400\); a server limit was exceeded/,
    );
    expect(await query(serverUrl(), `SELECT datname FROM pg_stat_activity WHERE query LIKE '%generate_series(1, 200000)%' AND pid <> pg_backend_pid()`)).toEqual([]);
  });
});

// ---- pgmig as a process of its own, as in cli-process.test.ts ----

const made: string[] = [];
const runs: Run[] = [];
afterAll(async () => {
  for (const run of runs) {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGKILL');
      await Promise.race([run.exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    for (const n of existsSync(run.tmp) ? readdirSync(run.tmp) : []) {
      for (const p of processesIn(join(run.tmp, n))) process.kill(p, 'SIGKILL');
    }
  }
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  /** TMPDIR of the child: where its cluster goes, and nothing else. */
  tmp: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  ended: () => boolean;
}

function pgmig(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const tmp = mkdtempSync(join(tmpdir(), 'pgmig-fault-'));
  // the unprivileged server user (when running as root) must reach it
  chmodSync(tmp, 0o755);
  made.push(tmp);
  const child = spawn(process.execPath, ['--import', join(here, 'ts-node.mjs'), join(root, 'src/cli/index.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH, TMPDIR: tmp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let ended = false;
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('exit', (code, signal) => {
      ended = true;
      res({ code, signal });
    }),
  );
  const run = { child, tmp, stdout: () => out, stderr: () => withoutHeartbeat(err), exited, ended: () => ended };
  runs.push(run);
  return run;
}

interface Server {
  dir: string;
  postmaster: number;
  url: string;
}

/** The run's throwaway cluster once its server accepts connections. */
function serverOf(run: Run): Promise<Server> {
  return poll(
    'the throwaway cluster to start',
    async () => {
      const dir = readdirSync(run.tmp).find((n) => n.startsWith('pgmig-pg-'));
      if (!dir) return undefined;
      let pid: string[];
      try {
        pid = readFileSync(join(run.tmp, dir, 'data', 'postmaster.pid'), 'utf8').split('\n');
      } catch {
        return undefined;
      }
      // the file is written in steps; the port is its fourth line, "ready" its eighth
      if (!/ready/.test(pid[7] ?? '')) return undefined;
      return { dir: join(run.tmp, dir), postmaster: Number(pid[0]), url: `postgresql://postgres@127.0.0.1:${pid[3]}/postgres?sslmode=disable` };
    },
    run.ended,
    45_000,
  );
}

/** Live processes whose working directory is in `dir`: every server process works in its data directory. */
function processesIn(dir: string): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      const cwd = readlinkSync(`/proc/${p}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) out.push(Number(p));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** No folder, no server process, nothing working in the cluster's directory. */
async function expectNothingLeft(run: Run, server: Server, pids: number[]) {
  expect(readdirSync(run.tmp)).toEqual([]);
  expect(existsSync(server.dir)).toBe(false);
  // pgmig waited for them; a process exiting is still reaped by init a moment later
  const end = Date.now() + 5000;
  while (Date.now() < end && pids.some(alive)) await new Promise((r) => setTimeout(r, 50));
  expect(pids.filter(alive)).toEqual([]);
  expect(processesIn(server.dir)).toEqual([]);
}

describe('faults with a throwaway cluster, pgmig as a process', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it.concurrent(`${signal} while a migration sleeps: says which file and statement, ends by ${signal}, leaves nothing`, async () => {
      const cwd = project({ 'db/migration/V1__slow.sql': 'CREATE TABLE t (id int);\n\nSELECT pg_sleep(60);\n' });
      const run = pgmig(['test'], cwd);
      const server = await serverOf(run);
      await backendRunning(server.url, 'SELECT pg_sleep(60)', run.ended);
      const pids = [server.postmaster, ...processesIn(server.dir)];
      expect(pids.length).toBeGreaterThan(3);
      run.child.kill(signal);
      // re-raised after the cleanup: a shell shows 130 for SIGINT, 143 for SIGTERM
      expect(await run.exited).toEqual({ code: null, signal });
      expect(run.stderr()).toBe(
        `pgmig: interrupted by ${signal} while applying db/migration/V1__slow.sql:3 (SELECT pg_sleep(60)); stopped the throwaway PostgreSQL server and deleted ${server.dir}\n`,
      );
      await expectNothingLeft(run, server, pids);
    });
  }

  it.concurrent('the server killed in the middle of a migration: exit 2 naming the file and statement, no stack trace, nothing left', async () => {
    const cwd = project({ 'db/migration/V1__slow.sql': 'CREATE TABLE t (id int);\nSELECT pg_sleep(60);\n' });
    const run = pgmig(['test'], cwd);
    const server = await serverOf(run);
    await backendRunning(server.url, 'SELECT pg_sleep(60)', run.ended);
    const pids = [server.postmaster, ...processesIn(server.dir)];
    // the System V segment a killed postmaster leaves behind: pgmig removes it too
    const [key, shmid] = readFileSync(join(server.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[6]!.trim().split(/\s+/);
    const segment = () => readFileSync('/proc/sysvipc/shm', 'utf8').split('\n').some((l) => l.trim().split(/\s+/).slice(0, 2).join(' ') === `${key} ${shmid}`);
    expect(segment()).toBe(true);
    process.kill(server.postmaster, 'SIGKILL');
    expect(await run.exited).toEqual({ code: 2, signal: null });
    expect(run.stderr()).toMatch(
      /^pgmig: db\/migration\/V1__slow\.sql:2: lost the connection to PostgreSQL during the statement at line 2 \(SELECT pg_sleep\(60\)\): Connection terminated unexpectedly; the server ended the session or went away \(stopped, restarted, crashed, or the backend was terminated\); check the server and run again\n$/,
    );
    expect(run.stdout()).toBe('');
    await expectNothingLeft(run, server, pids);
    expect(segment()).toBe(false);
  });
});

describe('Ctrl-C on a server pgmig did not start, pgmig as a process', () => {
  it.concurrent('SIGINT during a migration: says where, drops the test database, ends by SIGINT', async () => {
    const cwd = project({ 'db/migration/V1__slow.sql': 'CREATE TABLE t (id int);\nSELECT pg_sleep(60.5);\n' });
    const run = pgmig(['test'], cwd, { DATABASE_URL: serverUrl() });
    const b = await backendRunning(serverUrl(), 'SELECT pg_sleep(60.5)', run.ended);
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: null, signal: 'SIGINT' });
    expect(run.stderr()).toBe(`pgmig: interrupted by SIGINT while applying db/migration/V1__slow.sql:2 (SELECT pg_sleep(60.5)); dropping the test database ${b.datname}\n`);
    expect(await databaseExists(b.datname)).toBe(false);
    expect(readdirSync(run.tmp)).toEqual([]);
  });

  it.concurrent('SIGTERM during a pgTAP file: names the test file and line, drops the test database, ends by SIGTERM', async () => {
    const cwd = project({
      'db/migration/V1__users.sql': 'CREATE TABLE users (id int);\n',
      'db/tests/slow.sql': 'SELECT plan(1);\nSELECT pg_sleep(61.5);\nSELECT ok(true);\n',
    });
    const run = pgmig(['test'], cwd, { DATABASE_URL: serverUrl() });
    const b = await backendRunning(serverUrl(), 'SELECT pg_sleep(61.5)', run.ended);
    // the file runs on a clone of the test database, which goes too
    expect(b.datname).toMatch(/^pgmig_test_.*_c1$/);
    const testDb = b.datname.replace(/_c1$/, '');
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(run.stderr()).toBe(`pgmig: interrupted by SIGTERM while running db/tests/slow.sql:2 (SELECT pg_sleep(61.5)); dropping the test database ${testDb}\n`);
    expect(await databaseExists(b.datname)).toBe(false);
    expect(await databaseExists(testDb)).toBe(false);
  });
});

/** stderr without the lines a run with no terminal prints every few seconds (see the heartbeat test in trace-repeats). */
function withoutHeartbeat(text: string): string {
  return text.replace(/^pgmig: \d+ s, .*\n/gm, '');
}
