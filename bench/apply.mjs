// Apply speed: `pgmig test` against psql on the same generated migrations, in the same run.
//
//   npm run bench:apply                     # 300 files, the last 5 of them traced, 3 runs each
//   node bench/apply.mjs --files 500 --new 10 --runs 5
//   node bench/apply.mjs --auth trust       # no password logins (default scram, as a CI service)
//   node bench/apply.mjs --profile          # also a CPU profile of one pgmig run
//   node bench/apply.mjs --files 20 --new 1 --load 200000 --runs 1
//                                           # the last file a data load of 200k INSERTs, each
//                                           # traced (issue 18: was 12x the psql session)
//   node bench/apply.mjs --cli src/cli/index.ts --node-arg=--import=$PWD/test/db/ts-node.mjs
//                                           # the TypeScript sources instead of dist/ (an
//                                           # absolute path: pgmig runs in the project folder)
//
// Three ways to apply the same files, each into a fresh database of one PostgreSQL cluster
// that this script starts (initdb into a temporary folder, fsync off, as `pgmig test` does):
//   pgmig      `pgmig test <last --new files> --database-url …`: the earlier files are the base
//              (each in one transaction, recorded in flyway_schema_history, no trace); the last
//              ones are traced statement by statement. Its time is the whole process, start-up
//              and CREATE DATABASE included.
//   session    one `psql -v ON_ERROR_STOP=1 -f` of all files concatenated: the floor a migration
//              runner can hope for.
//   per file   one psql process per file, one after the other: what a shell loop in CI does.
// Every time runs from nothing to a migrated fresh database: the psql ones include the
// `psql -c 'CREATE DATABASE …'` that makes theirs, as pgmig's includes its own (pgmig runs with
// --keep, so the three databases can be compared and its time has no DROP DATABASE in it).
// Goals (issue 4): pgmig <= 1.2x the session, and >= 5x faster than a process per file.
// It times the built CLI (dist/cli/index.js: run `npm run build` first). Only Node built-ins
// are used; the files go to bench/.work/apply (git-ignored) from a fixed seed. A measurement,
// not a test: it fails only when a way of applying fails or the three disagree on the schema.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { accessSync, chmodSync, chownSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', '.work', 'apply');

