import type { Statement } from '../sql/parse.js';
import { defineRule } from './rule.js';

interface State {
  /** The BEGIN of the transaction still open, if one is. */
  open?: Statement;
}

export default defineRule({
  id: 'ban-uncommitted-transaction',
  severity: 'warning',
  docs: {
    why: 'A file that runs BEGIN and never COMMITs leaves the transaction open when it ends: depending on the runner its changes are rolled back when the session closes (the migration is recorded but did nothing), or the next migration runs inside it, holding every lock taken so far until something finally commits.',
    instead: 'End every BEGIN with COMMIT (or ROLLBACK) in the same file, or leave transaction control to the migration runner and write no BEGIN at all.',
    example: {
      bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN note text;',
      good: 'BEGIN;\nALTER TABLE lead ADD COLUMN note text;\nCOMMIT;',
    },
  },
  visit: {
    TransactionStmt(node, ctx) {
      const s = ctx.state as State;
      switch (node.kind) {
        case 'TRANS_STMT_BEGIN':
        case 'TRANS_STMT_START':
          // a BEGIN inside a transaction only draws a warning from the server; the first one counts
          s.open ??= ctx.stmt;
          break;
        case 'TRANS_STMT_COMMIT':
        case 'TRANS_STMT_ROLLBACK':
        case 'TRANS_STMT_PREPARE':
          s.open = undefined;
          break;
      }
    },
  },
  endFile(ctx) {
    const open = (ctx.state as State).open;
    if (open) ctx.report('this BEGIN is never committed or rolled back before the file ends; add COMMIT', { stmt: open });
  },
});
