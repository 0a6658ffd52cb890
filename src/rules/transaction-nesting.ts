import { defineRule } from './rule.js';

interface State {
  /** Line of the BEGIN that opened the transaction in force, if any. */
  beginLine?: number;
}

const RUNNER_HELP =
  'With assumeInTransaction: true the runner wraps each file in a transaction: remove BEGIN/COMMIT/ROLLBACK from the file, or set assumeInTransaction: false if this runner does not wrap files.';

export default defineRule({
  id: 'transaction-nesting',
  severity: 'warning',
  docs: {
    why:
      'PostgreSQL has no nested transactions. A BEGIN inside a transaction only draws a warning and changes nothing, so the COMMIT meant for the inner one commits everything, and the statements after it run without the transaction the author counted on (a failure then leaves them half applied). A COMMIT or ROLLBACK with no transaction open is likewise a no-op warning that hides a mistake. When the runner wraps each file in a transaction (config assumeInTransaction: true), any BEGIN, COMMIT or ROLLBACK in the file interferes with the runner\'s own. SAVEPOINT and ROLLBACK TO SAVEPOINT are the way to undo part of a transaction and are not reported. A COMMIT or ROLLBACK inside a DO block, or in a procedure the file CALLs, is reported when the file runs in a transaction: PostgreSQL then refuses it (invalid transaction termination); inside a function it is always refused.',
    instead:
      'Open one transaction per file with BEGIN … COMMIT, or none when the runner opens it (assumeInTransaction: true); put statements that need a transaction of their own in separate migration files.',
    example: {
      bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN score bigint;\nBEGIN;\nALTER TABLE lead ADD COLUMN rank bigint;\nCOMMIT;\nCOMMIT;',
      good: 'BEGIN;\nALTER TABLE lead ADD COLUMN score bigint;\nALTER TABLE lead ADD COLUMN rank bigint;\nCOMMIT;',
    },
  },
  visit: {
    TransactionStmt(node, ctx) {
      const state = ctx.state as State;
      const line = ctx.file.parsed.source.position(ctx.stmt.start).line;
      const runner = ctx.config.assumeInTransaction;
      if (ctx.stmt.within) {
        const word = node.kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK';
        if (ctx.stmt.within === 'function') {
          // only a procedure (CALL) or a DO block may end transactions; a function never can
          ctx.report(`${word} inside a function the migration calls fails with "invalid transaction termination" and the migration stops`, {
            help: 'Make the routine a PROCEDURE and CALL it from a migration file that runs outside a transaction, or remove the COMMIT/ROLLBACK.',
          });
        } else if (ctx.session.inTransaction) {
          // a DO block or a procedure may end transactions only when it is not itself inside one
          const where = ctx.stmt.within === 'do' ? 'a DO block' : 'a procedure the migration calls';
          ctx.report(`${word} inside ${where} in a file that runs in a transaction fails with "invalid transaction termination" and the migration stops`, {
            help: `Move the ${ctx.stmt.within === 'do' ? 'DO block' : 'CALL'} into a migration file of its own that runs outside a transaction (no BEGIN, and executeInTransaction=false or assumeInTransaction: false), or remove the COMMIT/ROLLBACK.`,
          });
        }
        return;
      }
      switch (node.kind) {
        case 'TRANS_STMT_BEGIN':
        case 'TRANS_STMT_START':
          if (runner) {
            ctx.report('BEGIN inside the transaction the runner opens for each file (assumeInTransaction: true) is ignored; its COMMIT would end the runner\'s transaction', { help: RUNNER_HELP });
          } else if (ctx.session.explicitTransaction) {
            ctx.report(
              `BEGIN inside the transaction opened${state.beginLine ? ` at line ${state.beginLine}` : ''} is ignored (PostgreSQL has no nested transactions); the next COMMIT ends both`,
            );
          } else state.beginLine = line;
          break;
        case 'TRANS_STMT_COMMIT':
        case 'TRANS_STMT_ROLLBACK': {
          const word = node.kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK';
          if (runner) {
            ctx.report(`${word} ends the transaction the runner opens for each file (assumeInTransaction: true); what follows runs outside it`, { help: RUNNER_HELP });
          } else if (!ctx.session.explicitTransaction) {
            ctx.report(`${word} with no transaction open does nothing; add the BEGIN it belongs to earlier, or remove it`, {
              help: 'BEGIN a transaction earlier in the migration, or remove this statement.',
            });
          } else if (node.chain) state.beginLine = line;
          break;
        }
      }
    },
  },
});
