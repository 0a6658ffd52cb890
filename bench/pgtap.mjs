// pgTAP suites at scale (issue 16): 200 generated pgTAP files on the example schema
// (examples/crm), run end to end three ways in one run, plus the server's floor.
//
//   node --import ./test/db/ts-node.mjs bench/pgtap.mjs [--files 200] [--repeat 2] [--cli dist/cli/index.js]
//   (npm run bench:pgtap -- --repeat 3)
//
// The files: every one is BEGIN … ROLLBACK with a plan of 3; one in five sleeps 0.1 s (so the
// 200 hold 4 s of pg_sleep, 2 s at two at a time); a third of them update the same row of one
// shared table (bench_counter) and check they see only their own write.
//
// Each side starts from nothing and ends with nothing, as a user runs it:
// - pgmig: `pgmig test --jobs N` as a child process (the CLI bundled from these sources with
//   scripts/build.mjs, unless --cli names one): it starts its throwaway cluster, applies the
//   migrations, runs the files on clones, drops them and stops the cluster.
// - the peer, what a user runs without pgmig: initdb and pg_ctl start with the settings pgmig's
//   throwaway cluster uses (fsync, full_page_writes and synchronous_commit off, the same auth
//   and locale), one psql session that creates the database and pgtap and runs every migration
//   (`-f` per file, pgmig's order, ON_ERROR_STOP), `pg_prove -j 2` over the files, pg_ctl stop,
//   rm -rf. Both sides talk TCP to 127.0.0.1. Its files share one database: the ROLLBACKs keep
//   them from seeing one another's writes.
// The example's undo files (U*.sql) are left out of the copy: pgmig would rehearse them and the
// peer has nothing that does, so both sides do the same work. pgmig runs with --no-lock-queue
// and --no-estimates for the same reason (neither would do anything here anyway).
//
// The floor: on a cluster prepared once (migrated, pgtap created, not timed), the time the
// server needs for the same 200 files two at a time with no client in the way: two connections
// already open, each taking the next file and sending its whole text as one query. Beside it:
// the same statement by statement (as psql, pg_prove and pgmig send them), two psql processes
// each running half the files as one script, a new connection per file (what a fresh session
// costs), both clone strategies, and pg_prove over TCP and over the Unix socket. The peer's time
// over the floor bounds what any tool can gain: below 1.5× the goal cannot be reached. Last, one
// pgmig --jobs 2 run in this process, its phases told apart by its heartbeat.
//
// pg_prove comes from the Debian package libtap-parser-sourcehandler-pgtap-perl. Timings on a
// shared machine are noisy: the load is printed with them.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { findBinDir, startCluster } from '../src/db/cluster.ts';
import { toUrl, withDatabase } from '../src/db/connect.ts';
import { PsqlScript } from '../src/db/psql-script.ts';
import { runTest } from '../src/commands/test.ts';

const { values: opts } = parseArgs({ options: { files: { type: 'string', default: '200' }, repeat: { type: 'string', default: '2' }, cli: { type: 'string' } } });
const FILES = Number(opts.files);
const REPEAT = Math.max(1, Number(opts.repeat));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const since = (t) => performance.now() - t;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

