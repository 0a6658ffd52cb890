import type { Statement } from './parse.js';
import type { SessionState } from './session.js';

/** A rule's per-file holder of what the transaction now open has done. */
export interface TransactionSlot<T> {
  current?: T;
}

/**
 * What the transaction a statement runs in has seen so far (created by `fresh` when it begins),
 * or undefined when the statement runs in a transaction of its own (outside BEGIN … COMMIT and
 * without assumeInTransaction). BEGIN, COMMIT and ROLLBACK themselves give undefined. Called
 * for every statement of the file, before the session takes the statement in.
 */
export function transactionOf<T>(slot: TransactionSlot<T>, stmt: Statement, session: SessionState, fresh: () => T): T | undefined {
  if (stmt.kind === 'TransactionStmt') {
    const t = stmt.node;
    switch (t.kind) {
      case 'TRANS_STMT_BEGIN':
      case 'TRANS_STMT_START':
        // a second BEGIN only draws a warning: the open transaction goes on
        if (!session.explicitTransaction) slot.current = fresh();
        break;
      case 'TRANS_STMT_COMMIT':
      case 'TRANS_STMT_ROLLBACK':
      case 'TRANS_STMT_PREPARE':
        slot.current = t.chain ? fresh() : undefined;
        break;
    }
    return undefined;
  }
  if (!session.inTransaction) {
    slot.current = undefined;
    return undefined;
  }
  // the runner's transaction (assumeInTransaction) begins with the file, or after a COMMIT
  return (slot.current ??= fresh());
}
