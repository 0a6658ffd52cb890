import { nodeAs } from '../sql/node-types.js';
import { columnConstraints, isSerialType, tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'adding-required-field',
  severity: 'warning',
  docs: {
    why: 'ADD COLUMN … NOT NULL without a DEFAULT fails outright as soon as the table has a row ("column contains null values"), and once added, every INSERT from code deployed before the migration (which does not know the column) fails. A DEFAULT NULL is no default. A table created in the same change is exempt: it has no rows and no code writes to it yet.',
    instead: 'Give the column a DEFAULT (a constant is cheap from PostgreSQL 11), or add it nullable, backfill it, and make it NOT NULL later (see adding-not-nullable-field).',
    example: {
      bad: "ALTER TABLE lead ADD COLUMN status text NOT NULL;",
      good: "ALTER TABLE lead ADD COLUMN status text NOT NULL DEFAULT 'new';",
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      for (const { cmd, index } of tableCmds(node)) {
        if (cmd.subtype !== 'AT_AddColumn') continue;
        const col = nodeAs(cmd.def, 'ColumnDef');
        if (!col) continue;
        const cons = columnConstraints(col);
        const notNull = cons.find((c) => c.contype === 'CONSTR_NOTNULL');
        if (!notNull) continue;
        // serial, identity and generated columns fill existing rows themselves
        if (isSerialType(col.typeName)) continue;
        const fills = cons.some(
          (c) =>
            c.contype === 'CONSTR_IDENTITY' ||
            c.contype === 'CONSTR_GENERATED' ||
            (c.contype === 'CONSTR_DEFAULT' && c.raw_expr && !nodeAs(c.raw_expr, 'A_Const')?.isnull),
        );
        if (fills) continue;
        ctx.report(
          `ADD COLUMN ${col.colname} to ${table} is NOT NULL without a DEFAULT: it fails if ${table} has any row, and inserts that do not set ${col.colname} fail afterwards`,
          { location: ctx.actionLocation(index) ?? col.location },
        );
      }
    },
  },
});
