import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, chownSync, closeSync, constants, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, readlinkSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { UserError } from '../errors.js';
import type { DbTarget } from './connect.js';

/**
 * A throwaway PostgreSQL cluster: initdb into a temporary directory, a server on 127.0.0.1 with
 * a free port and a private socket directory, durability off (the data is thrown away anyway,
 * and fsync dominates the time of a migration run). Stopped and deleted by `stop()`, and on
 * process exit, SIGINT and SIGTERM.
 */
export interface Cluster {
  target: DbTarget;
  dataDir: string;
  /** The directory that holds everything (data, socket, log); deleted by stop(). */
  dir: string;
  binDir: string;
  version: string;
  pid: number;
  /**
   * Stops the server and deletes the directory. With `keep` (for --keep) the server goes on
   * serving until this process is told to stop (SIGINT, SIGTERM) or exits: the process is kept
   * alive meanwhile, and then stops the server, deletes everything as usual and exits with the
   * exit code already set (the run's verdict). A throwaway cluster never outlives pgmig, so
   * nothing is left behind for anyone to clean up.
   */
  stop(opts?: { keep?: boolean }): Promise<void>;
}

export interface ClusterOptions {
  env?: NodeJS.ProcessEnv;
  /** Where to look for /usr/lib/postgresql/<major>/bin style installations (tests replace it). */
  searchRoots?: string[];
  /** How long to wait for the server to accept connections. */
  startTimeoutMs?: number;
  /**
   * What the run is doing (`applying db/migration/V3__x.sql:2 (UPDATE …)`), for the message
   * printed when SIGINT or SIGTERM interrupts it.
   */
  activity?: () => string | undefined;
  /** Server settings on top of pgmig's own (`shared_preload_libraries`, …), as `-c name=value`. */
  settings?: Record<string, string>;
  /**
   * A data folder `pg_basebackup` wrote (src/db/cluster-snapshot.ts) to start from instead of
   * initdb: copied, checked against its backup_manifest with pg_verifybackup, then started
   * (the server recovers it to the state the backup ended at). Any failure is a UserError.
   */
  seed?: { path: string; bytes: number };
}

const INSTALL_HINT =
  'install PostgreSQL (Debian/Ubuntu: `apt-get install postgresql-15`; Fedora: `dnf install postgresql-server`; ' +
  'macOS: `brew install postgresql@15`), or give a server with --database-url postgresql://user:password@host:5432/db ' +
  '(or DATABASE_URL, or the PG* variables)';

/**
 * The folder holding initdb and postgres: $PGMIG_PG_BINDIR, `pg_config --bindir`, the newest
 * /usr/lib/postgresql/<major>/bin (Debian puts the server there, off PATH), then PATH.
 */
export function findBinDir(env: NodeJS.ProcessEnv = process.env, roots = ['/usr/lib/postgresql', '/usr/pgsql']): string | undefined {
  const ok = (d: string | undefined): d is string => !!d && isExecutable(join(d, 'initdb')) && isExecutable(join(d, 'postgres'));
  if (env.PGMIG_PG_BINDIR) {
    if (ok(env.PGMIG_PG_BINDIR)) return env.PGMIG_PG_BINDIR;
    throw new UserError(`PGMIG_PG_BINDIR=${env.PGMIG_PG_BINDIR} holds no initdb and postgres programs`);
  }
  try {
    const d = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env }).trim();
    if (ok(d)) return d;
  } catch {
    // no pg_config (it comes with libpq-dev on Debian): look in the usual places
  }
  for (const root of roots) {
    const majors = listDir(root)
      .filter((n) => /^\d+(\.\d+)?$/.test(n))
      .sort((a, b) => Number(b) - Number(a));
    for (const m of majors) if (ok(join(root, m, 'bin'))) return join(root, m, 'bin');
  }
  // RHEL's PGDG packages: /usr/pgsql-16/bin
  const pgdg = (roots.length ? listDir('/usr') : [])
    .filter((n) => /^pgsql-\d+$/.test(n))
    .sort((a, b) => Number(b.slice(6)) - Number(a.slice(6)));
  for (const p of pgdg) if (ok(join('/usr', p, 'bin'))) return join('/usr', p, 'bin');
  for (const d of (env.PATH ?? '').split(':')) if (ok(d)) return d;
  return undefined;
}

