import type pg from 'pg';
import { errorAt, HISTORY_TABLE, quoteIdent, type ApplyError, type MigrationFile } from './apply.js';
import { compareVersions, versionKey, versionParts } from '../migrations/name.js';
import type { Statement } from '../sql/parse.js';
import { LOCK_NOT_AVAILABLE, setsLockTimeout, withLockRetries, type LockAttempt, type LockRetryPolicy } from './lock-retries.js';

/** One row of flyway_schema_history, as much of it as a rollback needs. */
export interface HistoryRow {
  rank: number;
  version: string | null;
  type: string;
  script: string;
  success: boolean;
}

/** A version's state in the history: applied when its newest row is a successful migration (not an undo). */
export interface VersionState {
  version: string;
  key: string;
  applied: boolean;
  /** The newest row: what happened last to this version. */
  last: HistoryRow;
  /** Every row of the version (old failed attempts included): a rollback deletes them all. */
  ranks: number[];
}

export interface HistoryTable {
  /** Schema-qualified and quoted, ready for SQL. */
  name: string;
  /** For messages: schema.table. */
  shown: string;
}

/** Where Flyway keeps its history: `table` (flyway.table, config historyTable) in its defaultSchema, else the first of `schemas`. */
export interface HistoryLocation {
  table?: string;
  defaultSchema?: string;
  schemas?: string[];
}

/**
 * Where the history table is. With a schema configured, there and nowhere else (as Flyway looks);
 * otherwise the one the search_path finds (where Flyway made it), else the only one in the
 * database. Undefined when there is none; a list when several schemas have one and the
 * search_path picks none of them (pgmig will not guess).
 */
export async function findHistoryTable(client: pg.Client, where: HistoryLocation = {}): Promise<HistoryTable | { ambiguous: string[] } | undefined> {
  const name = where.table ?? HISTORY_TABLE;
  const schema = where.defaultSchema ?? where.schemas?.[0];
  const r = await client.query<{ schema: string; visible: boolean }>(
    `SELECT n.nspname AS schema, c.oid = to_regclass(quote_ident($1)) AS visible
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relname = $1 AND c.relkind IN ('r', 'p') AND ($2::text IS NULL OR n.nspname = $2)
      ORDER BY n.nspname`,
    [name, schema ?? null],
  );
  const pick = r.rows.find((x) => x.visible) ?? (r.rows.length === 1 ? r.rows[0] : undefined);
  if (pick) return { name: `${quoteIdent(pick.schema)}.${quoteIdent(name)}`, shown: `${pick.schema}.${name}` };
  if (r.rows.length > 1) return { ambiguous: r.rows.map((x) => `${x.schema}.${name}`) };
  return undefined;
}

/** The history table as a user would name it in config: for messages when it is missing. */
export function historyTableName(where: HistoryLocation): string {
  const schema = where.defaultSchema ?? where.schemas?.[0];
  return `${schema ? `${schema}.` : ''}${where.table ?? HISTORY_TABLE}`;
}

export async function readHistory(client: pg.Client, table: HistoryTable): Promise<HistoryRow[]> {
  const r = await client.query<{ installed_rank: number; version: string | null; type: string; script: string; success: boolean }>(
    `SELECT installed_rank, version, type, script, success FROM ${table.name} ORDER BY installed_rank`,
  );
  return r.rows.map((x) => ({ rank: x.installed_rank, version: x.version, type: x.type, script: x.script, success: x.success }));
}

/** Versioned rows by version key (`1.10`, `1_10` and `01.10.0` are one version, as for Flyway). */
export function versionStates(rows: HistoryRow[]): Map<string, VersionState> {
  const out = new Map<string, VersionState>();
  for (const row of rows) {
    if (row.version === null || !/^\d+(?:[._]\d+)*$/.test(row.version)) continue;
    const key = versionKey(versionParts(row.version));
    const s = out.get(key);
    if (!s) out.set(key, { version: row.version, key, applied: false, last: row, ranks: [row.rank] });
    else {
      s.ranks.push(row.rank);
      if (row.rank > s.last.rank) s.last = row;
    }
  }
  for (const s of out.values()) {
    s.applied = s.last.success && !/^UNDO/i.test(s.last.type) && !/^DELETE/i.test(s.last.type);
    s.version = s.last.version!;
  }
  return out;
}