const work = mkdtempSync(join(tmpdir(), 'pgmig-bench-pgtap-'));
const dir = join(work, 'project');
cpSync(resolve('examples/crm'), dir, { recursive: true });
const migDir = join(dir, 'db/migration');
for (const f of readdirSync(migDir)) if (f.startsWith('U')) rmSync(join(migDir, f));
// a table the files share, after the example's own versioned migrations
writeFileSync(join(migDir, 'V17__bench_counter.sql'), 'CREATE TABLE bench_counter (id int PRIMARY KEY, n int NOT NULL);\nINSERT INTO bench_counter VALUES (1, 0);\n');
const tests = join(dir, 'bench-tests');
mkdirSync(tests);
mkdirSync(join(dir, 'no-tests'));
for (let i = 0; i < FILES; i++) {
  const slow = i % 5 === 0 ? 'SELECT pg_sleep(0.1);\n' : '';
  const shared = i % 3 === 0 ? "UPDATE bench_counter SET n = n + 1 WHERE id = 1;\nSELECT is((SELECT n FROM bench_counter WHERE id = 1), 1, 'own write only');\n" : "SELECT ok(true, 'no write');\n";
  writeFileSync(join(tests, `t${String(i).padStart(3, '0')}_test.sql`), `BEGIN;\nSELECT plan(3);\nSELECT has_table('bench_counter');\n${slow}${shared}SELECT cmp_ok((SELECT count(*)::int FROM pg_class), '>', 0, 'catalog');\nSELECT * FROM finish();\nROLLBACK;\n`);
}
const testFiles = readdirSync(tests).sort().map((f) => join(tests, f));
// pgmig's order: versioned by number, the pending (VXXX) ones after them, repeatables last
const rank = (f) => (f.startsWith('R__') ? [2, 0] : /^V\d+__/.test(f) ? [0, Number(/^V(\d+)/.exec(f)[1])] : [1, 0]);
const migrations = readdirSync(migDir)
  .filter((f) => f.endsWith('.sql'))
  .sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1] || (a < b ? -1 : 1))
  .map((f) => join(migDir, f));

// initdb and postgres refuse root: run the peer as postgres then, as pgmig does
const asRoot = process.getuid?.() === 0;
const runAs = asRoot ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) } : {};
if (asRoot) chownSync(work, runAs.uid, runAs.gid);
const bin = findBinDir();
const run = (cmd, args, extra = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...extra });
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} … exited ${r.status}: ${(r.stderr || r.stdout || '').slice(-2000)}`);
  return r.stdout;
};
const freePort = () =>
  new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });

// the CLI as shipped: bundled from these sources (about 30 s), unless one is given
let cli = opts.cli && resolve(opts.cli);
if (!cli) {
  const out = join(work, 'dist');
  run(process.execPath, ['scripts/build.mjs', '--out', out]);
  cli = join(out, 'cli/index.js');
}

const pgmig = (jobs, folder = 'bench-tests') => {
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, 'test', '--tests', folder, '--no-lock-queue', '--no-estimates', '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : [])], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, DATABASE_URL: '', PGHOST: '', PGDATABASE: '' } });
  const ms = since(t);
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`pgmig test --jobs ${jobs} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  }
  const files = report.tests ?? [];
  const expected = folder === 'bench-tests' ? FILES : 0;
  // the example's two deliberate lint findings make the run exit 1; the files must all pass
  if (files.length !== expected || files.some((x) => x.status !== 'passed')) throw new Error(`pgmig --jobs ${jobs}: ${files.filter((x) => x.status !== 'passed').length} of ${files.length} files did not pass: ${r.stderr.slice(-1000)}`);
  if (report.summary.failed || report.summary.applied !== migrations.length) throw new Error(`pgmig --jobs ${jobs}: a migration did not apply`);
  return ms;
};

const psqlArgs = (port, db) => ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db];
const serverOpts = (port, sock) => `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200 -c logging_collector=off -c log_min_messages=warning`;

