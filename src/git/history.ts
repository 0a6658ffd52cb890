import { execFileSync } from 'node:child_process';

/**
 * Questions about a checkout's history that have a yes/no answer. CI checkouts are often
 * shallow (actions/checkout fetches one commit by default), so the commits an event names may
 * simply not be there; none of these throw for that.
 */
function probe(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The repository's top folder, or undefined outside a git work tree (or without git). */
export function workTreeRoot(cwd: string): string | undefined {
  return probe(cwd, ['rev-parse', '--show-toplevel']) || undefined;
}

export function hasCommit(cwd: string, sha: string): boolean {
  return /^[0-9a-f]{4,64}$/i.test(sha) && probe(cwd, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
}

export function headCommit(cwd: string): string | undefined {
  return probe(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) || undefined;
}

/** Whether `ancestor` is `commit` or one of its ancestors. */
export function isAncestor(cwd: string, ancestor: string, commit: string): boolean {
  return probe(cwd, ['merge-base', '--is-ancestor', ancestor, commit]) !== undefined;
}

/** The commit where the histories of `a` and `b` meet, if the checkout holds it. */
export function commonAncestor(cwd: string, a: string, b: string): string | undefined {
  return probe(cwd, ['merge-base', a, b]) || undefined;
}

export function isShallowClone(cwd: string): boolean {
  return probe(cwd, ['rev-parse', '--is-shallow-repository']) === 'true';
}

export interface BranchTip {
  /** The branch's tip as the checkout now knows it (after the fetch, when it worked). */
  sha?: string;
  /** Whether it was fetched from the remote just now (else it is the checkout's older copy, if any). */
  fetched: boolean;
  /** Why the fetch was skipped or failed. */
  note?: string;
}

/**
 * The tip of `branch` on `remote`, fetched into `refs/remotes/<remote>/<branch>`. A shallow
 * clone is not fetched into (that could pull the whole history); nor is a name git would not
 * take as a branch. Never throws: the caller falls back to what the event says.
 */
export function remoteBranchTip(cwd: string, remote: string, branch: string, timeoutMs = 120_000): BranchTip {
  if (!branch || branch.startsWith('-') || probe(cwd, ['check-ref-format', '--branch', branch]) === undefined) return { fetched: false, note: `"${branch}" is not a branch name` };
  if (probe(cwd, ['remote', 'get-url', remote]) === undefined) return { fetched: false, note: `the checkout has no remote "${remote}"` };
  const tracking = `refs/remotes/${remote}/${branch}`;
  const known = () => probe(cwd, ['rev-parse', '--verify', '--quiet', `${tracking}^{commit}`]) || undefined;
  if (isShallowClone(cwd)) return { sha: known(), fetched: false, note: 'the clone is shallow' };
  try {
    execFileSync('git', ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${tracking}`], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: timeoutMs,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    return { sha: known(), fetched: true };
  } catch (err) {
    const said = String((err as { stderr?: Buffer | string }).stderr ?? '').trim().split('\n').pop();
    return { sha: known(), fetched: false, note: `git fetch ${remote} ${branch} failed${said ? `: ${said}` : ''}` };
  }
}
