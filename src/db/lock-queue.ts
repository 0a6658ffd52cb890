import type pg from 'pg';
import { blocksReads, blocksWrites, lockRank, locksOf, statementLabel, type LockMode } from '../sql/locks.js';
import type { ParsedFile, Statement } from '../sql/parse.js';
import type { DbTarget } from './connect.js';
import { connect } from './connect.js';
import { nonTransactionalReason, quoteIdent } from './apply.js';

/**
 * The lock-queue rehearsal: before a new statement that needs a lock conflicting with reads or
 * writes on an existing table runs for real, it runs once behind a blocker — a session holding
 * a lock on the table in an open transaction, as a long report query or a long write does —
 * while a third session keeps reading and writing the table. PostgreSQL then shows what
 * production would: with a lock_timeout that takes effect the statement fails fast (55P03) and
 * the traffic waits no longer than that; without one, the traffic queues behind the waiting
 * statement until pgmig ends the rehearsal. Everything runs in transactions that are rolled
 * back, on sessions of their own, and every session is gone afterwards.
 */

export interface QueueRehearsal {
  file: string;
  line: number;
  statement: string;
  relation: string;
  lock: LockMode;
  /** The blocker's lock: what it conflicts with decides it (a read for ACCESS EXCLUSIVE, else a write). */
  blocker: 'read' | 'write';
  /**
   * failed fast: the lock_timeout ended the wait; queued: nothing did before pgmig's bound;
   * slow timeout: a lock_timeout longer than the bound would end it, after that long a queue.
   */
  outcome: 'failed fast' | 'queued' | 'slow timeout' | 'not blocked' | 'not rehearsed';
  /** The lock_timeout in force for the statement, as the server had it (ms; 0: none). */
  lockTimeoutMs?: number;
  /** How long the statement waited before it failed (failed fast) or pgmig ended it (queued). */
  waitedMs?: number;
  /** The longest the third session's read and write waited while the statement waited. */
  readWaitMs?: number;
  writeWaitMs?: number;
  /** Why a statement was not rehearsed, or what the server said. */
  note?: string;
}

export interface QueueOptions {
  /** The longest a statement without a working lock_timeout is left queueing. */
  waitMs: number;
  /** For every rehearsal of the run together. */
  budgetMs: number;
  spentMs: () => number;
  /** The file runs in one transaction (Flyway's default), so SET LOCAL covers its statements. */
  transactional: boolean;
  /** Whether a relation (by oid) was there before the change; without it, before the file. */
  existedBefore?: (oid: string) => boolean;
}

const MARGIN_MS = 250;

/** Rehearses the statements of `file` that need it, on the database as it stands before the file. */
export async function rehearseLockQueue(target: DbTarget, client: pg.Client, file: { path: string; parsed: ParsedFile }, opts: QueueOptions): Promise<QueueRehearsal[]> {
  const out: QueueRehearsal[] = [];
  const statements = file.parsed.statements;
  // in one transaction only the first statement to lock a table waits for it: the later ones
  // find it held (its rehearsal is theirs too)
  const held = new Map<string, number>();
  for (let i = 0; i < statements.length; i++) {
    const stmt = statements[i]!;
    const locks = locksOf(stmt);
    const strongest = [...locks].sort((a, b) => lockRank(b.mode) - lockRank(a.mode))[0];
    const key = strongest && `${strongest.relation.schema}.${strongest.relation.name}`;
    const already = key ? (held.get(key) ?? -1) : -1;
    if (opts.transactional) for (const l of locks) held.set(`${l.relation.schema}.${l.relation.name}`, Math.max(held.get(`${l.relation.schema}.${l.relation.name}`) ?? -1, lockRank(l.mode)));
    if (!strongest || !blocksWrites(strongest.mode) || already >= lockRank(strongest.mode)) continue;
    const rel = `${quoteIdent(strongest.relation.schema)}.${quoteIdent(strongest.relation.name)}`;
    // only tables there before the change: a table the file, or an earlier file of the same
    // change, creates has no traffic yet (the deploy brings them together), as lint's isNew says
    const exists = await client.query<{ oid: string | null }>(`SELECT to_regclass($1)::oid::bigint::text AS oid`, [rel]);
    const oid = exists.rows[0]!.oid;
    if (!oid || (opts.existedBefore && !opts.existedBefore(oid))) continue;
    const base: QueueRehearsal = {
      file: file.path,
      line: file.parsed.source.position(stmt.start).line,
      statement: statementLabel(stmt),
      relation: `${strongest.relation.schema}.${strongest.relation.name}`,
      lock: strongest.mode,
      blocker: blocksReads(strongest.mode) ? 'read' : 'write',
      outcome: 'not rehearsed',
    };
    if (opts.budgetMs - opts.spentMs() <= 0) {
      out.push({ ...base, note: 'the rehearsals used up their time budget (lockQueue.budget)' });
      continue;
    }
    out.push(await rehearseOne(target, rel, base, statements.slice(0, i), stmt, opts));
  }
  return out;
}

