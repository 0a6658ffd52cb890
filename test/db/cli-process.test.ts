import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findBinDir } from '../../src/db/cluster.js';
import { project } from '../helpers/project.js';

/**
 * `pgmig test` as a process of its own, on a throwaway cluster: what happens on Ctrl-C and
 * SIGTERM, with --keep, and with no pgTAP on the server. It runs the TypeScript sources through
 * test/db/ts-node.mjs, so it tests this checkout and not whatever dist/ was last built from.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

const made: string[] = [];
const runs: Run[] = [];
// a failed test may leave pgmig (and so its server) running: stop both before removing folders
afterAll(async () => {
  for (const run of runs) {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGTERM');
      await Promise.race([run.exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    for (const n of existsSync(run.tmp) ? readdirSync(run.tmp) : []) {
      try {
        const pid = Number(readFileSync(join(run.tmp, n, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
        if (pid > 0) process.kill(pid, 'SIGQUIT');
      } catch {
        // no server there, or already gone
      }
    }
  }
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary directory the unprivileged server user (when running as root) can reach. */
function openDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(d, 0o755);
  made.push(d);
  return d;
}

interface Run {
  child: ChildProcess;
  /** TMPDIR of the child: where its cluster goes, and nothing else. */
  tmp: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function pgmig(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const tmp = openDir('pgmig-proc-');
  const child = spawn(process.execPath, ['--import', join(here, 'ts-node.mjs'), join(root, 'src/cli/index.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH, TMPDIR: tmp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })));
  const run = { child, tmp, stdout: () => out, stderr: () => withoutHeartbeat(err), exited };
  runs.push(run);
  return run;
}

async function until<T>(what: string, run: Run, f: () => T | undefined | Promise<T | undefined>, ms = 45_000): Promise<T> {
  const end = Date.now() + ms;
  let exited = false;
  void run.exited.then(() => (exited = true));
  while (Date.now() < end) {
    const v = await f();
    if (v !== undefined) return v;
    if (exited) throw new Error(`pgmig exited before ${what}; stdout: ${run.stdout()} stderr: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; stderr: ${run.stderr()}`);
}

interface Server {
  dir: string;
  postmaster: number;
  port: number;
}

/** The throwaway cluster of a run, once its server is up: its folder, postmaster and port. */
function clusterOf(run: Run): Server | undefined {
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
  return { dir: join(run.tmp, dir), postmaster: Number(pid[0]), port: Number(pid[3]) };
}

/** Processes (other than zombies) whose command line mentions `text`. */
function processesMentioning(text: string): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      if (readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(text)) out.push(Number(p));
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

/** The server's backends (children of the postmaster), while it runs. */
function backends(postmaster: number): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Nothing of the cluster is left: no folder, no server process, no backend. */
async function expectGone(run: Run, server: Server, pids: number[]) {
  expect(readdirSync(run.tmp)).toEqual([]);
  expect(existsSync(server.dir)).toBe(false);
  // the postmaster was pgmig's child; once pgmig is gone, init reaps it
  const end = Date.now() + 5000;
  while (Date.now() < end && pids.some(alive)) await new Promise((r) => setTimeout(r, 50));
  expect(pids.filter(alive)).toEqual([]);
  expect(processesMentioning(server.dir)).toEqual([]);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

describe('pgmig test as a process, with a throwaway cluster', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it.concurrent(`${signal} while a migration runs: the server stops and its folder goes`, async () => {
      const cwd = project({ 'db/migration/V1__slow.sql': 'CREATE TABLE t (id int);\nSELECT pg_sleep(60);\n' });
      const run = pgmig(['test'], cwd);
      const server = await until('the cluster to start', run, () => clusterOf(run));
      // wait until the migration is really running on it, so the signal lands mid-statement
      const url = `postgresql://postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`;
      await until('the migration to run', run, async () =>
        (await query(url, `SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' AND state = 'active'`)).length ? true : undefined,
      );
      const pids = [server.postmaster, ...backends(server.postmaster)];
      expect(pids.length).toBeGreaterThan(3);
      run.child.kill(signal);
      const exit = await run.exited;
      // the signal is re-raised after the cleanup, so the exit status still says what ended it
      expect(exit).toEqual({ code: null, signal });
      await expectGone(run, server, pids);
    });
  }

  it.concurrent('--keep: the database stays usable at the printed URL until pgmig is stopped, then goes', async () => {
    const cwd = project({
      'db/migration/V1__users.sql': "CREATE TABLE users (id int PRIMARY KEY, name text);\nINSERT INTO users VALUES (1, 'Ann');\n",
      // a failing test: the verdict (exit 1) must survive the wait and the Ctrl-C that ends it
      'db/tests/users.sql': "SELECT plan(1);\nSELECT is((SELECT count(*)::int FROM users), 2, 'two users');\n",
    });
    const run = pgmig(['test', '--keep', '--format', 'json'], cwd);
    const report = await until('the report', run, () => {
      try {
        return JSON.parse(run.stdout()) as { database: { url: string; kept: boolean; throwaway: boolean; note: string }; summary: { errors: number } };
      } catch {
        return undefined;
      }
    });
    expect(report.summary.errors).toBe(1);
    expect(report.database).toMatchObject({ kept: true, throwaway: true });
    expect(report.database.note).toMatch(/serves it until pgmig \(pid \d+\) is stopped with Ctrl-C or SIGTERM, which stops the server, deletes its files and exits with the run's status/);
    // (stderr is a pipe of its own: its line may come after the report)
    await until('the kept URL on stderr', run, () => (run.stderr().endsWith('\n') ? true : undefined));
    // and nothing else: no warning of Node's or a library's
    expect(run.stderr()).toBe(`pgmig: kept the test database: ${report.database.url}\n`);
    const server = clusterOf(run)!;
    expect(report.database.url).toMatch(new RegExp(`^postgresql://postgres@127\\.0\\.0\\.1:${server.port}/pgmig_test_\\w+\\?sslmode=disable$`));
    // after the report, still there: pgmig waits
    await new Promise((r) => setTimeout(r, 300));
    expect(run.child.exitCode).toBeNull();
    expect(await query(report.database.url, 'SELECT name FROM users')).toEqual([{ name: 'Ann' }]);
    expect((await query<{ script: string }>(report.database.url, 'SELECT script FROM flyway_schema_history')).map((r) => r.script)).toEqual(['V1__users.sql']);
    const pids = [server.postmaster, ...backends(server.postmaster)];
    run.child.kill('SIGINT');
    // the exit code is the run's verdict, not the signal that ended the wait
    expect(await run.exited).toEqual({ code: 1, signal: null });
    await expectGone(run, server, pids);
  });

  it.concurrent('pgTAP missing on the server: exit 2 with the package to install, and the cluster removed', async () => {
    // a PostgreSQL installation like the machine's, whose extension folder lacks pgTAP: the
    // server finds its share folder relative to its own program, as Debian's layout has it
    const bin = findBinDir();
    expect(bin, 'needs PostgreSQL server programs').toBeDefined();
    const major = basename(dirname(bin!));
    const share = `/usr/share/postgresql/${major}`;
    expect(existsSync(join(share, 'extension', 'pgtap.control')), `expects Debian's layout with pgTAP in ${share}`).toBe(true);
    const fake = openDir('pgmig-nopgtap-');
    const fakeBin = join(fake, 'lib/postgresql', major, 'bin');
    mkdirSync(fakeBin, { recursive: true });
    for (const prog of ['postgres', 'initdb']) {
      try {
        linkSync(join(bin!, prog), join(fakeBin, prog));
      } catch {
        copyFileSync(join(bin!, prog), join(fakeBin, prog));
        chmodSync(join(fakeBin, prog), 0o755);
      }
    }
    symlinkSync(join(dirname(bin!), 'lib'), join(fake, 'lib/postgresql', major, 'lib'));
    const fakeShare = join(fake, 'share/postgresql', major);
    mkdirSync(join(fakeShare, 'extension'), { recursive: true });
    for (const n of readdirSync(share)) if (n !== 'extension') symlinkSync(join(share, n), join(fakeShare, n));
    for (const n of readdirSync(join(share, 'extension'))) {
      if (!n.startsWith('pgtap')) symlinkSync(join(share, 'extension', n), join(fakeShare, 'extension', n));
    }
    expect(readlinkSync(join(fakeShare, 'extension', 'plpgsql.control'))).toBe(join(share, 'extension', 'plpgsql.control'));

    const cwd = project({
      'db/migration/V1__users.sql': 'CREATE TABLE users (id int);\n',
      'db/tests/users.sql': "SELECT plan(1);\nSELECT has_table('users');\n",
    });
    const run = pgmig(['test'], cwd, { PGMIG_PG_BINDIR: fakeBin });
    const exit = await run.exited;
    expect(run.stderr()).toMatch(
      new RegExp(`^pgmig: pgTAP is not installed on the PostgreSQL ${major} server, and the 1 pgTAP test file need it: install it where the server runs \\(Debian/Ubuntu: \`apt-get install postgresql-${major}-pgtap\`; `),
    );
    expect(exit).toEqual({ code: 2, signal: null });
    expect(run.stdout()).toBe('');
    expect(readdirSync(run.tmp)).toEqual([]);
    expect(processesMentioning(run.tmp)).toEqual([]);
  });
});

/** stderr without the lines a run with no terminal prints every few seconds (see the heartbeat test in trace-repeats). */
function withoutHeartbeat(text: string): string {
  return text.replace(/^pgmig: \d+ s, .*\n/gm, '');
}
