import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { loadConfig, type Config } from '../migrations/config.js';
import { discoverMigrations, displayPath, entryFor, isMigrationPath, type MigrationEntry } from '../migrations/discover.js';
import { compareMigrations, isNameProblem, type MigrationName } from '../migrations/name.js';
import { missingPlaceholders, withPlaceholders } from '../migrations/placeholders.js';
import { readMigration } from '../migrations/read.js';
import { loadStats } from '../migrations/stats-file.js';
import { flywayChecksum, flywayChecksumOfBytes } from '../db/apply.js';
import { changesSince, filesAt, mergeBase, repoRoot, resolveRef, sameContent, textAt } from '../git/git.js';
import { Engine, type EngineInput } from '../rules/engine.js';
import type { LintResult } from '../rules/finding.js';
import { RULES, RULE_IDS } from '../rules/index.js';
import type { BaseInfo } from '../rules/rule.js';
import { ensureParser } from '../sql/parse.js';

export interface LintOptions {
  cwd: string;
  files?: string[];
  changedSince?: string;
  config?: string;
  /** Overrides `migrations` from the config (action input, CLI flag). */
  migrations?: string[];
  /** A `pgmig stats` file, relative to cwd; overrides the config's `stats`. */
  stats?: string;
}

export interface LintRun {
  result: LintResult;
  config: Config;
}

export async function runLint(opts: LintOptions): Promise<LintRun> {
  const config = loadConfig(opts.cwd, opts.config, RULE_IDS);
  if (opts.migrations?.length) {
    config.migrations = opts.migrations;
    config.root = opts.cwd;
  }
  const cwd = resolve(opts.cwd);
  const dirs = config.migrations.map((d) => resolve(config.root, d));
  const explicit = (opts.files ?? []).map((f) => resolve(cwd, f));
  for (const f of explicit) checkReadable(f, relative(cwd, f) || f);
  if (explicit.length > 0 && opts.changedSince) {
    throw new UserError('give either files or --changed-since, not both');
  }

  // the folders whose files give context: the configured ones, plus those of the given files
  const scanDirs = [...new Set([...dirs.filter((d) => existsSync(d)), ...explicit.map((f) => dirname(f))])];
  if (explicit.length === 0) {
    const missing = dirs.find((d) => !existsSync(d));
    if (missing) {
      throw new UserError(
        `migrations folder ${displayPath(cwd, missing)} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files`,
      );
    }
  }
  const suffixes = config.flyway.sqlMigrationSuffixes;
  const directory = discoverMigrations(cwd, scanDirs.map((d) => relative(cwd, d) || '.'), config.placeholder, suffixes);
  const byAbs = new Map(directory.map((e) => [e.absPath, e]));
  const entryOf = (abs: string) => byAbs.get(abs) ?? entryFor(cwd, abs, dirname(abs), config.placeholder, suffixes);

  let lintSet: Set<string>;
  let base: BaseInfo | undefined;
  if (opts.changedSince) {
    const found = changedSince(cwd, opts.changedSince, scanDirs, config.placeholder, suffixes);
    base = found.base;
    lintSet = new Set(found.changed.filter((p) => isMigrationPath(p, suffixes) && existsSync(p)));
  } else if (explicit.length > 0) {
    lintSet = new Set(explicit);
  } else {
    lintSet = new Set(directory.map((e) => e.absPath));
  }

  const inputs = await orderInputs(directory, [...lintSet].map(entryOf), lintSet, explicit.length > 0, config);
  const statsFile = opts.stats ? resolve(cwd, opts.stats) : config.stats ? resolve(config.root, config.stats) : undefined;
  const loaded = statsFile ? loadStats(statsFile, cwd, config.statsMaxAgeMs) : undefined;
  const engine = new Engine(RULES, config, loaded?.stats);
  const wholeFolder = !opts.changedSince && explicit.length === 0;
  const result = engine.run(inputs, directory, base, wholeFolder);
  showPlaceholdersAsWritten(result, inputs);
  if (loaded?.notices.length) result.notices = [...loaded.notices, ...(result.notices ?? [])];
  return { result, config };
}

