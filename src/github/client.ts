import { getOctokit } from '@actions/github';
import { apiMessage, DEFAULT_RETRY, retryDecision, type ApiFailure, type RetryPolicy } from './retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** Default: GITHUB_API_URL, else api.github.com (GitHub Enterprise Server sets GITHUB_API_URL). */
  apiUrl?: string;
  userAgent?: string;
  retry?: Partial<RetryPolicy>;
  /** One request may take this long before it counts as a network failure. */
  timeoutMs?: number;
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Octokit from @actions/github (REST methods and pagination) pointed at GITHUB_API_URL, with
 * bounded retries of transient failures: 5xx, network errors, secondary and primary rate limits.
 */
export function createClient(token: string, opts: ClientOptions = {}): GitHubClient {
  const baseUrl = (opts.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const policy = { ...DEFAULT_RETRY, ...opts.retry };
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = opts.log ?? (() => {});
  const client = getOctokit(token, { baseUrl, userAgent: opts.userAgent ?? 'pgmig', log: { debug() {}, info() {}, warn: log, error: log } });
  client.hook.wrap('request', async (request, options) => {
    const method = String(options.method ?? 'GET').toUpperCase();
    for (let attempt = 0; ; attempt++) {
      try {
        // a hung connection would otherwise hold the job until its own timeout
        return await request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(timeoutMs) } });
      } catch (err) {
        const decision = retryDecision(err as ApiFailure, attempt, IDEMPOTENT.has(method), policy);
        if (!decision.retry) throw err;
        const where = `${method} ${String(options.url)}`;
        log(`GitHub API ${where}: ${decision.reason} (${apiMessage(err as ApiFailure) || 'no message'}); trying again in ${Math.round(decision.delayMs / 100) / 10} s`);
        await sleep(decision.delayMs);
      }
    }
  });
  return client;
}

/** One line for a failed API call: status, GitHub's message, and the request. */
export function describeApiError(err: unknown): string {
  const e = err as ApiFailure & { request?: { method?: string; url?: string } };
  const status = e.status ? `${e.status} ` : '';
  const where = e.request?.method && e.request.url ? ` (${e.request.method} ${e.request.url.replace(/\?.*$/, '')})` : '';
  return `${status}${apiMessage(e) || String(err)}${where}`;
}
