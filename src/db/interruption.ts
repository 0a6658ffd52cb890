import type pg from 'pg';

/**
 * Ctrl-C (SIGINT) and SIGTERM (a cancelled CI job) while pgmig has a statement running on a
 * server it does not own. Node's default is to exit at once, and the server then keeps the
 * statement running, with its locks, until it ends on its own. Instead: `onFirst` runs (it
 * stops the server's work from another connection), the run's own code sees its statement fail
 * and cleans up and reports; a second signal, or `graceMs` without the run finishing, ends the
 * process by the same signal at once.
 */
export interface InterruptWatch {
  /** The signal that came, if one did. */
  signal(): NodeJS.Signals | undefined;
  /** The run is over and cleaned up: re-raise a signal that came meanwhile (the process ends by it). */
  done(): void;
  /** The run is over and will report the interruption itself: stop watching, re-raise nothing. */
  stop(): void;
}

export function watchInterrupts(onFirst: (signal: NodeJS.Signals) => Promise<unknown> | void, graceMs = 10_000): InterruptWatch {
  let got: NodeJS.Signals | undefined;
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (timer) clearTimeout(timer);
  };
  const die = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };
  function onSignal(signal: NodeJS.Signals) {
    if (got) return die(signal);
    got = signal;
    timer = setTimeout(() => die(signal), graceMs);
    try {
      const p = onFirst(signal);
      if (p) void Promise.resolve(p).catch(() => die(signal));
    } catch {
      die(signal);
    }
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { signal: () => got, done: () => (got ? die(got) : stop()), stop };
}

/**
 * Stops backend `pid`'s statement from a second session: pg_cancel_backend first (the statement
 * fails, its transaction can be rolled back by its own session, which releases the locks); if the
 * backend is still busy after `waitMs`, pg_terminate_backend (the server rolls back and releases
 * everything). Returns what it took.
 */
export async function cancelThenTerminate(admin: pg.Client, pid: number, waitMs = 3000): Promise<'cancelled' | 'terminated' | 'gone'> {
  const alive = async () => (await admin.query<{ state: string | null }>('SELECT state FROM pg_stat_activity WHERE pid = $1', [pid])).rows[0];
  if (!(await alive())) return 'gone';
  await admin.query('SELECT pg_cancel_backend($1)', [pid]);
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    const s = await alive();
    // idle: the session rolled its transaction back; in transaction (aborted) still holds locks
    if (!s || s.state === 'idle') return 'cancelled';
    await new Promise((ok) => setTimeout(ok, 50));
  }
  await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  return 'terminated';
}
