// Race-safe numbering under contention: N assigners (default 20) start at the same moment,
// each in its own clone with its own pending migration, all pushing to one bare repository.
//
//   npm run bench:assign                    # 20 assigners, 3 rounds
//   node bench/assign.mjs --assigners 40 --rounds 5 --max-tries 80
//
// Each assigner is the built CLI (dist/cli/index.js: run `npm run build` first) in a process of
// its own, as on separate CI runners: `pgmig assign --format json`. Wall time runs from the
// moment all are spawned until the last one exits. The peer measured in the same run is the
// same work without contention: the same N assigners one after another on a fresh origin, so
// the ratio says what the race costs. Retries are pushes refused because someone else pushed
// first. After each round the branch is checked: every file there, N distinct consecutive
// numbers, linear history. Only Node built-ins are used; repositories go to a temp folder.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: opts } = parseArgs({
  options: {
    assigners: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    'max-tries': { type: 'string', default: '60' },
    // another build of the CLI instead of dist/cli/index.js
    cli: { type: 'string', default: join(root, 'dist', 'cli', 'index.js') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write('usage: node bench/assign.mjs [--assigners N] [--rounds N] [--max-tries N] [--cli <pgmig cli.js>]\n');
  process.exit(0);
}
const N = positiveInt('assigners', opts.assigners);
const ROUNDS = positiveInt('rounds', opts.rounds);
const MAX_TRIES = positiveInt('max-tries', opts['max-tries']);
const cli = resolve(opts.cli);

if (!existsSync(cli)) fail(`pgmig CLI not found at ${relative(root, cli)}: run \`npm run build\` first`);
const probe = spawnSync(process.execPath, [cli, 'assign', '--help'], { encoding: 'utf8' });
if (probe.status !== 0 || !probe.stdout.includes('--max-tries')) {
  fail(`${relative(root, cli)} has no \`assign\` command (it was built before pgmig assign existed): run \`npm run build\` first`);
}

// the machine's git config (signing, hooks, templates) stays out of the measurement
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' };
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const work = mkdtempSync(join(tmpdir(), 'pgmig-bench-assign-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** A bare origin whose main holds 200 numbered migrations, and N clones each with one pending file. */
function setup(tag) {
  const seed = join(work, `${tag}-seed`);
  mkdirSync(join(seed, 'db/migration'), { recursive: true });
  git(seed, 'init', '--quiet', '-b', 'main');
  for (let v = 1; v <= 200; v++) writeFileSync(join(seed, `db/migration/V${v}__step_${v}.sql`), `CREATE TABLE t${v} (id bigint);\n`);
  identity(seed);
  git(seed, 'add', '--all');
  git(seed, 'commit', '--quiet', '-m', 'base');
  const origin = join(work, `${tag}-origin.git`);
  git(work, 'clone', '--quiet', '--bare', seed, origin);
  const clones = [];
  for (let i = 0; i < N; i++) {
    const dir = join(work, `${tag}-runner-${i}`);
    git(work, 'clone', '--quiet', origin, dir);
    identity(dir);
    writeFileSync(join(dir, `db/migration/VXXX__feature_${i}.sql`), `-- VXXX\nCREATE TABLE feature_${i} (id bigint);\n`);
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', `feature ${i}`);
    clones.push(dir);
  }
  return { origin, clones };
}

function identity(dir) {
  git(dir, 'config', 'user.name', 'bench');
  git(dir, 'config', 'user.email', 'bench@pgmig.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
}

function assign(dir) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, 'assign', '--format', 'json', '--max-tries', String(MAX_TRIES)], { cwd: dir, env: gitEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      if (code !== 0) return done({ error: `exit ${code}: ${stderr.trim()}` });
      try {
        done({ result: JSON.parse(stdout) });
      } catch {
        done({ error: `not JSON: ${stdout.slice(0, 200)}` });
      }
    });
  });
}

