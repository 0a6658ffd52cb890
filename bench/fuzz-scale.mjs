// Lint time against file size: is it linear, and is a 5 MB migration linted well under 10 s?
//
//   node bench/fuzz-scale.mjs                         # 1, 2 and 5 MB, shapes lines and one-line
//   node bench/fuzz-scale.mjs --sizes 1,2,5,10 --runs 5 --shape all
//   node bench/fuzz-scale.mjs --source                # the TypeScript sources instead of dist
//
// The files repeat the example project's migrations (examples/crm/db/migration) until they
// reach the size, in one of these shapes:
//   lines     the migrations as written, one after the other
//   one-line  comments dropped and every newline a space: one line of megabytes (a minified dump)
//   error     a syntax error first, so the parser's recovery reads the rest statement by statement
//   meta      a psql meta-command and an ignore comment before every migration
//   unicode   a statement with é, ☃ and 😀 after every migration (byte and column mapping)
// Each run is a fresh `pgmig lint --format json` process, timed from spawn to exit, as a user
// runs it; a run on a one-statement file is subtracted as the cost of starting the process.
// The table shows the median seconds, seconds per MB, and each size's seconds per MB relative
// to the smallest size's (1.00 = linear; a quadratic stage shows as a ratio growing with the
// size). By default it times the built CLI (dist/cli/index.js: run `npm run build` first).
// This is a measurement, not a test: it fails only when the CLI cannot run or prints something
// that is not its JSON report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', '.work', 'fuzz-scale');
const SHAPES = ['lines', 'one-line', 'error', 'meta', 'unicode'];

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,2,5' },
    runs: { type: 'string', default: '3' },
    shape: { type: 'string', default: 'lines,one-line' },
    source: { type: 'boolean', default: false },
    cli: { type: 'string', default: join(root, 'dist', 'cli', 'index.js') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write(`usage: node bench/fuzz-scale.mjs [--sizes 1,2,5] [--runs N] [--shape ${SHAPES.join('|')}|all,...] [--source | --cli <pgmig cli.js>]\n`);
  process.exit(0);
}
const sizes = opts.sizes.split(',').map((s) => {
  const n = Number(s);
  if (!(n > 0)) fail(`--sizes takes megabytes above 0 separated by commas, got ${JSON.stringify(opts.sizes)}`);
  return n;
});
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs must be a whole number above 0, got ${JSON.stringify(opts.runs)}`);
const shapes = opts.shape === 'all' ? SHAPES : opts.shape.split(',');
for (const s of shapes) if (!SHAPES.includes(s)) fail(`unknown shape "${s}"; use ${SHAPES.join(', ')} or all`);

// the TypeScript sources run through the loader the process tests use (test/db/ts-node.mjs)
const command = opts.source
  ? [`--import=${join(root, 'test', 'db', 'ts-node.mjs')}`, join(root, 'src', 'cli', 'index.ts')]
  : [resolve(opts.cli)];
const cliFile = command[command.length - 1];
if (!existsSync(cliFile)) fail(`pgmig CLI not found at ${relative(root, cliFile)}: run \`npm run build\`, or pass --source`);

const examplesDir = join(root, 'examples', 'crm', 'db', 'migration');
const examples = readdirSync(examplesDir)
  .filter((n) => /^V\d+__.*\.sql$/.test(n))
  .sort()
  .map((n) => readFileSync(join(examplesDir, n), 'utf8'));

function shaped(shape, sql) {
  if (shape === 'one-line') return sql.replace(/^[ \t]*--.*$/gm, '').replace(/\r?\n/g, ' ');
  if (shape === 'meta') return `\\set ON_ERROR_STOP on\n-- pgmig-ignore require-lock-timeout\n${sql}`;
  if (shape === 'unicode') return `${sql}\nSELECT 'é ☃ 😀', 1 AS "naïve";\n`;
  return sql;
}

function build(shape, mb) {
  const target = mb * 1024 * 1024;
  const parts = shape === 'error' ? ['SELECT FROM WHERE;\n'] : [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const part = shaped(shape, examples[i % examples.length]) + (shape === 'one-line' ? ' ' : '\n');
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

const file = join(work, 'db', 'migration', 'V1__scale.sql');

/** Seconds for one `pgmig lint --format json` of `sql`, and the number of findings. */
function lintOnce(sql) {
  writeFileSync(file, sql);
  const started = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [...command, 'lint', '--format', 'json', relative(work, file)], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.error) fail(`cannot run pgmig: ${res.error.message}`);
  if (res.status !== 0 && res.status !== 1) fail(`pgmig exited ${res.status}: ${res.stderr.trim().split('\n').slice(-5).join('\n')}`);
  let report;
  try {
    report = JSON.parse(res.stdout);
  } catch {
    fail(`pgmig printed something that is not its JSON report: ${res.stdout.slice(0, 200)}`);
  }
  return { seconds, findings: report.findings.length };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

rmSync(work, { recursive: true, force: true });
mkdirSync(dirname(file), { recursive: true });

// a warm-up (the source loader compiles on first use), then the cost of a run on a tiny file
lintOnce('SELECT 1;\n');
const base = median(Array.from({ length: RUNS }, () => lintOnce('SELECT 1;\n').seconds));
process.stdout.write(`pgmig ${opts.source ? 'sources (src/cli/index.ts)' : relative(root, cliFile)}; process start and a one-statement file: ${base.toFixed(2)} s\n\n`);
process.stdout.write('shape      size     findings   median s   s per MB   per MB vs smallest\n');

for (const shape of shapes) {
  let first;
  for (const mb of sizes) {
    const sql = build(shape, mb);
    const realMb = Buffer.byteLength(sql) / (1024 * 1024);
    const runs = Array.from({ length: RUNS }, () => lintOnce(sql));
    const seconds = median(runs.map((r) => r.seconds));
    const perMb = Math.max(0, seconds - base) / realMb;
    first ??= perMb;
    process.stdout.write(
      `${shape.padEnd(10)} ${`${realMb.toFixed(1)} MB`.padStart(7)} ${String(runs[0].findings).padStart(12)} ${seconds.toFixed(2).padStart(10)} ` +
        `${perMb.toFixed(2).padStart(10)} ${(first > 0 ? perMb / first : 1).toFixed(2).padStart(20)}\n`,
    );
  }
}
process.stdout.write('\nGoal: linear (ratios near 1.00) and a 5 MB file well under 10 s.\n');
rmSync(work, { recursive: true, force: true });

function fail(message) {
  process.stderr.write(`bench/fuzz-scale: ${message}\n`);
  process.exit(2);
}
