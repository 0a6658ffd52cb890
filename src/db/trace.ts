import type pg from 'pg';
import type { Statement } from '../sql/parse.js';
import type { SourceText } from '../sql/source.js';
import { lockRank, type LockMode } from '../sql/locks.js';
import { nonTransactionalInfo } from '../sql/transactional.js';
import { HISTORY_TABLE } from './apply.js';
import { gatedTables, runGated } from './phase-gate.js';
import { measureBlocking, type BlockingMeasured } from './blocking.js';
import { locksOf } from '../sql/locks.js';

export interface LockTrace {
  /** schema.name */
  relation: string;
  /** table, index, sequence, view, materialized view, foreign table, partitioned table */
  relationKind: string;
  /** As the PostgreSQL docs name it: `ACCESS EXCLUSIVE`, `SHARE UPDATE EXCLUSIVE`, … */
  mode: string;
  /** Taken on an index already marked dead (DROP INDEX CONCURRENTLY's last phase): blocks no query. */
  harmless?: true;
}

export interface HeldLock {
  relation: string;
  /** The line of the statement that took it. */
  sinceLine: number;
}

/** What one statement of a new migration did to the relations that existed before the change. */
export interface StatementTrace {
  index: number;
  line: number;
  endLine: number;
  kind: string;
  /** The statement's first line, shortened. */
  sql: string;
  durationMs: number;
  /** Ran in autocommit, outside any transaction block. */
  outsideTransaction: boolean;
  /**
   * Locks this statement took (not already held in the same transaction). Outside a
   * transaction they are sampled from a second connection while the statement ran, so a lock
   * held for less than one sample may be missing.
   */
  locks: LockTrace[];
  /** Existing tables (and materialized views) whose storage was rewritten: relfilenode changed. */
  rewrites: string[];
  /** Existing indexes rebuilt (relfilenode changed), by a rewrite or REINDEX. */
  rebuiltIndexes: string[];
  /** ACCESS EXCLUSIVE locks on existing relations, taken by earlier statements of the same transaction, held while this one ran. */
  heldAccessExclusive: HeldLock[];
  /** Locks come from sampling (the statement ran outside a transaction). */
  sampled?: boolean;
  /**
   * While the statement ran for real (in a transaction or outside one), a session kept reading
   * and another kept writing each existing table it locks: the longest each waited on the
   * migration's session (not on pgmig's own lock gate).
   */
  blocking?: BlockingMeasured[];
  /**
   * Locks come from holding each phase of the statement (it ran outside a transaction) behind a
   * conflicting lock and reading its request while it waited: every phase is seen, every run.
   */
  gated?: boolean;
  /**
   * This statement ended a run of statements of the same shape (the same INSERT, UPDATE or
   * DELETE but for its constants) from `fromLine` on, whose locks were read once, after the
   * last of them: a lock none of the run's first statement took is shown here.
   */
  coalesced?: { fromLine: number; statements: number };
}

/** Statements whose repeats (same text but for constants) are looked at once per run. */
const REPEATABLE = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt']);

/** The statement with its constants blanked: two INSERTs of different rows have one shape. */
function shapeOf(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "''").replace(/\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b/gi, '0');
}

/** The connection that samples locks, or how to get it when first needed. */
export type Observer = pg.Client | (() => Promise<pg.Client>);

interface Rel {
  name: string;
  kind: string;
  relfilenode: string;
  relkind: string;
}

const KINDS: Record<string, string> = {
  r: 'table',
  p: 'partitioned table',
  i: 'index',
  I: 'partitioned index',
  m: 'materialized view',
  S: 'sequence',
  v: 'view',
  f: 'foreign table',
};

