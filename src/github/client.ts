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
    const where = `${method} ${String(options.url)}`;
    for (let attempt = 0; ; attempt++) {
      // a hung connection would otherwise hold the job until its own timeout. The signal goes
      // into `options` itself: the hooks inside this one (the token's) are bound to that object
      // and ignore the argument `request` is called with.
      const signal = AbortSignal.timeout(timeoutMs);
      options.request = { ...options.request, signal };
      let failure: unknown;
      try {
        const response = await request(options);
        failure = unreadable(response, method, signal.aborted, timeoutMs);
        if (!failure) return response;
      } catch (err) {
        failure = signal.aborted || isAbort(err) ? timedOut(err, method, options.url, timeoutMs) : err;
      }
      const decision = retryDecision(failure as ApiFailure, attempt, IDEMPOTENT.has(method), policy);
      if (!decision.retry) {
        // the caller reports the error; the log says why it was not tried again
        if (decision.reason) log(`GitHub API ${where}: ${decision.reason} (${apiMessage(failure as ApiFailure) || 'no message'})`);
        throw failure;
      }
      log(`GitHub API ${where}: ${decision.reason} (${apiMessage(failure as ApiFailure) || 'no message'}); trying again in ${Math.round(decision.delayMs / 100) / 10} s`);
      await sleep(decision.delayMs);
    }
  });
  return client;
}

/**
 * A failure pgmig made of an answer Octokit took as a success, or of a request it gave up: no
 * complete answer in time, or a JSON body that is not JSON (a proxy's HTML page, a cut-off body).
 */
export class ApiAnswerError extends Error {
  readonly unreadable?: boolean;
  readonly timedOut?: boolean;
  readonly status?: number;
  readonly request: { method: string; url: string };
  readonly response?: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
  constructor(
    message: string,
    init: { method: string; url: string; unreadable?: boolean; timedOut?: boolean; response?: ApiAnswerError['response']; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiAnswerError';
    this.request = { method: init.method, url: init.url };
    if (init.unreadable) this.unreadable = true;
    if (init.timedOut) this.timedOut = true;
    if (init.response) this.response = init.response;
  }
}

function isAbort(err: unknown): boolean {
  const name = (err as { name?: string } | undefined)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

function timedOut(err: unknown, method: string, url: unknown, timeoutMs: number): ApiAnswerError {
  return new ApiAnswerError(`no complete answer within ${Math.round(timeoutMs / 100) / 10} s`, { method, url: String(url), timedOut: true, cause: err });
}

interface OctokitResponse {
  status: number;
  url: string;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/**
 * Octokit hands back the raw text when a JSON body does not parse (and an empty string when
 * reading the body failed, as when the timeout struck halfway): callers would take a string
 * for a list of nothing, and a missing comment could be created twice. Such an answer fails.
 */
function unreadable(response: OctokitResponse, method: string, aborted: boolean, timeoutMs: number): ApiAnswerError | undefined {
  const type = String(response.headers['content-type'] ?? '');
  if (!/[/+]json\b/i.test(type) || typeof response.data !== 'string') return undefined;
  if (aborted) return timedOut(undefined, method, response.url, timeoutMs);
  const text = response.data.replace(/\s+/g, ' ').trim();
  const shown = text ? `: ${text.length > 80 ? `${text.slice(0, 80)}…` : text}` : ' (an empty body)';
  return new ApiAnswerError(`GitHub answered ${response.status} with a body that is not valid JSON${shown}`, { method, url: response.url, unreadable: true, response });
}

/** One line for a failed API call: status, GitHub's message, and the request. */
export function describeApiError(err: unknown): string {
  const e = err as ApiFailure & { request?: { method?: string; url?: string } };
  const status = e.status ? `${e.status} ` : '';
  const where = e.request?.method && e.request.url ? ` (${e.request.method} ${e.request.url.replace(/\?.*$/, '')})` : '';
  // an error page from a proxy arrives as HTML: one short line of its text is enough
  let message = (apiMessage(e) || String(err)).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  if (message.length > 200) message = `${message.slice(0, 200)}…`;
  return `${status}${message}${where}`;
}