function listDir(d: string): string[] {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

/** initdb and postgres refuse to run as root; as root, pick the `postgres` user, else `nobody`. */
function unprivilegedUser(): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  let passwd = '';
  try {
    passwd = readFileSync('/etc/passwd', 'utf8');
  } catch {
    // fall through to the error below
  }
  const users = new Map<string, RunAs>();
  for (const line of passwd.split('\n')) {
    const f = line.split(':');
    if (f.length >= 4) users.set(f[0]!, { name: f[0]!, uid: Number(f[2]), gid: Number(f[3]) });
  }
  const u = users.get('postgres') ?? users.get('nobody');
  if (!u) throw new UserError('running as root, and there is neither a `postgres` nor a `nobody` user to run the throwaway PostgreSQL server as; create one (useradd postgres) or run pgmig as another user');
  return u;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Runs a program in a process group of its own, noting the group in `entry` while it runs, so a
 * signal handler can end it together with the children it started (initdb runs postgres).
 */
function run(bin: string, args: string[], runAs: RunAs | undefined, cwd: string, env: NodeJS.ProcessEnv, entry: LiveCluster): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd, env, uid: runAs?.uid, gid: runAs?.gid, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const group = child.pid ?? 0;
    if (group > 0) entry.groups.add(group);
    child.once('close', () => entry.groups.delete(group));
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A cluster being made or running: its postmaster, the group of a setup program still running, its directory. */
interface LiveCluster {
  pid: number;
  /** Process groups of setup programs still running (a copy and its check run side by side). */
  groups: Set<number>;
  dir: string;
  activity?: () => string | undefined;
}

/** Every live cluster of this process, so exit and signal handlers can clean them up. */
const live = new Set<LiveCluster>();
let handlersInstalled = false;
/** Keeps the process alive while a kept cluster serves (--keep); cleared by the cleanup. */
let holding: NodeJS.Timeout | undefined;

function killAndWaitSync(pid: number) {
  // 0 and negative numbers address process groups (0: our own): never signal those here
  if (!(pid > 0)) return;
  try {
    // immediate shutdown: the postmaster stops its children and removes its shared memory
    process.kill(pid, 'SIGQUIT');
  } catch {
    return;
  }
  const until = Date.now() + 5000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (Date.now() < until) {
    if (!alive(pid)) return;
    Atomics.wait(pause, 0, 0, 20);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** True while the process runs; a zombie (exited, not yet reaped by us) counts as gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function killGroups(c: LiveCluster) {
  for (const g of c.groups) {
    try {
      process.kill(-g, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  c.groups.clear();
}

function cleanupAllSync() {
  for (const c of [...live]) {
    killGroups(c);
    killAndWaitSync(c.pid);
    sweepSync(c.dir);
    releaseSharedMemory(join(c.dir, 'data'));
    rmSync(c.dir, { recursive: true, force: true });
    live.delete(c);
  }
  if (holding) clearInterval(holding);
  holding = undefined;
}

function onSignal(signal: NodeJS.Signals) {
  // a finished run serving a kept cluster: the signal is how the user says "done", not an abort
  const finished = holding !== undefined;
  const doing = finished ? undefined : describe([...live][0]);
  const dirs = [...live].map((c) => c.dir);
  cleanupAllSync();
  removeHandlers();
  if (finished) process.exit();
  try {
    writeSync(2, `pgmig: interrupted by ${signal} while ${doing}; stopped the throwaway PostgreSQL server and deleted ${dirs.join(', ')}\n`);
  } catch {
    // no stderr to tell
  }
  // re-raise so the exit status says which signal ended the run (130, 143 in a shell), as without the handler
  process.kill(process.pid, signal);
}

function describe(c: LiveCluster | undefined): string {
  if (!c?.activity) return 'starting the throwaway PostgreSQL server';
  try {
    return c.activity() ?? 'using the throwaway PostgreSQL server';
  } catch {
    return 'using the throwaway PostgreSQL server';
  }
}

/**
 * Processes still working in the cluster's directory (every server process runs in its data
 * directory). A postmaster that was killed leaves its backends behind until each notices; they
 * must be gone before the directory is, and never outlive pgmig.
 */
function processesIn(dir: string): number[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const n of names) {
    if (!/^\d+$/.test(n) || Number(n) === process.pid) continue;
    let cwd: string;
    try {
      cwd = readlinkSync(`/proc/${n}/cwd`);
    } catch {
      continue;
    }
    if ((cwd === dir || cwd.startsWith(`${dir}/`)) && alive(Number(n))) out.push(Number(n));
  }
  return out;
}

function killAll(pids: number[]) {
  for (const p of pids) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Waits up to 2 s for the processes left in `dir` to end by themselves, then kills them. */
function sweepSync(dir: string) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let until = Date.now() + 2000; Date.now() < until; ) {
    if (!processesIn(dir).length) return;
    Atomics.wait(pause, 0, 0, 20);
  }
  killAll(processesIn(dir));
}

async function sweep(dir: string) {
  for (let until = Date.now() + 2000; Date.now() < until; ) {
    if (!processesIn(dir).length) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  killAll(processesIn(dir));
}

/**
 * A postmaster that was killed leaves its small System V shared memory segment behind (a normal
 * or immediate shutdown removes it, and the pid file with it): remove it once nothing is
 * attached. The segment is named in postmaster.pid, and exists until removed, so its id cannot
 * have passed to another server meanwhile.
 */
function releaseSharedMemory(dataDir: string) {
  const [key, id] = (safeRead(join(dataDir, 'postmaster.pid')).split('\n')[6] ?? '').trim().split(/\s+/);
  if (!key || !id || !/^\d+$/.test(id)) return;
  const row = safeRead('/proc/sysvipc/shm')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((f) => f[0] === key && f[1] === id);
  if (!row || row[6] !== '0') return;
  try {
    execFileSync('ipcrm', ['-m', id], { stdio: 'ignore' });
  } catch {
    // no ipcrm: a segment of 56 bytes stays until the machine restarts
  }
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', cleanupAllSync);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function removeHandlers() {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off('exit', cleanupAllSync);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

/** Starts a throwaway cluster; a missing installation is a UserError that says what to install. */
export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const env = opts.env ?? process.env;
  const binDir = findBinDir(env, opts.searchRoots);
  if (!binDir) {
    throw new UserError(`no PostgreSQL server to test against: no --database-url, DATABASE_URL or PG* variables, and no PostgreSQL server programs (initdb, postgres) found via pg_config, /usr/lib/postgresql/*/bin or PATH; ${INSTALL_HINT}`);
  }
  const runAs = unprivilegedUser();
  // the unprivileged user must be able to reach the directory; root's TMPDIR may be private
  let base = (opts.seed && memoryFolder(opts.seed.bytes)) || tmpdir();
  if (runAs && !worldSearchable(base)) base = '/tmp';
  const dir = mkdtempSync(join(base, 'pgmig-pg-'));
  const entry: LiveCluster = { pid: 0, groups: new Set(), dir };
  // from here on a signal or an exit removes the directory and whatever runs in it
  installHandlers();
  live.add(entry);
  let child: ChildProcess | undefined;
  const fail = async (message: string): Promise<never> => {
    if (child?.pid) killAndWaitSync(child.pid);
    killGroups(entry);
    rmSync(dir, { recursive: true, force: true });
    live.delete(entry);
    if (live.size === 0) removeHandlers();
    throw new UserError(message);
  };
  try {
    const dataDir = join(dir, 'data');
    const sockDir = join(dir, 'sock');
    mkdirSync(sockDir, { mode: 0o700 });
    if (runAs) {
      chownSync(dir, runAs.uid, runAs.gid);
      chownSync(sockDir, runAs.uid, runAs.gid);
    }
    const childEnv: NodeJS.ProcessEnv = { PATH: env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C', TZ: env.TZ ?? 'UTC' };
    if (opts.seed) {
      const problem = await copySeed(opts.seed.path, dataDir, binDir, runAs, dir, childEnv, entry);
      if (problem) return await fail(problem);
    } else {
      const init = await run(
        join(binDir, 'initdb'),
        ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'],
        runAs,
        dir,
        childEnv,
        entry,
      );
      if (init.code !== 0) {
        return await fail(`initdb (${binDir}) failed${runAs ? ` running as ${runAs.name}` : ''}: ${lastLines(init.output)}`);
      }
    }
    const version = readFileSync(join(dataDir, 'PG_VERSION'), 'utf8').trim();
    // another process may take the port between the probe and the bind; try a few
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const logFile = join(dir, 'postgres.log');
      const log = openSync(logFile, 'a');
      if (runAs) chownSync(logFile, runAs.uid, runAs.gid);
      child = spawn(
        join(binDir, 'postgres'),
        [
          '-D', dataDir,
          '-p', String(port),
          '-k', sockDir,
          '-c', 'listen_addresses=127.0.0.1',
          '-c', 'fsync=off',
          '-c', 'full_page_writes=off',
          '-c', 'synchronous_commit=off',
          '-c', 'max_connections=200',
          '-c', 'logging_collector=off',
          '-c', 'log_min_messages=warning',
          ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
        ],
        // a group of its own: a Ctrl-C on the terminal reaches pgmig, which stops the server in order
        { cwd: dir, env: childEnv, uid: runAs?.uid, gid: runAs?.gid, stdio: ['ignore', log, log], detached: true },
      );
      closeSync(log);
      entry.pid = child.pid ?? 0;
      const exited = new Promise<number | null>((resolve) => {
        child!.once('exit', (code) => resolve(code));
        child!.once('error', () => resolve(null));
      });
      // the server has no certificate: say so, rather than have every client ask first (sslmode=prefer)
      const target: DbTarget = { source: 'throwaway cluster', host: '127.0.0.1', port, user: 'postgres', database: 'postgres', params: { sslmode: 'disable' } };
      const ready = await waitReady(target, exited, opts.startTimeoutMs ?? 30_000);
      if (ready === 'ready') {
        child.unref();
        entry.activity = opts.activity ?? (() => undefined);
        const pid = entry.pid;
        let stopped = false;
        return {
          target,
          dataDir,
          dir,
          binDir,
          version,
          pid,
          async stop(o = {}) {
            if (stopped) return;
            stopped = true;
            if (o.keep) {
              // the exit and signal handlers stay, and do the cleanup when the time comes
              holding ??= setInterval(() => {}, 1 << 30);
              return;
            }
            await stopServer(pid);
            await sweep(dir);
            releaseSharedMemory(dataDir);
            // rm(1) unlinks a data folder's thousands of files in half the time Node's rmSync takes
            const removed = await run('rm', ['-rf', '--', dir], undefined, '/', process.env, entry).catch(() => undefined);
            if (removed?.code !== 0) rmSync(dir, { recursive: true, force: true });
            // only now: until the directory is gone, an exit or a signal must still clean up
            live.delete(entry);
            if (live.size === 0) removeHandlers();
          },
        };
      }
      const logText = safeRead(logFile);
      if (ready === 'exited' && /could not bind|address already in use/i.test(logText) && attempt < 4) continue;
      return await fail(
        ready === 'timeout'
          ? `the throwaway PostgreSQL server (${binDir}) did not accept connections within ${(opts.startTimeoutMs ?? 30_000) / 1000}s: ${lastLines(logText)}`
          : `the throwaway PostgreSQL server (${binDir}) stopped while starting: ${lastLines(logText)}`,
      );
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    return await fail(`could not start a throwaway PostgreSQL server: ${(err as Error).message}`);
  }
}

/**
 * Copies a base backup into `dataDir` for the server to start on, and checks it against the
 * manifest pg_basebackup wrote: every file there with its size and CRC. The CRCs are read from the
 * snapshot while the copy runs, on the other core, rather than from the copy after it (which
 * doubled a warm run's restore at 2,000 migrations); the copy is then checked for sizes. That is
 * the same proof: a snapshot folder is never written after its rename, only removed whole, so a
 * copy of a folder whose CRCs hold, with every file at its size, holds the same bytes, and a
 * folder removed during the copy fails one check or the other. What is wrong comes back as a
 * sentence; undefined when usable.
 */
async function copySeed(seed: string, dataDir: string, binDir: string, runAs: RunAs | undefined, dir: string, env: NodeJS.ProcessEnv, entry: LiveCluster): Promise<string | undefined> {
  const verifyBin = join(binDir, 'pg_verifybackup');
  // --reflink=auto: on btrfs or XFS the copy shares blocks until written, so it costs nothing
  const [copy, crcs] = await Promise.all([
    run('cp', ['-a', '--reflink=auto', `${seed}/.`, dataDir], undefined, dir, env, entry),
    // as pgmig's own user: the one that wrote the cache, where the server's user may not read
    run(verifyBin, ['-n', '-q', seed], undefined, dir, env, entry),
  ]);
  if (copy.code !== 0) return `could not copy the snapshot ${seed}: ${lastLines(copy.output)}`;
  if (crcs.code !== 0) return `the snapshot ${seed} does not match its backup_manifest: ${lastLines(crcs.output)}`;
  // the server refuses a data folder others can read
  chmodSync(dataDir, 0o700);
  // the sizes are read as pgmig's own user, at the same time as the copy is handed to the
  // server's: both walk every file (13,000 at 2,000 migrations), one on each core
  const [own, sizes] = await Promise.all([
    runAs ? run('chown', ['-R', `${runAs.uid}:${runAs.gid}`, dataDir], undefined, dir, env, entry) : undefined,
    run(verifyBin, ['-n', '-q', '--skip-checksums', dataDir], undefined, dir, env, entry),
  ]);
  if (own && own.code !== 0) return `could not hand the copy of ${seed} to ${runAs!.name}: ${lastLines(own.output)}`;
  if (sizes.code !== 0) return `the copy of the snapshot ${seed} does not match its backup_manifest: ${lastLines(sizes.output)}`;
  return undefined;
}

/**
 * /dev/shm when it has room for a copy of `bytes` and what the run adds: the copy is most of a
 * warm run's time, and memory takes it several times faster than a CI runner's disk (the figures
 * are in docs/snapshot-cache.md). A container's /dev/shm is often 64 MB: then the disk it is.
 */
function memoryFolder(bytes: number): string | undefined {
  const shm = '/dev/shm';
  try {
    const fs = statfsSync(shm);
    if (fs.bavail * fs.bsize < 2 * bytes + 256 * 2 ** 20) return undefined;
    // others must be able to make folders there too: the sticky, world-writable kind
    return (statSync(shm).mode & 0o1777) === 0o1777 ? shm : undefined;
  } catch {
    return undefined;
  }
}

function worldSearchable(d: string): boolean {
  try {
    // others need search permission (x) on the directory to reach a folder inside it
    return (statSync(d).mode & 0o001) !== 0;
  } catch {
    return false;
  }
}

function safeRead(p: string): string {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

function lastLines(text: string, n = 5): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return lines.slice(-n).join(' | ') || '(no output)';
}

async function waitReady(target: DbTarget, exited: Promise<number | null>, timeoutMs: number): Promise<'ready' | 'exited' | 'timeout'> {
  let gone = false;
  void exited.then(() => (gone = true));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (gone) return 'exited';
    const c = new pg.Client({ host: target.host, port: target.port, user: target.user, database: target.database, ssl: false });
    c.on('error', () => {});
    try {
      await c.connect();
      await c.end();
      return 'ready';
    } catch {
      await c.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 30));
  }
  return gone ? 'exited' : 'timeout';
}

async function stopServer(pid: number) {
  try {
    // fast shutdown: disconnects clients; with fsync off there is no checkpoint worth waiting for
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  // polled with ordinary timers: they keep the event loop (and so the caller) alive meanwhile
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (!alive(pid)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  killAndWaitSync(pid);
}
