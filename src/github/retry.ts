/**
 * When to try a GitHub API request again. GitHub answers a burst of writes with a "secondary
 * rate limit" (403 or 429, usually with `retry-after`), an exhausted quota with
 * `x-ratelimit-remaining: 0` and a reset time, and a bad moment with 5xx; all of these pass.
 * A plain 403 (no permission) or 4xx never does, so it is reported at once.
 */
export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** First back-off for a 5xx without `retry-after`; doubled on each try. */
  baseDelayMs: number;
  /** A wait longer than this is not worth holding the job for: the error is reported instead. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** What pgmig needs of an error thrown by Octokit (a RequestError) to decide. */
export interface ApiFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  /** The answer came, but its JSON body did not parse. */
  unreadable?: boolean;
  /** No complete answer within the client's timeout. */
  timedOut?: boolean;
}

/**
 * Whether a failed write may still have been carried out: GitHub had the request, but no
 * verdict came back (a 5xx, a dropped connection, a timeout, an answer that did not parse).
 */
export function mayHaveHappened(err: ApiFailure): boolean {
  if (err.unreadable || err.timedOut || !err.response) return true;
  return (err.status ?? 0) >= 500;
}

export type RetryDecision =
  | { retry: true; delayMs: number; reason: string }
  | { retry: false; reason?: string };

function header(err: ApiFailure, name: string): string | undefined {
  const v = err.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

/** The message GitHub put in the body (`{"message": …}`), else the error's own. */
export function apiMessage(err: ApiFailure): string {
  const data = err.response?.data as { message?: unknown } | undefined;
  if (data && typeof data === 'object' && typeof data.message === 'string') return data.message;
  return err.message ?? '';
}

/** `retry-after` is seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function isRateLimited(err: ApiFailure): boolean {
  if (err.status !== 403 && err.status !== 429) return false;
  return (
    err.status === 429 ||
    header(err, 'x-ratelimit-remaining') === '0' ||
    header(err, 'retry-after') !== undefined ||
    /rate limit|abuse detection/i.test(apiMessage(err))
  );
}

/**
 * `attempt` counts from 0 (the first retry). `idempotent` is false for a POST: a 5xx or a broken
 * connection may come after GitHub did the work, so trying again could make a second comment;
 * a rate-limit answer is safe either way, since GitHub refused before doing anything.
 */
export function retryDecision(err: ApiFailure, attempt: number, idempotent: boolean, policy: RetryPolicy = DEFAULT_RETRY, now = Date.now()): RetryDecision {
  if (attempt >= policy.retries) return { retry: false, reason: `gave up after ${policy.retries + 1} tries` };
  const status = err.status ?? 0;
  const retryAfter = parseRetryAfter(header(err, 'retry-after'), now);
  let delayMs: number;
  let reason: string;
  if (isRateLimited(err)) {
    const reset = Number(header(err, 'x-ratelimit-reset'));
    if (retryAfter !== undefined) delayMs = retryAfter;
    else if (header(err, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) delayMs = reset * 1000 - now;
    // GitHub's advice for a secondary limit without retry-after: wait at least a minute
    else delayMs = 60_000;
    reason = `rate limited (${status})`;
  } else if (err.unreadable || err.timedOut || status >= 500 || status === 0) {
    if (!idempotent) return { retry: false, reason: 'not retried: the request may have been carried out' };
    delayMs = retryAfter ?? policy.baseDelayMs * 2 ** attempt;
    reason = err.unreadable
      ? 'unreadable answer (not JSON)'
      : err.timedOut
        ? 'timed out'
        : !err.response
          ? `network error (${err.message ?? 'no response'})`
          : `server error ${status}`;
  } else {
    return { retry: false };
  }
  delayMs = Math.max(0, Math.ceil(delayMs));
  if (delayMs > policy.maxDelayMs) {
    return { retry: false, reason: `${reason}; GitHub asks to wait ${Math.ceil(delayMs / 1000)} s, longer than pgmig waits` };
  }
  return { retry: true, delayMs, reason };
}
