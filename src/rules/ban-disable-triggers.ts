import type { AlterTableCmd, AlterTableStmt } from '@pgsql/types';
import { nodeAs } from '../sql/node-types.js';
import { displayName, relationKey, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-disable-triggers',
  severity: 'warning',
  docs: {
    why:
      'DISABLE TRIGGER ALL also switches off the internal triggers that enforce foreign keys: while they are off, rows that break a foreign key go in unchecked, and ENABLE TRIGGER ALL afterwards does not check them again, so the database keeps orphans for good. DISABLE TRIGGER USER leaves foreign keys alone but stops the user triggers (audit, derived columns, constraint triggers that guard an invariant): pgmig reports it when the migrations created triggers on the table, and names them. Either affects every session writing to the table, not only the migration. Tables created in the same change are exempt.',
    lock: 'SHARE ROW EXCLUSIVE on the table (blocks writes) until the transaction commits.',
    instead:
      'Leave the triggers on and do the data change in batches, or disable one named trigger (DISABLE TRIGGER name) for as short as possible; if constraint checks must be deferred, declare the foreign key DEFERRABLE and use SET CONSTRAINTS … DEFERRED inside the transaction.',
    example: {
      bad: 'ALTER TABLE lead DISABLE TRIGGER ALL;',
      good: 'ALTER TABLE lead DISABLE TRIGGER lead_touch_updated_at;',
    },
  },
  visit: {
    AlterTableStmt(node: AlterTableStmt, ctx) {
      const table = relationOf(node.relation);
      if (!table || node.objtype !== 'OBJECT_TABLE' || ctx.isNew(table)) return;
      const name = displayName(table);
      (node.cmds ?? []).forEach((c, index) => {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd?.subtype === 'AT_DisableTrigAll') {
          ctx.report(
            `DISABLE TRIGGER ALL on ${name} also stops enforcing its foreign keys: rows written meanwhile are never checked, not even when the triggers are enabled again`,
            { location: ctx.actionLocation(index) },
          );
        } else if (cmd?.subtype === 'AT_DisableTrigUser') {
          const triggers = [...(ctx.model.objects.table(relationKey(table))?.triggers ?? [])];
          if (triggers.length === 0) return;
          ctx.report(
            `DISABLE TRIGGER USER on ${name} stops ${triggers.join(', ')} for every session writing to ${name}: what ${triggers.length > 1 ? 'they guard' : 'it guards'} is not done for the rows written meanwhile`,
            { location: ctx.actionLocation(index) },
          );
        }
      });
    },
  },
});
