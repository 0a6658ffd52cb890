// Lint throughput: pgmig against squawk on the same generated migrations, in the same run.
//
//   npm run bench:lint                      # 1,000 files, 5 runs each
//   node bench/lint.mjs --files 2000 --runs 7
//   node bench/lint.mjs --profile           # also write a CPU profile of one pgmig run and
//                                           # print where its time goes
//
// It times the built CLI (dist/cli/index.js: run `npm run build` first) and the squawk
// devDependency as a user would run them: a fresh process per run, wall time measured from
// spawn to exit. The ratio squawk/pgmig is >= 1.0 when pgmig is as fast or faster.
// The files are written to bench/.work/ (git-ignored) from a fixed seed, so two runs lint
// the same SQL. Only Node built-ins are used. This is a measurement, not a test: it fails
// only when a tool cannot run or prints something that is not its JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', '.work');
// squawk's binary package (the squawk-cli wrapper's platform packages are not all on the registry)
const squawkBin = join(root, 'node_modules', '@squawk-cli', 'linux-x64', 'bin', 'squawk');

const { values: opts } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    'cold-runs': { type: 'string', default: '10' },
    seed: { type: 'string', default: '20240611' },
    profile: { type: 'boolean', default: false },
    // another build of the CLI, e.g. one bundled from a branch, instead of dist/cli/index.js
    cli: { type: 'string', default: join(root, 'dist', 'cli', 'index.js') },
    // e.g. --node-arg=--liftoff-only: V8 flags for the pgmig process, to measure a fix
    'node-arg': { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write('usage: node bench/lint.mjs [--files N] [--runs N] [--cold-runs N] [--seed N] [--profile] [--node-arg=<v8 flag>...] [--cli <pgmig cli.js>]\n');
  process.exit(0);
}
const FILES = positiveInt('files', opts.files);
const RUNS = positiveInt('runs', opts.runs);
const COLD_RUNS = positiveInt('cold-runs', opts['cold-runs']);
const SEED = positiveInt('seed', opts.seed);
const NODE_ARGS = opts['node-arg'];
const pgmigCli = resolve(opts.cli);

for (const [what, path, fix] of [
  ['pgmig CLI', pgmigCli, 'run `npm run build`'],
  ['squawk', squawkBin, 'run `npm ci` (@squawk-cli/linux-x64 is a devDependency)'],
]) {
  if (!existsSync(path)) fail(`${what} not found at ${relative(root, path)}: ${fix}`);
}

// ---------------------------------------------------------------------------------------
// Generated migrations

/** mulberry32: small, fast and the same on every platform, so the corpus is reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = [
  'account', 'contact', 'lead', 'opportunity', 'activity', 'invoice', 'invoice_line', 'quote',
  'product', 'price_book', 'campaign', 'case', 'contract', 'order', 'shipment', 'payment',
  'subscription', 'usage_event', 'note', 'attachment', 'partner', 'region', 'team', 'forecast',
];
const COLUMN_KINDS = [
  ['text', () => 'text'],
  ['amount', () => 'numeric(14, 2)'],
  ['count', () => 'bigint'],
  ['at', () => 'timestamptz'],
  ['on', () => 'date'],
  ['flag', () => 'boolean NOT NULL DEFAULT false'],
  ['data', () => 'jsonb'],
];

/**
 * Writes `count` migration files in the style of a multi-tenant SaaS schema. About one
 * file in nine carries a mistake a linter should catch (lock without timeout, index without
 * CONCURRENTLY, table without RLS, current_setting without missing_ok, definer function
 * without search_path, NOT NULL column with a volatile default...).
 */
