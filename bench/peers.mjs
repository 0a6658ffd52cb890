#!/usr/bin/env node
/**
 * Peer benchmark: pgmig and squawk on the detection corpora MigrationPilot and pgfence publish.
 * The cases are read from the peers' own repositories (a fetched snapshot: a git directory or a
 * checkout), never copied here; bench/peers/labels.json holds only pgmig's labels (which rule ids
 * of each tool name which hazard, and the verdict of each pgfence fixture used).
 *
 *   npm run build && npm run bench:peers -- [--mp <dir>] [--pgfence <dir>] [--json] [--verbose]
 *
 * Scoring (the same for both tools, on both corpora):
 * - detection: a dangerous case counts when a finding (error or warning) of a rule that the labels
 *   tie to the case's first hazard is reported. Other findings on the case do not count.
 * - false positive: a safe case with any error or warning from a rule outside the hygiene and
 *   advisory buckets (session timeouts, IF [NOT] EXISTS, the Flyway file transaction mode, type
 *   and security advice), since those say nothing about the migration's effect on production.
 * MigrationPilot's context-dependent files are run and listed, never scored.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const labels = JSON.parse(readFileSync(join(root, 'bench/peers/labels.json'), 'utf8'));
const cli = join(root, 'dist/cli/index.js');
const squawk = join(root, 'node_modules/@squawk-cli/linux-x64/bin/squawk');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const mpSource = opt('--mp', '/work/.mirror/mickelsamuel+migrationpilot/repo');
const pgfenceSource = opt('--pgfence', '/work/.mirror/flvmnt+pgfence/repo');

// What each peer says of itself and of the others (MigrationPilot bench/RESULTS.md, 2026-08-12, squawk 2.62.0, pgfence 0.6.1).
const CLAIMED = [
  { tool: 'MigrationPilot 1.6.1', mp: '31/33', mpFp: '1/17', source: 'its own bench/RESULTS.md' },
  { tool: 'pgfence 0.6.1', mp: '25/33', mpFp: '3/17', source: "MigrationPilot's bench/RESULTS.md" },
  { tool: 'squawk 2.62.0', mp: '20/33', mpFp: '1/17', source: "MigrationPilot's bench/RESULTS.md" },
];

if (!existsSync(cli)) fail(`${cli} is missing: run \`npm run build\` first`);
if (!existsSync(squawk)) fail(`${squawk} is missing: run \`npm ci\` (squawk is a devDependency)`);

/** Files of a snapshot: a bare git directory (`fetch` tool) or a plain checkout. */
function snapshot(source, under) {
  if (!existsSync(source)) fail(`${source} does not exist: fetch the peer's repository and pass its path`);
  const git = existsSync(join(source, 'HEAD')) && existsSync(join(source, 'objects'));
  if (git) {
    const names = execFileSync('git', ['--git-dir', source, 'ls-tree', '-r', '--name-only', 'HEAD', under], { encoding: 'utf8' }).split('\n').filter(Boolean);
    return names.map((n) => ({ path: n, read: () => execFileSync('git', ['--git-dir', source, 'show', `HEAD:${n}`], { encoding: 'utf8' }) }));
  }
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(join(source, d))) {
      const rel = join(d, e);
      if (statSync(join(source, rel)).isDirectory()) walk(rel);
      else out.push({ path: rel, read: () => readFileSync(join(source, rel), 'utf8') });
    }
  };
  if (!existsSync(join(source, under))) fail(`${join(source, under)} does not exist: is ${source} the right repository?`);
  walk(under);
  return out;
}