/** One undo file to run: the migration version it takes back and the rows it removes from the history. */
export interface UndoStep {
  version: string;
  key: string;
  undo: MigrationFile;
  /** installed_rank of the version's rows as read at planning time. */
  ranks: number[];
  /** The version's newest row is a failed run, rolled back on purpose (asked for by number). */
  failedRun?: boolean;
  /** The undo holds this (e.g. DROP INDEX CONCURRENTLY): it runs outside a transaction, alone. */
  outsideTransaction?: string;
}

export interface UndoRun {
  version: string;
  undo: string;
  statements: number;
  status: 'done' | 'failed' | 'not run';
  durationMs: number;
}

export interface UndoOutcome {
  /** committed: done; rolled back: a dry run that worked; failed: nothing changed (the transaction was rolled back). */
  status: 'committed' | 'rolled back' | 'failed';
  runs: UndoRun[];
  /** History rows deleted inside the transaction (kept only when committed). */
  deletedRows: number;
  durationMs: number;
  /** A statement of an undo file failed: where. */
  error?: ApplyError;
  /** Anything else that stopped it (a lock not granted in time, the history changed meanwhile). */
  problem?: string;
  /** The connection broke during COMMIT: the server may or may not have committed. */
  uncertain?: boolean;
  /** Each run of the transaction; more than one when a lock was not granted in time. */
  attempts: LockAttempt[];
}

export interface UndoOptions {
  /** The longest lock_timeout: the last attempt's (the only one without retries). */
  lockTimeoutMs: number;
  dryRun: boolean;
  /** Default: one attempt. */
  retries?: LockRetryPolicy;
  /** One line per attempt, as each ends. */
  log?: (line: string) => void;
  /** The signal that interrupted the run (its statement is being cancelled from another session), if one did. */
  interrupted?: () => NodeJS.Signals | undefined;
}

/** One run of the transaction: its outcome, and whether it failed for a lock not granted in time. */
interface Attempt {
  outcome: UndoOutcome;
  lockNotAvailable: boolean;
}

const codeOf = (err: unknown) => (err as { code?: unknown })?.code;

const settingMs = (ms: number) => `'${Math.max(0, Math.round(ms))}ms'`;

/**
 * Runs the undo files, in the order given, in one transaction together with the deletion of
 * their versions' rows from the history: everything happens or nothing does. Each file starts
 * under `SET LOCAL lock_timeout`, so a lock that is not granted in time fails the rollback
 * instead of queueing every other query behind it. The history table is locked first (other
 * migration runs wait) and read again, so a change since the plan stops the run. A dry run
 * does all of it and rolls back.
 */
export async function runUndos(client: pg.Client, table: HistoryTable, steps: UndoStep[], opts: UndoOptions): Promise<UndoOutcome> {
  const started = performance.now();
  const policy = opts.retries ?? { attempts: 1, maxTotalMs: opts.lockTimeoutMs };
  const done = await withLockRetries(
    policy,
    opts.lockTimeoutMs,
    async (lockTimeoutMs) => {
      const a = await runOnce(client, table, steps, lockTimeoutMs, opts.dryRun, opts.interrupted);
      const o = a.outcome;
      const message = o.error ? `${o.error.file}:${o.error.line}: ${o.error.message}` : o.problem;
      return { value: o, ok: o.status !== 'failed', lockNotAvailable: a.lockNotAvailable, message };
    },
    { log: opts.log },
  );
  return finished(done, policy, started);
}

/** The outcome of the last attempt, with every attempt and the whole time. */
function finished(done: { value: UndoOutcome; attempts: LockAttempt[]; gaveUp?: string }, policy: LockRetryPolicy, started: number): UndoOutcome {
  const outcome = done.value;
  outcome.attempts = done.attempts;
  // the last attempt's own error stays (file and line of the statement that waited); this says
  // why there was no other
  if (done.gaveUp && policy.attempts > 1) outcome.problem = outcome.problem ? `${done.gaveUp}. Last: ${outcome.problem}` : done.gaveUp;
  outcome.durationMs = performance.now() - started;
  return outcome;
}