function generate(dir, count, seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const tables = [];
  let bytes = 0;
  let statements = 0;
  const stmt = (s) => {
    statements++;
    return s;
  };
  const timeouts = () =>
    [stmt(`SET lock_timeout = '${pick(['1s', '2s', '3s', '5s'])}';`), stmt(`SET statement_timeout = '${pick(['5s', '30s', '1min'])}';`)].join('\n');
  const newTableName = (i) => `${pick(NOUNS)}_${i}`;

  const createTable = (i, mistake) => {
    const name = newTableName(i);
    const parent = tables.length > 0 && r() < 0.7 ? pick(tables) : undefined;
    const cols = [
      '  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
      '  tenant_id   bigint NOT NULL',
    ];
    if (parent) cols.push(`  ${parent}_id bigint NOT NULL REFERENCES ${parent} (id)`);
    for (let c = 0, n = int(2, 7); c < n; c++) {
      const [suffix, type] = pick(COLUMN_KINDS);
      cols.push(`  ${pick(['name', 'status', 'total', 'due', 'closed', 'meta', 'label', 'score'])}_${suffix}_${c} ${type()}`);
    }
    cols.push('  created_at  timestamptz NOT NULL DEFAULT now()');
    const setting = mistake === 'missing-ok' ? "current_setting('app.tenant')" : "current_setting('app.tenant', true)";
    const out = [
      `-- ${name.replace(/_\d+$/, '')} records, scoped to a tenant`,
      parent ? timeouts() : '',
      stmt(`CREATE TABLE ${name} (\n${cols.join(',\n')}\n);`),
      stmt(`CREATE INDEX ${name}_tenant_idx ON ${name} (tenant_id);`),
    ];
    if (mistake !== 'no-rls') {
      out.push(stmt(`ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`), stmt(`ALTER TABLE ${name} FORCE ROW LEVEL SECURITY;`));
    }
    out.push(
      stmt(
        `CREATE POLICY ${name}_tenant_isolation ON ${name}\n  USING (tenant_id = ${setting}::bigint)\n  WITH CHECK (tenant_id = ${setting}::bigint);`,
      ),
      stmt(`REVOKE ALL ON ${name} FROM PUBLIC;`),
      stmt(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${name} TO app_user;`),
    );
    tables.push(name);
    return out;
  };

  const addColumn = (mistake) => {
    const t = pick(tables);
    const col = `${pick(['region', 'source', 'tier', 'external_ref', 'archived', 'priority'])}_${int(1, 9999)}`;
    const out = [`-- expand: ${t}.${col}, nullable first; backfilled and constrained later`];
    if (mistake !== 'no-timeout') out.push(timeouts());
    if (mistake === 'volatile-default') {
      out.push(stmt(`ALTER TABLE ${t} ADD COLUMN ${col} uuid NOT NULL DEFAULT gen_random_uuid();`));
    } else if (mistake === 'varchar') {
      out.push(stmt(`ALTER TABLE ${t} ADD COLUMN ${col} varchar(64);`));
    } else {
      out.push(stmt(`ALTER TABLE ${t} ADD COLUMN IF NOT EXISTS ${col} ${pick(['text', 'bigint', 'timestamptz', 'boolean', 'jsonb'])};`));
      if (r() < 0.4) out.push(stmt(`COMMENT ON COLUMN ${t}.${col} IS 'filled by the ${col} backfill';`));
    }
    return out;
  };

  const createIndex = (i, mistake) => {
    const t = pick(tables);
    const cols = pick([['tenant_id', 'created_at'], ['tenant_id', 'id'], ['created_at'], ['tenant_id']]);
    const name = `${t}_${cols.join('_')}_${i}_idx`;
    if (mistake === 'not-concurrent') {
      return [`-- speeds up the ${t} listing`, stmt(`CREATE INDEX ${name} ON ${t} (${cols.join(', ')});`)];
    }
    return [
      `-- built without blocking writes; alone in its file (no transaction)`,
      stmt(`SET lock_timeout = '3s';`),
      stmt(`DROP INDEX CONCURRENTLY IF EXISTS ${name};`),
      stmt(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${name}\n  ON ${t} (${cols.join(', ')})${r() < 0.3 ? '\n  WHERE created_at IS NOT NULL' : ''};`),
    ];
  };

  const createFunction = (i, mistake) => {
    const t = pick(tables);
    const tag = pick(['$fn$', '$body$', '$audit$', '$$', '$trg$']);
    if (r() < 0.5) {
      const definer = mistake === 'definer' || r() < 0.5;
      return [
        `-- counts ${t} rows visible to the current tenant`,
        stmt(
          `CREATE OR REPLACE FUNCTION app.count_${t}(p_tenant bigint)\nRETURNS bigint\nLANGUAGE sql\nSTABLE\n${definer ? 'SECURITY DEFINER\n' : ''}${definer && mistake !== 'definer' ? 'SET search_path = pg_catalog, pg_temp\n' : ''}AS ${tag}\n  SELECT count(*) FROM public.${t} WHERE tenant_id = p_tenant;\n${tag};`,
        ),
        stmt(`REVOKE ALL ON FUNCTION app.count_${t}(bigint) FROM PUBLIC;`),
      ];
    }
    return [
      `-- keeps ${t}.created_at honest and logs deletes`,
      timeouts(),
      stmt(
        `CREATE OR REPLACE FUNCTION app.${t}_guard_${i}()\nRETURNS trigger\nLANGUAGE plpgsql\nAS ${tag}\nDECLARE\n  v_count bigint;\nBEGIN\n  IF TG_OP = 'UPDATE' AND NEW.created_at <> OLD.created_at THEN\n    RAISE EXCEPTION 'created_at of ${t} % cannot change', OLD.id USING ERRCODE = 'check_violation';\n  END IF;\n  -- a literal with a semicolon and quotes: ';' '' "x"\n  SELECT count(*) INTO v_count FROM public.${t} WHERE tenant_id = NEW.tenant_id;\n  RETURN NEW;\nEND\n${tag};`,
      ),
      stmt(`CREATE TRIGGER ${t}_guard_${i}\n  BEFORE UPDATE ON ${t}\n  FOR EACH ROW EXECUTE FUNCTION app.${t}_guard_${i}();`),
    ];
  };

  const backfill = () => {
    const t = pick(tables);
    const col = `status_${int(1, 99)}`;
    if (r() < 0.5) {
      return [
        `-- backfill ${t}.${col} in batches`,
        timeouts(),
        stmt(
          `DO $backfill$\nDECLARE\n  n bigint;\nBEGIN\n  LOOP\n    UPDATE ${t} SET ${col} = 'active'\n    WHERE id IN (SELECT id FROM ${t} WHERE ${col} IS NULL ORDER BY id LIMIT 5000);\n    GET DIAGNOSTICS n = ROW_COUNT;\n    EXIT WHEN n = 0;\n  END LOOP;\nEND\n$backfill$;`,
        ),
      ];
    }
    const out = [`-- backfill ${t}.${col}, one id range per statement`, timeouts()];
    for (let b = 0, n = int(2, 6); b < n; b++) {
      out.push(stmt(`UPDATE ${t} SET ${col} = 'active' WHERE id >= ${b * 10000} AND id < ${(b + 1) * 10000} AND ${col} IS NULL;`));
    }
    return out;
  };

  const constraint = (mistake) => {
    const t = pick(tables);
    const name = `${t}_check_${int(1, 99999)}`;
    if (mistake === 'validate-inline') {
      return [timeouts(), stmt(`ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (created_at IS NOT NULL);`)];
    }
    if (r() < 0.5) {
      return [
        `-- contract: enforce for new rows now, validate old rows in the next migration`,
        timeouts(),
        stmt(`ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (tenant_id > 0) NOT VALID;`),
      ];
    }
    return [timeouts(), stmt(`ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_tenant_positive;`)];
  };

  const view = (i) => {
    const t = pick(tables);
    return [
      '-- reporting view; security_invoker keeps the caller\'s policies in force',
      timeouts(),
      stmt(
        `CREATE OR REPLACE VIEW ${t}_daily_${i}\nWITH (security_invoker = true) AS\nSELECT tenant_id, date_trunc('day', created_at) AS day, count(*) AS n\nFROM ${t}\nGROUP BY 1, 2;`,
      ),
      stmt(`GRANT SELECT ON ${t}_daily_${i} TO app_user;`),
    ];
  };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = [];
  for (let i = 1; i <= count; i++) {
    // the first files lay down tables for the later ones to alter
    const roll = i <= Math.min(25, Math.ceil(count / 4)) ? 0 : r();
    const mistaken = r() < 0.11;
    let body;
    let what;
    if (roll < 0.2) {
      what = 'create_table';
      body = createTable(i, mistaken ? pick(['missing-ok', 'no-rls']) : undefined);
    } else if (roll < 0.4) {
      what = 'add_column';
      body = addColumn(mistaken ? pick(['no-timeout', 'volatile-default', 'varchar']) : undefined);
    } else if (roll < 0.55) {
      what = 'add_index';
      body = createIndex(i, mistaken ? 'not-concurrent' : undefined);
    } else if (roll < 0.7) {
      what = 'function';
      body = createFunction(i, mistaken ? 'definer' : undefined);
    } else if (roll < 0.83) {
      what = 'backfill';
      body = backfill();
    } else if (roll < 0.93) {
      what = 'constraint';
      body = constraint(mistaken ? 'validate-inline' : undefined);
    } else {
      what = 'view';
      body = view(i);
    }
    const name = `V${i}__${what}_${i}.sql`;
    const text = `${body.filter(Boolean).join('\n\n')}\n`;
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
    names.push(name);
  }
  return { names, bytes, statements };
}