/** MigrationPilot: each file carries its label in a leading YAML block comment, stripped before the run (as its runner does). */
function migrationPilotCases() {
  const files = snapshot(mpSource, 'bench/corpus').filter((f) => f.path.endsWith('.sql'));
  return files.map((f) => {
    const text = f.read();
    const m = /^\/\* ---\n([\s\S]*?)\n--- \*\/\n?/.exec(text);
    if (!m) fail(`${f.path}: no YAML label header`);
    const field = (k) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(m[1])?.[1]?.trim();
    const hazards = (field('hazards') ?? '[]').replace(/[[\]]/g, '').split(',').map((s) => s.trim()).filter(Boolean);
    return { id: basename(f.path, '.sql'), group: basename(dirname(f.path)), verdict: field('verdict'), hazards, sql: text.slice(m[0].length), pg: (field('pg_version') ?? '17').replace(/"/g, '') };
  });
}

function pgfenceCases() {
  const files = new Map(snapshot(pgfenceSource, 'tests/fixtures').map((f) => [basename(f.path, '.sql'), f]));
  return Object.entries(labels.pgfence).map(([id, l]) => {
    const f = files.get(id);
    if (!f) fail(`pgfence fixture ${id}.sql is not in ${pgfenceSource}: labels.json and the snapshot disagree`);
    return { id, group: 'fixtures', verdict: l.verdict, hazards: l.hazards ?? [], sql: f.read(), pg: '17' };
  });
}

const nonHazard = new Set([...labels.buckets.hygiene, ...labels.buckets.advisory]);

function runPgmig(dir, file) {
  const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--no-color', file], { cwd: dir, encoding: 'utf8' });
  if (r.status === 2 || !r.stdout) fail(`pgmig lint on ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule);
}

function runSquawk(dir, file, pg) {
  const r = spawnSync(squawk, ['--reporter', 'json', '--pg-version', `${pg}.0`, file], { cwd: dir, encoding: 'utf8' });
  if (!r.stdout) fail(`squawk on ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout).map((f) => f.rule_name);
}

function score(cases, corpus) {
  const rows = [];
  for (const c of cases) {
    // one folder per case: pgmig reads a file's folder as earlier migrations, and a case stands alone
    const dir = mkdtempSync(join(tmpdir(), 'pgmig-peers-'));
    const file = `V1__${c.id.replace(/[^A-Za-z0-9]+/g, '_')}.sql`;
    writeFileSync(join(dir, file), c.sql);
    const found = { pgmig: runPgmig(dir, file), squawk: runSquawk(dir, file, c.pg) };
    rmSync(dir, { recursive: true, force: true });
    const row = { corpus, id: c.id, group: c.group, verdict: c.verdict, hazard: c.hazards[0] };
    for (const tool of ['pgmig', 'squawk']) {
      const rules = [...new Set(found[tool])];
      if (c.verdict === 'dangerous') {
        const h = labels.hazards[c.hazards[0]];
        if (!h) fail(`${corpus} ${c.id}: hazard ${c.hazards[0]} has no entry in bench/peers/labels.json`);
        row[tool] = rules.some((r) => h[tool].includes(r));
      } else if (c.verdict === 'safe') {
        row[tool] = rules.filter((r) => !nonHazard.has(r));
      }
      row[`${tool}Rules`] = rules;
    }
    rows.push(row);
  }
  return rows;
}

function summary(rows) {
  const d = rows.filter((r) => r.verdict === 'dangerous');
  const s = rows.filter((r) => r.verdict === 'safe');
  const out = {};
  for (const tool of ['pgmig', 'squawk']) {
    out[tool] = {
      detected: `${d.filter((r) => r[tool]).length}/${d.length}`,
      falsePositives: `${s.filter((r) => r[tool].length > 0).length}/${s.length}`,
      missed: d.filter((r) => !r[tool]).map((r) => `${r.id} (${r.hazard})`),
      flaggedSafe: s.filter((r) => r[tool].length > 0).map((r) => `${r.id}: ${r[tool].join(',')}`),
    };
  }
  return out;
}

function fail(msg) {
  console.error(`bench:peers: ${msg}`);
  process.exit(2);
}

const mpRows = score(migrationPilotCases(), 'migrationpilot');
const pfRows = score(pgfenceCases(), 'pgfence');
const mp = summary(mpRows);
const pf = summary(pfRows);

if (args.includes('--json')) {
  console.log(JSON.stringify({ migrationpilot: mp, pgfence: pf, rows: [...mpRows, ...pfRows] }, null, 2));
  process.exit(0);
}

const pgmigVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const squawkVersion = execFileSync(squawk, ['--version'], { encoding: 'utf8' }).trim().replace(/^squawk\s*/, '');
console.log('| Tool | MigrationPilot corpus: detected | false positives | pgfence fixtures: detected | false positives | Source |');
console.log('|---|---|---|---|---|---|');
console.log(`| pgmig ${pgmigVersion} | ${mp.pgmig.detected} | ${mp.pgmig.falsePositives} | ${pf.pgmig.detected} | ${pf.pgmig.falsePositives} | measured here |`);
console.log(`| squawk ${squawkVersion} | ${mp.squawk.detected} | ${mp.squawk.falsePositives} | ${pf.squawk.detected} | ${pf.squawk.falsePositives} | measured here |`);
for (const c of CLAIMED) console.log(`| ${c.tool} | ${c.mp} | ${c.mpFp} | – | – | claimed in ${c.source} |`);
console.log();
for (const [name, s] of [['MigrationPilot', mp], ['pgfence', pf]]) {
  for (const tool of ['pgmig', 'squawk']) {
    console.log(`${name} corpus, ${tool} missed: ${s[tool].missed.join('; ') || 'none'}`);
    console.log(`${name} corpus, ${tool} flagged safe: ${s[tool].flaggedSafe.join('; ') || 'none'}`);
  }
}
const ctx = mpRows.filter((r) => r.verdict === 'context-dependent');
if (ctx.length) {
  console.log('\nMigrationPilot context-dependent files (not scored): pgmig / squawk hazard rules fired');
  for (const r of ctx) {
    const h = (rules) => rules.filter((x) => !nonHazard.has(x)).join(',') || 'quiet';
    console.log(`  ${r.id} (${r.hazard}): ${h(r.pgmigRules)} / ${h(r.squawkRules)}`);
  }
}
if (args.includes('--verbose')) for (const r of [...mpRows, ...pfRows]) console.log(`${r.corpus} ${r.id} [${r.verdict}] pgmig=${r.pgmigRules.join(',')} squawk=${r.squawkRules.join(',')}`);