function checkReadable(abs: string, shown: string) {
  let st;
  try {
    st = statSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  if (st.isDirectory()) throw new UserError(`${shown} is a directory; pass migration files, or no files to lint the configured folder`);
}

/**
 * Puts files in the order the migrations run. Context files (not linted) come before the
 * linted ones they precede; with explicit files only lower versions are context. Undo files
 * are linted last, newest first, against the state the forward migrations leave.
 */
async function orderInputs(
  directory: MigrationEntry[],
  lintEntries: MigrationEntry[],
  lintSet: Set<string>,
  explicitFiles: boolean,
  config: Config,
): Promise<EngineInput[]> {
  await ensureParser();
  const named = (e: MigrationEntry): MigrationName | undefined => (isNameProblem(e.name) ? undefined : e.name);
  const highest = lintEntries
    .map(named)
    .filter((n): n is MigrationName => !!n && n.kind === 'versioned')
    .sort(compareMigrations)
    .pop();
  const forward: MigrationEntry[] = [];
  const undo: MigrationEntry[] = [];
  const invalid: MigrationEntry[] = [];
  const seen = new Set<string>();
  for (const e of [...directory, ...lintEntries]) {
    if (seen.has(e.absPath)) continue;
    seen.add(e.absPath);
    const lint = lintSet.has(e.absPath);
    const n = named(e);
    if (!n) {
      if (lint) invalid.push(e);
      continue;
    }
    if (n.kind === 'undo' || n.kind === 'pending-undo') {
      if (lint) undo.push(e);
      continue;
    }
    if (!lint && explicitFiles) {
      // only what runs before the newest linted migration is context
      if (n.kind !== 'versioned' || !highest || compareMigrations(n, highest) >= 0) continue;
    }
    forward.push(e);
  }
  forward.sort((a, b) => compareMigrations(named(a)!, named(b)!));
  undo.sort((a, b) => -compareMigrations(named(a)!, named(b)!));
  return [...forward, ...invalid, ...undo].map((entry) => ({
    entry,
    // the text Flyway sends: placeholders replaced by their values
    parsed: withPlaceholders(readMigration(entry.absPath, entry.path), config, entry.absPath),
    lint: lintSet.has(entry.absPath),
    ownChange: isUndo(entry),
  }));
}

/**
 * The migrations changed since the merge base with `ref`, and what the numbering rules compare
 * with: the migrations in `ref`'s own tree (newer than the merge base, so a version taken on the
 * base branch after this branch started still counts), and the base migrations this branch
 * changed or deleted (relative to the merge base: what the branch itself did).
 */
function changedSince(cwd: string, ref: string, dirs: string[], placeholder: string, suffixes?: readonly string[]): { changed: string[]; base: BaseInfo } {
  const root = repoRoot(cwd);
  const { name, commit: tip } = resolveRef(root, ref);
  const commit = mergeBase(root, name);
  // git reports real paths; the working directory may reach the repository through a symlink
  const realCwd = realpathSync(cwd);
  const toRepo = (abs: string) => relative(root, realpathSync(abs)).split(sep).join('/') || '.';
  const fromRepo = (p: string) => resolve(cwd, relative(realCwd, resolve(root, p)));
  const rel = dirs.map(toRepo);
  if (rel.some((r) => r === '..' || r.startsWith('../'))) {
    const outside = dirs[rel.findIndex((r) => r === '..' || r.startsWith('../'))]!;
    throw new UserError(`--changed-since: migrations folder ${relative(cwd, outside) || outside} is outside the git repository at ${root}`);
  }
  const entryAt = (p: string) => {
    const abs = fromRepo(p);
    return entryFor(cwd, abs, dirname(abs), placeholder, suffixes);
  };
  const sql = (p: string) => isMigrationPath(p, suffixes);
  const onMergeBase = new Set(filesAt(root, commit, rel).filter(sql));
  const baseFiles = filesAt(root, tip, rel).filter(sql).map(entryAt);
  const modified: string[] = [];
  const deleted: string[] = [];
  const changed: string[] = [];
  const changes = changesSince(root, commit, rel).filter((c) => sql(c.path));
  // a base migration moved to another folder unchanged: Flyway finds it by name and checksum,
  // so it is neither deleted nor new
  const moved = new Set<string>();
  for (const d of changes.filter((c) => c.status === 'D' && onMergeBase.has(c.path))) {
    const to = changes.find((a) => a.status === 'A' && !moved.has(a.path) && basename(a.path) === basename(d.path));
    if (to && sameContent(root, commit, d.path, to.path)) moved.add(d.path).add(to.path);
  }
  for (const c of changes) {
    if (moved.has(c.path)) continue;
    if (c.status === 'D') {
      if (onMergeBase.has(c.path)) deleted.push(entryAt(c.path).path);
      continue;
    }
    changed.push(fromRepo(c.path));
    // an edit Flyway cannot see (line endings, a byte order mark) leaves its checksum as applied
    if (c.status === 'M' && onMergeBase.has(c.path) && !sameFlywayChecksum(root, commit, c.path, fromRepo(c.path))) modified.push(entryAt(c.path).path);
  }
  return { changed, base: { ref: name, commit, files: baseFiles, modified, deleted } };
}

/**
 * A placeholder with no value is parsed as a name made from it (`${schema}` as `_schema__`);
 * findings say it as the file does.
 */
export function showPlaceholdersAsWritten(result: LintResult, inputs: EngineInput[]): void {
  const byFile = new Map<string, string[]>();
  for (const i of inputs) {
    const names = [...new Set(missingPlaceholders(i.parsed).map((p) => p.name))];
    if (names.length) byFile.set(i.entry.path, names);
  }
  if (!byFile.size) return;
  for (const f of result.findings) {
    const names = byFile.get(f.file);
    if (!names) continue;
    for (const n of names) {
      const mangled = `_${n.replace(/[^A-Za-z0-9_\u0080-\uffff]/g, '_')}__`;
      f.message = f.message.split(mangled).join(`\${${n}}`);
    }
  }
}

function sameFlywayChecksum(root: string, commit: string, repoPath: string, abs: string): boolean {
  const before = textAt(root, commit, repoPath);
  if (before === undefined || !existsSync(abs)) return false;
  return flywayChecksum(before) === flywayChecksumOfBytes(readFileSync(abs));
}

function isUndo(e: MigrationEntry): boolean {
  return !isNameProblem(e.name) && (e.name.kind === 'undo' || e.name.kind === 'pending-undo');
}
