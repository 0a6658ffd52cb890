import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';
import { nodeAs } from '../sql/node-types.js';

export default defineRule({
  id: 'ban-disable-rls',
  severity: 'error',
  docs: {
    why: 'DISABLE ROW LEVEL SECURITY switches off every policy on the table: every role with a grant on it reads and changes every tenant\'s rows. NO FORCE ROW LEVEL SECURITY lets the table owner (often the role the application or a job connects as) bypass the policies again. Either is easy to slip in to make a data fix pass and forget to undo.',
    lock: 'ACCESS EXCLUSIVE on the table, briefly.',
    instead: 'Keep RLS on. For a data fix, run it as a role with BYPASSRLS, or add a narrowly scoped policy; to retire a table, drop it.',
    example: {
      bad: 'ALTER TABLE lead DISABLE ROW LEVEL SECURITY;',
      good: 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      const ref = relationOf(node.relation);
      const name = ref ? displayName(ref) : 'the table';
      for (const c of node.cmds ?? []) {
        const subtype = nodeAs(c, 'AlterTableCmd')?.subtype;
        if (subtype === 'AT_DisableRowSecurity') {
          ctx.report(`DISABLE ROW LEVEL SECURITY on ${name} turns off all of its policies: every role with access to ${name} sees every tenant's rows`);
        } else if (subtype === 'AT_NoForceRowSecurity') {
          ctx.report(`NO FORCE ROW LEVEL SECURITY on ${name} lets the owner of ${name} bypass its policies and see every tenant's rows`);
        }
      }
    },
  },
});
