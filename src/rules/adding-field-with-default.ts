import { nodeAs } from '../sql/node-types.js';
import { startLocation } from '../sql/expr.js';
import { columnConstraints, isSerialType, tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { mayBeVolatile } from '../sql/volatility.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'adding-field-with-default',
  severity: 'warning',
  docs: {
    why: 'ADD COLUMN whose value must be computed row by row rewrites the whole table and its indexes while holding ACCESS EXCLUSIVE: nothing can read or write the table until every row is copied, minutes on a large table. From PostgreSQL 11 a non-volatile DEFAULT (a constant, now(), an expression of constants) is stored once in the catalog and costs nothing; a volatile one (gen_random_uuid(), clock_timestamp(), nextval(), any user function not declared otherwise, so also serial), a GENERATED … STORED column and an identity column still rewrite. Before PostgreSQL 11 every non-NULL default rewrites (config postgresVersion). A table created in the same change is exempt: it has no rows yet.',
    lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite (blocks reads and writes).',
    instead: 'Add the column without the default (or with a constant one), set the default with ALTER COLUMN … SET DEFAULT (which affects only new rows), backfill existing rows in batches, and compute generated values with a trigger or in the application.',
    example: {
      bad: 'ALTER TABLE lead ADD COLUMN public_id uuid DEFAULT gen_random_uuid();',
      good: 'ALTER TABLE lead ADD COLUMN public_id uuid;\nALTER TABLE lead ALTER COLUMN public_id SET DEFAULT gen_random_uuid();\n-- then backfill: UPDATE lead SET public_id = gen_random_uuid() WHERE public_id IS NULL (in batches)',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      const pg = ctx.config.postgresVersion;
      for (const { cmd } of tableCmds(node)) {
        if (cmd.subtype !== 'AT_AddColumn') continue;
        const col = nodeAs(cmd.def, 'ColumnDef');
        if (!col) continue;
        const what = `ADD COLUMN ${col.colname} to ${table}`;
        const rewrite = `rewrites all of ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done`;
        if (isSerialType(col.typeName)) {
          const type = nodeAs(col.typeName!.names![0], 'String')!.sval;
          ctx.report(`${what} as ${type} fills every existing row from a sequence (a volatile default): it ${rewrite}`, {
            location: col.typeName!.location,
          });
        }
        for (const c of columnConstraints(col)) {
          if (c.contype === 'CONSTR_GENERATED') {
            // a virtual column (PostgreSQL 18) is computed when read; nothing is stored
            if (c.generated_kind === 'v' && pg >= 18) continue;
            ctx.report(`${what} as a stored generated column computes it for every existing row: it ${rewrite}`, { location: c.location });
          } else if (c.contype === 'CONSTR_IDENTITY') {
            ctx.report(`${what} as an identity column numbers every existing row: it ${rewrite}`, { location: c.location });
          } else if (c.contype === 'CONSTR_DEFAULT') {
            const expr = c.raw_expr;
            if (!expr || nodeAs(expr, 'A_Const')?.isnull) continue;
            if (pg < 11) {
              ctx.report(`${what} with a DEFAULT writes the default into every existing row before PostgreSQL 11 (postgresVersion is ${pg}): it ${rewrite}`, {
                location: startLocation(expr) ?? c.location,
              });
            } else if (mayBeVolatile(expr)) {
              ctx.report(`${what} with a volatile DEFAULT computes it for every existing row: it ${rewrite}`, {
                location: startLocation(expr) ?? c.location,
              });
            }
          }
        }
      }
    },
  },
});
