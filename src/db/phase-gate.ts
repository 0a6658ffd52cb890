import type pg from 'pg';

/** A table the gate holds: its oid and its name as LOCK TABLE takes it. */
export interface GatedTable {
  oid: string;
  key: string;
}

/** A lock the statement asked for and waited on, seen in pg_locks while it waited. */
export interface PhaseLock {
  oid: string;
  mode: string;
  /** Granted (seen held, not waited for) on an index already marked dead: not valid, not ready. */
  deadIndex?: boolean;
}

interface Session {
  cl: pg.Client;
  pid: number;
  pending: Promise<unknown>;
  settled: boolean;
}

interface Holder {
  table: GatedTable;
  active: Session;
  spare: Session;
  retired: boolean;
}

/**
 * Runs a statement outside a transaction so that every lock request of each of its phases is
 * seen: sampling pg_locks misses a phase that takes and drops its lock between two samples.
 * Before it starts, a session holds ACCESS EXCLUSIVE on each table it names, so its first request
 * waits (and is read from pg_locks while it waits); a spare session then queues behind that
 * request and the holder lets go, so the statement's next request on the table waits behind the
 * spare in turn. A statement that waits for older transactions to end (a CONCURRENTLY phase)
 * waits on a holder's: that holder lets go for good. Bounded by `budgetMs`, after which every
 * holder lets go; every session it opened is closed, and checked gone, before it returns.
 */
