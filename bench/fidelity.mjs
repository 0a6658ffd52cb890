// pgTAP fidelity: pgmig's verdict on each file of bench/fidelity/cases beside pg_prove's, on the
// same server, in the same run.
//
//   node bench/fidelity.mjs --database-url postgresql://postgres@127.0.0.1:5432/postgres
//   node bench/fidelity.mjs --database-url … --cli src/cli/index.ts --node-arg=--import=$PWD/test/db/ts-node.mjs
//
// Needs pg_prove (Debian: apt-get install libtap-parser-sourcehandler-pgtap-perl), psql, and
// pgTAP on the server. Every case runs against the schema of one migration (a `users` table):
// pgmig through `pgmig test --format json` (each file on a copy of the migrated database of its
// own), pg_prove file by file on a database migrated by psql. pg_prove's verdict is its exit
// status for that file. A measurement, not a test: it prints the agreement and lists the files
// where the two differ; it fails only when a tool cannot run.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cases = join(root, 'bench', 'fidelity', 'cases');
const work = join(root, 'bench', '.work', 'fidelity');
const { values: opts } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    cli: { type: 'string', default: join(root, 'dist', 'cli', 'index.js') },
    'node-arg': { type: 'string', multiple: true, default: [] },
  },
});
const fail = (msg) => {
  process.stderr.write(`fidelity: ${msg}\n`);
  process.exit(2);
};
const url = opts['database-url'] ?? process.env.DATABASE_URL;
if (!url) fail('give --database-url (a server with pgTAP installed, where a database can be created)');
if (spawnSync('pg_prove', ['--version']).status !== 0) fail('pg_prove not found: apt-get install libtap-parser-sourcehandler-pgtap-perl');
const cli = resolve(opts.cli);
if (!existsSync(cli)) fail(`pgmig CLI not found at ${relative(root, cli)}: run \`npm run build\``);

const migration = 'CREATE TABLE users (id int);\n';
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'db', 'migration'), { recursive: true });
writeFileSync(join(work, 'db', 'migration', 'V1__users.sql'), migration);
cpSync(cases, join(work, 'db', 'tests'), { recursive: true });
const files = readdirSync(join(work, 'db', 'tests')).filter((f) => /\.(sql|pg)$/.test(f)).sort();

// pgmig
const run = spawnSync(process.execPath, [...opts['node-arg'], cli, 'test', '--format', 'json', '--database-url', url], { cwd: work, encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) fail(`pgmig test exited ${run.status}: ${run.stderr}`);
const report = JSON.parse(run.stdout);
const pgmig = new Map(report.tests.map((t) => [t.file.replace(/^db\/tests\//, ''), t]));

// pg_prove, on a database psql migrated
const u = new URL(url);
const db = `pgmig_fidelity_${Date.now().toString(36)}`;
const env = { ...process.env, PGHOST: u.hostname, PGPORT: u.port || '5432', PGUSER: decodeURIComponent(u.username || 'postgres'), PGPASSWORD: decodeURIComponent(u.password), PGSSLMODE: u.searchParams.get('sslmode') ?? 'prefer' };
const psql = (dbname, sql) => {
  const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', dbname, '-c', sql], { env, encoding: 'utf8' });
  if (r.status !== 0) fail(`psql: ${r.stderr}`);
};
psql(u.pathname.slice(1) || 'postgres', `CREATE DATABASE ${db}`);
const rows = [];
try {
  psql(db, 'CREATE EXTENSION IF NOT EXISTS pgtap');
  psql(db, migration);
  for (const f of files) {
    const r = spawnSync('pg_prove', ['-d', db, join('db', 'tests', f)], { cwd: work, env, encoding: 'utf8' });
    const t = pgmig.get(f);
    rows.push({ file: f, pgProve: r.status === 0 ? 'pass' : 'fail', pgmig: t ? (t.status === 'passed' ? 'pass' : 'fail') : 'missing', why: t?.problems?.[0] ?? '', proveWhy: (r.stdout.match(/Parse errors: (.*)/) ?? r.stdout.match(/(Failed test.*)/) ?? [, ''])[1] });
  }
} finally {
  spawnSync('psql', ['-X', '-q', '-d', u.pathname.slice(1) || 'postgres', '-c', `DROP DATABASE IF EXISTS ${db}`], { env });
}

const w = Math.max(...rows.map((r) => r.file.length));
process.stdout.write(`pgTAP fidelity: ${rows.length} files, pgmig (${relative(root, cli)}) vs ${spawnSync('pg_prove', ['--version'], { encoding: 'utf8' }).stdout.trim()}\n\n`);
process.stdout.write(`${'file'.padEnd(w)}  pg_prove  pgmig  \n`);
for (const r of rows) {
  process.stdout.write(`${r.file.padEnd(w)}  ${r.pgProve.padEnd(8)}  ${r.pgmig.padEnd(5)}  ${r.pgProve === r.pgmig ? '' : 'DIFFERENT  '}${r.pgmig === 'fail' ? r.why : r.proveWhy}\n`);
}
const same = rows.filter((r) => r.pgProve === r.pgmig).length;
process.stdout.write(`\nagreement: ${same}/${rows.length} files get pg_prove's verdict\n`);