const { values: opts } = parseArgs({
  options: {
    files: { type: 'string', default: '300' },
    new: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20240611' },
    auth: { type: 'string', default: 'scram' },
    profile: { type: 'boolean', default: false },
    load: { type: 'string', default: '0' },
    cli: { type: 'string', default: join(root, 'dist', 'cli', 'index.js') },
    'node-arg': { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write('usage: node bench/apply.mjs [--files N] [--new N] [--runs N] [--seed N] [--auth scram|trust] [--profile] [--load N] [--cli <pgmig cli>] [--node-arg=<node flag>...]\n');
  process.exit(0);
}
const FILES = positiveInt('files', opts.files);
const NEW = positiveInt('new', opts.new);
const RUNS = positiveInt('runs', opts.runs);
const SEED = positiveInt('seed', opts.seed);
// a last migration of this many one-row INSERTs (0: none), traced statement by statement
const LOAD = opts.load === '0' ? 0 : positiveInt('load', opts.load);
const NODE_ARGS = opts['node-arg'];
if (!['scram', 'trust'].includes(opts.auth)) fail(`--auth must be scram or trust, got ${JSON.stringify(opts.auth)}`);
// scram: a password login per connection, as with the postgres image a CI job runs as a service;
// trust: no login cost at all, as on pgmig's own throwaway cluster
const AUTH = opts.auth;
const PASSWORD = 'bench-password';
const pgmigCli = resolve(opts.cli);
if (NEW >= FILES) fail(`--new (${NEW}) must be below --files (${FILES})`);

if (!existsSync(pgmigCli)) fail(`pgmig CLI not found at ${relative(root, pgmigCli)}: run \`npm run build\``);
const help = spawnSync(process.execPath, [...NODE_ARGS, pgmigCli, 'test', '--help'], { encoding: 'utf8' });
if (help.status !== 0 || !/--database-url/.test(help.stdout)) {
  fail(`${relative(root, pgmigCli)} has no \`test\` command (a build from before pgmig test?): run \`npm run build\`, then run this again`);
}

// ---------------------------------------------------------------------------------------
// Generated migrations: what a multi-tenant SaaS schema accumulates over a few years

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
  'product', 'price_book', 'campaign', 'support_case', 'contract', 'purchase_order', 'shipment', 'payment',
  'subscription', 'usage_event', 'note', 'attachment', 'partner', 'region', 'team', 'forecast',
  'territory', 'quota', 'task', 'meeting', 'email_message', 'call_log', 'document', 'approval',
  'discount', 'tax_rate', 'currency_rate', 'warehouse', 'stock_level', 'supplier', 'refund', 'credit_note',
];
const EXTRA_COLUMNS = [
  ['notes', 'text', null, (c) => `left(md5(${c}::text), 12)`],
  ['amount', 'numeric(14, 2)', '0', (c) => `(${c} % 1000) * 1.5`],
  ['status', 'text', "'open'", (c) => `CASE WHEN ${c} % 3 = 0 THEN 'closed' ELSE 'open' END`],
  ['priority', 'smallint', '3', (c) => `(${c} % 5)::smallint`],
  ['due_on', 'date', null, (c) => `date '2024-01-01' + (${c} % 365)::int`],
  ['is_archived', 'boolean', 'false', (c) => `${c} % 10 = 0`],
  ['external_ref', 'text', null, (c) => `'ext-' || ${c}`],
  ['score', 'integer', '0', (c) => `(${c} * 7) % 100`],
  ['metadata', 'jsonb', "'{}'::jsonb", (c) => `jsonb_build_object('v', ${c} % 7)`],
  ['closed_at', 'timestamptz', null, (c) => `now() - (${c} % 90) * interval '1 day'`],
];

function generate(dir, count, seed) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  const add = (name, sql) => files.push({ name: `V${files.length + 1}__${name}.sql`, sql });
  const tables = [];
  const columns = new Map();
  const indexed = new Set();
  /** table.column of foreign keys, and tables with an amount check: kept apart from `columns` */
  const refs = new Set();
  const checked = new Set();
  let fk = 0;
  let fn = 0;
  let view = 0;

  add(
    'baseline',
    `-- roles are cluster-wide: create them once, whichever database comes first
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app_user') THEN
    CREATE ROLE app_user NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app_readonly') THEN
    CREATE ROLE app_readonly NOLOGIN;
  END IF;
END $$;

CREATE TABLE tenant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO tenant (name) SELECT 'tenant ' || g FROM generate_series(1, 20) g;

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

CREATE FUNCTION current_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.tenant_id', true), '')::uuid
$$;
`,
  );

  const createTable = (noun) => {
    tables.push(noun);
    columns.set(noun, []);
    const rows = 200 + Math.floor(rand() * 1800);
    add(
      `create_${noun}`,
      `CREATE TABLE ${noun} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenant (id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ${noun}_tenant_id_idx ON ${noun} (tenant_id);

ALTER TABLE ${noun} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${noun} FORCE ROW LEVEL SECURITY;
CREATE POLICY ${noun}_tenant_isolation ON ${noun}
  USING (tenant_id = current_tenant())
  WITH CHECK (tenant_id = current_tenant());
CREATE POLICY ${noun}_readonly ON ${noun} FOR SELECT TO app_readonly USING (true);

CREATE TRIGGER ${noun}_set_updated_at BEFORE UPDATE ON ${noun}
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

GRANT SELECT, INSERT, UPDATE, DELETE ON ${noun} TO app_user;
GRANT SELECT ON ${noun} TO app_readonly;

-- seed data for the tests that run on top
INSERT INTO ${noun} (tenant_id, name)
SELECT t.id, '${noun} ' || g
FROM generate_series(1, ${rows}) g
JOIN LATERAL (SELECT id FROM tenant ORDER BY name OFFSET g % 20 LIMIT 1) t ON true;
`,
    );
  };

  const changes = [
    // a new column, nullable or with a constant default (no rewrite), and an index for it
    () => {
      const t = pick(tables);
      const free = EXTRA_COLUMNS.filter(([c]) => !columns.get(t).includes(c));
      if (!free.length) return false;
      const [c, type, def] = pick(free);
      columns.get(t).push(c);
      add(`add_${t}_${c}`, `SET lock_timeout = '5s';\nALTER TABLE ${t} ADD COLUMN ${c} ${type}${def ? ` DEFAULT ${def}` : ''};\nCOMMENT ON COLUMN ${t}.${c} IS 'added for reporting';\n`);
      return true;
    },
    // a backfill of a column added earlier, in batches in a DO block
    () => {
      const t = pick(tables);
      const c = pick(columns.get(t));
      if (!c) return false;
      const [, , , expr] = EXTRA_COLUMNS.find(([n]) => n === c);
      add(
        `backfill_${t}_${c}`,
        `DO $$
DECLARE
  batch int := 500;
  last_id bigint := 0;
  n int;
BEGIN
  LOOP
    WITH chunk AS (
      SELECT id FROM ${t} WHERE id > last_id ORDER BY id LIMIT batch
    )
    UPDATE ${t} x SET ${c} = ${expr('x.id')}
    FROM chunk WHERE x.id = chunk.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
    SELECT max(id) INTO last_id FROM (SELECT id FROM ${t} WHERE id > last_id ORDER BY id LIMIT batch) s;
  END LOOP;
END $$;
`,
      );
      return true;
    },
    // an index, now and then built CONCURRENTLY (its own file: it cannot run in a transaction)
    () => {
      const t = pick(tables);
      const c = pick(columns.get(t));
      if (!c || indexed.has(`${t}.${c}`)) return false;
      indexed.add(`${t}.${c}`);
      const concurrently = rand() < 0.25;
      add(
        `index_${t}_${c}`,
        concurrently
          ? `SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS ${t}_${c}_idx ON ${t} (tenant_id, ${c});\n`
          : `CREATE INDEX ${t}_${c}_idx ON ${t} (tenant_id, ${c});\n`,
      );
      return true;
    },
    // a foreign key added NOT VALID, then validated
    () => {
      if (tables.length < 2) return false;
      const [a, b] = [pick(tables), pick(tables)];
      if (a === b) return false;
      const col = `${b}_id`;
      if (refs.has(`${a}.${col}`)) return false;
      refs.add(`${a}.${col}`);
      fk++;
      add(
        `${a}_references_${b}`,
        `ALTER TABLE ${a} ADD COLUMN ${col} bigint;
ALTER TABLE ${a} ADD CONSTRAINT ${a}_${col}_fk_${fk} FOREIGN KEY (${col}) REFERENCES ${b} (id) NOT VALID;
ALTER TABLE ${a} VALIDATE CONSTRAINT ${a}_${col}_fk_${fk};
CREATE INDEX ${a}_${col}_idx ON ${a} (${col});
`,
      );
      return true;
    },
    // a function the application calls
    () => {
      const t = pick(tables);
      fn++;
      add(
        `function_${t}_summary_${fn}`,
        `CREATE OR REPLACE FUNCTION ${t}_summary_${fn}(p_tenant uuid, p_since timestamptz DEFAULT now() - interval '30 days')
RETURNS TABLE (total bigint, newest timestamptz)
LANGUAGE plpgsql STABLE SECURITY INVOKER
SET search_path = public, pg_temp
AS $fn$
BEGIN
  IF p_tenant IS NULL THEN
    RAISE EXCEPTION 'tenant required' USING ERRCODE = '22004';
  END IF;
  RETURN QUERY
    SELECT count(*), max(created_at)
    FROM ${t}
    WHERE tenant_id = p_tenant AND created_at >= p_since;
END
$fn$;
GRANT EXECUTE ON FUNCTION ${t}_summary_${fn}(uuid, timestamptz) TO app_user;
`,
      );
      return true;
    },
    // a reporting view
    () => {
      const t = pick(tables);
      view++;
      add(`view_${t}_${view}`, `CREATE OR REPLACE VIEW ${t}_recent_${view} WITH (security_invoker = true) AS\n  SELECT id, tenant_id, name, created_at FROM ${t} WHERE created_at > now() - interval '7 days';\nGRANT SELECT ON ${t}_recent_${view} TO app_readonly;\n`);
      return true;
    },
    // a check constraint, NOT VALID then validated
    () => {
      const t = pick(tables);
      if (!columns.get(t).includes('amount') || checked.has(t)) return false;
      checked.add(t);
      add(`check_${t}_amount`, `ALTER TABLE ${t} ADD CONSTRAINT ${t}_amount_nonnegative CHECK (amount >= 0) NOT VALID;\nALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_amount_nonnegative;\n`);
      return true;
    },
  ];

  // about one table in six files early on, then mostly changes to what is there
  let nouns = [...NOUNS];
  while (files.length < count) {
    const wantTable = nouns.length && (tables.length < 4 || rand() < 0.16);
    if (wantTable) {
      createTable(nouns.shift());
      continue;
    }
    for (let tries = 0; tries < 20 && !pick(changes)(); tries++);
  }
  files.length = count;
  if (LOAD) {
    const rows = [];
    for (let i = 1; i <= LOAD; i++) rows.push(`INSERT INTO tenant (name) VALUES ('load ${i}');\n`);
    files[count - 1] = { name: `V${count}__load_tenants.sql`, sql: rows.join('') };
  }
  let bytes = 0;
  for (const f of files) {
    writeFileSync(join(dir, f.name), f.sql);
    bytes += Buffer.byteLength(f.sql);
  }
  return { names: files.map((f) => f.name), bytes, tables: tables.length };
}

// ---------------------------------------------------------------------------------------
// A PostgreSQL cluster for the run, started the way src/db/cluster.ts starts one

function findBinDir() {
  const ok = (d) => d && isExecutable(join(d, 'initdb')) && isExecutable(join(d, 'postgres')) && isExecutable(join(d, 'psql'));
  try {
    const d = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (ok(d)) return d;
  } catch {
    // Debian puts the server off PATH, under /usr/lib/postgresql/<major>/bin
  }
  const majors = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((n) => /^\d+$/.test(n)).sort((a, b) => b - a) : [];
  for (const m of majors) if (ok(`/usr/lib/postgresql/${m}/bin`)) return `/usr/lib/postgresql/${m}/bin`;
  for (const d of (process.env.PATH ?? '').split(':')) if (ok(d)) return d;
  return undefined;
}

function isExecutable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** initdb and postgres refuse root: as root, run them as `postgres` (as pgmig does). */
function serverUser() {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) fail('running as root and there is no `postgres` user to run the server as');
  const f = line.split(':');
  return { uid: Number(f[2]), gid: Number(f[3]) };
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

let server;
function stopServer() {
  if (!server) return;
  try {
    process.kill(server.pid, 'SIGQUIT');
  } catch {
    // already gone
  }
  const until = Date.now() + 5000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (Date.now() < until && existsSync(`/proc/${server.pid}`) && !/\) Z/.test(safeRead(`/proc/${server.pid}/stat`))) Atomics.wait(pause, 0, 0, 20);
  rmSync(server.dir, { recursive: true, force: true });
  server = undefined;
}
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServer();
    process.exit(130);
  });
}

