import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { commonAncestor, hasCommit, headCommit, isAncestor, isShallowClone, remoteBranchTip, workTreeRoot } from '../git/history.js';
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
    const base = currentBase(workspace, pr, head);
    return {
      source: 'git',
      changedSince: base.commit,
      description: `changed migrations from git: the checkout (${short(head)}) compared with its merge base with ${pr.baseRef || 'the base'} ${short(base.commit)}${base.why}`,
      warnings: base.warnings,
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

/**
 * The base to compare with: the base branch's tip as it is now, not the event's
 * `pull_request.base.sha`. That one is stale once the base moves on (a re-run, a merge commit
 * that actions/checkout made later, a synchronize event that came before another merge), and
 * the migrations merged to the base since would count as this pull request's. The merge base of
 * the head and the current tip is what lint, test and the "if merged now" numbers start from.
 */
function currentBase(workspace: string, pr: PullRequestInfo, head: string): { commit: string; why: string; warnings: string[] } {
  if (!pr.baseRef) return { commit: pr.baseSha, why: '', warnings: [] };
  const tip = remoteBranchTip(workspace, 'origin', pr.baseRef);
  // an unfetched copy may be older than the event's base: only a newer one is better
  const newer = tip.sha && (tip.fetched || (hasCommit(workspace, pr.baseSha) && isAncestor(workspace, pr.baseSha, tip.sha)));
  if (tip.sha && newer && tip.sha !== pr.baseSha && commonAncestor(workspace, tip.sha, head)) {
    const how = tip.fetched ? 'fetched just now' : `the checkout's copy; ${tip.note ?? 'not fetched'}`;
    return { commit: tip.sha, why: ` (the tip of ${pr.baseRef} now, ${how}; the event named ${short(pr.baseSha)})`, warnings: [] };
  }
  if (tip.sha) return { commit: pr.baseSha, why: '', warnings: [] };
  // without a remote (a local run) there is nothing fresher to ask; with one that failed, say so
  if (tip.note && !/has no remote/.test(tip.note) && !tip.fetched) {
    return {
      commit: pr.baseSha,
      why: '',
      warnings: [`pgmig could not learn where ${pr.baseRef} is now (${tip.note}), so it compared with the event's base ${short(pr.baseSha)}; migrations merged to ${pr.baseRef} since then count as this pull request's`],
    };
  }
  return { commit: pr.baseSha, why: '', warnings: [] };
}

/** A path relative to the workspace, `/` separated, for messages. */
export function shown(workspace: string, abs: string): string {
  return relative(workspace, abs).split(sep).join('/') || '.';
}
