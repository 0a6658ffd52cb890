import type { AlterTableCmd, AlterTableStmt, Constraint } from '@pgsql/types';
import { nodeAs } from '../sql/node-types.js';
import { displayName, relationKey, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-drop-primary-key',
  severity: 'error',
  docs: {
    why:
      'Without its primary key a table has no replica identity: on a logical-replication publisher every UPDATE and DELETE of it fails ("cannot update table … because it does not have a replica identity"), and subscribers and change-data-capture tools stop following it. `INSERT … ON CONFLICT (id)` upserts fail for want of a unique index, duplicate keys can slip in, and ORMs lose the column they identify rows by. pgmig knows the primary key by the name the folder gave it, or PostgreSQL\'s default `<table>_pkey`. A table created in the same change is exempt, as is a statement that adds a new primary key in the same ALTER TABLE.',
    lock: 'ACCESS EXCLUSIVE on the table.',
    instead:
      'Replace a primary key rather than drop it: build the new unique index with CREATE UNIQUE INDEX CONCURRENTLY, then in one statement `ALTER TABLE … DROP CONSTRAINT old_pkey, ADD CONSTRAINT new_pkey PRIMARY KEY USING INDEX new_idx`.',
    example: {
      bad: 'ALTER TABLE lead DROP CONSTRAINT lead_pkey;',
      good: 'CREATE UNIQUE INDEX CONCURRENTLY lead_uuid_idx ON lead (uuid);\n-- next migration:\n-- ALTER TABLE lead DROP CONSTRAINT lead_pkey, ADD CONSTRAINT lead_pkey PRIMARY KEY USING INDEX lead_uuid_idx;',
    },
  },
  visit: {
    AlterTableStmt(node: AlterTableStmt, ctx) {
      const table = relationOf(node.relation);
      if (!table || node.objtype !== 'OBJECT_TABLE' || ctx.isNew(table)) return;
      const cmds = (node.cmds ?? []).map((c) => nodeAs(c, 'AlterTableCmd'));
      const replaced = cmds.some((c) => c?.subtype === 'AT_AddConstraint' && nodeAs(c.def, 'Constraint')?.contype === 'CONSTR_PRIMARY');
      if (replaced) return;
      const known = ctx.model.objects.table(relationKey(table))?.primaryKey;
      cmds.forEach((c, index) => {
        if (c?.subtype !== 'AT_DropConstraint' || !c.name) return;
        if (c.name !== known && c.name !== `${table.name}_pkey`) return;
        const name = displayName(table);
        ctx.report(
          `DROP CONSTRAINT ${c.name} drops the primary key of ${name}: UPDATE and DELETE of ${name} fail on a logical-replication publisher, ON CONFLICT upserts on the key fail, and duplicates can slip in`,
          { location: ctx.actionLocation(index) },
        );
      });
    },
  },
});