/** Every feature on main once, N consecutive new numbers, no placeholder, no merge commit. */
function check(origin) {
  const files = git(origin, 'ls-tree', '-r', '--name-only', 'main', '--', 'db/migration').split('\n').filter(Boolean);
  const problems = [];
  if (files.some((f) => f.includes('VXXX'))) problems.push('placeholder files left on main');
  const features = files.filter((f) => /__feature_\d+\.sql$/.test(f));
  const numbers = features.map((f) => Number(/\/V(\d+)__/.exec(f)[1])).sort((a, b) => a - b);
  const want = Array.from({ length: N }, (_, i) => 201 + i);
  if (numbers.join() !== want.join()) problems.push(`numbers ${numbers.join(',')} instead of 201..${200 + N}`);
  const versions = files.map((f) => /\/V(\d+)__/.exec(f)?.[1]).filter(Boolean);
  if (new Set(versions).size !== versions.length) problems.push('two files share a version');
  if (git(origin, 'rev-list', '--min-parents=2', 'main').trim()) problems.push('merge commits on main');
  return problems;
}

async function race(round) {
  const { origin, clones } = setup(`race${round}`);
  const start = performance.now();
  const outcomes = await Promise.all(clones.map(assign));
  const ms = performance.now() - start;
  const failed = outcomes.filter((o) => o.error);
  if (failed.length > 0) fail(`round ${round}: ${failed.length} of ${N} assigners failed, e.g. ${failed[0].error}`);
  const tries = outcomes.map((o) => o.result.tries);
  const problems = check(origin);
  if (problems.length > 0) fail(`round ${round}: ${problems.join('; ')}`);
  return { ms, tries };
}

async function sequential(round) {
  const { origin, clones } = setup(`seq${round}`);
  const start = performance.now();
  for (const dir of clones) {
    const o = await assign(dir);
    if (o.error) fail(`sequential round ${round}: ${o.error}`);
  }
  const ms = performance.now() - start;
  const problems = check(origin);
  if (problems.length > 0) fail(`sequential round ${round}: ${problems.join('; ')}`);
  return ms;
}

process.stdout.write(`pgmig assign: ${N} assigners racing to push to one branch, ${ROUNDS} round(s), --max-tries ${MAX_TRIES}\n`);
process.stdout.write(`${relative(root, cli)}, node ${process.version}, ${git(work, '--version').trim()}\n\n`);
const rows = [];
for (let r = 1; r <= ROUNDS; r++) {
  const seq = await sequential(r);
  const { ms, tries } = await race(r);
  const retries = tries.reduce((a, b) => a + b - 1, 0);
  const sorted = [...tries].sort((a, b) => a - b);
  rows.push({ ms, seq, retries, maxTries: sorted[sorted.length - 1] });
  process.stdout.write(
    `round ${r}: race ${fmt(ms)} until all ${N} numbered, ${retries} retries (tries per assigner: median ${sorted[Math.floor(N / 2)]}, max ${sorted[N - 1]}); ` +
      `one after another ${fmt(seq)}; ratio race/sequential ${(ms / seq).toFixed(2)}\n`,
  );
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(
  `\nmedian: race ${fmt(med(rows.map((x) => x.ms)))}, sequential ${fmt(med(rows.map((x) => x.seq)))}, ` +
    `ratio ${(med(rows.map((x) => x.ms / x.seq))).toFixed(2)}, retries ${med(rows.map((x) => x.retries))} ` +
    `(${(med(rows.map((x) => x.retries)) / N).toFixed(1)} per assigner), worst tries ${Math.max(...rows.map((x) => x.maxTries))}\n`,
);
process.stdout.write('every round: all files on main, distinct consecutive numbers, linear history\n');

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function positiveInt(name, v) {
  if (!/^\d+$/.test(v) || Number(v) < 1) fail(`--${name}: expected a whole number, 1 or more`);
  return Number(v);
}

function fail(message) {
  process.stderr.write(`bench:assign: ${message}\n`);
  process.exit(1);
}
