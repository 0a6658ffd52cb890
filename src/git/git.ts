import { execFile, execFileSync } from 'node:child_process';
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

// ---------------------------------------------------------------------------------------------
// Asynchronous operations for `pgmig assign`. They run git without blocking the event loop, so
// several assigners (each in its own clone) can interleave in one process, and the retry loop
// can wait between pushes.

/** Who commits: the default is the GitHub Actions bot, as GitHub itself shows its commits. */
export interface GitIdentity {
  name: string;
  email: string;
}

export const ACTIONS_BOT: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** `Name <email>` -> identity; undefined when it is not of that shape. */
export function parseIdentity(text: string): GitIdentity | undefined {
  const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  return m && m[1] ? { name: m[1], email: m[2]! } : undefined;
}

// a credential prompt on the terminal would hang a CI job forever; failing is better (askpass
// programs are left alone: editors such as VS Code hand credentials over through them)
const NON_INTERACTIVE = { GIT_TERMINAL_PROMPT: '0' };

interface AsyncGitOutcome extends GitOutcome {
  /** Killed after `timeoutMs`: for a push or fetch, the other side may still have done it. */
  timedOut?: boolean;
}

function runGitAsync(cwd: string, args: string[], env?: NodeJS.ProcessEnv, timeoutMs?: number): Promise<AsyncGitOutcome> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...NON_INTERACTIVE, ...env }, ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGTERM' as const } : {}) },
      (err, stdout, stderr) => {
        if (!err) return resolvePromise({ ok: true, stdout, stderr, status: 0 });
        const e = err as NodeJS.ErrnoException & { code?: string | number; killed?: boolean; signal?: string | null };
        if (e.code === 'ENOENT') return reject(new UserError('git is not installed or not on PATH'));
        const timedOut = !!timeoutMs && !!e.killed && e.signal === 'SIGTERM';
        resolvePromise({ ok: false, stdout: stdout ?? '', stderr: stderr ?? '', status: typeof e.code === 'number' ? e.code : null, ...(timedOut ? { timedOut } : {}) });
      },
    );
  });
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop()?.trim() ?? '';
}

async function gitAsync(cwd: string, args: string[], what: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const r = await runGitAsync(cwd, args, env);
  if (r.ok) return r.stdout;
  throw new UserError(`${what} failed: ${lastLine(r.stderr) || lastLine(r.stdout) || 'unknown error'}`);
}

export async function repoRootAsync(cwd: string): Promise<string> {
  const r = await runGitAsync(cwd, ['rev-parse', '--show-toplevel']);
  if (!r.ok) throw new UserError(`${cwd} is not inside a git repository (${lastLine(r.stderr) || 'git rev-parse failed'}); run pgmig assign in a checkout of the branch`);
  return r.stdout.trim();
}

export async function headCommit(cwd: string): Promise<string> {
  const r = await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!r.ok) throw new UserError('the repository has no commit yet (HEAD does not point to a commit)');
  return r.stdout.trim();
}

