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
}

/**
 * Keeps issuing a trivial read and a trivial write on each table, each on a session of its own,
 * while `running` runs, and records the longest either waited. A query still waiting when the
 * statement ends counts until then (in a transaction the lock lasts until COMMIT, but what is
 * measured is the statement) and is cancelled; every session is closed before it returns.
 */
export async function measureBlocking<T>(
  open: () => Promise<pg.Client>,
  tables: Array<{ relation: string; key: string }>,
  start: () => Promise<T>,
): Promise<{ result: T; blocking: BlockingMeasured[] }> {
  const sessions: Array<{ relation: string; read: Traffic; write: Traffic }> = [];
  const all: Traffic[] = [];
  const session = async (sql: string): Promise<Traffic> => {
    const cl = await open();
    const pid = (await cl.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const t: Traffic = { cl, pid, sql, worst: 0 };
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
    let done = false;
    let ended = 0;
    const loop = async (t: Traffic) => {
      while (!done) {
        t.since = performance.now();
        await t.cl.query(t.sql).catch(() => t.cl.query('ROLLBACK').catch(() => undefined));
        const until = done ? Math.min(performance.now(), ended) : performance.now();
        t.worst = Math.max(t.worst, until - t.since);
        t.since = undefined;
        // a trivial query every few milliseconds: traffic, not a load test
        await new Promise((ok) => setTimeout(ok, 2));
      }
    };
    const loops = all.map(loop);
    let result: T;
    try {
      result = await start();
    } finally {
      ended = performance.now();
      done = true;
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
