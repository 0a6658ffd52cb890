import type { Node, SelectStmt, TransactionStmt, VariableSetStmt } from '@pgsql/types';
import { parseDuration } from '../migrations/config.js';
import type { Statement } from './parse.js';
import { nodeAs } from './node-types.js';

export type TimeoutSetting = 'lock_timeout' | 'statement_timeout';

const TRACKED: ReadonlySet<string> = new Set<TimeoutSetting>(['lock_timeout', 'statement_timeout']);

/**
 * A setting's value as pgmig knows it: milliseconds, `DEFAULT` (back to the server's own value,
 * which pgmig cannot see), or `UNKNOWN` (set from an expression pgmig cannot evaluate).
 */
type Value = number | typeof DEFAULT | typeof UNKNOWN;
const DEFAULT = Symbol('default');
const UNKNOWN = Symbol('unknown');

interface Snapshot {
  name?: string;
  session: Map<string, Value>;
  local: Map<string, Value>;
}

/** Where a SET or set_config() put a timeout, so a rule can point at the value. */
export interface TimeoutAssignment {
  setting: TimeoutSetting;
  /** Milliseconds; undefined for DEFAULT/RESET, NaN for a value pgmig cannot read. */
  ms: number | undefined;
  /** SET LOCAL / set_config(…, true). */
  local: boolean;
  /** The value node's `location` (byte offset relative to the statement's byteBase), when there is one. */
  location?: number;
  /** The value as written (for messages). */
  text?: string;
}

/**
 * What the server's session looks like before a statement of one file: inside an explicit
 * transaction or not, and the timeouts in force. A file starts from a fresh session, since a
 * migration may be run on its own. As on the server, `SET LOCAL` only counts inside a
 * transaction and ends with it, and a ROLLBACK (or ROLLBACK TO a savepoint) also undoes the
 * plain `SET`s made since.
 */
export class SessionState {
  /** BEGIN … COMMIT written in the file. */
  explicitTransaction = false;
  private session = new Map<string, Value>();
  private local = new Map<string, Value>();
  /** The state at BEGIN, then one entry per SAVEPOINT. */
  private snapshots: Snapshot[] = [];

  constructor(readonly assumeInTransaction: boolean) {}

  get inTransaction(): boolean {
    return this.explicitTransaction || this.assumeInTransaction;
  }

  /**
   * The value in milliseconds of a timeout setting in force: undefined when the file has not set
   * it (or set it back to DEFAULT / RESET it); 0 means the timeout is off. NaN when it was set to
   * something pgmig cannot evaluate (an expression in set_config): set, but to an unknown value.
   */
  timeout(name: TimeoutSetting): number | undefined {
    const v = this.local.has(name) ? this.local.get(name) : this.session.get(name);
    if (v === undefined || v === DEFAULT) return undefined;
    if (v === UNKNOWN) return Number.NaN;
    return v;
  }

  apply(stmt: Statement): void {
    const { kind, node: n } = stmt;
    switch (kind) {
      case 'TransactionStmt':
        this.transaction(n);
        break;
      case 'VariableSetStmt':
        this.set(n);
        break;
      case 'SelectStmt':
        for (const a of setConfigCalls(n)) this.assign(a.setting, a.local, a.ms === undefined ? DEFAULT : Number.isNaN(a.ms) ? UNKNOWN : a.ms);
        break;
      case 'DiscardStmt':
        if (n.target === 'DISCARD_ALL') this.resetAll();
        break;
    }
  }

    private transaction(n: TransactionStmt) {
    switch (n.kind) {
      case 'TRANS_STMT_BEGIN':
      case 'TRANS_STMT_START':
        // a BEGIN inside a transaction is only a warning on the server: nothing changes
        if (!this.explicitTransaction) this.snapshots = [this.snapshot()];
        this.explicitTransaction = true;
        break;
      case 'TRANS_STMT_COMMIT':
      case 'TRANS_STMT_PREPARE':
        this.endTransaction(!!n.chain);
        break;
      case 'TRANS_STMT_ROLLBACK': {
        const begin = this.snapshots[0];
        if (begin) this.session = new Map(begin.session);
        this.endTransaction(!!n.chain);
        break;
      }
      case 'TRANS_STMT_SAVEPOINT':
        if (!this.inTransaction) break;
        // in a transaction the runner opened (assumeInTransaction) there was no BEGIN to remember
        if (this.snapshots.length === 0) this.snapshots.push(this.snapshot());
        this.snapshots.push(this.snapshot(n.savepoint_name));
        break;
      case 'TRANS_STMT_RELEASE': {
        const i = this.findSavepoint(n.savepoint_name);
        if (i > 0) this.snapshots.length = i;
        break;
      }
      case 'TRANS_STMT_ROLLBACK_TO': {
        const i = this.findSavepoint(n.savepoint_name);
        const sp = i > 0 ? this.snapshots[i] : undefined;
        if (sp) {
          this.session = new Map(sp.session);
          this.local = new Map(sp.local);
          this.snapshots.length = i + 1; // the savepoint itself survives ROLLBACK TO
        }
        break;
      }
    }
  }

