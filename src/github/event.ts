import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { RepoRef } from './pulls.js';

/** What the runner tells a step about the event that started the workflow. */
export interface EventContext {
  name: string;
  payload: Record<string, unknown>;
  repo?: RepoRef;
  /** GITHUB_REF, e.g. refs/heads/main. */
  ref?: string;
  sha?: string;
  workspace: string;
  /** Link to this workflow run, for reports. */
  runUrl?: string;
}

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  /** The head branch lives in another repository (a fork), so GITHUB_TOKEN is read-only. */
  fromFork: boolean;
  url?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function readEvent(env: NodeJS.ProcessEnv): EventContext {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Json = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    if (!existsSync(path)) throw new UserError(`GITHUB_EVENT_PATH ${path} does not exist; pgmig reads the event payload from it`);
    try {
      payload = obj(JSON.parse(readFileSync(path, 'utf8'))) ?? {};
    } catch (err) {
      throw new UserError(`the event payload ${path} is not valid JSON: ${(err as Error).message}`);
    }
  }
  let repo: RepoRef | undefined;
  const full = str(env.GITHUB_REPOSITORY) ?? str(obj(payload.repository)?.full_name);
  if (full && /^[^/]+\/[^/]+$/.test(full)) {
    const [owner, name] = full.split('/') as [string, string];
    repo = { owner, repo: name };
  }
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runUrl = repo && env.GITHUB_RUN_ID ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return { name, payload, repo, ref: str(env.GITHUB_REF), sha: str(env.GITHUB_SHA), workspace: env.GITHUB_WORKSPACE || process.cwd(), runUrl };
}

/** The pull request of a pull_request or pull_request_target event; undefined for other payloads. */
export function pullRequestOf(payload: Json): PullRequestInfo | undefined {
  const pr = obj(payload.pull_request);
  if (!pr) return undefined;
  const base = obj(pr.base);
  const head = obj(pr.head);
  const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
  const baseSha = str(base?.sha);
  const headSha = str(head?.sha);
  if (number === undefined || !baseSha || !headSha) {
    throw new UserError('the pull_request payload has no number, base.sha or head.sha; is GITHUB_EVENT_PATH the event file the runner wrote?');
  }
  const baseRepo = str(obj(base?.repo)?.full_name);
  const headRepo = obj(head?.repo);
  // a deleted fork leaves head.repo null: still not this repository
  const headName = str(headRepo?.full_name);
  // a pull request inside a repository that is itself a fork is not from a fork: compare names
  const fromFork = headRepo === undefined ? true : baseRepo && headName ? headName !== baseRepo : headRepo.fork === true;
  return {
    number,
    baseSha,
    headSha,
    baseRef: str(base?.ref) ?? '',
    headRef: str(head?.ref) ?? '',
    fromFork,
    url: str(pr.html_url),
  };
}

/** The default branch of the repository in the payload (push, workflow_dispatch, …). */
export function defaultBranchOf(payload: Json): string | undefined {
  return str(obj(payload.repository)?.default_branch);
}
