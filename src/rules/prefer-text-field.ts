import type { AlterTableStmt, CreateStmt } from '@pgsql/types';
import { builtinTypeName, declaredColumnTypes, typeLabel } from '../sql/column-types.js';
import { displayName } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

export default defineRule({
  id: 'prefer-text-field',
  severity: 'warning',
  docs: {
    why:
      'varchar(n) stores exactly what text stores and is no faster; the limit is its only difference. When the limit turns out too small, raising it is cheap, but lowering it or changing it on a column an index or view depends on rewrites or rechecks the table under an ACCESS EXCLUSIVE lock, blocking reads and writes. A CHECK constraint on a text column says the same and can be replaced without a rewrite (add the new one NOT VALID, validate it, drop the old one). varchar without a length is text and is not reported.',
    lock: 'Changing a varchar length: ACCESS EXCLUSIVE on the table, for a full rewrite or scan when the new length is not simply larger.',
    instead: 'Use text, with CHECK (char_length(col) <= n) where the length matters.',
    example: {
      bad: 'CREATE TABLE lead (email varchar(255) NOT NULL);',
      good: 'CREATE TABLE lead (email text NOT NULL CONSTRAINT lead_email_length CHECK (char_length(email) <= 255));',
    },
  },
  visit: {
    CreateStmt: check,
    AlterTableStmt: check,
  },
});

function check(node: CreateStmt | AlterTableStmt, ctx: StatementContext) {
  for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
    if (builtinTypeName(d.typeName) !== 'varchar' || !d.typeName.typmods?.length) continue;
    const where = d.table ? `${displayName(d.table)}.${d.column}` : d.column;
    ctx.report(`column ${where} is ${typeLabel(d.typeName)}; changing the limit later can lock and rewrite the table: use text with a CHECK on its length`, {
      location: d.typeName.location,
    });
  }
}