// ---------------------------------------------------------------------------------------
// Timing

function run(cmd, args, cwd, check) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.error) fail(`${cmd} could not start: ${res.error.message}`);
  check(res);
  return ms;
}

/** Both tools exit 1 when they find something; anything else, or output that is not their
 * JSON, means the timing would be of a failure. */
function expectJson(tool, { status, stdout, stderr }) {
  if (status !== 0 && status !== 1) fail(`${tool} exited ${status}: ${stderr.trim().split('\n').slice(0, 5).join('\n')}`);
  try {
    return JSON.parse(stdout);
  } catch {
    fail(`${tool} did not print JSON (exit ${status}): ${(stdout || stderr).slice(0, 300)}`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function pgmig(dir) {
  let report;
  const ms = run(process.execPath, [...NODE_ARGS, pgmigCli, 'lint', '--format', 'json'], dir, (res) => {
    report = expectJson('pgmig', res);
  });
  return { ms, findings: report.findings.length, files: report.summary?.files };
}

function squawk(dir, files) {
  let report;
  const ms = run(squawkBin, ['--reporter', 'json', ...files], dir, (res) => {
    report = expectJson('squawk', res);
  });
  return { ms, findings: Array.isArray(report) ? report.length : NaN };
}

/** Alternates which tool goes first, so drift (page cache, other load) hits both alike. */
function compare(label, dir, files, runs) {
  const a = [];
  const b = [];
  let p;
  let q;
  pgmig(dir); // warm the page cache for both before timing
  squawk(dir, files);
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      p = pgmig(dir);
      q = squawk(dir, files);
    } else {
      q = squawk(dir, files);
      p = pgmig(dir);
    }
    a.push(p.ms);
    b.push(q.ms);
  }
  return { label, pgmig: median(a), squawk: median(b), pgmigRuns: a, squawkRuns: b, pgmigFindings: p.findings, squawkFindings: q.findings };
}

/**
 * What any linter in Node that parses with libpg-query pays before its first file: Node's own
 * start-up, and the parser's WebAssembly compiled and instantiated, one statement parsed.
 */
function floorOf(runs) {
  const script = join(work, 'floor.mjs');
  // resolved from bench/.work up to the project's node_modules: the version pgmig bundles
  // (and loaded the way pgmig loads it: baseline-compiled, see src/sql/parse.ts)
  writeFileSync(
    script,
    "import { setFlagsFromString } from 'node:v8';\nsetFlagsFromString('--liftoff-only');\n" +
      "const { loadModule, parseSync } = await import('libpg-query');\nawait loadModule();\nparseSync('SELECT 1');\n",
  );
  const node = [];
  const parser = [];
  const ok = (what) => (res) => {
    if (res.status !== 0) fail(`${what} failed: ${res.stderr.trim().slice(0, 300)}`);
  };
  for (let i = 0; i < runs; i++) {
    node.push(run(process.execPath, ['-e', '0'], work, ok('node -e 0')));
    parser.push(run(process.execPath, [...NODE_ARGS, script], work, ok('loading libpg-query')));
  }
  return { node: median(node), parser: median(parser) };
}

function writeProject(dir, migrations) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // each project has its own config, so neither lints the other's files as context
  writeFileSync(join(dir, '.pgmig.yml'), 'migrations: db/migration\npostgresVersion: 16\n');
  return generate(join(dir, 'db', 'migration'), migrations, SEED);
}