async function startServer(binDir) {
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'pgmig-bench-pg-'));
  chmodSync(dir, 0o755);
  const sock = join(dir, 'sock');
  mkdirSync(sock);
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chownSync(sock, user.uid, user.gid);
  }
  const env = { PATH: process.env.PATH, LANG: 'C', LC_ALL: 'C', TZ: 'UTC' };
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, `${PASSWORD}\n`);
  if (user) chownSync(pwfile, user.uid, user.gid);
  const auth = AUTH === 'scram' ? ['-A', 'scram-sha-256', `--pwfile=${pwfile}`] : ['-A', 'trust'];
  const init = spawnSync(join(binDir, 'initdb'), ['-D', join(dir, 'data'), ...auth, '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'], {
    cwd: dir,
    env,
    encoding: 'utf8',
    ...(user ?? {}),
  });
  if (init.status !== 0) fail(`initdb failed: ${(init.stderr || init.stdout).trim()}`);
  const port = await freePort();
  const child = spawn(
    join(binDir, 'postgres'),
    ['-D', join(dir, 'data'), '-p', String(port), '-k', sock, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off', '-c', 'max_connections=50'],
    { cwd: dir, env, stdio: 'ignore', detached: true, ...(user ?? {}) },
  );
  child.unref();
  server = { pid: child.pid, dir, port };
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (spawnSync(join(binDir, 'psql'), ['-X', '-q', '-d', url('postgres'), '-c', 'SELECT 1'], { stdio: 'ignore' }).status === 0) return server;
    await new Promise((r) => setTimeout(r, 50));
  }
  fail('the PostgreSQL server did not start within 30 s');
}

