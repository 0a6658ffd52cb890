import { execFileSync } from 'node:child_process';
import { UserError } from '../errors.js';

interface GitOutcome {
  ok: boolean;
  stdout: string;
  stderr: string;
  status: number | null;
}

function runGit(cwd: string, args: string[]): GitOutcome {
  try {
    const stdout = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    return { ok: true, stdout, stderr: '', status: 0 };
  } catch (err) {
    const e = err as { code?: string; stdout?: string; stderr?: string; status?: number | null };
    if (e.code === 'ENOENT') throw new UserError('git is not installed or not on PATH');
    return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? '', status: e.status ?? null };
  }
}

/** Runs git and returns stdout; a failure becomes a UserError that says what git said. */
export function git(cwd: string, args: string[], what?: string): string {
  const r = runGit(cwd, args);
  if (r.ok) return r.stdout;
  const detail = r.stderr.trim().split('\n').pop() ?? '';
  throw new UserError(`${what ?? `git ${args[0]}`} failed: ${detail || 'unknown error'}`);
}

/** A path taken as written, so a folder named `db[1]` or `*` is not read as a pattern. */
function literal(path: string): string {
  return `:(literal)${path}`;
}

export function repoRoot(cwd: string): string {
  const r = runGit(cwd, ['rev-parse', '--show-toplevel']);
  if (!r.ok) {
    const detail = r.stderr.trim().split('\n').pop() ?? '';
    throw new UserError(`${cwd} is not inside a git repository, which --changed-since needs (${detail || 'git rev-parse failed'})`);
  }
  return r.stdout.trim();
}

function commitOf(cwd: string, ref: string): string | undefined {
  const r = runGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.ok ? r.stdout.trim() : undefined;
}

function isShallow(cwd: string): boolean {
  return runGit(cwd, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
}

const FETCH_HINT =
  'in GitHub Actions check out with actions/checkout "fetch-depth: 0" (or fetch the base branch), or run `git fetch origin <branch>` locally';

/**
 * The commit a ref names. In CI a pull request is usually checked out without a local branch
 * for its base, so `main` falls back to `origin/main` when that is the only match.
 */
export function resolveRef(cwd: string, ref: string): { name: string; commit: string } {
  if (!ref || ref.startsWith('-')) throw new UserError(`--changed-since: "${ref}" is not a git ref (expected a branch, tag or commit such as origin/main)`);
  const direct = commitOf(cwd, ref);
  if (direct) return { name: ref, commit: direct };
  const remote = `origin/${ref}`;
  const viaOrigin = ref.startsWith('origin/') ? undefined : commitOf(cwd, `refs/remotes/${remote}`);
  if (viaOrigin) return { name: remote, commit: viaOrigin };
  const shallow = isShallow(cwd) ? ' This clone is shallow.' : '';
  throw new UserError(
    `--changed-since ${ref}: git cannot find "${ref}" (nor "${remote}") in this repository; check the name, or fetch it first.${shallow} ` +
      `To compare with a branch, ${FETCH_HINT.replace('<branch>', ref.replace(/^origin\//, ''))}.`,
  );
}

/** The commit where HEAD's history joins `ref` (the point a pull request branched from). */
export function mergeBase(cwd: string, ref: string): string {
  const { name } = resolveRef(cwd, ref);
  const r = runGit(cwd, ['merge-base', name, 'HEAD']);
  if (r.ok && r.stdout.trim()) return r.stdout.trim();
  if (r.status === 1 && !r.stderr.trim()) {
    const why = isShallow(cwd)
      ? 'this clone is shallow, so the commit they share is missing'
      : 'their histories are unrelated';
    throw new UserError(
      `--changed-since ${ref}: ${name} and HEAD have no common commit (${why}); ${FETCH_HINT.replace('<branch>', name.replace(/^origin\//, ''))}.`,
    );
  }
  const detail = r.stderr.trim().split('\n').pop() ?? '';
  throw new UserError(`--changed-since ${ref}: finding the merge base of ${name} and HEAD failed: ${detail || 'unknown error'}`);
}

export interface TreeChange {
  status: 'A' | 'M' | 'D';
  /** Relative to the repository root. */
  path: string;
}

/**
 * Files added, changed or deleted between `commit` and the work tree: committed, staged and
 * unstaged changes alike, and untracked files (not ignored) count as added. Run it at the
 * repository root; `paths` are relative to it.
 */
export function changesSince(cwd: string, commit: string, paths: string[]): TreeChange[] {
  const specs = paths.map(literal);
  const byPath = new Map<string, TreeChange['status']>();
  const diff = git(cwd, ['diff', '--name-status', '--no-renames', '--no-ext-diff', '-z', commit, '--', ...specs], 'listing changed files');
  const parts = diff.split('\0').filter(Boolean);
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const s = parts[i]![0];
    byPath.set(parts[i + 1]!, s === 'A' ? 'A' : s === 'D' ? 'D' : 'M');
  }
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...specs], 'listing untracked files');
  for (const p of untracked.split('\0').filter(Boolean)) {
    // removed from the index but still on disk: git diff calls it deleted, yet the file is there
    byPath.set(p, byPath.get(p) === 'D' ? 'M' : 'A');
  }
  return [...byPath].map(([path, status]) => ({ status, path }));
}

/** Paths (relative to the repository root) of the files under `paths` in a commit. */
export function filesAt(cwd: string, commit: string, paths: string[]): string[] {
  const out = git(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths.map(literal)], 'listing the base tree');
  return out.split('\0').filter(Boolean);
}

/** Whether `oldPath` at `commit` and `newPath` in the work tree hold the same bytes: a move, not an edit. */
export function sameContent(cwd: string, commit: string, oldPath: string, newPath: string): boolean {
  const before = runGit(cwd, ['rev-parse', '--verify', '--quiet', `${commit}:${oldPath}`]);
  // hash-object applies the same clean filters (line endings) as `git add` would
  const after = runGit(cwd, ['hash-object', '--', newPath]);
  return before.ok && after.ok && before.stdout.trim() === after.stdout.trim();
}
