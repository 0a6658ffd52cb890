import { nonTransactionalInfo } from '../sql/transactional.js';
import { defineRule } from './rule.js';

interface State {
  /** Line of the BEGIN that opened the explicit transaction in force, if any. */
  beginLine?: number;
}

export default defineRule({
  id: 'ban-concurrent-index-creation-in-transaction',
  severity: 'error',
  docs: {
    why:
      'CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY and DETACH PARTITION … CONCURRENTLY commit several times internally, so PostgreSQL refuses them inside a transaction block ("cannot run inside a transaction block"): the migration fails at deploy time. ' +
      'This covers BEGIN … COMMIT written in the file, and every file when config assumeInTransaction is true (the runner wraps each file in a transaction). REFRESH MATERIALIZED VIEW CONCURRENTLY can run in a transaction and is not reported.',
    instead:
      'Put the CONCURRENTLY statement in a migration file of its own, without BEGIN/COMMIT, and have the runner apply that file outside a transaction (Flyway does so by itself for a file holding only such statements).',
    example: {
      bad: 'BEGIN;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\nCOMMIT;',
      good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
    },
  },
  visit: {
    TransactionStmt(node, ctx) {
      const state = ctx.state as State;
      if ((node.kind === 'TRANS_STMT_BEGIN' || node.kind === 'TRANS_STMT_START') && !ctx.session.explicitTransaction) {
        state.beginLine = ctx.file.parsed.source.position(ctx.stmt.start).line;
      }
    },
    '*'(_node, ctx) {
      if (!ctx.session.inTransaction) return;
      const op = nonTransactionalInfo(ctx.stmt, { postgresVersion: ctx.config.postgresVersion });
      if (!op?.concurrently) return;
      const { beginLine } = ctx.state as State;
      const where = ctx.session.explicitTransaction
        ? `inside the transaction opened by BEGIN${beginLine ? ` at line ${beginLine}` : ''}`
        : ctx.config.assumeInTransaction === 'flyway'
          ? "in the transaction Flyway runs this file in (config assumeInTransaction: flyway; Flyway's parser does not know this statement cannot run in one)"
          : 'in a transaction (config assumeInTransaction: true says the runner wraps each file in one)';
      ctx.report(`${op.label} cannot run ${where}; PostgreSQL rejects it and the migration fails`, {
        help: ctx.session.explicitTransaction
          ? undefined
          : 'Have the runner apply this file outside a transaction (with Flyway, for example, executeInTransaction=false in the script\'s configuration), and keep the file to CONCURRENTLY statements only.',
      });
    },
  },
});
