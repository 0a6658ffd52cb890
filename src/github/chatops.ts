import type { GitHubClient } from './client.js';
import { COMMENT_MAX_LENGTH } from './comments.js';
import { pullRequestOf, type PullRequestInfo } from './event.js';
import type { RepoRef } from './pulls.js';
import type { ApiFailure } from './retry.js';

/** What pgmig reads of an issue_comment event. */
export interface IssueCommentEvent {
  /** created, edited or deleted. */
  action: string;
  commentId: number;
  body: string;
  user: { login: string; type: string };
  issueNumber: number;
  /** GitHub marks an issue that is a pull request with a `pull_request` object. */
  onPullRequest: boolean;
  url?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The comment of an issue_comment payload; undefined when the payload has none. */
export function issueCommentOf(payload: Json): IssueCommentEvent | undefined {
  const comment = obj(payload.comment);
  const issue = obj(payload.issue);
  if (!comment || !issue || typeof comment.id !== 'number' || typeof issue.number !== 'number') return undefined;
  const user = obj(comment.user);
  return {
    action: str(payload.action) ?? '',
    commentId: comment.id,
    body: str(comment.body) ?? '',
    user: { login: str(user?.login) ?? '', type: str(user?.type) ?? '' },
    issueNumber: issue.number,
    onPullRequest: obj(issue.pull_request) !== undefined,
    url: str(comment.html_url),
  };
}

/** Repository roles from least to most; `none` is no access (or not a collaborator). */
export const ROLES = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function roleRank(r: Role): number {
  return ROLES.indexOf(r);
}

/**
 * The commenter's role in the repository, from the collaborators permission API. `role_name`
 * tells triage from read and maintain from write (the older `permission` field folds them into
 * read and write); a custom role's name is not one of these, so its base `permission` counts.
 * GitHub answers 404 for a user who is not a collaborator: no access.
 */
export async function collaboratorRole(gh: GitHubClient, repo: RepoRef, username: string): Promise<Role> {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    const d = data as { permission?: string; role_name?: string };
    const role = (ROLES as readonly string[]).includes(d.role_name ?? '') ? d.role_name : d.permission;
    return (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : 'none';
  } catch (err) {
    if ((err as ApiFailure).status === 404) return 'none';
    throw err;
  }
}

export interface PullRequestState extends PullRequestInfo {
  state: string;
  merged: boolean;
  /** owner/name of the head repository; undefined when the fork was deleted. */
  headRepo?: string;
  /** The merge (or squash, or last rebased) commit on the base branch, once merged. */
  mergeCommit?: string;
}

/** A pull request as the API gives it now (an issue_comment payload only says that it is one). */
export async function getPullRequest(gh: GitHubClient, repo: RepoRef, pullNumber: number): Promise<PullRequestState> {
  const { data } = await gh.rest.pulls.get({ ...repo, pull_number: pullNumber });
  const raw = data as unknown as Json;
  const info = pullRequestOf({ pull_request: raw })!;
  return {
    ...info,
    state: str(raw.state) ?? '',
    merged: raw.merged === true,
    headRepo: str(obj(obj(raw.head)?.repo)?.full_name),
    ...(raw.merged === true && str(raw.merge_commit_sha) ? { mergeCommit: str(raw.merge_commit_sha) } : {}),
  };
}

export type Reaction = 'eyes' | 'rocket' | 'confused';

/** Reacts to a comment (GitHub keeps one reaction of a kind per user, so a repeat is harmless). */
export async function addReaction(gh: GitHubClient, repo: RepoRef, commentId: number, content: Reaction): Promise<void> {
  await gh.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
}

/**
 * Posts a new comment on an issue or pull request; a body over GitHub's limit is cut with a
 * note rather than refused. Never retried after a server error (the client's policy for POST),
 * so a reply is not posted twice.
 */
export async function postComment(gh: GitHubClient, repo: RepoRef, issueNumber: number, body: string): Promise<{ id: number; url?: string }> {
  const note = '\n\n… (cut: the full text is in the job log)';
  const text = body.length > COMMENT_MAX_LENGTH ? body.slice(0, COMMENT_MAX_LENGTH - note.length) + note : body;
  const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text });
  return { id: data.id, url: data.html_url };
}
