import type { GitHubClient } from './client.js';
import { authoredBy, tokenIdentity } from './identity.js';
import type { RepoRef } from './pulls.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRateLimited, mayHaveHappened, type ApiFailure } from './retry.js';

/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_MAX_LENGTH = 65_536;

/**
 * The hidden first line that finds pgmig's comment again. One comment per migrations folder,
 * so two pgmig steps on different folders keep a comment each.
 */
export function stickyMarker(key: string): string {
  // `--` inside an HTML comment could end it early; the key is a path, so encode it
  return `<!-- pgmig:sticky-comment ${encodeURIComponent(key).replace(/-/g, '%2D')} -->`;
}

export interface StickyOptions {
  issueNumber: number;
  marker: string;
  /** The text after the marker. */
  body: string;
  /** When no comment exists yet: create one (true), or leave the thread alone (false). */
  create: boolean;
  /**
   * After a create whose answer was lost, how long to give GitHub to finish storing the comment
   * before looking for it (default 2 s): a comment stored after the look would be a second one.
   */
  settleMs?: number;
}

const DEFAULT_SETTLE_MS = 2000;

export type StickyOutcome =
  /** `others`: comments carrying the marker that someone else wrote, left alone. */
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string; duplicates: number[]; others?: number[] }
  | { action: 'skipped' }
  | { action: 'forbidden'; message: string };

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string } | null;
}

/**
 * pgmig's comments on the thread: opening with the marker (a person quoting it would not start
 * with it) and written by the token's own identity, since anyone can paste the marker into a
 * comment of theirs to have pgmig rewrite it. The identity is asked only when there is a
 * marked comment to judge.
 */
async function findSticky(gh: GitHubClient, repo: RepoRef, issueNumber: number, marker: string): Promise<{ mine: IssueComment[]; others: number[] }> {
  const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const marked = all.filter((c) => (c.body ?? '').trimStart().startsWith(marker));
  if (marked.length === 0) return { mine: [], others: [] };
  const { login } = await tokenIdentity(gh);
  return { mine: marked.filter((c) => authoredBy(c, login)), others: marked.filter((c) => !authoredBy(c, login)).map((c) => c.id) };
}

const forbidden = (err: unknown) => (err as ApiFailure).status === 403 && !isRateLimited(err as ApiFailure);

/**
 * Creates pgmig's comment on a pull request, or edits the one it made before (found by the
 * marker), so a pull request never collects more than one. An edit that changes nothing is
 * skipped. A token that may not write comments (a fork's read-only token) gives `forbidden`
 * instead of an error, so the caller can warn and carry on.
 */
export async function upsertStickyComment(gh: GitHubClient, repo: RepoRef, opts: StickyOptions): Promise<StickyOutcome> {
  const text = `${opts.marker}\n${opts.body}`;
  try {
    const { mine: existing, others: foreign } = await findSticky(gh, repo, opts.issueNumber, opts.marker);
    const others = foreign.length ? { others: foreign } : {};
    const duplicates = existing.slice(1).map((c) => c.id);
    const first = existing[0];
    if (first) {
      if (first.body === text) return { action: 'unchanged', id: first.id, url: first.html_url, duplicates, ...others };
      const { data } = await gh.rest.issues.updateComment({ ...repo, comment_id: first.id, body: text });
      return { action: 'updated', id: data.id, url: data.html_url, duplicates, ...others };
    }
    if (!opts.create) return { action: 'skipped' };
    try {
      const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: opts.issueNumber, body: text });
      return { action: 'created', id: data.id, url: data.html_url, duplicates, ...others };
    } catch (err) {
      // a 5xx, a dropped connection or a timeout after GitHub stored the comment: look before
      // trying again (the client never repeats a POST by itself)
      if (!mayHaveHappened(err as ApiFailure)) throw err;
      const settle = opts.settleMs ?? DEFAULT_SETTLE_MS;
      if (settle > 0) await sleep(settle);
      const made = (await findSticky(gh, repo, opts.issueNumber, opts.marker)).mine[0];
      if (made) {
        const { data } = await gh.rest.issues.updateComment({ ...repo, comment_id: made.id, body: text });
        return { action: 'updated', id: data.id, url: data.html_url, duplicates, ...others };
      }
      const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: opts.issueNumber, body: text });
      return { action: 'created', id: data.id, url: data.html_url, duplicates, ...others };
    }
  } catch (err) {
    if (forbidden(err)) return { action: 'forbidden', message: (err as Error).message };
    throw err;
  }
}
