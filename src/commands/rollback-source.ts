import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { writeCommitFiles } from '../git/commit-tree.js';
import { CONFIG_FILE, loadConfig } from '../migrations/config.js';
import { RULE_IDS } from '../rules/index.js';

/**
 * The migrations folders and config of one commit (the default branch's), copied out of git's
 * object store into a folder of their own: a rollback reads only these, so what runs against
 * production is what that commit holds, never what a checkout (a pull request's head) has on
 * disk. The copy mirrors the repository's layout, so paths read as they do in the repository.
 */
export interface CommitSource {
  commit: string;
  /** The copy's folder standing for the workspace: the rollback's working directory. */
  cwd: string;
  /** The copy's folder standing for the repository root. */
  root: string;
  /** The config file in the copy (or a trusted one outside the repository), if any. */
  configFile?: string;
  /** Symbolic links in the commit's migrations folders: never followed, never run. */
  links: string[];
  remove(): void;
}

export interface CommitSourceOptions {
  /** The git checkout (any commit of it) that holds `commit`. */
  repoRoot: string;
  /** Where the workflow runs, inside `repoRoot`: config paths are relative to it. */
  workspace: string;
  commit: string;
  /** A config path given by the workflow (trusted); inside the repository it is read from `commit` too. */
  config?: string;
  /** Migrations folders given by the workflow, relative to the workspace. */
  migrations?: string[];
  tempDir: string;
}

const toGit = (p: string) => p.split(sep).join('/');

/** `abs` relative to `root`, or undefined when it lies outside. */
function repoRelative(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return toGit(rel);
}

export function copyFromCommit(opts: CommitSourceOptions): CommitSource {
  const repoRoot = realpathSync(opts.repoRoot);
  const wsRel = repoRelative(repoRoot, realpathSync(opts.workspace));
  if (wsRel === undefined) throw new UserError(`the workspace ${opts.workspace} is not inside the git checkout ${repoRoot}`);
  mkdirSync(opts.tempDir, { recursive: true });
  const root = mkdtempSync(join(opts.tempDir, 'pgmig-default-branch-'));
  const cwd = wsRel === '.' ? root : join(root, ...wsRel.split('/'));
  const source: CommitSource = { commit: opts.commit, cwd, root, links: [], remove: () => rmSync(root, { recursive: true, force: true }) };
  try {
    // the config: the one the workflow names, else .pgmig.yml where loadConfig would look (the
    // workspace and each folder above it, up to the repository root)
    let configFile: string | undefined;
    if (opts.config) {
      const abs = resolve(opts.workspace, opts.config);
      const rel = repoRelative(repoRoot, abs);
      if (rel === undefined) configFile = abs;
      else {
        const { files } = writeCommitFiles(repoRoot, opts.commit, [rel], root);
        if (!files.includes(rel)) throw new UserError(`the config file ${rel} is not on the default branch (commit ${opts.commit.slice(0, 7)}): a rollback reads its settings from there only`);
        configFile = join(root, ...rel.split('/'));
      }
    } else {
      const candidates: string[] = [];
      for (let d = wsRel; ; d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '.') {
        candidates.push(d === '.' ? CONFIG_FILE : `${d}/${CONFIG_FILE}`);
        if (d === '.') break;
      }
      writeCommitFiles(repoRoot, opts.commit, candidates, root);
    }
    source.configFile = configFile;
    const config = loadConfig(cwd, configFile, RULE_IDS);
    const folders = opts.migrations?.length ? opts.migrations.map((m) => resolve(cwd, m)) : config.migrations.map((m) => resolve(config.root, m));
    const paths: string[] = [];
    for (const f of folders) {
      const rel = repoRelative(root, f);
      if (rel === undefined) throw new UserError(`the migrations folder ${relative(cwd, f)} is outside the repository: a rollback reads undo files only from the default branch's tree`);
      paths.push(rel);
    }
    source.links = writeCommitFiles(repoRoot, opts.commit, paths, root).links;
    return source;
  } catch (err) {
    source.remove();
    throw err;
  }
}
