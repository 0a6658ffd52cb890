import type pg from 'pg';

/** How long the production-like traffic on one table waited while a statement ran for real. */
export interface BlockingMeasured {
  relation: string;
  /** The longest a trivial read of the table waited. */
  readBlockedMs: number;
  /** The longest a trivial write (a ROW EXCLUSIVE lock, as an INSERT takes) waited. */
  writeBlockedMs: number;
}

interface Traffic {
  cl: pg.Client;
  pid: number;
  sql: string;
  worst: number;
  /** When the query under way started, if one is. */
  since?: number;
  /** How long the query under way has been seen waiting on the migration's session. */
  blocked: number;
}

/**
 * Keeps issuing a trivial read and a trivial write on each table, each on a session of its own,
 * while `start` runs, and records the longest either waited on the migration's session
 * (`migrationPid`). A query still waiting when the statement ends counts until then (in a
 * transaction the lock lasts until COMMIT, but what is measured is the statement) and is
 * cancelled; every session is closed before it returns.
 *
 * A wait counts only while pg_blocking_pids of the traffic session names the migration's session
 * and that session is not itself waiting for a lock, sampled every few milliseconds from a session
 * of its own: a statement outside a transaction runs behind the phase gate (phase-gate.ts), whose
 * sessions hold ACCESS EXCLUSIVE on the table between phases, and a query queued behind the gate,
 * or behind the migration's request queued behind the gate, is waiting on pgmig, not on the
 * migration as production would run it.
 */
export async function measureBlocking<T>(
  open: () => Promise<pg.Client>,
  migrationPid: number,
  tables: Array<{ relation: string; key: string }>,
  start: () => Promise<T>,
): Promise<{ result: T; blocking: BlockingMeasured[] }> {
  const sessions: Array<{ relation: string; read: Traffic; write: Traffic }> = [];
  const all: Traffic[] = [];
  const session = async (sql: string): Promise<Traffic> => {
    const cl = await open();
    const pid = (await cl.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const t: Traffic = { cl, pid, sql, worst: 0, blocked: 0 };
    all.push(t);
    return t;
  };
  try {
    for (const t of tables) {
      sessions.push({
        relation: t.relation,
        read: await session(`SELECT 1 FROM ${t.key} LIMIT 1`),
        write: await session(`BEGIN; LOCK TABLE ${t.key} IN ROW EXCLUSIVE MODE; ROLLBACK`),
      });
    }
    const watcher = await open();
    let done = false;
    const loop = async (t: Traffic) => {
      while (!done) {
        t.blocked = 0;
        t.since = performance.now();
        await t.cl.query(t.sql).catch(() => t.cl.query('ROLLBACK').catch(() => undefined));
        t.worst = Math.max(t.worst, t.blocked);
        t.since = undefined;
        // a trivial query every few milliseconds: traffic, not a load test
        await new Promise((ok) => setTimeout(ok, 2));
      }
    };
    const loops = all.map(loop);
    const watching = watch(watcher, migrationPid, all, () => done);
    let result: T;
    try {
      result = await start();
    } finally {
      done = true;
      // (its last sample is the statement's end: a wait after it is the transaction's, not the statement's)
      await watching;
      await watcher.end().catch(() => undefined);
      // a query still queued behind the lock the transaction keeps would wait until COMMIT, and the
      // COMMIT waits for us: cancel until every loop has stopped, since a cancel that reaches a
      // backend before its query does is lost
      let settled = false;
      const stopped = Promise.all(loops).then(() => (settled = true));
      while (!settled) {
        await cancelWaiting(all, open);
        await Promise.race([stopped, new Promise((ok) => setTimeout(ok, 50))]);
      }
    }
    return { result, blocking: sessions.map((s) => ({ relation: s.relation, readBlockedMs: Math.round(s.read.worst), writeBlockedMs: Math.round(s.write.worst) })) };
  } finally {
    await Promise.all(all.map((t) => t.cl.end().catch(() => undefined)));
  }
}

/**
 * Samples which traffic sessions wait on the migration's session until `stopped`, and adds the
 * time since the previous sample to each query seen waiting on it (capped at the query's age).
 */
async function watch(watcher: pg.Client, migrationPid: number, all: Traffic[], stopped: () => boolean): Promise<void> {
  let last = performance.now();
  while (!stopped()) {
    const r = await watcher.query<{ pid: number; blocked: boolean }>(
      `SELECT p AS pid,
              $2::int = ANY (pg_blocking_pids(p))
              AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = $2::int AND NOT l.granted) AS blocked
         FROM unnest($1::int[]) p`,
      [all.map((t) => t.pid), migrationPid],
    );
    const now = performance.now();
    const byPid = new Map(r.rows.map((row) => [row.pid, row.blocked]));
    for (const t of all) {
      if (t.since !== undefined && byPid.get(t.pid)) t.blocked += now - Math.max(last, t.since);
    }
    last = now;
    await new Promise((ok) => setTimeout(ok, 2));
  }
}

/** Cancels the traffic queries still under way, from a session of its own. */
async function cancelWaiting(all: Traffic[], open: () => Promise<pg.Client>): Promise<void> {
  const busy = all.filter((t) => t.since !== undefined);
  if (busy.length === 0) return;
  const cl = await open();
  try {
    await cl.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) pid', [busy.map((t) => t.pid)]);
  } finally {
    await cl.end();
  }
}
