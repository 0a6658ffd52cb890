import type { AlterTableStmt, CreateStmt } from '@pgsql/types';
import { builtinTypeName, declaredColumnTypes, typeLabel } from '../sql/column-types.js';
import { displayName } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

/** 16-bit integer types, and smallserial, which is a 16-bit integer with a sequence default. */
const INT2 = new Set(['int2', 'smallserial', 'serial2']);

export default defineRule({
  id: 'prefer-bigint-over-smallint',
  severity: 'warning',
  docs: {
    why:
      'smallint (int2) and smallserial stop at 32,767: a counter, a quantity or an id of a table that grows more than expected overflows, and every insert or update that goes past fails. Widening the column later rewrites the whole table under an ACCESS EXCLUSIVE lock. The two bytes smallint saves per value are usually lost to row alignment. Every column type written in CREATE TABLE, ADD COLUMN and ALTER COLUMN … TYPE is checked, new tables too.',
    instead: 'Use bigint (int8); for ids, bigint GENERATED ALWAYS AS IDENTITY instead of smallserial.',
    example: {
      bad: 'CREATE TABLE lead_stage (id smallserial PRIMARY KEY, position smallint NOT NULL);',
      good: 'CREATE TABLE lead_stage (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, position bigint NOT NULL);',
    },
  },
  visit: {
    CreateStmt: check,
    AlterTableStmt: check,
  },
});

function check(node: CreateStmt | AlterTableStmt, ctx: StatementContext) {
  for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
    if (!INT2.has(builtinTypeName(d.typeName) ?? '')) continue;
    const where = d.table ? `${displayName(d.table)}.${d.column}` : d.column;
    ctx.report(`column ${where} is ${typeLabel(d.typeName)}, a 16-bit integer that overflows at 32,767; use bigint`, {
      location: d.typeName.location,
    });
  }
}