/** The transaction once, every undo file under `lockTimeoutMs`. */
async function runOnce(client: pg.Client, table: HistoryTable, steps: UndoStep[], lockTimeoutMs: number, dryRun: boolean, interrupted: () => NodeJS.Signals | undefined = () => undefined): Promise<Attempt> {
  const started = performance.now();
  const runs: UndoRun[] = steps.map((s) => ({ version: s.version, undo: s.undo.entry.path, statements: s.undo.parsed.statements.length, status: 'not run', durationMs: 0 }));
  const outcome: UndoOutcome = { status: 'failed', runs, deletedRows: 0, durationMs: 0, attempts: [] };
  const attempt: Attempt = { outcome, lockNotAvailable: false };
  const lockTimeout = `SET LOCAL lock_timeout = ${settingMs(lockTimeoutMs)}`;
  let open = false;
  const stopped = interrupted();
  if (stopped) {
    outcome.problem = `interrupted by ${stopped} before the transaction started: nothing was run, nothing was undone`;
    return attempt;
  }
  try {
    await client.query('BEGIN');
    open = true;
    await client.query(lockTimeout);
    try {
      await client.query(`LOCK TABLE ${table.name} IN SHARE ROW EXCLUSIVE MODE`);
    } catch (err) {
      attempt.lockNotAvailable = codeOf(err) === LOCK_NOT_AVAILABLE;
      outcome.problem = `could not lock ${table.shown} within lock_timeout ${lockTimeoutMs} ms (is a migration running?): ${(err as Error).message}`;
      return attempt;
    }
    const changed = historyChanged(steps, versionStates(await readHistory(client, table)));
    if (changed) {
      outcome.problem = `${table.shown} changed since the plan (${changed}); nothing was run, try again`;
      return attempt;
    }
    for (const [i, step] of steps.entries()) {
      const run = runs[i]!;
      const t0 = performance.now();
      // an earlier undo file may have set its own; each file starts from the configured one
      await client.query(lockTimeout);
      let current: Statement | undefined;
      try {
        for (const s of step.undo.parsed.statements) {
          // pgmig's own lock_timeout for this attempt governs the waits, as reported
          if (setsLockTimeout(s)) continue;
          current = s;
          await client.query(s.text);
        }
        current = undefined;
        const del = await client.query(`DELETE FROM ${table.name} WHERE installed_rank = ANY($1::int[])`, [step.ranks]);
        outcome.deletedRows += del.rowCount ?? 0;
      } catch (err) {
        run.status = 'failed';
        run.durationMs = performance.now() - t0;
        const signal = interrupted();
        if (signal) {
          const at = current ? `${step.undo.entry.path}:${step.undo.parsed.source.position(current.start).line}` : `the deletion of version ${step.version}'s history rows`;
          outcome.problem = `interrupted by ${signal} during ${at}: pgmig cancelled the statement from another session and rolled the transaction back, so nothing was undone (every version is still applied, the history untouched)`;
          return attempt;
        }
        attempt.lockNotAvailable = codeOf(err) === LOCK_NOT_AVAILABLE;
        if (current) outcome.error = withoutRowData(errorAt(step.undo.entry.path, step.undo.parsed.source, current, err));
        else outcome.problem = `could not delete version ${step.version}'s rows from ${table.shown}: ${serverMessage(err)}`;
        return attempt;
      }
      run.status = 'done';
      run.durationMs = performance.now() - t0;
    }
    if (dryRun) {
      await client.query('ROLLBACK');
      open = false;
      outcome.status = 'rolled back';
    } else {
      open = false;
      try {
        await client.query('COMMIT');
      } catch (err) {
        // a server error at COMMIT (a deferred constraint, serialization) rolls back; a broken
        // connection leaves the outcome unknown, and saying otherwise would mislead
        const server = typeof (err as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((err as { code: string }).code);
        if (!server) outcome.uncertain = true;
        outcome.problem = server
          ? `COMMIT failed: ${serverMessage(err)}; the server rolled the transaction back, nothing changed`
          : `the connection broke during COMMIT (${(err as Error).message}): whether the rollback was committed is unknown; look at ${table.shown} before trying again`;
        return attempt;
      }
      outcome.status = 'committed';
    }
    return attempt;
  } finally {
    if (open) await client.query('ROLLBACK').catch(() => {});
    outcome.durationMs = performance.now() - started;
  }
}

/**
 * An undo file that cannot run in a transaction (CONCURRENTLY statements, SET lines), run the way
 * Flyway and `pgmig test` run it: statement by statement outside a transaction, under a
 * session lock_timeout per attempt; then its history rows are deleted in a transaction of their
 * own, the history locked and read again first. A failure part way leaves what ran done (a
 * CONCURRENTLY statement cannot be rolled back) and the history rows in place: the report says
 * which statement; the file is meant to be safe to run again (IF EXISTS).
 */
export async function runUndoAlone(client: pg.Client, table: HistoryTable, step: UndoStep, opts: UndoOptions): Promise<UndoOutcome> {
  const started = performance.now();
  const policy = opts.retries ?? { attempts: 1, maxTotalMs: opts.lockTimeoutMs };
  const interrupted = opts.interrupted ?? (() => undefined);
  const done = await withLockRetries(
    policy,
    opts.lockTimeoutMs,
    async (lockTimeoutMs) => {
      const t0 = performance.now();
      const run: UndoRun = { version: step.version, undo: step.undo.entry.path, statements: step.undo.parsed.statements.length, status: 'not run', durationMs: 0 };
      const o: UndoOutcome = { status: 'failed', runs: [run], deletedRows: 0, durationMs: 0, attempts: [] };
      const fail = (lockNotAvailable = false) => ({ value: o, ok: false, lockNotAvailable, message: o.error ? `${o.error.file}:${o.error.line}: ${o.error.message}` : o.problem });
      const signal = interrupted();
      if (signal) {
        o.problem = `interrupted by ${signal} before ${run.undo} started: nothing was run, nothing was undone`;
        return fail();
      }
      const changed = historyChanged([step], versionStates(await readHistory(client, table)));
      if (changed) {
        o.problem = `${table.shown} changed since the plan (${changed}); nothing was run, try again`;
        return fail();
      }
      let current: Statement | undefined;
      try {
        await client.query(`SET lock_timeout = ${settingMs(lockTimeoutMs)}`);
        for (const s of step.undo.parsed.statements) {
          if (setsLockTimeout(s)) continue;
          current = s;
          await client.query(s.text);
        }
        current = undefined;
      } catch (err) {
        run.status = 'failed';
        run.durationMs = performance.now() - t0;
        const sig = interrupted();
        const line = current ? step.undo.parsed.source.position(current.start).line : 0;
        if (sig) {
          o.problem = `interrupted by ${sig} during ${run.undo}:${line}: pgmig cancelled the statement; the statements before it ran outside a transaction and stay done, version ${step.version} is still in the history`;
          return fail();
        }
        if (current) o.error = withoutRowData(errorAt(run.undo, step.undo.parsed.source, current, err));
        return fail(codeOf(err) === LOCK_NOT_AVAILABLE);
      } finally {
        // the file's SETs were for the file only; the session goes on (the history deletion)
        await client.query('RESET ALL').catch(() => {});
      }
      run.status = 'done';
      run.durationMs = performance.now() - t0;
      let open = false;
      try {
        await client.query('BEGIN');
        open = true;
        await client.query(`SET LOCAL lock_timeout = ${settingMs(Math.max(lockTimeoutMs, 1000))}`);
        await client.query(`LOCK TABLE ${table.name} IN SHARE ROW EXCLUSIVE MODE`);
        const del = await client.query(`DELETE FROM ${table.name} WHERE installed_rank = ANY($1::int[])`, [step.ranks]);
        await client.query('COMMIT');
        open = false;
        o.deletedRows = del.rowCount ?? 0;
        o.status = 'committed';
        return { value: o, ok: true, lockNotAvailable: false };
      } catch (err) {
        o.problem =
          `${run.undo} ran (outside a transaction), but version ${step.version}'s rows could not be removed from ${table.shown}: ${serverMessage(err)}. ` +
          `Delete them (installed_rank ${step.ranks.join(', ')}) by hand, or run the rollback again (the undo file runs again first)`;
        // not a lock retry: the undo is done, running it again is not what the schedule is for
        return { value: o, ok: false, lockNotAvailable: false, message: o.problem };
      } finally {
        if (open) await client.query('ROLLBACK').catch(() => {});
      }
    },
    { log: opts.log },
  );
  return finished(done, policy, started);
}

/** What differs between the versions planned and the history now, or undefined when nothing does. */
function historyChanged(steps: UndoStep[], now: Map<string, VersionState>): string | undefined {
  for (const s of steps) {
    const v = now.get(s.key);
    if (!v || (!v.applied && !(s.failedRun && !v.last.success))) return `version ${s.version} is no longer applied`;
    const same = v.ranks.length === s.ranks.length && v.ranks.every((r) => s.ranks.includes(r));
    if (!same) return `version ${s.version} has other rows now`;
  }
  const oldest = steps.reduce<string | undefined>((m, s) => (m === undefined || compareKeys(s.key, m) < 0 ? s.key : m), undefined);
  if (oldest !== undefined) {
    const planned = new Set(steps.map((s) => s.key));
    const newer = [...now.values()].filter((v) => v.applied && !planned.has(v.key) && compareKeys(v.key, oldest) > 0);
    if (newer.length) return `version ${newer.map((v) => v.version).join(', ')} was applied meanwhile`;
  }
  return undefined;
}

/** Version keys in Flyway's order. */
export function compareKeys(a: string, b: string): number {
  return compareVersions(versionParts(a), versionParts(b));
}

/**
 * SQLSTATE classes whose messages name objects and settings only. Others may quote the data
 * the statement touched (22: `invalid input syntax for type integer: "…"`; P0: whatever a
 * RAISE says; 23's DETAIL: `Key (email)=(…)`), which must not reach a pull-request comment, the
 * log or the job summary of a run against production.
 */
const NAMES_ONLY = /^(?:08|0A|25|3D|3F|40|42|53|54|55|57)/;

const CONDITION: Record<string, string> = {
  '22001': 'string_data_right_truncation', '22003': 'numeric_value_out_of_range', '22007': 'invalid_datetime_format', '22008': 'datetime_field_overflow',
  '22012': 'division_by_zero', '22P02': 'invalid_text_representation', '23502': 'not_null_violation', '23503': 'foreign_key_violation',
  '23505': 'unique_violation', '23514': 'check_violation', '23P01': 'exclusion_violation', P0001: 'raise_exception', P0002: 'no_data_found',
  P0003: 'too_many_rows', P0004: 'assert_failure',
};

function hiddenMessage(code: string | undefined): string {
  const name = code ? CONDITION[code] : undefined;
  return `${name ?? 'a server error'}${code ? ` (SQLSTATE ${code})` : ''}; the server's message is not shown, as it may quote rows of the database: read it in the server's log`;
}

/** A server error's message, or a stand-in when it may quote the database's rows. */
export function serverMessage(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code && !/^[0-9A-Z]{5}$/.test(code)) return String(e.message ?? err);
  return code && NAMES_ONLY.test(code) ? String(e.message ?? '') : hiddenMessage(code);
}

/** The error without the parts that may quote rows: DETAIL and CONTEXT always, the message and HINT unless its class names objects only. */
export function withoutRowData(e: ApplyError): ApplyError {
  const { detail: _detail, where: _where, ...rest } = e;
  if (e.sqlstate && NAMES_ONLY.test(e.sqlstate)) return rest;
  const { hint: _hint, ...bare } = rest;
  return { ...bare, message: hiddenMessage(e.sqlstate) };
}
