import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { loadConfig, type Config } from '../migrations/config.js';
import { discoverMigrations, entryFor, type MigrationEntry } from '../migrations/discover.js';
import { compareMigrations, isNameProblem, type MigrationName } from '../migrations/name.js';
import { readMigration } from '../migrations/read.js';
import { changesSince, filesAt, mergeBase, repoRoot } from '../git/git.js';
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
        `migrations folder ${relative(cwd, missing) || missing} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files`,
      );
    }
  }
  const directory = discoverMigrations(cwd, scanDirs.map((d) => relative(cwd, d) || '.'), config.placeholder);
  const byAbs = new Map(directory.map((e) => [e.absPath, e]));
  const entryOf = (abs: string) => byAbs.get(abs) ?? entryFor(cwd, abs, dirname(abs), config.placeholder);

  let lintSet: Set<string>;
  let base: BaseInfo | undefined;
  if (opts.changedSince) {
    const found = changedSince(cwd, opts.changedSince, scanDirs, config.placeholder);
    base = found.base;
    lintSet = new Set(found.changed.filter((p) => p.endsWith('.sql') && existsSync(p)));
  } else if (explicit.length > 0) {
    lintSet = new Set(explicit);
  } else {
    lintSet = new Set(directory.map((e) => e.absPath));
  }

  const inputs = await orderInputs(directory, [...lintSet].map(entryOf), lintSet, explicit.length > 0);
  const engine = new Engine(RULES, config);
  const wholeFolder = !opts.changedSince && explicit.length === 0;
  const result = engine.run(inputs, directory, base, wholeFolder);
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
    parsed: readMigration(entry.absPath, entry.path),
    lint: lintSet.has(entry.absPath),
  }));
}

/** The migrations changed since the merge base with `ref`, and the base's own migrations. */
function changedSince(cwd: string, ref: string, dirs: string[], placeholder: string): { changed: string[]; base: BaseInfo } {
  const root = repoRoot(cwd);
  const commit = mergeBase(root, ref);
  const rel = dirs.map((d) => relative(root, d).split(sep).join('/') || '.');
  const changes = changesSince(root, commit, rel);
  const baseFiles = filesAt(root, commit, rel)
    .filter((p) => p.endsWith('.sql'))
    .map((p) => {
      const abs = resolve(root, p);
      return entryFor(cwd, abs, dirname(abs), placeholder);
    });
  const onBase = new Set(baseFiles.map((e) => e.absPath));
  const modified: string[] = [];
  const deleted: string[] = [];
  const changed: string[] = [];
  for (const c of changes) {
    const abs = resolve(root, c.path);
    if (c.status === 'D') {
      if (onBase.has(abs)) deleted.push(entryFor(cwd, abs, dirname(abs), placeholder).path);
      continue;
    }
    changed.push(abs);
    if (c.status === 'M' && onBase.has(abs)) modified.push(entryFor(cwd, abs, dirname(abs), placeholder).path);
  }
  return { changed, base: { ref, commit, files: baseFiles, modified, deleted } };
}
