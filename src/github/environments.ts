import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';
import type { ApiFailure } from './retry.js';

/** What pgmig reads of an environment: whether a person must approve a job that runs in it. */
export interface EnvironmentProtection {
  exists: boolean;
  /** Users and teams of its required_reviewers rule (none: a job runs without an approval). */
  reviewers: string[];
  /** The rule forbids the person who started the run to approve it. */
  preventSelfReview: boolean;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);

/**
 * GET /repos/{owner}/{repo}/environments/{name}: its protection_rules. GitHub creates an
 * environment without rules the first time a job names one that does not exist, so "it
 * exists" says nothing: only a required_reviewers rule with someone in it makes a job wait.
 * A 404 (no such environment, or a token that may not see it) is `exists: false`.
 */
export async function environmentProtection(gh: GitHubClient, repo: RepoRef, name: string): Promise<EnvironmentProtection> {
  let data: Json;
  try {
    data = (await gh.rest.repos.getEnvironment({ ...repo, environment_name: name })).data as unknown as Json;
  } catch (err) {
    if ((err as ApiFailure).status === 404) return { exists: false, reviewers: [], preventSelfReview: false };
    throw err;
  }
  const rules = Array.isArray(data.protection_rules) ? data.protection_rules.map(obj).filter((r): r is Json => !!r) : [];
  const reviewers: string[] = [];
  let preventSelfReview = false;
  for (const r of rules) {
    if (r.type !== 'required_reviewers') continue;
    if (r.prevent_self_review === true) preventSelfReview = true;
    for (const entry of Array.isArray(r.reviewers) ? r.reviewers.map(obj) : []) {
      const who = obj(entry?.reviewer);
      const name = typeof who?.login === 'string' ? `@${who.login}` : typeof who?.slug === 'string' ? `team ${who.slug}` : typeof who?.name === 'string' ? `team ${who.name}` : undefined;
      if (name) reviewers.push(name);
    }
  }
  return { exists: true, reviewers, preventSelfReview };
}
