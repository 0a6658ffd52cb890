import { execFileSync } from 'node:child_process';
import { UserError } from '../errors.js';

/** Runs git and returns stdout; a failure becomes a UserError that says what git said. */
export function git(cwd: string, args: string[], what?: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (err) {
    const e = err as { code?: string; stderr?: string };
    if (e.code === 'ENOENT') throw new UserError('git is not installed or not on PATH');
    const detail = (e.stderr ?? '').trim().split('\n').pop() ?? '';
    throw new UserError(`${what ?? `git ${args[0]}`} failed: ${detail || 'unknown error'}`);
  }
}

export function repoRoot(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel'], 'finding the git repository').trim();
}

export function mergeBase(cwd: string, ref: string): string {
  git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], `resolving ${ref} (is it fetched? in CI use fetch-depth: 0)`);
  return git(cwd, ['merge-base', ref, 'HEAD'], `finding the merge base of ${ref} and HEAD`).trim();
}

export interface TreeChange {
  status: 'A' | 'M' | 'D';
  /** Relative to the repository root. */
  path: string;
}

/** Files added, changed or deleted between `commit` and the work tree (untracked ones count as added). */
export function changesSince(cwd: string, commit: string, paths: string[]): TreeChange[] {
  const out: TreeChange[] = [];
  const diff = git(cwd, ['diff', '--name-status', '--no-renames', '-z', commit, '--', ...paths], 'listing changed files');
  const parts = diff.split('\0').filter(Boolean);
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const s = parts[i]![0] as string;
    out.push({ status: s === 'A' ? 'A' : s === 'D' ? 'D' : 'M', path: parts[i + 1]! });
  }
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...paths], 'listing untracked files');
  for (const p of untracked.split('\0').filter(Boolean)) out.push({ status: 'A', path: p });
  return out;
}

/** Paths (relative to the repository root) of the files under `paths` in a commit. */
export function filesAt(cwd: string, commit: string, paths: string[]): string[] {
  const out = git(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths], 'listing the base tree');
  return out.split('\0').filter(Boolean);
}