// ---------------------------------------------------------------------------------------
// Timing

function timed(cmd, args, options) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.error) fail(`${cmd} could not start: ${res.error.message}`);
  return { ms, res };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

let dbSeq = 0;
const url = (db) => `postgresql://postgres${AUTH === 'scram' ? `:${PASSWORD}` : ''}@127.0.0.1:${server.port}/${db}?sslmode=disable`;
function psql(db, args, options = {}) {
  return timed(join(binDir, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url(db), ...args], options);
}
function sql(db, text) {
  const { res } = psql(db, ['-A', '-t', '-c', text]);
  if (res.status !== 0) fail(`psql -c ${JSON.stringify(text)}: ${res.stderr.trim()}`);
  return res.stdout.trim();
}
/** A new database, made by a psql process of its own as a CI script would; and how long that took. */
function freshDb() {
  const name = `bench_${process.pid}_${++dbSeq}`;
  const { ms, res } = psql('postgres', ['-c', `CREATE DATABASE ${name}`]);
  if (res.status !== 0) fail(`CREATE DATABASE ${name}: ${res.stderr.trim()}`);
  return { name, ms };
}

/** What the three must agree on: a fingerprint of the schema they built. */
function schemaOf(db) {
  const ns = `JOIN pg_namespace n ON n.oid = %s AND n.nspname = 'public'`;
  return sql(
    db,
    `SELECT (SELECT count(*) FROM pg_class c ${ns.replace('%s', 'c.relnamespace')} WHERE c.relname NOT LIKE 'flyway\\_schema\\_history%') || ' relations, ' ||
            (SELECT count(*) FROM pg_policy) || ' policies, ' ||
            (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal) || ' triggers, ' ||
            (SELECT count(*) FROM pg_proc p ${ns.replace('%s', 'p.pronamespace')}) || ' functions, ' ||
            (SELECT count(*) FROM pg_constraint c ${ns.replace('%s', 'c.connamespace')} WHERE c.conname NOT LIKE 'flyway\\_schema\\_history%') || ' constraints'`,
  );
}

