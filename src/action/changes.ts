import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { commonAncestor, hasCommit, headCommit, isAncestor, isShallowClone, workTreeRoot } from '../git/history.js';
import { describeApiError } from '../github/client.js';
import type { PullRequestInfo } from '../github/event.js';
import { PULL_FILES_LIMIT, type PullFile } from '../github/pulls.js';

export const FETCH_DEPTH_HINT = 'check out with actions/checkout and `fetch-depth: 0`';

export type Changes =
  | {
      source: 'git';
      /** The base commit: lint and test take the changes since their merge base with it. */
      changedSince: string;
      description: string;
      warnings: string[];
    }
  | {
      source: 'api';
      /** Absolute paths of the changed migration files present in the checkout. */
      files: string[];
      description: string;
      warnings: string[];
    };

export interface DetectOptions {
  workspace: string;
  pr: PullRequestInfo;
  /** Absolute migrations folders. */
  dirs: string[];
  /** The pull request's files through the API; undefined without a token. */
  listFiles?: () => Promise<PullFile[]>;
  /**
   * The checkout must hold the pull request's head (pull_request_target checks out the base
   * branch by default, which would lint the wrong files).
   */
  requireHead: boolean;
}

const short = (sha: string) => sha.slice(0, 7);

/**
 * Which migrations the pull request adds or changes: from git when the checkout has the base
 * commit (then the numbering rules also see the base branch), else from the pull request's
 * file list through the API. Says which, and what to change when neither works.
 */
export async function detectChanges(opts: DetectOptions): Promise<Changes> {
  const { workspace, pr } = opts;
  const root = workTreeRoot(workspace);
  const head = root ? headCommit(workspace) : undefined;

  if (opts.requireHead && root && head && head !== pr.headSha && !(hasCommit(workspace, pr.headSha) && isAncestor(workspace, pr.headSha, head))) {
    throw new UserError(
      `the checkout (${short(head)}) is not pull request #${pr.number}'s head ${short(pr.headSha)}: under pull_request_target actions/checkout checks out the base branch unless told otherwise, ` +
        'so pgmig would lint the wrong files. Check out the head with `ref: ${{ github.event.pull_request.head.sha }}` (pgmig only reads the files there; it never runs them under pull_request_target).',
    );
  }

  let why: string;
  if (!root) why = `${workspace} is not a git checkout`;
  else if (!hasCommit(workspace, pr.baseSha)) why = `the base commit ${short(pr.baseSha)} is not in the checkout${isShallowClone(workspace) ? ' (a shallow clone)' : ''}`;
  else if (!head || !commonAncestor(workspace, pr.baseSha, head)) why = `the checkout's history does not reach the base commit ${short(pr.baseSha)}`;
  else {
    return {
      source: 'git',
      changedSince: pr.baseSha,
      description: `changed migrations from git: the checkout (${short(head)}) compared with its merge base with ${pr.baseRef || 'the base'} ${short(pr.baseSha)}`,
      warnings: [],
    };
  }

  if (!opts.listFiles) {
    throw new UserError(`cannot tell which migrations pull request #${pr.number} changes: ${why}, and there is no github-token to list its files; ${FETCH_DEPTH_HINT}, or pass github-token`);
  }
  let listed: PullFile[];
  try {
    listed = await opts.listFiles();
  } catch (err) {
    throw new UserError(
      `cannot tell which migrations pull request #${pr.number} changes: ${why} (${FETCH_DEPTH_HINT}), and listing its files through the GitHub API failed: ${describeApiError(err)}`,
    );
  }
  const repoRoot = root ?? workspace;
  const inside = (abs: string) => opts.dirs.some((d) => abs === d || abs.startsWith(d.endsWith(sep) ? d : d + sep));
  const warnings: string[] = [];
  const files: string[] = [];
  const missing: string[] = [];
  for (const f of listed) {
    if (f.status === 'removed' || !f.filename.endsWith('.sql')) continue;
    const abs = resolve(repoRoot, f.filename);
    if (!inside(abs)) continue;
    if (existsSync(abs)) files.push(abs);
    else missing.push(f.filename);
  }
  if (missing.length) {
    warnings.push(`${missing.length} changed migration${missing.length === 1 ? ' is' : 's are'} not in the checkout (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}); is the pull request's head checked out?`);
  }
  if (listed.length >= PULL_FILES_LIMIT) {
    warnings.push(`GitHub lists at most ${PULL_FILES_LIMIT} files of a pull request, so some changed migrations may be missing; ${FETCH_DEPTH_HINT} to diff with git`);
  }
  return {
    source: 'api',
    files,
    description:
      `changed migrations from the pull request's file list (GitHub API: ${listed.length} changed file${listed.length === 1 ? '' : 's'}, ${files.length} migration${files.length === 1 ? '' : 's'}), because ${why}. ` +
      `With ${FETCH_DEPTH_HINT} pgmig diffs with git and also checks the numbering against the base branch and edits to applied migrations.`,
    warnings,
  };
}

/** A path relative to the workspace, `/` separated, for messages. */
export function shown(workspace: string, abs: string): string {
  return relative(workspace, abs).split(sep).join('/') || '.';
}