// ---------------------------------------------------------------------------------------

const manyDir = join(work, 'many');
const oneDir = join(work, 'one');
const genStart = process.hrtime.bigint();
const many = writeProject(manyDir, FILES);
writeProject(oneDir, 1);
const genMs = Number(process.hrtime.bigint() - genStart) / 1e6;
const manyFiles = many.names.map((n) => join('db', 'migration', n));
const oneFiles = readdirSync(join(oneDir, 'db', 'migration')).map((n) => join('db', 'migration', n));

const squawkVersion = spawnSync(squawkBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
const pgmigVersion = spawnSync(process.execPath, [pgmigCli, '--version'], { encoding: 'utf8' }).stdout.trim();
process.stdout.write(
  `pgmig lint benchmark: ${FILES} files, ${(many.bytes / 1024).toFixed(0)} KiB, ${many.statements} statements (seed ${SEED}, generated in ${genMs.toFixed(0)} ms)\n` +
    `pgmig ${pgmigVersion} (${relative(root, pgmigCli)}, node ${process.version}${NODE_ARGS.length ? ` ${NODE_ARGS.join(' ')}` : ''}) vs ${squawkVersion}; ${cpus().length} x ${cpus()[0]?.model.trim() ?? 'cpu'}\n\n`,
);

const bulk = compare(`${FILES} files`, manyDir, manyFiles, RUNS);
const cold = compare('cold start, 1 file', oneDir, oneFiles, COLD_RUNS);
const floor = floorOf(COLD_RUNS);

const rows = [
  ['', 'pgmig', 'squawk', 'squawk/pgmig', 'runs'],
  ...[
    [bulk, RUNS],
    [cold, COLD_RUNS],
  ].map(([r, n]) => [r.label, fmt(r.pgmig), fmt(r.squawk), (r.squawk / r.pgmig).toFixed(2), String(n)]),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const row of rows) {
  process.stdout.write(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ') + '\n');
}
process.stdout.write(
  `\nmedian wall time per run, process spawn to exit. ratio >= 1.00: pgmig as fast or faster.\n` +
    `findings on the ${FILES} files (different rule sets, shown as a sanity check): pgmig ${bulk.pgmigFindings}, squawk ${bulk.squawkFindings}\n` +
    `all runs (ms): pgmig [${bulk.pgmigRuns.map((x) => x.toFixed(0)).join(', ')}], squawk [${bulk.squawkRuns.map((x) => x.toFixed(0)).join(', ')}]\n` +
    `\nfloor, timed in this run: Node's start-up alone ${fmt(floor.node)}; Node with the PostgreSQL parser (libpg-query's WebAssembly)\n` +
    `loaded and one statement parsed ${fmt(floor.parser)}, before reading a file. The best squawk/pgmig a linter in Node on this parser\n` +
    `could show: ${(bulk.squawk / floor.parser).toFixed(2)} on the ${FILES} files, ${(cold.squawk / floor.parser).toFixed(2)} for one file.\n`,
);

if (opts.profile) profile(manyDir);

function profile(dir) {
  const profDir = join(work, 'profile');
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const res = spawnSync(process.execPath, [...NODE_ARGS, '--cpu-prof', '--cpu-prof-dir', profDir, pgmigCli, 'lint', '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  expectJson('pgmig (profiled)', res);
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) fail('node wrote no CPU profile');
  const prof = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
  // the CLI is split in chunks (dist/cli/*.index.js) that load on use: map each of them
  const bundles = new Map();
  const moduleOf = (path, line) => {
    if (!bundles.has(path)) bundles.set(path, bundleModules(path));
    return bundles.get(path)(line);
  };
  const cliDir = dirname(pgmigCli);
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    if (!url) return `${name} (native)`;
    const path = resolve(locatePath(url));
    if (dirname(path) === cliDir && path.endsWith('.js')) return `${moduleOf(path, lineNumber + 1)}: ${name}`;
    return `${locate(url)}: ${name}`;
  };
  // self: the sampled frame; total: every distinct function on the sampled stack, once
  const self = new Map();
  const total = new Map();
  let sampled = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const us = prof.timeDeltas[i] ?? 0;
    sampled += us;
    const leaf = byId.get(prof.samples[i]);
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + us);
    const seen = new Set();
    for (let id = prof.samples[i]; id !== undefined; id = parent.get(id)) seen.add(label(byId.get(id)));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + us);
  }
  const show = (title, map, filter) => {
    process.stdout.write(`${title}\n`);
    const top = [...map].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, 18);
    for (const [k, us] of top) process.stdout.write(`  ${((100 * us) / sampled).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}\n`);
  };
  process.stdout.write(`\nCPU profile of one pgmig run: ${relative(root, join(profDir, file))} (${(sampled / 1000).toFixed(0)} ms sampled)\n`);
  show('self time (where the CPU is):', self, () => true);
  show('total time of pgmig functions (callees included):', total, (k) => k.startsWith('src/'));
  process.stdout.write('open the .cpuprofile in Chrome DevTools (Performance tab) for the call tree\n');
}

// Maps a line of an ncc bundle to the module it came from: ncc (webpack) marks concatenated
// modules with `// CONCATENATED MODULE: ./src/x.ts` and bundled dependencies with a numbered
// header line (`/***/ 1234:`). For a file that is not a bundle, every line maps to the file.
function bundleModules(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = new Array(lines.length + 1);
  let current = relative(root, file);
  for (let i = 0; i < lines.length; i++) {
    const concat = /^;?\/\/ CONCATENATED MODULE: (?:\.\/)?(.*)$/.exec(lines[i]);
    if (concat) current = concat[1].startsWith('external ') ? '(node built-in)' : concat[1];
    else if (/^\/\*{3}\/ \d+:/.test(lines[i])) current = '(bundled dependency)';
    at[i + 1] = current;
  }
  return (line) => at[line] ?? current;
}

/** Project files relative to the repository; node internals and wasm frames as node names them. */
function locate(url) {
  return url.startsWith('file:') || url.startsWith('/') ? relative(root, locatePath(url)) : url;
}

function locatePath(url) {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

function positiveInt(name, v) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a whole number above 0, got ${JSON.stringify(v)}`);
  return n;
}

function fail(message) {
  process.stderr.write(`bench/lint: ${message}\n`);
  process.exit(2);
}