/** The branch HEAD is on; undefined when HEAD is detached. */
export async function currentBranch(cwd: string): Promise<string | undefined> {
  const r = await runGitAsync(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return r.ok ? r.stdout.trim() || undefined : undefined;
}

export async function isShallowAsync(cwd: string): Promise<boolean> {
  return (await runGitAsync(cwd, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}

export async function remoteExists(cwd: string, remote: string): Promise<boolean> {
  return (await runGitAsync(cwd, ['remote', 'get-url', remote])).ok;
}

/** Whether `name` is a valid branch name (so it cannot smuggle in an option or a refspec). */
export async function isValidBranchName(cwd: string, name: string): Promise<boolean> {
  if (!name || name.startsWith('-')) return false;
  return (await runGitAsync(cwd, ['check-ref-format', '--branch', name])).ok;
}

export interface WorkTreeState {
  /** Tracked files with staged or unstaged changes (porcelain lines, `XY path`). */
  changed: string[];
  /** Untracked, not ignored files under the given paths. */
  untracked: string[];
}

/** What `git status` reports; untracked files are only looked for under `untrackedUnder`. */
export async function workTreeState(cwd: string, untrackedUnder: string[]): Promise<WorkTreeState> {
  const tracked = await gitAsync(cwd, ['status', '--porcelain', '-z', '--untracked-files=no'], 'git status');
  const changed = tracked.split('\0').filter((l) => /^[ MADRCUT?!]{2} /.test(l));
  let untracked: string[] = [];
  if (untrackedUnder.length > 0) {
    const out = await gitAsync(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...untrackedUnder.map(literal)], 'listing untracked files');
    untracked = out.split('\0').filter(Boolean);
  }
  return { changed, untracked };
}

/** Paths (relative to the repository root) of the files under `paths` in a commit, async. */
export async function listTree(cwd: string, commit: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const out = await gitAsync(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths.map(literal)], 'listing the files of HEAD');
  return out.split('\0').filter(Boolean);
}

export interface Arrival {
  /** 0 for the oldest commit on the first-parent line, growing towards HEAD. */
  order: number;
  commit: string;
}

/**
 * When each path under `paths` reached the branch: the commit on HEAD's first-parent line
 * (the branch's own history, where a merged pull request is its merge commit) that last added
 * it. Renames count as an addition of the new path: a number given by an earlier assign is
 * dated from that assign's commit.
 */
export async function arrivals(cwd: string, paths: string[]): Promise<Map<string, Arrival>> {
  const out = await gitAsync(
    cwd,
    ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--diff-filter=A', '--format=%x01%H', '--name-only', '-z', 'HEAD', '--', ...paths.map(literal)],
    'reading the history of the migrations',
  );
  const chunks = out.split('\x01').filter((c) => c.trim());
  const found = new Map<string, Arrival>();
  // git log lists the newest commit first; the newest addition of a path is the one that counts
  chunks.forEach((chunk, i) => {
    const [head, ...rest] = chunk.split('\0');
    const commit = head!.trim();
    const order = chunks.length - 1 - i;
    for (const raw of rest) {
      const path = raw.replace(/^\n/, '');
      if (path && !found.has(path)) found.set(path, { order, commit });
    }
  });
  return found;
}

/** `git mv` of one file; the target folder must exist. */
export async function moveFile(cwd: string, from: string, to: string): Promise<void> {
  await gitAsync(cwd, ['mv', '--', from, to], `git mv ${from} ${to}`);
}

export async function stage(cwd: string, paths: string[]): Promise<void> {
  if (paths.length > 0) await gitAsync(cwd, ['add', '--', ...paths.map(literal)], 'git add');
}

function identityEnv(who: GitIdentity): NodeJS.ProcessEnv {
  return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}

/**
 * Commits what is staged as `who` (author and committer) and returns the new commit. Hooks and
 * signing are skipped: the commit is a mechanical rename made by a bot that holds no key.
 */
export async function commitAs(cwd: string, message: string, who: GitIdentity): Promise<string> {
  await gitAsync(
    cwd,
    ['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, '-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', message],
    'git commit',
    identityEnv(who),
  );
  return headCommit(cwd);
}

/** How long one push or fetch of `pgmig assign` may take before it is given up (a hung server would otherwise hold the job). */
export const DEFAULT_NETWORK_TIMEOUT_MS = 300_000;

/** The tip of `branch` on `remote` after fetching it; undefined when the remote has no such branch. */
export async function fetchBranch(cwd: string, remote: string, branch: string, timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS): Promise<string | undefined> {
  const r = await runGitAsync(cwd, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], undefined, timeoutMs);
  if (!r.ok) {
    if (/couldn't find remote ref/i.test(r.stderr)) return undefined;
    const why = r.timedOut ? `no answer within ${seconds(timeoutMs)}` : lastLine(r.stderr) || 'unknown error';
    throw new UserError(`git fetch ${remote} ${branch} failed: ${why}; check that ${remote} is reachable and this checkout may read it (git remote -v shows its URL)`);
  }
  const tip = await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', `refs/remotes/${remote}/${branch}^{commit}`]);
  return tip.ok ? tip.stdout.trim() : undefined;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** Fetches the whole history of a shallow clone; false when the remote could not give it. */
export async function unshallow(cwd: string, remote: string): Promise<boolean> {
  return (await runGitAsync(cwd, ['fetch', '--quiet', '--no-tags', '--unshallow', remote])).ok;
}

export async function isAncestor(cwd: string, ancestor: string, of: string): Promise<boolean> {
  return (await runGitAsync(cwd, ['merge-base', '--is-ancestor', ancestor, of])).ok;
}

/** Moves the current branch, index and work tree to `commit` (only ever to drop pgmig's own commit or to fast-forward). */
export async function resetHard(cwd: string, commit: string): Promise<void> {
  await gitAsync(cwd, ['reset', '--quiet', '--hard', commit], `git reset --hard ${commit.slice(0, 12)}`);
}

/**
 * Puts HEAD on top of `tip`: a fast-forward when HEAD has nothing of its own, else a rebase of
 * the local commits (aborted on a conflict, leaving HEAD where it was).
 */
export async function integrate(cwd: string, tip: string): Promise<'up-to-date' | 'fast-forward' | 'rebased'> {
  const head = await headCommit(cwd);
  if (head === tip || (await isAncestor(cwd, tip, head))) return 'up-to-date';
  if (await isAncestor(cwd, head, tip)) {
    await resetHard(cwd, tip);
    return 'fast-forward';
  }
  const r = await runGitAsync(cwd, ['rebase', '--quiet', '--no-autostash', tip]);
  if (r.ok) return 'rebased';
  await runGitAsync(cwd, ['rebase', '--abort']);
  throw new UserError(
    `the local commits of this branch could not be rebased onto the remote tip ${tip.slice(0, 12)} (${lastLine(r.stderr) || lastLine(r.stdout) || 'rebase failed'}); ` +
      'bring the branch up to date by hand, then run pgmig assign again',
  );
}

export type PushOutcome =
  | { ok: true }
  /** Someone else moved the branch first: fetch, recompute and try again. */
  | { ok: false; kind: 'stale'; message: string }
  /** The server looked at the push and said no (a hook, branch protection, permissions): trying again changes nothing. */
  | { ok: false; kind: 'refused'; message: string; remote: string[] }
  /** No verdict came back (connection lost, remote gone, timed out): the push may or may not have landed. */
  | { ok: false; kind: 'lost'; message: string; remote: string[] };

// Reasons on the `!` line that mean "the branch moved under you": the classic non-fast-forward,
// and the ref-lock races a server reports when two pushes land at the same instant. Only the
// reason git reports is read: a hook's own text (`remote: …`) may use the same words for a refusal.
const STALE = /non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to lock|failed to update ref|incorrect old value|is at [0-9a-f]+ but expected|reference already exists/i;

const DENIED = /returned error: 40[13]|Authentication failed|Permission to \S+ denied|Write access to repository not granted/i;

/** Pushes HEAD to `branch` on `remote`, never forcing. */
export async function pushHead(cwd: string, remote: string, branch: string, timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS): Promise<PushOutcome> {
  const r = await runGitAsync(cwd, ['push', '--porcelain', '--no-verify', remote, `HEAD:refs/heads/${branch}`], undefined, timeoutMs);
  if (r.ok) return { ok: true };
  const text = `${r.stdout}\n${r.stderr}`;
  // what the server's hooks printed, for the user (GitHub explains branch protection there)
  const said = text
    .split('\n')
    .filter((l) => l.startsWith('remote:'))
    .map((l) => l.slice('remote:'.length).trim())
    .filter((l) => l && !/^error: (cannot lock ref|hook declined to update)/.test(l))
    .slice(0, 5);
  if (r.timedOut) return { ok: false, kind: 'lost', message: `no answer within ${seconds(timeoutMs)}`, remote: said };
  // porcelain: `!<TAB>HEAD:refs/heads/main<TAB>[remote rejected] (pre-receive hook declined)`
  const rejected = text.split('\n').find((l) => l.startsWith('!'));
  if (!rejected) {
    const fatal = text.split('\n').map((l) => l.trim()).find((l) => /^fatal: /.test(l) && !/Could not read from remote/i.test(l));
    const message = (fatal ?? lastLine(r.stderr)).replace(/^fatal: /, '') || 'unknown error';
    // an HTTP server that refuses the credentials answers before taking anything
    if (DENIED.test(message) || said.some((l) => DENIED.test(l))) return { ok: false, kind: 'refused', message, remote: said };
    return { ok: false, kind: 'lost', message, remote: said };
  }
  const message = (rejected.split('\t').pop() ?? '').trim() || 'rejected';
  if (STALE.test(message)) return { ok: false, kind: 'stale', message };
  return { ok: false, kind: 'refused', message, remote: said };
}

export interface LocalCommit {
  sha: string;
  subject: string;
}

/**
 * Commits of HEAD that the remote branch lacks, oldest first: those not reachable from
 * `refs/remotes/<remote>/<branch>`, or, when that ref is missing, from any ref of the remote.
 */
export async function commitsAhead(cwd: string, remote: string, branch: string): Promise<LocalCommit[]> {
  const tracking = `refs/remotes/${remote}/${branch}`;
  const known = (await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', `${tracking}^{commit}`])).ok;
  const out = await gitAsync(cwd, ['log', '--reverse', '--format=%H%x00%s%x00', 'HEAD', '--not', known ? tracking : `--remotes=${remote}`], 'listing local commits');
  const parts = out.split('\0');
  const commits: LocalCommit[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) commits.push({ sha: parts[i]!.trim(), subject: parts[i + 1]! });
  return commits;
}

export interface CommitChange {
  /** A, M, D, R (rename, with `from`) as git reports it, without the similarity score. */
  status: string;
  path: string;
  from?: string;
}

/** What one commit changed against its first parent, renames detected (repository-relative paths). */
export async function commitChanges(cwd: string, commit: string): Promise<CommitChange[]> {
  const out = await gitAsync(cwd, ['diff-tree', '--no-commit-id', '-r', '-M', '--name-status', '-z', '--root', commit], `reading commit ${commit.slice(0, 12)}`);
  const parts = out.split('\0').filter((p) => p !== '');
  const changes: CommitChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++]!.trim()[0] ?? '?';
    if (status === 'R' || status === 'C') {
      const from = parts[i++]!;
      changes.push({ status, from, path: parts[i++]! });
    } else changes.push({ status, path: parts[i++]! });
  }
  return changes;
}

/** The text of `path` at `commit` (as stored: no smudge filters), or undefined when it is not there. */
export function textAt(cwd: string, commit: string, path: string): string | undefined {
  const r = runGit(cwd, ['cat-file', 'blob', `${commit}:${path}`]);
  return r.ok ? r.stdout : undefined;
}