  /** COMMIT/ROLLBACK end the transaction and with it every SET LOCAL; AND CHAIN opens the next one at once. */
  private endTransaction(chain: boolean) {
    this.local = new Map();
    this.explicitTransaction = chain && this.explicitTransaction;
    this.snapshots = this.explicitTransaction ? [this.snapshot()] : [];
  }

  private snapshot(name?: string): Snapshot {
    return { name, session: new Map(this.session), local: new Map(this.local) };
  }

  private findSavepoint(name: string | undefined): number {
    for (let i = this.snapshots.length - 1; i > 0; i--) if (this.snapshots[i]!.name === name) return i;
    return -1;
  }

  private set(n: VariableSetStmt) {
    if (n.kind === 'VAR_RESET_ALL') {
      this.resetAll();
      return;
    }
    const a = setAssignment(n);
    if (!a) return;
    this.assign(a.setting, a.local, a.ms === undefined ? DEFAULT : Number.isNaN(a.ms) ? UNKNOWN : a.ms);
  }

  private assign(name: string, isLocal: boolean, value: Value) {
    if (isLocal) {
      // SET LOCAL outside a transaction block only draws a WARNING on the server and changes nothing
      if (this.inTransaction) this.local.set(name, value);
      return;
    }
    // a plain SET inside a transaction also replaces any SET LOCAL value for the rest of it
    this.local.delete(name);
    if (value === DEFAULT) this.session.delete(name);
    else this.session.set(name, value);
  }

  private resetAll() {
    this.session.clear();
    this.local.clear();
  }
}

/** The timeout a `SET`/`RESET` statement assigns, or undefined when it is about another setting. */
export function setAssignment(n: VariableSetStmt | undefined): TimeoutAssignment | undefined {
  const name = String(n?.name ?? '').toLowerCase();
  if (!TRACKED.has(name)) return undefined;
  const setting = name as TimeoutSetting;
  const local = !!n?.is_local;
  if (n?.kind === 'VAR_SET_DEFAULT' || n?.kind === 'VAR_RESET') return { setting, ms: undefined, local };
  if (n?.kind !== 'VAR_SET_VALUE') return undefined;
  const arg = n.args?.[0];
  return { setting, local, ...readValue(arg) };
}

/** Every `set_config('lock_timeout' | 'statement_timeout', value, is_local)` in a SELECT's target list. */
export function setConfigCalls(select: SelectStmt | undefined): TimeoutAssignment[] {
  const out: TimeoutAssignment[] = [];
  for (const t of select?.targetList ?? []) {
    const call = nodeAs(nodeAs(t, 'ResTarget')?.val, 'FuncCall');
    if (!call) continue;
    const fname = (call.funcname ?? []).map((x) => nodeAs(x, 'String')?.sval).join('.');
    if (fname !== 'set_config' && fname !== 'pg_catalog.set_config') continue;
    const [nameArg, valueArg, localArg] = call.args ?? [];
    const name = String(nodeAs(withoutCasts(nameArg), 'A_Const')?.sval?.sval ?? '').toLowerCase();
    if (!TRACKED.has(name)) continue;
    out.push({ setting: name as TimeoutSetting, local: isTrue(localArg), ...readValue(valueArg) });
  }
  return out;
}

/** The expression under any `::type` casts. */
function withoutCasts(node: Node | undefined): Node | undefined {
  let n = node;
  for (let cast = nodeAs(n, 'TypeCast'); cast; cast = nodeAs(n, 'TypeCast')) n = cast.arg;
  return n;
}

function isTrue(node: Node | undefined): boolean {
  const c = nodeAs(withoutCasts(node), 'A_Const');
  if (!c) return false;
  if (c.boolval !== undefined) return c.boolval.boolval === true;
  if (c.sval !== undefined) return ['t', 'true', 'on', 'yes', 'y', '1'].includes(String(c.sval.sval ?? '').trim().toLowerCase());
  return false;
}

/**
 * A timeout value as PostgreSQL reads it: a bare number is milliseconds (the settings' unit), a
 * string may carry a unit ('2s', '1min', '500ms'). Anything else is NaN: set, but unreadable.
 */
function readValue(arg: Node | undefined): { ms: number; location?: number; text?: string } {
  const c = nodeAs(withoutCasts(arg), 'A_Const');
  const location = typeof c?.location === 'number' && c.location >= 0 ? c.location : undefined;
  if (!c) return { ms: Number.NaN, location: nodeLocation(arg) };
  let ms: number | undefined;
  let text: string | undefined;
  if (c.ival !== undefined) {
    ms = Number(c.ival.ival ?? 0);
    text = String(ms);
  } else if (c.fval !== undefined) {
    ms = Number(c.fval.fval);
    text = String(c.fval.fval);
  } else if (c.sval !== undefined) {
    text = `'${String(c.sval.sval ?? '')}'`;
    ms = parseDuration(String(c.sval.sval ?? '').trim());
  }
  // the server rejects negative and malformed values, so they never take effect
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return { ms: Number.NaN, location, text };
  return { ms, location, text };
}

function nodeLocation(node: Node | undefined): number | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const inner = Object.values(node)[0] as { location?: number } | undefined;
  return typeof inner?.location === 'number' && inner.location >= 0 ? inner.location : undefined;
}