/** `AccessExclusiveLock` -> `ACCESS EXCLUSIVE` */
export function lockModeName(mode: string): string {
  return mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

/**
 * Measures, per statement, the locks taken on relations that existed before the change, the
 * rewrites, and the ACCESS EXCLUSIVE locks held across later statements. Inside a transaction
 * the locks are read after each statement on the migration's own connection (PostgreSQL keeps
 * relation locks until the end of the transaction, so nothing is missed); outside one, a second
 * connection samples pg_locks while the statement runs.
 */
export class Tracer {
  private pids = new WeakMap<pg.Client, number>();
  /** relation oid + mode, held in the current transaction */
  private held = new Set<string>();
  private accessExclusive = new Map<string, HeldLock>();
  private oidList = '{}';
  /** The shape of the last statement looked at in this transaction, and the run of its repeats not looked at yet. */
  private lastShape: string | undefined;
  private pending: { first: StatementTrace; last: StatementTrace; count: number } | undefined;

  private constructor(
    private readonly existing: Map<string, Rel>,
    private readonly observer: Observer | undefined,
    private readonly open: (() => Promise<pg.Client>) | undefined,
    private readonly traffic: boolean,
  ) {
    this.oidList = `{${[...existing.keys()].join(',')}}`;
  }

  /**
   * Takes the list of existing relations: call it after the base migrations, before the new ones.
   * The observer (a second connection to the database) is only needed for statements that run
   * outside a transaction; given as a function, it is asked for the first time one does, so a
   * change that has none costs no second login.
   */
  static async create(client: pg.Client, observer?: Observer, open?: () => Promise<pg.Client>, opts: { traffic?: boolean } = {}): Promise<Tracer> {
    const r = await client.query<{ oid: string; nspname: string; relname: string; relkind: string; relfilenode: string }>(`
      SELECT c.oid::bigint::text AS oid, n.nspname, c.relname, c.relkind::text AS relkind, c.relfilenode::bigint::text AS relfilenode
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r','p','i','I','m','S','v','f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        AND c.relname NOT IN ('${HISTORY_TABLE}', '${HISTORY_TABLE}_pk', '${HISTORY_TABLE}_s_idx')`);
    const existing = new Map<string, Rel>();
    for (const row of r.rows) {
      existing.set(row.oid, { name: `${row.nspname}.${row.relname}`, kind: KINDS[row.relkind] ?? row.relkind, relkind: row.relkind, relfilenode: row.relfilenode });
    }
    return new Tracer(existing, observer, open, !!opts.traffic && !!open);
  }

  /** Whether the relation of this oid was there before the change (a table the change made has no traffic yet). */
  existedBefore(oid: string): boolean {
    return this.existing.has(oid);
  }

  get existingRelations(): string[] {
    return [...this.existing.values()].map((r) => r.name);
  }

  /** Reads the storage of the existing relations again, after work that was not traced. */
  async refresh(client: pg.Client): Promise<void> {
    const r = await client.query<{ k: string; oid: string; v: string }>(this.stateQuery(false));
    for (const row of r.rows) {
      const rel = this.existing.get(row.oid);
      if (rel) rel.relfilenode = row.v;
    }
  }

  /** A new file: a new transaction, nothing held yet. */
  async beginFile(client: pg.Client): Promise<void> {
    this.held.clear();
    this.accessExclusive.clear();
    this.lastShape = undefined;
    this.pending = undefined;
    if (!this.pids.has(client)) {
      const r = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      this.pids.set(client, r.rows[0]!.pid);
    }
  }

  /** The file's own COMMIT or ROLLBACK released everything. */
  endTransaction(): void {
    this.held.clear();
    this.accessExclusive.clear();
    this.lastShape = undefined;
    this.pending = undefined;
  }

  /**
   * Reads the locks of a run of repeated statements not looked at yet (see run()): before any
   * other statement, and before the file's transaction ends (Applier calls it after the last
   * statement). What the run took is shown on its last statement.
   */
  async settle(client: pg.Client): Promise<void> {
    const run = this.pending;
    if (!run) return;
    this.pending = undefined;
    const after = lookAt(await client.query(withOwnWorkMem(this.stateQuery(true))));
    run.last.coalesced = { fromLine: run.first.line, statements: run.count };
    this.noteRewrites(run.last, after.rows);
    this.noteLocks(run.last, after.rows.filter((r) => r.k === 'l').map((r) => ({ oid: r.oid, mode: r.v })), false);
  }

  /** Runs one statement and traces it; the statement's error propagates unchanged. */
  async run(client: pg.Client, stmt: Statement, source: SourceText, outsideTransaction: boolean): Promise<StatementTrace> {
    const heldAccessExclusive = [...this.accessExclusive.values()].sort((a, b) => a.sinceLine - b.sinceLine || a.relation.localeCompare(b.relation));
    const line = source.position(stmt.start).line;
    const trace: StatementTrace = {
      index: stmt.index,
      line,
      endLine: source.position(stmt.end).line,
      kind: stmt.kind,
      sql: shorten(stmt.text),
      durationMs: 0,
      outsideTransaction,
      locks: [],
      rewrites: [],
      rebuiltIndexes: [],
      heldAccessExclusive,
    };
    // A statement of the shape the last one had, in the same transaction, takes what that one
    // took, which the transaction still holds: its look (pg_locks reads the whole server's lock
    // table, several times the cost of a small INSERT) waits for the end of the run of repeats,
    // so a data-loading migration runs at the speed of a psql session. Nothing goes unseen:
    // whatever the run took is read once, before the next other statement.
    const shape = !outsideTransaction && REPEATABLE.has(stmt.kind) ? shapeOf(stmt.text) : undefined;
    if (shape !== undefined && shape === this.lastShape) {
      const started = performance.now();
      await client.query(stmt.text);
      trace.durationMs = performance.now() - started;
      if (this.pending) {
        this.pending.last = trace;
        this.pending.count++;
      } else this.pending = { first: trace, last: trace, count: 1 };
      return trace;
    }
    await this.settle(client);
    this.lastShape = shape;
    trace.heldAccessExclusive = [...this.accessExclusive.values()].sort((a, b) => a.sinceLine - b.sinceLine || a.relation.localeCompare(b.relation));
    // (a login the observer needs first is not the statement's time)
    const observer = outsideTransaction && this.observer ? (typeof this.observer === 'function' ? await this.observer() : this.observer) : undefined;
    const started = performance.now();
    let seen: Array<{ oid: string; mode: string; deadIndex?: boolean }> = [];
    if (observer && this.open) {
      trace.gated = true;
      const tables = await gatedTables(observer, this.oidList, stmt.text);
      const open = this.open;
      // (traffic here also queues behind the gate's own locks: measureBlocking counts only its waits on the statement's session)
      seen = await this.measured(trace, client, stmt, () => runGated(client, this.pids.get(client)!, observer, open, tables, stmt.text));
      trace.durationMs = performance.now() - started;
      const after = await client.query<{ k: string; oid: string; v: string }>(this.stateQuery(false));
      this.noteRewrites(trace, after.rows);
      // DROP INDEX CONCURRENTLY always ends by taking ACCESS EXCLUSIVE on the index it marked
      // dead (index_drop), for too short a time to be seen every run: named from the drop itself
      if (/^\s*DROP\s+INDEX\s+CONCURRENTLY\b/i.test(stmt.text)) {
        const still = new Set(after.rows.map((r) => r.oid));
        for (const [oid, rel] of this.existing) {
          if (rel.relkind === 'i' && !still.has(oid)) seen.push({ oid, mode: 'AccessExclusiveLock', deadIndex: true });
        }
      }
    } else if (observer) {
      trace.sampled = true;
      seen = await this.sample(client, observer, stmt);
      trace.durationMs = performance.now() - started;
      const after = await client.query<{ k: string; oid: string; v: string }>(this.stateQuery(false));
      this.noteRewrites(trace, after.rows);
    } else {
      await this.measured(trace, client, stmt, () => client.query(stmt.text));
      trace.durationMs = performance.now() - started;
      const after = lookAt(await client.query(withOwnWorkMem(this.stateQuery(true))));
      seen = after.rows.filter((r) => r.k === 'l').map((r) => ({ oid: r.oid, mode: r.v }));
      this.noteRewrites(trace, after.rows);
    }
    this.noteLocks(trace, seen, outsideTransaction);
    return trace;
  }

  /** Runs the statement while traffic on the existing tables it locks against writes measures what waits. */
  private async measured<T>(trace: StatementTrace, client: pg.Client, stmt: Statement, start: () => Promise<T>): Promise<T> {
    if (!this.traffic || !this.open) return start();
    const names = new Set<string>();
    for (const l of locksOf(stmt)) if (lockRank(l.mode) >= lockRank('SHARE UPDATE EXCLUSIVE')) names.add(`${l.relation.schema}.${l.relation.name}`);
    const tables = [...this.existing.values()]
      .filter((r) => (r.relkind === 'r' || r.relkind === 'p') && names.has(r.name))
      .map((r) => ({ relation: r.name, key: r.name.split('.').map((p) => `"${p.replace(/"/g, '""')}"`).join('.') }));
    if (tables.length === 0) return start();
    const { result, blocking } = await measureBlocking(this.open, this.pids.get(client)!, tables, start);
    trace.blocking = blocking;
    return result;
  }

  /** The locks of `seen` the transaction did not hold yet, on the trace. */
  private noteLocks(trace: StatementTrace, seen: Array<{ oid: string; mode: string; deadIndex?: boolean }>, outsideTransaction: boolean): void {
    const harmless = new Map<string, LockTrace>();
    for (const s of seen) {
      const rel = s.deadIndex ? this.existing.get(s.oid) : undefined;
      if (rel) harmless.set(rel.name, { relation: rel.name, relationKind: rel.kind, mode: lockModeName(s.mode), harmless: true });
    }
    seen = seen.filter((s) => !s.deadIndex);
    const line = trace.line;
    const heldBefore = outsideTransaction ? new Map<string, number>() : this.heldModes();
    const added = new Set<string>();
    for (const { oid, mode } of seen) {
      const rel = this.existing.get(oid);
      const key = `${oid}/${mode}`;
      if (!rel || added.has(key) || (!outsideTransaction && this.held.has(key))) continue;
      added.add(key);
      if (!outsideTransaction) this.held.add(key);
      const name = lockModeName(mode);
      trace.locks.push({ relation: rel.name, relationKind: rel.kind, mode: name });
      if (name === 'ACCESS EXCLUSIVE' && !outsideTransaction && !this.accessExclusive.has(rel.name)) {
        this.accessExclusive.set(rel.name, { relation: rel.name, sinceLine: line });
      }
    }
    trace.locks = [...strongestPerRelation(trace.locks, heldBefore), ...[...harmless.values()].filter((h) => !trace.locks.some((l) => l.relation === h.relation))];
    trace.locks.sort((a, b) => a.relation.localeCompare(b.relation) || a.mode.localeCompare(b.mode));
  }

  /**
   * Runs a statement outside a transaction while the observer samples its locks. A CONCURRENTLY
   * operation on a small table ends in a few milliseconds, quicker than sampling can be sure to
   * catch; but it waits, by design, for every transaction holding a snapshot older than its own.
   * So the observer holds one (REPEATABLE READ) while the statement starts, and lets go as soon as
   * it has seen the statement's locks or seen it wait: the statement is delayed by one sample,
   * not changed.
   */
  private async sample(client: pg.Client, observer: pg.Client, stmt: Statement): Promise<Array<{ oid: string; mode: string }>> {
    const pid = this.pids.get(client)!;
    const hold = !!nonTransactionalInfo(stmt)?.concurrently;
    let holding = false;
    if (hold) {
      await observer.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await observer.query('SELECT 1');
      holding = true;
    }
    const release = async () => {
      if (!holding) return;
      holding = false;
      await observer.query('COMMIT');
    };
    let done = false;
    const running = client.query(stmt.text).finally(() => (done = true));
    const sampling = (async () => {
      const out: Array<{ oid: string; mode: string }> = [];
      const until = Date.now() + 5000;
      // at least once, so a quick statement is still looked at
      do {
        // pg_locks and pg_blocking_pids read live state; pg_stat_activity would be frozen for the
        // length of the observer's transaction
        const r = await observer.query<{ oid: string | null; mode: string | null; blocked: boolean }>(
          `SELECT l.relation::bigint::text AS oid, l.mode, pg_backend_pid() = ANY (pg_blocking_pids($1)) AS blocked
           FROM (SELECT 1) one LEFT JOIN pg_locks l ON l.pid = $1 AND l.locktype = 'relation' AND l.granted`,
          [pid],
        );
        let sawOwn = false;
        for (const row of r.rows) {
          if (row.oid && row.mode) {
            out.push({ oid: row.oid, mode: row.mode });
            if (this.existing.has(row.oid)) sawOwn = true;
          }
        }
        // waiting (for our snapshot, or anything else), or its locks seen: no reason to hold it up
        if (holding && (sawOwn || r.rows.some((x) => x.blocked) || Date.now() > until)) await release();
      } while (!done);
      return out;
    })();
    let seen: Array<{ oid: string; mode: string }> = [];
    try {
      await running;
    } finally {
      seen = await sampling.catch(() => []);
      await release().catch(() => {});
    }
    return seen;
  }

  /** The strongest mode held per relation name in the current transaction. */
  private heldModes(): Map<string, number> {
    const out = new Map<string, number>();
    for (const key of this.held) {
      const [oid, mode] = key.split('/') as [string, string];
      const rel = this.existing.get(oid);
      if (!rel) continue;
      const rank = lockRank(lockModeName(mode) as LockMode);
      if (rank > (out.get(rel.name) ?? -1)) out.set(rel.name, rank);
    }
    return out;
  }

  /**
   * Relation locks held by this backend (in a transaction) and the storage of existing relations,
   * in one round trip. In a transaction only what it holds a lock on (and those tables' indexes) can
   * have new storage, so only those are read: reading every relation after every statement made
   * the trace's cost grow with the history (12,000 relations at 2,000 migrations). A statement
   * outside a transaction has let its locks go by then, so its look reads them all.
   */
  private stateQuery(withLocks: boolean): string {
    const all = `SELECT 'f' AS k, c.oid::bigint::text AS oid, c.relfilenode::bigint::text AS v FROM pg_class c WHERE c.oid = ANY('${this.oidList}'::oid[])`;
    if (!withLocks) return all;
    return `WITH held AS (SELECT relation, mode FROM pg_locks
        WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND relation IS NOT NULL)
      SELECT 'l' AS k, relation::bigint::text AS oid, mode AS v FROM held
      UNION ALL SELECT 'f', c.oid::bigint::text, c.relfilenode::bigint::text FROM pg_class c
        WHERE c.oid IN (SELECT relation FROM held UNION SELECT i.indexrelid FROM pg_index i WHERE i.indrelid IN (SELECT relation FROM held))`;
  }

  private noteRewrites(trace: StatementTrace, rows: Array<{ k: string; oid: string; v: string }>) {
    for (const r of rows) {
      if (r.k !== 'f') continue;
      const rel = this.existing.get(r.oid);
      if (!rel || rel.relfilenode === r.v) continue;
      // views and partitioned tables have no storage (relfilenode 0 both times)
      if (rel.relkind === 'i' || rel.relkind === 'I') trace.rebuiltIndexes.push(rel.name);
      else trace.rewrites.push(rel.name);
      rel.relfilenode = r.v;
    }
  }
}

/**
 * pg_locks gathers every lock on the server before it filters, so under a migration's own small
 * work_mem (and a temp_file_limit) pgmig's look at the statement's locks could spill to disk and
 * fail where the statement did not, and be taken for the statement's failure. The look gets a
 * work_mem of its own for its one query; the migration's value is put back in the same round
 * trip (transaction-local both ways, so a COMMIT or ROLLBACK of the file's ends it as it would).
 */
function withOwnWorkMem(query: string): string {
  return [
    `SELECT set_config('pgmig.work_mem', current_setting('work_mem'), true), set_config('work_mem', '4MB', true)`,
    query,
    `SELECT set_config('work_mem', current_setting('pgmig.work_mem'), true)`,
  ].join(';\n');
}

/** The look's own rows, from the three results of withOwnWorkMem's round trip. */
function lookAt(results: unknown): { rows: Array<{ k: string; oid: string; v: string }> } {
  return (results as Array<{ rows: Array<{ k: string; oid: string; v: string }> }>)[1]!;
}

/**
 * A statement that takes SHARE and ACCESS EXCLUSIVE on one table (ALTER COLUMN TYPE rebuilding
 * an index) is blocked and blocks as the stronger one; the weaker is noise in a report.
 */
function strongestPerRelation(locks: LockTrace[], held: Map<string, number>): LockTrace[] {
  const best = new Map<string, LockTrace>();
  for (const l of locks) {
    const cur = best.get(l.relation);
    if (!cur || lockRank(l.mode as LockMode) > lockRank(cur.mode as LockMode)) best.set(l.relation, l);
  }
  return [...best.values()].filter((l) => lockRank(l.mode as LockMode) > (held.get(l.relation) ?? -1));
}

function shorten(sql: string): string {
  const first = sql.split('\n')[0]!.trim();
  const one = sql.includes('\n') ? `${first} …` : first;
  return one.length > 120 ? `${one.slice(0, 117)}…` : one;
}
