import type { AlterTableStmt, CreateStmt } from '@pgsql/types';
import { builtinTypeName, declaredColumnTypes } from '../sql/column-types.js';
import { displayName } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

export default defineRule({
  id: 'prefer-identity',
  severity: 'warning',
  docs: {
    why:
      'serial is not a type but a shorthand: an integer column, a separate sequence owned by it and a DEFAULT nextval(). The sequence has its own owner and privileges (an INSERT needs USAGE on it, so GRANTs must name it), CREATE TABLE … LIKE and dump/restore to another schema can leave the default pointing at the old sequence, and nothing stops a writer from supplying its own id. An identity column (SQL standard, PostgreSQL 10+) ties the sequence to the column: one object to own, grant and copy, and with GENERATED ALWAYS explicit ids are refused.',
    instead: 'Use bigint GENERATED ALWAYS AS IDENTITY (or BY DEFAULT when callers must sometimes supply the id).',
    example: {
      bad: 'CREATE TABLE lead (id bigserial PRIMARY KEY, name text NOT NULL);',
      good: 'CREATE TABLE lead (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);',
    },
  },
  visit: {
    CreateStmt: check,
    AlterTableStmt: check,
  },
});

function check(node: CreateStmt | AlterTableStmt, ctx: StatementContext) {
  for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
    const type = builtinTypeName(d.typeName);
    if (!type || !SERIALS.has(type)) continue;
    const where = d.table ? `${displayName(d.table)}.${d.column}` : d.column;
    const width = type === 'bigserial' || type === 'serial8' ? 'bigint' : type === 'smallserial' || type === 'serial2' ? 'smallint' : 'integer';
    ctx.report(`column ${where} is ${type}, ${/^[aeiou]/.test(width) ? 'an' : 'a'} ${width} with a separately owned sequence; use an identity column (bigint GENERATED ALWAYS AS IDENTITY)`, {
      location: d.typeName.location,
    });
  }
}