async function rehearseOne(target: DbTarget, rel: string, base: QueueRehearsal, before: Statement[], stmt: Statement, opts: QueueOptions): Promise<QueueRehearsal> {
  const sessions: pg.Client[] = [];
  const open = async (name: string) => {
    const c = await connect(target, `pgmig lock-queue ${name}`);
    sessions.push(c);
    return c;
  };
  try {
    const [blocker, runner, reader, writer, watcher] = await Promise.all([open('blocker'), open('migration'), open('reader'), open('writer'), open('watcher')]);
    // the traffic must never wait past the rehearsal, whatever happens to the statement
    for (const t of [reader, writer]) await t.query(`SET statement_timeout = ${opts.waitMs + 5 * MARGIN_MS}`);
    const runnerPid = Number((await runner.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
    if (opts.transactional) await runner.query('BEGIN');
    // the file's own statements before this one, as the deploy runs them: its SETs decide the
    // lock_timeout really in force (SET LOCAL outside a transaction block does nothing)
    for (const s of before) {
      if (!opts.transactional && s.kind !== 'VariableSetStmt') continue;
      try {
        await runner.query(s.text);
      } catch (err) {
        return { ...base, note: `an earlier statement of the file failed in the rehearsal: ${(err as Error).message}` };
      }
    }
    if (!opts.transactional) {
      // the deploy commits this statement on its own; the rehearsal must take it back, so it runs
      // in a transaction all the same, after the file's SETs did what they do outside one
      if (nonTransactionalReason([stmt])) return { ...base, note: 'it cannot run inside a transaction block, so it cannot be rehearsed without running it for real' };
      await runner.query('BEGIN');
    }
    const timeout = await runner.query<{ ms: string }>(`SELECT setting AS ms FROM pg_settings WHERE name = 'lock_timeout'`);
    // the blocker takes its lock last: had it come first, the file's earlier statements would
    // queue behind it in the replay. It never waits itself (a lock the replay took is a stop)
    await blocker.query(`BEGIN; SET LOCAL lock_timeout = '1s'`);
    try {
      if (base.blocker === 'read') await blocker.query(`SELECT 1 FROM ${rel} LIMIT 1`);
      else await blocker.query(`LOCK TABLE ${rel} IN ROW EXCLUSIVE MODE`);
    } catch (err) {
      return { ...base, note: `no blocker could take its lock on the table: ${(err as Error).message}` };
    }
    const lockTimeoutMs = Number(timeout.rows[0]!.ms);
    const started = Date.now();
    const running = runner.query(stmt.text).then(
      () => ({ ok: true as const, at: Date.now() }),
      (err: { code?: string; message?: string }) => ({ ok: false as const, code: err.code, message: err.message, at: Date.now() }),
    );
    const waiting = await waitUntilWaiting(watcher, runnerPid, running, Math.min(opts.waitMs, 2000));
    if (!waiting) {
      const r = await running;
      if (r.ok) return { ...base, outcome: 'not blocked', lockTimeoutMs, note: 'the statement did not wait for the blocker' };
      if (r.code === '55P03') return { ...base, outcome: 'failed fast', lockTimeoutMs, waitedMs: r.at - started, readWaitMs: 0, writeWaitMs: 0 };
      return { ...base, lockTimeoutMs, note: `the statement failed in the rehearsal: ${r.message}` };
    }
    // traffic arrives while the statement waits: a read and a write on sessions of their own
    const read = timed(reader, `SELECT 1 FROM ${rel} LIMIT 1`);
    const write = timed(writer, `BEGIN; LOCK TABLE ${rel} IN ROW EXCLUSIVE MODE; ROLLBACK`);
    const left = opts.waitMs - (Date.now() - started);
    const settled = await Promise.race([running, new Promise<undefined>((r) => setTimeout(() => r(undefined), Math.max(0, left)))]);
    if (!settled) {
      // still waiting at the bound: production would keep queueing for as long as the blocker runs
      await watcher.query('SELECT pg_cancel_backend($1)', [runnerPid]);
    }
    const ended = settled ?? (await running);
    const [r, w] = await Promise.all([read, write]);
    const waits = { waitedMs: ended.at - started, readWaitMs: r.ms, writeWaitMs: w.ms };
    if (!settled) return { ...base, outcome: lockTimeoutMs > opts.waitMs ? 'slow timeout' : 'queued', lockTimeoutMs, ...waits };
    if (!settled.ok && settled.code === '55P03') return { ...base, outcome: 'failed fast', lockTimeoutMs, ...waits };
    return { ...base, lockTimeoutMs, note: settled.ok ? 'the statement finished while the blocker held its lock' : `the statement failed in the rehearsal: ${settled.message}` };
  } catch (err) {
    return { ...base, note: `the rehearsal could not run: ${(err as Error).message}` };
  } finally {
    // every session ends: their open transactions roll back, their locks go
    await Promise.all(sessions.map((c) => c.end().catch(() => {})));
  }
}

/** Until the backend waits for a lock (true), or the statement ends, or the bound passes (false). */
async function waitUntilWaiting(watcher: pg.Client, pid: number, running: Promise<unknown>, boundMs: number): Promise<boolean> {
  let done = false;
  void running.then(() => (done = true));
  const deadline = Date.now() + boundMs;
  while (!done && Date.now() < deadline) {
    const r = await watcher.query<{ waiting: boolean }>(`SELECT EXISTS (SELECT FROM pg_locks WHERE pid = $1 AND NOT granted) AS waiting`, [pid]);
    if (r.rows[0]!.waiting) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

/** A query's latency; a query the statement_timeout ended counts as the time it waited. */
async function timed(c: pg.Client, sql: string): Promise<{ ms: number; ok: boolean }> {
  const t0 = process.hrtime.bigint();
  const ok = await c.query(sql).then(
    () => true,
    async () => {
      await c.query('ROLLBACK').catch(() => {});
      return false;
    },
  );
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, ok };
}

/** "lock_timeout 250ms works: failed fast after 252 ms, reads and writes of lead waited ≤ 252 ms". */
export function describeQueue(q: QueueRehearsal): string {
  const table = q.relation;
  const waits = `reads of ${table} waited ${ms(q.readWaitMs)}, writes ${ms(q.writeWaitMs)}`;
  switch (q.outcome) {
    case 'failed fast':
      return `lock_timeout ${q.lockTimeoutMs}ms works: failed fast after ${ms(q.waitedMs)} behind a ${q.blocker === 'read' ? 'reader' : 'writer'}; ${waits}`;
    case 'slow timeout':
      return `lock_timeout ${q.lockTimeoutMs}ms ends the wait only after that long: ${q.blocker === 'read' ? 'reads and writes' : 'writes'} of ${table} queue behind this statement meanwhile (${waits} before pgmig ended the rehearsal after ${ms(q.waitedMs)}); a shorter lock_timeout with retries keeps the queue short`;
    case 'queued':
      return `${q.lockTimeoutMs ? `lock_timeout ${q.lockTimeoutMs}ms did not end the wait` : 'without lock_timeout'}, ${q.blocker === 'read' ? 'reads and writes' : 'writes'} of ${table} queue behind this statement while any transaction holds ${table}: an outage under production traffic (${waits} before pgmig ended the rehearsal after ${ms(q.waitedMs)})`;
    case 'not blocked':
      return `not blocked by an open ${q.blocker === 'read' ? 'reader' : 'writer'}${q.note ? ` (${q.note})` : ''}`;
    default:
      return `not rehearsed: ${q.note ?? 'unknown reason'}`;
  }
}

function ms(n: number | undefined): string {
  return n === undefined ? '?' : `${Math.round(n)} ms`;
}
