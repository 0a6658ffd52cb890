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
