import { nodeAs } from '../sql/node-types.js';
import { tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

interface State {
  /** In a transaction right now: BEGIN … COMMIT in the file, or the runner's (assumeInTransaction). */
  inTransaction?: boolean;
  /** Constraints added NOT VALID in the current transaction, by name. */
  notValid?: Set<string>;
}

/**
 * What the scan's lock blocks: a foreign key takes SHARE ROW EXCLUSIVE (writes wait) on both
 * tables; every other constraint ACCESS EXCLUSIVE on the table, so reads wait too.
 */
const BLOCKS: Record<string, (table: string) => string> = {
  CONSTR_FOREIGN: (table) => `blocking writes to ${table} and to the table it references`,
  CONSTR_CHECK: (table) => `blocking reads and writes on ${table} (ACCESS EXCLUSIVE)`,
};

/** The short form of the remedy, for the message; the help says it in full. */
const REMEDY: Record<string, string> = {
  CONSTR_CHECK: 'add it NOT VALID and VALIDATE it in a later transaction',
  CONSTR_FOREIGN: 'add it NOT VALID and VALIDATE it in a later transaction',
  CONSTR_NOTNULL: 'add it NOT VALID (PostgreSQL 18+) and VALIDATE it in a later transaction',
  CONSTR_UNIQUE: 'build its index CONCURRENTLY first and add the constraint USING INDEX',
  CONSTR_PRIMARY: 'build its index CONCURRENTLY first and add the constraint USING INDEX',
  CONSTR_EXCLUSION: 'it has no online form: add it in a quiet window, or on a table still empty',
};

const HELP: Record<string, string> = {
  CONSTR_CHECK: 'Add the constraint with NOT VALID (only new rows are checked), then VALIDATE CONSTRAINT in a later transaction, which lets reads and writes go on.',
  CONSTR_FOREIGN: 'Add the constraint with NOT VALID (only new rows are checked), then VALIDATE CONSTRAINT in a later transaction, which lets reads and writes go on.',
  CONSTR_NOTNULL: 'Add the constraint with NOT VALID (PostgreSQL 18+), then VALIDATE CONSTRAINT in a later transaction.',
  CONSTR_UNIQUE: 'A UNIQUE constraint cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX.',
  CONSTR_PRIMARY: 'A PRIMARY KEY cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.',
  CONSTR_EXCLUSION: 'An exclusion constraint cannot be NOT VALID and has no online form: add it while the table is small, or in a maintenance window.',
};

const INDEX_FIRST = new Set(['CONSTR_UNIQUE', 'CONSTR_PRIMARY', 'CONSTR_EXCLUSION']);

export default defineRule({
  id: 'constraint-missing-not-valid',
  severity: 'warning',
  docs: {
    why: 'ALTER TABLE … ADD CONSTRAINT checks every existing row before it returns, and holds its lock (ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE for a foreign key) all the while: writes, and for CHECK reads too, wait for the whole scan. NOT VALID skips the scan; VALIDATE CONSTRAINT then checks the rows under a lock that lets reads and writes go on, but only if it runs in a later transaction: in the same one, the ADD\'s lock is still held for the scan. A table created in the same change is exempt: it has no rows yet. UNIQUE, PRIMARY KEY and EXCLUDE constraints cannot be NOT VALID; the help names their safe form.',
    lock: 'ACCESS EXCLUSIVE (CHECK, UNIQUE, PRIMARY KEY, EXCLUDE) or SHARE ROW EXCLUSIVE (FOREIGN KEY) on the table for the whole scan.',
    instead: 'ADD CONSTRAINT … NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT in a separate transaction (a later migration, or after COMMIT). For UNIQUE or PRIMARY KEY, create the index CONCURRENTLY and add the constraint USING INDEX.',
    example: {
      bad: 'ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0);',
      good: 'ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;\n-- in the next migration:\n-- ALTER TABLE account VALIDATE CONSTRAINT positive_balance;',
    },
  },
  visit: {
    TransactionStmt(node, ctx) {
      const s = ctx.state as State;
      s.inTransaction ??= ctx.session.assumeInTransaction;
      switch (node.kind) {
        case 'TRANS_STMT_BEGIN':
        case 'TRANS_STMT_START':
          if (!s.inTransaction) s.notValid = new Set();
          s.inTransaction = true;
          break;
        case 'TRANS_STMT_COMMIT':
        case 'TRANS_STMT_ROLLBACK':
        case 'TRANS_STMT_PREPARE':
          s.inTransaction = false;
          s.notValid = new Set();
          break;
      }
    },
    AlterTableStmt(node, ctx) {
      const s = ctx.state as State;
      s.inTransaction ??= ctx.session.assumeInTransaction;
      const notValid = (s.notValid ??= new Set());
      const existing = ctx.isExisting(node.relation);
      const table = relationOf(node.relation) ? displayName(relationOf(node.relation)!) : 'the table';
      for (const { cmd, index } of tableCmds(node)) {
        if (cmd.subtype === 'AT_AddConstraint') {
          const c = nodeAs(cmd.def, 'Constraint');
          if (!c) continue;
          if (c.skip_validation) {
            if (c.conname) notValid.add(c.conname);
            continue;
          }
          // an existing index attached as the constraint needs no scan
          if (c.indexname || !existing) continue;
          const name = c.conname ? `constraint ${c.conname}` : 'a constraint';
          ctx.report(`ADD ${name} on ${table} checks every existing row while ${(BLOCKS[c.contype ?? ''] ?? BLOCKS.CONSTR_CHECK!)(table)}; ${REMEDY[c.contype ?? ''] ?? REMEDY.CONSTR_CHECK}`, {
            location: ctx.actionLocation(index) ?? c.location,
            help: HELP[c.contype ?? ''] ?? HELP.CONSTR_CHECK,
          });
        } else if (cmd.subtype === 'AT_ValidateConstraint') {
          if (!s.inTransaction || !existing || !notValid.has(cmd.name ?? '')) continue;
          ctx.report(
            `VALIDATE CONSTRAINT ${cmd.name} runs in the same transaction that added it NOT VALID: the ADD's lock on ${table} is still held, so the scan blocks ${table} as if NOT VALID were not there`,
            {
              location: ctx.actionLocation(index),
              help: 'COMMIT after adding the constraint NOT VALID and validate it in a new transaction, ideally in the next migration.',
            },
          );
        }
      }
    },
  },
});