function runPgmig(dir, names, profileDir) {
  const news = names.slice(-NEW).map((n) => join('db', 'migration', n));
  const args = [...NODE_ARGS, ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), pgmigCli, 'test', ...news, '--database-url', url('postgres'), '--format', 'json', '--keep'];
  const { ms, res } = timed(process.execPath, args, { cwd: dir });
  let report;
  try {
    report = JSON.parse(res.stdout);
  } catch {
    fail(`pgmig did not print its JSON report (exit ${res.status}): ${(res.stderr || res.stdout).slice(0, 500)}`);
  }
  const failed = report.migrations.find((m) => m.status === 'failed');
  if (failed) fail(`pgmig: ${failed.file}:${failed.error.line}: ${failed.error.message}`);
  if (report.migrations.length !== names.length) fail(`pgmig applied ${report.migrations.length} of ${names.length} files`);
  const traced = report.migrations.filter((m) => m.phase === 'new');
  const base = report.migrations.filter((m) => m.phase === 'base');
  return { ms, db: report.database.name, base: base.reduce((n, m) => n + m.durationMs, 0), traced: traced.reduce((n, m) => n + m.durationMs, 0), statements: report.summary.statements };
}

function runSession(all) {
  const db = freshDb();
  const { ms, res } = psql(db.name, ['-f', all]);
  if (res.status !== 0) fail(`psql -f (one session) failed: ${res.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
  return { ms: db.ms + ms, db: db.name };
}

function runPerFile(migDir, names) {
  const db = freshDb();
  let ms = db.ms;
  for (const n of names) {
    const r = psql(db.name, ['-f', join(migDir, n)]);
    if (r.res.status !== 0) fail(`psql -f ${n} failed: ${r.res.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
    ms += r.ms;
  }
  return { ms, db: db.name };
}

function drop(db) {
  sql('postgres', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
}

// ---------------------------------------------------------------------------------------

const binDir = findBinDir();
if (!binDir) fail('no PostgreSQL server programs (initdb, postgres, psql) found via pg_config, /usr/lib/postgresql/*/bin or PATH: install PostgreSQL (apt-get install postgresql)');

const projectDir = join(work, 'project');
const migDir = join(projectDir, 'db', 'migration');
rmSync(work, { recursive: true, force: true });
const gen = generate(migDir, FILES, SEED);
writeFileSync(join(projectDir, '.pgmig.yml'), 'migrations: db/migration\n');
const all = join(work, 'all.sql');
writeFileSync(all, gen.names.map((n) => readFileSync(join(migDir, n), 'utf8')).join('\n'));
// psql and the server must be able to read the files
if (process.getuid?.() === 0) chmodSync(work, 0o755);

await startServer(binDir);
const serverVersion = sql('postgres', 'SHOW server_version');
const pgmigVersion = spawnSync(process.execPath, [...NODE_ARGS, pgmigCli, '--version'], { encoding: 'utf8' }).stdout.trim();
process.stdout.write(
  `pgmig apply benchmark: ${FILES} migrations (${gen.tables} tables with RLS and policies, ${(gen.bytes / 1024).toFixed(0)} KiB, seed ${SEED}), the last ${NEW} traced${LOAD ? `, the last of them ${LOAD} INSERT statements` : ''}\n` +
    `pgmig ${pgmigVersion} (${relative(root, pgmigCli)}, node ${process.version}) vs ${spawnSync(join(binDir, 'psql'), ['--version'], { encoding: 'utf8' }).stdout.trim()}\n` +
    `PostgreSQL ${serverVersion}, fsync off, ${AUTH === 'scram' ? 'password logins (scram-sha-256)' : 'no password (trust)'} over TCP on 127.0.0.1; ${cpus().length} x ${cpus()[0]?.model.trim() ?? 'cpu'}\n\n`,
);

// one untimed round of each: page cache, catalog caches, and a check that all three agree
const check = [runPgmig(projectDir, gen.names), runSession(all), runPerFile(migDir, gen.names)];
const schemas = check.map((r) => schemaOf(r.db));
for (const r of check) drop(r.db);
if (new Set(schemas).size !== 1) fail(`the three ways built different schemas: pgmig ${schemas[0]}; session ${schemas[1]}; per file ${schemas[2]}`);

const times = { pgmig: [], session: [], perFile: [] };
let last;
const order = [
  () => {
    last = runPgmig(projectDir, gen.names);
    times.pgmig.push(last.ms);
    drop(last.db);
  },
  () => {
    const r = runSession(all);
    times.session.push(r.ms);
    drop(r.db);
  },
  () => {
    const r = runPerFile(migDir, gen.names);
    times.perFile.push(r.ms);
    drop(r.db);
  },
];
// rotate which goes first, so drift (caches, other load) hits all alike
for (let i = 0; i < RUNS; i++) for (let k = 0; k < order.length; k++) order[(i + k) % order.length]();

const p = median(times.pgmig);
const s = median(times.session);
const f = median(times.perFile);
const min = (xs) => Math.min(...xs);
const rows = [
  ['', 'median', 'fastest', 'runs (ms)'],
  ['pgmig test', fmt(p), fmt(min(times.pgmig)), times.pgmig.map((x) => x.toFixed(0)).join(', ')],
  ['psql, one session', fmt(s), fmt(min(times.session)), times.session.map((x) => x.toFixed(0)).join(', ')],
  ['psql, one process per file', fmt(f), fmt(min(times.perFile)), times.perFile.map((x) => x.toFixed(0)).join(', ')],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const row of rows) process.stdout.write(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : c < 3 ? cell.padStart(widths[c]) : cell)).join('   ') + '\n');
