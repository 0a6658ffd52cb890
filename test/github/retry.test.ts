import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDecision, type ApiFailure } from '../../src/github/retry.js';

const policy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };
const NOW = Date.parse('2025-01-01T00:00:00Z');
const fail = (status: number, headers: Record<string, string> = {}, message = 'x'): ApiFailure => ({ status, message, response: { headers, data: { message } } });

describe('retryDecision', () => {
  it('retries 5xx with exponential back-off, bounded', () => {
    expect(retryDecision(fail(502), 0, true, policy, NOW)).toMatchObject({ retry: true, delayMs: 1000 });
    expect(retryDecision(fail(503), 1, true, policy, NOW)).toMatchObject({ retry: true, delayMs: 2000 });
    expect(retryDecision(fail(500), 2, true, policy, NOW)).toMatchObject({ retry: true, delayMs: 4000 });
    expect(retryDecision(fail(500), 3, true, policy, NOW)).toEqual({ retry: false, reason: 'gave up after 4 tries' });
  });

  it('honours retry-after on a 5xx', () => {
    expect(retryDecision(fail(503, { 'retry-after': '3' }), 0, true, policy, NOW)).toMatchObject({ retry: true, delayMs: 3000 });
  });

  it('does not repeat a POST after a 5xx or a network error: GitHub may have done it', () => {
    expect(retryDecision(fail(502), 0, false, policy, NOW)).toMatchObject({ retry: false });
    expect(retryDecision({ status: 500, message: 'fetch failed' }, 0, false, policy, NOW)).toMatchObject({ retry: false });
    expect(retryDecision({ status: 500, message: 'fetch failed' }, 0, true, policy, NOW)).toMatchObject({ retry: true, reason: 'network error (fetch failed)' });
  });

  it('waits out a secondary rate limit: retry-after, else a minute; POSTs too', () => {
    const msg = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
    expect(retryDecision(fail(403, { 'retry-after': '7' }, msg), 0, false, policy, NOW)).toMatchObject({ retry: true, delayMs: 7000 });
    expect(retryDecision(fail(403, {}, msg), 0, true, policy, NOW)).toMatchObject({ retry: true, delayMs: 60_000 });
    expect(retryDecision(fail(429, {}, 'slow down'), 0, true, policy, NOW)).toMatchObject({ retry: true, delayMs: 60_000 });
  });

  it('waits for the primary rate limit to reset, unless that is too long', () => {
    const reset = String(NOW / 1000 + 20);
    expect(retryDecision(fail(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, 'API rate limit exceeded'), 0, true, policy, NOW)).toMatchObject({ retry: true, delayMs: 20_000 });
    const later = String(NOW / 1000 + 3600);
    const d = retryDecision(fail(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': later }, 'API rate limit exceeded'), 0, true, policy, NOW);
    expect(d).toMatchObject({ retry: false });
    expect(d.reason).toMatch(/GitHub asks to wait 3600 s, longer than pgmig waits/);
  });

  it('never retries a plain 403, 404 or 422', () => {
    expect(retryDecision(fail(403, {}, 'Resource not accessible by integration'), 0, true, policy, NOW)).toEqual({ retry: false });
    expect(retryDecision(fail(404), 0, true, policy, NOW)).toEqual({ retry: false });
    expect(retryDecision(fail(422), 0, true, policy, NOW)).toEqual({ retry: false });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter(new Date(NOW + 5000).toUTCString(), NOW)).toBe(5000);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });
});
