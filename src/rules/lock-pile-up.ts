import { blocksWrites, lockRank, type LockMode } from '../sql/locks.js';
import type { Statement } from '../sql/parse.js';
import { displayName, relationKey } from '../sql/relation.js';
import { transactionOf, type TransactionSlot } from '../sql/transaction-scope.js';
import { defineRule } from './rule.js';

interface Taken {
  table: string;
  mode: LockMode;
  line: number;
  statement: number;
}

interface Transaction {
  taken: Map<string, Taken>;
  /** The statement that took the write-blocking lock on the second table. */
  second?: Statement;
}

interface State extends TransactionSlot<Transaction> {
  all?: Transaction[];
}

export default defineRule({
  id: 'lock-pile-up',
  severity: 'warning',
  docs: {
    why:
      'A transaction keeps every lock it takes until it commits. One that takes locks blocking writes (SHARE or stronger: ALTER TABLE, CREATE INDEX, CREATE TRIGGER, …) on two or more existing tables holds the first while it waits for the next: writes to the first table queue behind a lock that is itself queued behind the second table\'s traffic, and an application transaction that touches the same tables in the other order deadlocks with the migration. The finding comes once per file, for the first such transaction, listing the tables and modes in the order they were taken. Statements outside a transaction (no BEGIN, no assumeInTransaction) commit one by one and hold nothing for long; tables created in the same change are not counted.',
    lock: 'Each table\'s lock, held until the transaction ends.',
    instead:
      'Change one table per transaction: split the file into one migration per table, or COMMIT between the tables, each under a short lock_timeout so a blocked step gives up instead of piling up. Where the tables must change together, take their locks in one LOCK TABLE statement at the start, in the order the application uses them.',
    example: {
      bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN region text;\nALTER TABLE account ADD COLUMN region text;\nCOMMIT;',
      good: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN region text;\nCOMMIT;\nBEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE account ADD COLUMN region text;\nCOMMIT;",
    },
  },
  visit: {
    '*'(_node, ctx) {
      const s = ctx.state as State;
      const tx = transactionOf(s, ctx.stmt, ctx.session, () => {
        const t: Transaction = { taken: new Map() };
        (s.all ??= []).push(t);
        return t;
      });
      if (!tx) return;
      for (const l of ctx.locks) {
        if (!l.existing || !blocksWrites(l.mode)) continue;
        const key = relationKey(l.relation);
        const prev = tx.taken.get(key);
        if (prev) {
          if (lockRank(l.mode) > lockRank(prev.mode)) prev.mode = l.mode;
          continue;
        }
        tx.taken.set(key, { table: displayName(l.relation), mode: l.mode, line: ctx.file.parsed.source.position(ctx.stmt.start).line, statement: ctx.stmt.index });
        const statements = new Set([...tx.taken.values()].map((t) => t.statement));
        if (!tx.second && statements.size > 1) tx.second = ctx.stmt;
      }
    },
  },
  endFile(ctx) {
    const tx = (ctx.state as State).all?.find((t) => t.second);
    if (!tx) return;
    const list = [...tx.taken.values()].map((t) => `${t.table} (${t.mode}, line ${t.line})`);
    ctx.report(
      `one transaction holds write-blocking locks on ${list.length} existing tables until it commits: ${list.join(', ')}; each waits behind the others, and application transactions taking them in another order deadlock with it`,
      { stmt: tx.second },
    );
  },
});
