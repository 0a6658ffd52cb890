import type { StatementNode } from '../sql/parse.js';

/**
 * Retrying a transaction that did not get its locks in time, the way GitLab's
 * `with_lock_retries` does: a short lock_timeout first, so that a statement queued behind a long
 * transaction holds up everyone queued behind it only briefly; then, after a pause, the whole
 * transaction again with a longer one, up to a bounded number of attempts and total time.
 */

/** SQLSTATE lock_not_available: lock_timeout expired (or NOWAIT found the lock taken). */
export const LOCK_NOT_AVAILABLE = '55P03';

export interface LockRetryPolicy {
  /** Attempts in all; 1 runs once, without retrying. */
  attempts: number;
  /** No attempt starts after this much time since the first started. */
  maxTotalMs: number;
}

export const DEFAULT_LOCK_RETRIES: LockRetryPolicy = { attempts: 5, maxTotalMs: 60_000 };

export interface LockAttempt {
  /** 1-based. */
  attempt: number;
  lockTimeoutMs: number;
  /** The pause before it. */
  waitedMs: number;
  durationMs: number;
  result: 'ok' | 'lock timeout' | 'failed';
  /** Why it ended, when it did not end well. */
  message?: string;
}

// GitLab's steps start at 100 ms too; each a little over twice the one before
const RUNGS = [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 30_000, 60_000];

/**
 * The lock_timeout of attempt `i` (0-based) of `n`: the next rung, never more than `maxMs`;
 * the last attempt gets all of `maxMs` (with one attempt, that is the only one).
 */
export function lockTimeoutFor(i: number, n: number, maxMs: number): number {
  if (i >= n - 1) return maxMs;
  return Math.min(maxMs, RUNGS[Math.min(i, RUNGS.length - 1)]!);
}

/**
 * The pause before retry `k` (1 for the second attempt): doubling from 250 ms up to 10 s, with
 * half of it random, so that two rollbacks that collided do not collide again in step.
 */
export function backoffMs(k: number, random: () => number = Math.random): number {
  const base = Math.min(10_000, 250 * 2 ** Math.max(0, k - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

export interface AttemptOutcome<T> {
  value: T;
  /** The attempt failed for a lock not granted in time (and rolled back): another may work. */
  lockNotAvailable: boolean;
  /** How it failed, for the report. */
  message?: string;
  ok: boolean;
}

export interface RetriedOutcome<T> {
  /** The last attempt's. */
  value: T;
  attempts: LockAttempt[];
  /** Set when the last attempt still did not get its locks: why no other was made. */
  gaveUp?: string;
}

export interface RetryHooks {
  /** One line per attempt as it ends, for the log. */
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

const sleepFor = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
const shown = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 ? 2 : 0)} s` : `${Math.round(ms)} ms`);

/**
 * Runs `attempt` with the lock_timeout of each attempt in turn until one gets its locks (or fails
 * for another reason, which is never retried), within `policy`. `attempt` must leave nothing
 * behind when it fails: the caller's transaction is rolled back each time.
 */
export async function withLockRetries<T>(
  policy: LockRetryPolicy,
  maxLockTimeoutMs: number,
  attempt: (lockTimeoutMs: number, n: number) => Promise<AttemptOutcome<T>>,
  hooks: RetryHooks = {},
): Promise<RetriedOutcome<T>> {
  const now = hooks.now ?? (() => performance.now());
  const sleep = hooks.sleep ?? sleepFor;
  const n = Math.max(1, Math.floor(policy.attempts));
  const started = now();
  const attempts: LockAttempt[] = [];
  let waited = 0;
  for (let i = 0; ; i++) {
    let lockTimeoutMs = lockTimeoutFor(i, n, maxLockTimeoutMs);
    if (i > 0) {
      // the total bound holds for the pauses too: the last attempt gets what time is left
      const left = policy.maxTotalMs - (now() - started);
      lockTimeoutMs = Math.max(1, Math.min(lockTimeoutMs, Math.floor(left)));
    }
    const t0 = now();
    const out = await attempt(lockTimeoutMs, i + 1);
    const record: LockAttempt = { attempt: i + 1, lockTimeoutMs, waitedMs: waited, durationMs: now() - t0, result: out.ok ? 'ok' : out.lockNotAvailable ? 'lock timeout' : 'failed' };
    if (!out.ok && out.message) record.message = out.message;
    attempts.push(record);
    const head = `lock attempt ${i + 1}/${n} (lock_timeout ${shown(lockTimeoutMs)})`;
    if (out.ok || !out.lockNotAvailable) {
      // the first attempt's success is the usual case, not worth a line
      if (i > 0) hooks.log?.(`${head}: ${out.ok ? 'got the locks' : 'failed, not for a lock: not retried'}`);
      return { value: out.value, attempts };
    }
    const elapsed = now() - started;
    waited = backoffMs(i + 1, hooks.random);
    let stop: string | undefined;
    if (i + 1 >= n) stop = `no attempts left (lockRetries.attempts ${n})`;
    // the next attempt must have some time to wait for its locks
    else if (elapsed + waited + Math.min(100, maxLockTimeoutMs) > policy.maxTotalMs) stop = `lockRetries.maxTotal (${shown(policy.maxTotalMs)}) would be passed`;
    if (stop) {
      hooks.log?.(`${head}: ${out.message ?? 'lock not granted'}; giving up: ${stop}`);
      const timeouts = attempts.map((a) => shown(a.lockTimeoutMs)).join(', ');
      const gaveUp =
        `the locks were not granted in ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} over ${shown(elapsed)} (lock_timeout ${timeouts}); ${stop}. ` +
        'Another session holds a lock the undo files need: find it in pg_locks and pg_stat_activity, or try again when it is done';
      return { value: out.value, attempts, gaveUp };
    }
    hooks.log?.(`${head}: ${out.message ?? 'lock not granted'}; retrying in ${shown(waited)}`);
    await sleep(waited);
  }
}

/**
 * A statement that sets lock_timeout itself (`SET [LOCAL|SESSION] lock_timeout …`, `RESET
 * lock_timeout`, `SET … TO DEFAULT`). Under lock retries pgmig sets it per attempt; a file's own
 * value would silently govern every wait instead and make the reported schedule untrue, so such
 * statements are not run (and the report says so).
 */
export function setsLockTimeout(stmt: StatementNode): boolean {
  if (stmt.kind !== 'VariableSetStmt') return false;
  const n = stmt.node;
  if (n.kind === 'VAR_RESET_ALL') return true;
  return typeof n.name === 'string' && n.name.toLowerCase() === 'lock_timeout';
}
