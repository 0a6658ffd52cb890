import { parseDuration } from '../migrations/config.js';
import type { Statement } from './parse.js';

/**
 * What the server's session looks like before a statement of one file: inside an explicit
 * transaction or not, and the timeouts in force. A file starts from a fresh session, as Flyway
 * runs it. `SET LOCAL` only counts inside a transaction and ends with it, as on the server.
 */
export class SessionState {
  /** BEGIN … COMMIT written in the file. */
  explicitTransaction = false;
  private readonly session = new Map<string, number>();
  private local = new Map<string, number>();

  constructor(readonly assumeInTransaction: boolean) {}

  get inTransaction(): boolean {
    return this.explicitTransaction || this.assumeInTransaction;
  }

  /** The value in milliseconds of a timeout setting, or undefined when unset (0 means off). */
  timeout(name: 'lock_timeout' | 'statement_timeout'): number | undefined {
    return this.local.get(name) ?? this.session.get(name);
  }

  apply(stmt: Statement): void {
    const n = stmt.node;
    if (stmt.kind === 'TransactionStmt') {
      switch (n.kind) {
        case 'TRANS_STMT_BEGIN':
        case 'TRANS_STMT_START':
          this.explicitTransaction = true;
          break;
        case 'TRANS_STMT_COMMIT':
        case 'TRANS_STMT_ROLLBACK':
        case 'TRANS_STMT_PREPARE':
        case 'TRANS_STMT_COMMIT_PREPARED':
        case 'TRANS_STMT_ROLLBACK_PREPARED':
          this.explicitTransaction = false;
          this.local = new Map();
          break;
      }
      return;
    }
    if (stmt.kind === 'VariableSetStmt') this.set(n);
    else if (stmt.kind === 'SelectStmt') this.setConfigCall(n);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private set(n: any) {
    const name = String(n.name ?? '').toLowerCase();
    if (name !== 'lock_timeout' && name !== 'statement_timeout') {
      if (n.kind === 'VAR_RESET_ALL') {
        this.session.clear();
        this.local.clear();
      }
      return;
    }
    const target = n.is_local ? this.local : this.session;
    if (n.is_local && !this.inTransaction) return; // SET LOCAL outside a transaction does nothing
    if (n.kind === 'VAR_SET_VALUE') {
      const ms = settingValue(n.args?.[0]);
      if (ms === undefined) target.delete(name);
      else target.set(name, ms);
    } else if (n.kind === 'VAR_SET_DEFAULT' || n.kind === 'VAR_RESET') {
      target.delete(name);
      if (!n.is_local) this.local.delete(name);
    }
  }

  /** `SELECT set_config('lock_timeout', '2s', is_local)` is the same as SET. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private setConfigCall(n: any) {
    for (const t of n.targetList ?? []) {
      const call = t.ResTarget?.val?.FuncCall;
      const fname = call?.funcname?.map((x: { String?: { sval?: string } }) => x.String?.sval).join('.');
      if (fname !== 'set_config' && fname !== 'pg_catalog.set_config') continue;
      const [nameArg, valueArg, localArg] = call.args ?? [];
      const name = String(nameArg?.A_Const?.sval?.sval ?? '').toLowerCase();
      if (name !== 'lock_timeout' && name !== 'statement_timeout') continue;
      const isLocal = localArg?.A_Const?.boolval?.boolval === true;
      if (isLocal && !this.inTransaction) continue;
      const ms = settingValue(valueArg);
      const target = isLocal ? this.local : this.session;
      if (ms === undefined) target.delete(name);
      else target.set(name, ms);
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function settingValue(arg: any): number | undefined {
  const c = arg?.A_Const;
  if (!c) return undefined;
  if (c.ival !== undefined) return Number(c.ival.ival ?? 0);
  if (c.fval !== undefined) return Number(c.fval.fval);
  if (c.sval !== undefined) return parseDuration(String(c.sval.sval ?? '').trim());
  return undefined;
}