export async function runGated(
  runner: pg.Client,
  runnerPid: number,
  watcher: pg.Client,
  open: () => Promise<pg.Client>,
  tables: GatedTable[],
  sql: string,
  budgetMs = 10_000,
): Promise<PhaseLock[]> {
  const pidOf = async (cl: pg.Client) => (await cl.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  const lock = (s: Session, key: string) => {
    s.settled = false;
    s.pending = s.cl
      .query('BEGIN')
      .then(() => s.cl.query(`LOCK TABLE ONLY ${key} IN ACCESS EXCLUSIVE MODE`))
      .finally(() => (s.settled = true));
    // a wait ended by pg_cancel_backend rejects: expected
    s.pending.catch(() => undefined);
  };
  const opened: Session[] = [];
  const session = async (): Promise<Session> => {
    const cl = await open();
    const s = { cl, pid: await pidOf(cl), pending: Promise.resolve() as Promise<unknown>, settled: true };
    opened.push(s);
    return s;
  };
  const holders = new Map<string, Holder>();
  const seen: PhaseLock[] = [];
  let failure: unknown;
  let done = false;
  try {
    for (const t of tables) {
      const h: Holder = { table: t, active: await session(), spare: await session(), retired: false };
      lock(h.active, t.key);
      await h.active.pending;
      holders.set(t.oid, h);
    }
    const byPid = new Map([...holders.values()].flatMap((h) => [[h.active.pid, h] as const, [h.spare.pid, h] as const]));
    const queued = async (s: Session) => {
      for (;;) {
        const r = await watcher.query("SELECT 1 FROM pg_locks WHERE pid = $1 AND locktype = 'relation' AND NOT granted", [s.pid]);
        if (r.rows.length > 0 || s.settled) return;
        await new Promise((ok) => setTimeout(ok, 1));
      }
    };
    const retire = async (h: Holder) => {
      h.retired = true;
      for (const s of [h.active, h.spare]) {
        if (!s.settled) await watcher.query('SELECT pg_cancel_backend($1)', [s.pid]);
        await s.pending.catch(() => undefined);
        await s.cl.query('ROLLBACK');
      }
    };
    const run = runner.query(sql).then(
      () => (done = true),
      (e) => {
        failure = e;
        done = true;
      },
    );
    const until = Date.now() + budgetMs;
    while (!done) {
      if (Date.now() > until) {
        for (const h of holders.values()) if (!h.retired) await retire(h);
      }
      const all = await watcher.query<{ locktype: string; relation: string | null; mode: string; granted: boolean; dead: boolean; holder: number | null }>(
        `SELECT w.locktype, w.relation::bigint::text AS relation, w.mode, w.granted,
                EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = w.relation AND NOT i.indisvalid AND NOT i.indisready) AS dead,
                (SELECT v.pid FROM pg_locks v WHERE v.locktype = 'virtualxid' AND v.virtualxid = w.virtualxid AND v.granted AND v.pid <> w.pid LIMIT 1) AS holder
           FROM pg_locks w WHERE w.pid = $1 AND (NOT w.granted OR w.locktype = 'relation')`,
        [runnerPid],
      );
      // DROP INDEX CONCURRENTLY's last phase locks the index it already marked dead: no query can
      // use it any more, so nothing waits behind that lock; it is kept apart as harmless
      for (const g of all.rows) if (g.granted && g.dead && g.relation) seen.push({ oid: g.relation, mode: g.mode, deadIndex: true });
      const waiting = { rows: all.rows.filter((w) => !w.granted) };
      // while it waits the statement is still: what it holds then is the same every run
      if (waiting.rows.length > 0) for (const g of all.rows) if (g.granted && !g.dead && g.relation) seen.push({ oid: g.relation, mode: g.mode });
      for (const w of waiting.rows) {
        if (w.locktype === 'virtualxid') {
          const h = w.holder === null ? undefined : byPid.get(w.holder);
          if (h && !h.retired) await retire(h);
          continue;
        }
        if (w.locktype !== 'relation' || !w.relation) continue;
        seen.push({ oid: w.relation, mode: w.mode });
        const h = holders.get(w.relation);
        if (!h || h.retired) continue;
        // the spare queues behind the statement's request before the holder lets go, so the
        // statement's next request on this table (its next phase) waits again
        lock(h.spare, h.table.key);
        await queued(h.spare);
        await h.active.pending;
        await h.active.cl.query('COMMIT');
        [h.active, h.spare] = [h.spare, h.active];
      }
      if (waiting.rows.length === 0) await new Promise((r) => setTimeout(r, 2));
    }
    await run;
  } finally {
    for (const h of holders.values()) {
      if (h.retired) continue;
      for (const s of [h.active, h.spare]) {
        await s.pending.catch(() => undefined);
        await s.cl.query('COMMIT').catch(() => undefined);
      }
    }
    for (const s of opened) await s.cl.end().catch(() => undefined);
    if (!done) await runner.query('SELECT 1').catch(() => undefined);
    await assertGone(watcher, opened.map((s) => s.pid));
  }
  if (failure) throw failure;
  return seen;
}

/** The gate's sessions have logged out and hold no lock (a leftover holder would block production-like traffic in later steps). */
async function assertGone(watcher: pg.Client, pids: number[]): Promise<void> {
  if (pids.length === 0) return;
  const until = Date.now() + 5000;
  for (;;) {
    const r = await watcher.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM pg_stat_get_activity(NULL) a WHERE a.pid = ANY($1::int[]))::int
            + (SELECT count(*) FROM pg_locks l WHERE l.pid = ANY($1::int[]))::int AS n`,
      [pids],
    );
    if (r.rows[0]!.n === 0) return;
    if (Date.now() > until) throw new Error(`pgmig's lock-trace sessions (pids ${pids.join(', ')}) are still connected after the statement ended`);
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

/** Identifiers a statement's text names, lower-cased unless quoted: the tables the gate should hold are among them. */
export function namedIdentifiers(sql: string): string[] {
  const out = new Set<string>();
  const text = sql.replace(/--[^\n]*/g, ' ').replace(/'(?:[^']|'')*'/g, "''");
  for (const m of text.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)/g)) {
    out.add(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.toLowerCase());
  }
  return [...out];
}

/**
 * The existing tables a statement outside a transaction acts on: those it names, the tables of
 * the indexes it names, and the parent of a partition it names.
 */
export async function gatedTables(watcher: pg.Client, oids: string, sql: string): Promise<GatedTable[]> {
  const names = namedIdentifiers(sql);
  const r = await watcher.query<{ oid: string; key: string }>(
    `SELECT DISTINCT c.oid::bigint::text AS oid, format('%I.%I', n.nspname, c.relname) AS key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.oid = ANY($1::oid[]) AND c.relkind IN ('r', 'p')
        AND (c.relname = ANY($2::text[])
          OR c.oid IN (SELECT i.indrelid FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid WHERE x.relname = ANY($2::text[]))
          OR c.oid IN (SELECT h.inhparent FROM pg_inherits h JOIN pg_class x ON x.oid = h.inhrelid WHERE x.relname = ANY($2::text[])))
      ORDER BY 1`,
    [oids, names],
  );
  return r.rows.filter((row) => row.key !== undefined);
}