/** The peer end to end; its phases too. */
const peer = async () => {
  const phases = {};
  const t0 = performance.now();
  let t = t0;
  const mark = (name) => {
    phases[name] = since(t);
    t = performance.now();
  };
  const base = mkdtempSync(join(work, 'peer-'));
  const data = join(base, 'data');
  const sock = join(base, 'sock');
  mkdirSync(sock);
  if (asRoot) for (const d of [base, sock]) chownSync(d, runAs.uid, runAs.gid);
  const as = { ...runAs, cwd: base };
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'], as);
  mark('initdb');
  const port = await freePort();
  run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-s', '-l', join(base, 'log'), '-o', serverOpts(port, sock), 'start'], as);
  mark('start');
  try {
    run('psql', [...psqlArgs(port, 'postgres'), '-c', 'CREATE DATABASE bench']);
    run('psql', [...psqlArgs(port, 'bench'), '-c', 'CREATE EXTENSION pgtap', ...migrations.flatMap((m) => ['-f', m])]);
    mark('migrate');
    const prove = spawnSync('pg_prove', ['-j', '2', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'bench', ...testFiles], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (prove.status !== 0 || !/Result: PASS/.test(prove.stdout)) throw new Error(`pg_prove: ${prove.stdout.slice(-1500)}${prove.stderr.slice(-500)}`);
    mark('pg_prove');
  } finally {
    run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-s', '-m', 'fast', 'stop'], as);
    rmSync(base, { recursive: true, force: true });
    mark('stop');
  }
  return { total: since(t0), phases };
};

/** The floor and the clone timings, on a cluster prepared once. */
const floor = async () => {
  const cluster = await startCluster({ env: process.env });
  try {
    const port = cluster.target.port;
    run('psql', [...psqlArgs(port, 'postgres'), '-c', 'CREATE DATABASE bench']);
    run('psql', [...psqlArgs(port, 'bench'), '-c', 'CREATE EXTENSION pgtap', ...migrations.flatMap((m) => ['-f', m])]);
    const url = toUrl(withDatabase(cluster.target, 'bench'));
    const texts = testFiles.map((f) => readFileSync(f, 'utf8'));
    const check = (res, i) => {
      const lines = (Array.isArray(res) ? res : [res]).flatMap((r) => r.rows.map((row) => String(Object.values(row)[0] ?? '')));
      if (!lines.some((l) => l.startsWith('1..3')) || lines.filter((l) => l.startsWith('ok ')).length !== 3) throw new Error(`floor: ${testFiles[i]} did not pass: ${lines.join(' | ')}`);
    };
    // two sessions already open, each taking the next file: the server's time, nothing else
    const open = async () => {
      const clients = await Promise.all([0, 1].map(async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        return c;
      }));
      let next = 0;
      const t = performance.now();
      await Promise.all(clients.map(async (c) => {
        while (next < texts.length) {
          const i = next++;
          check(await c.query(texts[i]), i);
        }
      }));
      const ms = since(t);
      await Promise.all(clients.map((c) => c.end()));
      return ms;
    };
    // the same, statement by statement as psql sends them (pgmig and pg_prove both do)
    const statements = testFiles.map((f) => [...new PsqlScript({ cwd: dir, root: dir }).run(f)].filter((x) => x.kind === 'sql').map((x) => x.text));
    const byStatement = async () => {
      const clients = await Promise.all([0, 1].map(async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        return c;
      }));
      let next = 0;
      const t = performance.now();
      await Promise.all(clients.map(async (c) => {
        while (next < texts.length) {
          const i = next++;
          const res = [];
          for (const text of statements[i]) res.push(await c.query(text));
          check(res, i);
        }
      }));
      const ms = since(t);
      await Promise.all(clients.map((c) => c.end()));
      return ms;
    };
    // the same with a connection per file: what a fresh session (fork, login, cold caches) adds
    const perFile = async () => {
      let next = 0;
      const t = performance.now();
      await Promise.all([0, 1].map(async () => {
        while (next < texts.length) {
          const i = next++;
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          check(await c.query(texts[i]), i);
          await c.end();
        }
      }));
      return since(t);
    };
    // two psql processes, each its half of the files (every other one) as one script
    const halves = [0, 1].map((h) => {
      const f = join(work, `half${h}.sql`);
      writeFileSync(f, texts.filter((_, i) => i % 2 === h).join(''));
      return f;
    });
    const twoPsql = async () => {
      const t = performance.now();
      await Promise.all(halves.map((f) => new Promise((ok, fail) => {
        const p = spawn('psql', [...psqlArgs(port, 'bench'), '-t', '-A', '-f', f], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.on('exit', (code) => (code === 0 && !/^not ok/m.test(out) ? ok() : fail(new Error(`psql half: exit ${code}`))));
      })));
      return since(t);
    };
    // clones of the migrated database, as pgmig --jobs 2 makes them: two at once on two admin
    // sessions; and one alone; both strategies
    const admins = await Promise.all([0, 1].map(async () => {
      const c = new pg.Client({ connectionString: toUrl(cluster.target) });
      await c.connect();
      return c;
    }));
    const clone = {};
    let n = 0;
    for (const strategy of ['WAL_LOG', 'FILE_COPY']) {
      const pair = [];
      const one = [];
      const drop = [];
      for (let r = 0; r < 5; r++) {
        const names = [`bench_c${++n}`, `bench_c${++n}`];
        let t = performance.now();
        await Promise.all(names.map((name, k) => admins[k].query(`CREATE DATABASE ${name} TEMPLATE bench STRATEGY ${strategy}`)));
        pair.push(since(t));
        t = performance.now();
        await Promise.all(names.map((name, k) => admins[k].query(`DROP DATABASE ${name}`)));
        drop.push(since(t));
        t = performance.now();
        await admins[0].query(`CREATE DATABASE bench_one TEMPLATE bench STRATEGY ${strategy}`);
        one.push(since(t));
        await admins[0].query('DROP DATABASE bench_one');
      }
      clone[strategy] = { pair: median(pair), one: median(one), drop: median(drop) };
    }
    await Promise.all(admins.map((c) => c.end()));
    const rounds = { open: [], byStatement: [], perFile: [], twoPsql: [] };
    for (let r = 0; r < 3; r++) {
      rounds.open.push(await open());
      rounds.byStatement.push(await byStatement());
      rounds.perFile.push(await perFile());
      rounds.twoPsql.push(await twoPsql());
    }
    // the peer's transport: pg_prove over TCP (as in the runs above) and over the Unix socket
    const proveOn = (host) => {
      const t = performance.now();
      const r = spawnSync('pg_prove', ['-j', '2', '-h', host, '-p', String(port), '-U', 'postgres', '-d', 'bench', ...testFiles], { encoding: 'utf8', maxBuffer: 64 << 20 });
      if (r.status !== 0) throw new Error(`pg_prove on ${host}: ${r.stdout.slice(-500)}`);
      return since(t);
    };
    const transport = { tcp: proveOn('127.0.0.1'), socket: proveOn(join(cluster.dir, 'sock')) };
    return { transport, open: median(rounds.open), byStatement: median(rounds.byStatement), perFile: median(rounds.perFile), twoPsql: median(rounds.twoPsql), clone };
  } finally {
    await cluster.stop({ keep: false });
  }
};

