import { gitRepo, cloneRepo, type Repo } from '../helpers/git.js';

export const LEAD = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\n';
/** On an existing table: require-concurrent-index-creation and require-lock-timeout (errors), two warnings. */
export const BAD_INDEX = 'CREATE INDEX lead_owner ON lead (owner_id);\n';
/** The same index done right: lints clean. */
export const GOOD_INDEX = "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY lead_owner ON lead (owner_id);\n";
/** Only a warning (prefer-text-field). */
export const WARN_ONLY = "BEGIN;\nSET LOCAL lock_timeout = '2s';\nSET LOCAL statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN note varchar(20);\nCOMMIT;\n";

export interface PullRequestRepo {
  repo: Repo;
  baseSha: string;
  headSha: string;
}

/**
 * A repository whose `main` holds `base` in one commit and whose checked-out branch `feature`
 * adds `change` in a second: what actions/checkout leaves for a pull request (less the merge).
 */
export function pullRequestRepo(base: Record<string, string>, change: Record<string, string>): PullRequestRepo {
  const repo = gitRepo(base);
  const baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '--quiet', '-b', 'feature');
  repo.write(change).commit('the pull request');
  return { repo, baseSha, headSha: repo.git('rev-parse', 'HEAD').trim() };
}

/** A new commit on the pull request's branch; returns its SHA. */
export function pushToPullRequest(pr: PullRequestRepo, change: Record<string, string>): string {
  pr.repo.write(change).commit('fix the migration');
  pr.headSha = pr.repo.git('rev-parse', 'HEAD').trim();
  return pr.headSha;
}

/** A one-commit clone of the pull request's head (actions/checkout's default fetch-depth: 1). */
export function shallowCheckout(pr: PullRequestRepo): Repo {
  return cloneRepo(`file://${pr.repo.dir}`, '--depth', '1', '--branch', 'feature');
}
