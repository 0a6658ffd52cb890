import type { GitHubClient } from './client.js';
import { authoredBy, tokenIdentity } from './identity.js';
import type { RepoRef } from './pulls.js';
import { isRateLimited, type ApiFailure } from './retry.js';

export interface MergedPull {
  number: number;
  url?: string;
  /** The pull request's labels as GitHub listed them with the commit's pull requests. */
  labels: string[];
}

/**
 * The pull requests merged into `branch` that brought `sha` there. GitHub associates a merge
 * commit, a squash commit and each rebased commit with its pull request; the same commit can
 * also sit in open pull requests or ones merged into other branches, which are left out.
 */
export async function mergedPullsOfCommit(gh: GitHubClient, repo: RepoRef, sha: string, branch: string): Promise<MergedPull[]> {
  const pulls = await gh.paginate(gh.rest.repos.listPullRequestsAssociatedWithCommit, { ...repo, commit_sha: sha, per_page: 100 });
  return pulls
    .filter((p) => !!p.merged_at && p.base.ref === branch)
    .map((p) => ({ number: p.number, url: p.html_url, labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l?.name ?? ''))).filter(Boolean) }));
}

/** The hidden first line of the comment pgmig leaves on a merged pull request for one assign commit. */
export function assignedMarker(commit: string): string {
  return `<!-- pgmig:assigned ${commit} -->`;
}

export type CommentOnceOutcome =
  | { action: 'created' | 'exists'; url?: string }
  | { action: 'forbidden'; message: string };

interface IssueComment {
  body?: string | null;
  html_url?: string;
  user?: { login?: string } | null;
}

/** pgmig's own comment opening with the marker: one pasted by someone else says nothing was told. */
async function findMarked(gh: GitHubClient, repo: RepoRef, issueNumber: number, marker: string): Promise<IssueComment | undefined> {
  const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const marked = all.filter((c) => (c.body ?? '').trimStart().startsWith(marker));
  if (marked.length === 0) return undefined;
  const { login } = await tokenIdentity(gh);
  return marked.find((c) => authoredBy(c, login));
}

/**
 * Posts `marker` + `body` on an issue or pull request unless a comment opening with the marker
 * is already there: a re-run of the step says nothing twice. A token that may not write comments
 * gives `forbidden` rather than an error.
 */
export async function commentOnce(gh: GitHubClient, repo: RepoRef, issueNumber: number, marker: string, body: string): Promise<CommentOnceOutcome> {
  const text = `${marker}\n${body}`;
  try {
    const before = await findMarked(gh, repo, issueNumber, marker);
    if (before) return { action: 'exists', url: before.html_url };
    try {
      const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text });
      return { action: 'created', url: data.html_url };
    } catch (err) {
      // a 5xx or a lost connection after GitHub stored the comment: look before posting again
      const status = (err as ApiFailure).status ?? 0;
      if (status !== 0 && status < 500) throw err;
      const made = await findMarked(gh, repo, issueNumber, marker);
      if (made) return { action: 'created', url: made.html_url };
      const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text });
      return { action: 'created', url: data.html_url };
    }
  } catch (err) {
    const e = err as ApiFailure;
    if (e.status === 403 && !isRateLimited(e)) return { action: 'forbidden', message: (err as Error).message };
    throw err;
  }
}