/** pgmig test --jobs 2 in this process, its phases told apart by what its heartbeat says it is doing. */
const phasesOfPgmig = async () => {
  const first = new Map();
  const t0 = performance.now();
  let lastFile = 0;
  const r = await runTest({
    cwd: dir,
    env: { ...process.env, DATABASE_URL: '', PGHOST: '', PGDATABASE: '' },
    tests: 'bench-tests',
    jobs: 2,
    lockQueue: false,
    estimates: false,
    heartbeatMs: 2,
    heartbeat: (line) => {
      const now = performance.now() - t0;
      const what = line.replace(/^pgmig: \d+ s, /, '');
      const kind = /^running bench-tests\//.test(what) ? 'file' : /^(applying|preparing to apply) /.test(what) ? 'migration' : what;
      if (kind === 'file') lastFile = now;
      if (!first.has(kind)) first.set(kind, now);
    },
  });
  const end = performance.now() - t0;
  if (r.tests.length !== FILES) throw new Error('pgmig in-process: not every file ran');
  const at = (k) => first.get(k) ?? NaN;
  const filesFrom = at('file');
  const setup = at('installing pgTAP');
  const running = [...first.keys()].find((k) => /^running \d+ pgTAP files/.test(k));
  return {
    'process and cluster start': at('connecting'),
    'test database and migrations': setup - at('connecting'),
    'pgTAP, sessions for the clones': at(running) - setup,
    'the first two clones': filesFrom - at(running),
    'the files': lastFile - filesFrom,
    'cleanup and cluster stop': end - lastFile,
  };
};

const cliStart = () => {
  const xs = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    run(process.execPath, [cli, '--version']);
    xs.push(since(t));
  }
  return median(xs);
};