const r1 = p / s;
const r2 = f / p;
const m1 = min(times.pgmig) / min(times.session);
const m2 = min(times.perFile) / min(times.pgmig);
process.stdout.write(
  `\npgmig / one session:       ${r1.toFixed(2)}x   (fastest runs: ${m1.toFixed(2)}x; goal <= 1.20: ${r1 <= 1.2 ? 'met' : 'NOT met'})\n` +
    `per file / pgmig:          ${r2.toFixed(2)}x   (fastest runs: ${m2.toFixed(2)}x; goal >= 5.00: ${r2 >= 5 ? 'met' : 'NOT met'})\n` +
    `per file / one session:    ${(f / s).toFixed(2)}x   (the most any runner could reach against a process per file here)\n` +
    `schema built by each: ${schemas[0]}\n` +
    `pgmig's own account of its last run: base files ${fmt(last.base)}, ${NEW} traced files ${fmt(last.traced)} (${last.statements} statements); the rest is start-up, reading the files, CREATE DATABASE\n`,
);

if (opts.profile) profile();

function profile() {
  const profDir = join(work, 'profile');
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const r = runPgmig(projectDir, gen.names, profDir);
  drop(r.db);
  const file = readdirSync(profDir).find((n) => n.endsWith('.cpuprofile'));
  if (!file) fail('node wrote no CPU profile');
  const prof = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let sampled = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const us = prof.timeDeltas[i] ?? 0;
    sampled += us;
    const { functionName, url: u, lineNumber } = byId.get(prof.samples[i]).callFrame;
    const k = `${functionName || '(anonymous)'} ${u ? `${relative(root, u.startsWith('file:') ? fileURLToPath(u) : u)}:${lineNumber + 1}` : '(native)'}`;
    self.set(k, (self.get(k) ?? 0) + us);
  }
  process.stdout.write(`\nCPU profile of one pgmig run (${fmt(r.ms)} wall, ${fmt(sampled / 1000)} sampled on the main thread; the rest is waiting for the server): ${relative(root, join(profDir, file))}\n`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stdout.write(`  ${((100 * us) / sampled).toFixed(1).padStart(5)}%  ${fmt(us / 1000).padStart(8)}  ${k}\n`);
}

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

function safeRead(p) {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

function positiveInt(name, v) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a whole number above 0, got ${JSON.stringify(v)}`);
  return n;
}

function fail(message) {
  process.stderr.write(`bench/apply: ${message}\n`);
  process.exit(2);
}
