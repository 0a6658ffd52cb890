import type { AlterTableStmt, CreateStmt } from '@pgsql/types';
import { builtinTypeName, declaredColumnTypes, typeLabel } from '../sql/column-types.js';
import { displayName } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

/** 32-bit integer types, and serial, which is a 32-bit integer with a sequence default. */
const INT4 = new Set(['int4', 'serial', 'serial4']);

export default defineRule({
  id: 'prefer-bigint-over-int',
  severity: 'warning',
  docs: {
    why:
      'integer (int, int4) and serial stop at 2,147,483,647. Ids and counters of a busy table get there, and from then on every insert fails. Widening the column to bigint later rewrites the whole table under an ACCESS EXCLUSIVE lock, and every foreign key column pointing at it must be widened too. bigint costs four more bytes per value, often nothing once rows are aligned. Every column type written in CREATE TABLE, ADD COLUMN and ALTER COLUMN … TYPE is checked, arrays included, new tables too: the time to choose the type is when the table is made.',
    instead: 'Use bigint (int8), and bigint GENERATED ALWAYS AS IDENTITY instead of serial for ids.',
    example: {
      bad: 'CREATE TABLE lead (id serial PRIMARY KEY, visits integer NOT NULL DEFAULT 0);',
      good: 'CREATE TABLE lead (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, visits bigint NOT NULL DEFAULT 0);',
    },
  },
  visit: {
    CreateStmt: check,
    AlterTableStmt: check,
  },
});

function check(node: CreateStmt | AlterTableStmt, ctx: StatementContext) {
  for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
    if (!INT4.has(builtinTypeName(d.typeName) ?? '')) continue;
    const where = d.table ? `${displayName(d.table)}.${d.column}` : d.column;
    ctx.report(`column ${where} is ${typeLabel(d.typeName)}, a 32-bit integer that overflows at 2,147,483,647; use bigint`, {
      location: d.typeName.location,
    });
  }
}
