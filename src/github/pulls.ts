import type { GitHubClient } from './client.js';

export interface PullFile {
  /** Relative to the repository root, `/` separated. */
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged' | string;
  previousFilename?: string;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** GitHub's REST API lists at most this many files of one pull request. */
export const PULL_FILES_LIMIT = 3000;

/** Every file a pull request changes, following the pages (100 per page). */
export async function listPullRequestFiles(gh: GitHubClient, repo: RepoRef, pullNumber: number): Promise<PullFile[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
  }));
}