try {
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  const loadBefore = load();
  const rounds = { j1: [], j2: [], none: [], peer: [], phases: [] };
  for (let r = 0; r < REPEAT; r++) {
    rounds.none.push(pgmig(2, 'no-tests'));
    rounds.j1.push(pgmig(1));
    rounds.j2.push(pgmig(2));
    const p = await peer();
    rounds.peer.push(p.total);
    rounds.phases.push(p.phases);
  }
  const f = await floor();
  const start = cliStart();
  const inProcess = await phasesOfPgmig();
  const [j1, j2, none, pp] = [median(rounds.j1), median(rounds.j2), median(rounds.none), median(rounds.peer)];
  const phase = (k) => median(rounds.phases.map((p) => p[k]));
  const fixed = phase('initdb') + phase('start') + phase('migrate') + phase('stop');
  const proveOnly = phase('pg_prove');
  const floorAll = fixed + f.open;
  const x = (a, b) => `${(a / b).toFixed(2)}×`;
  console.log(`${FILES} pgTAP files on examples/crm (no undo files), ${REPEAT} round(s), medians; ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm).length} CPUs; load average ${loadBefore} before, ${load()} after`);
  console.log('');
  console.log('| end to end (cluster start to cluster gone) | time |');
  console.log('|---|---|');
  console.log(`| pgmig test --jobs 1 | ${s(j1)} |`);
  console.log(`| pgmig test --jobs 2 | ${s(j2)} |`);
  console.log(`| pgmig test --jobs 2, no test file | ${s(none)} |`);
  console.log(`| initdb + pg_ctl start + psql migrations + pg_prove -j 2 + pg_ctl stop | ${s(pp)} |`);
  console.log(`|  of which initdb ${s(phase('initdb'))}, start ${s(phase('start'))}, psql migrations ${s(phase('migrate'))}, pg_prove -j 2 ${s(proveOnly)}, stop and rm ${s(phase('stop'))} | |`);
  console.log(`| floor: the peer's initdb, start, migrations and stop + the files on two open sessions | ${s(floorAll)} |`);
  console.log('');
  console.log('| the files alone, two at a time | time |');
  console.log('|---|---|');
  console.log(`| floor: two open sessions, each file's text as one query | ${s(f.open)} |`);
  console.log(`| two open sessions, statement by statement | ${s(f.byStatement)} |`);
  console.log(`| two psql processes, half the files each as one script | ${s(f.twoPsql)} |`);
  console.log(`| a new session per file, each file as one query | ${s(f.perFile)} |`);
  console.log(`| pg_prove -j 2 | ${s(proveOnly)} |`);
  console.log(`| pgmig --jobs 2 less its no-file run | ${s(j2 - none)} |`);
  console.log(`| pgmig --jobs 1 less its no-file run | ${s(j1 - none)} |`);
  console.log('');
  const c = (k) => `${f.clone[k].one.toFixed(0)} ms alone, ${f.clone[k].pair.toFixed(0)} ms for two at once, ${f.clone[k].drop.toFixed(0)} ms to drop two`;
  console.log(`clones of the migrated database: WAL_LOG ${c('WAL_LOG')}; FILE_COPY ${c('FILE_COPY')}`);
  console.log(`pg_prove -j 2 on the prepared cluster, once each: over TCP ${s(f.transport.tcp)}, over the Unix socket ${s(f.transport.socket)}`);
  console.log(`pgmig CLI start (--version): ${start.toFixed(0)} ms`);
  console.log(`pgmig test --jobs 2 in this process (one run; the files' phase ends when the last file's last statement starts): ${Object.entries(inProcess).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
  const isolated = floorAll + Math.min(f.clone.WAL_LOG.pair, f.clone.FILE_COPY.pair);
  console.log('');
  console.log(`end to end: peer / pgmig --jobs 2 = ${x(pp, j2)}; peer / pgmig --jobs 1 = ${x(pp, j1)}; pgmig --jobs 1 / --jobs 2 = ${x(j1, j2)}`);
  console.log(`end to end: peer / floor = ${x(pp, floorAll)} (the most any tool could gain over the peer here; goal 1.5×: ${pp / floorAll >= 1.5 ? 'reachable' : 'out of reach'}); with two clones for isolation, floor ${s(isolated)}: peer / that = ${x(pp, isolated)}; pgmig --jobs 2 / that = ${x(j2, isolated)}`);
  console.log(`files alone: pg_prove -j 2 / floor = ${x(proveOnly, f.open)} (goal 1.5×: ${proveOnly / f.open >= 1.5 ? 'reachable' : 'out of reach'}); pg_prove -j 2 / pgmig --jobs 2 = ${x(proveOnly, j2 - none)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
