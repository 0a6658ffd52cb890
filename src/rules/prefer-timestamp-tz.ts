import type { AlterTableStmt, CreateStmt } from '@pgsql/types';
import { builtinTypeName, declaredColumnTypes, typeLabel } from '../sql/column-types.js';
import { displayName } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

export default defineRule({
  id: 'prefer-timestamp-tz',
  severity: 'warning',
  docs: {
    why:
      'timestamp (without time zone) stores a wall-clock reading and throws the UTC offset away: 2019-10-11 21:11:24+02 and 2019-10-11 21:11:24-06, eight hours apart, are stored as the same value, and what a value means depends on the TimeZone of whichever session wrote it. timestamptz stores an instant (as UTC) in the same eight bytes and converts to each session\'s time zone on output. Converting a column later rewrites the table under an ACCESS EXCLUSIVE lock and has to guess the zone of every stored value.',
    instead: 'Use timestamptz (timestamp with time zone).',
    example: {
      bad: 'CREATE TABLE lead (created_at timestamp NOT NULL DEFAULT now());',
      good: 'CREATE TABLE lead (created_at timestamptz NOT NULL DEFAULT now());',
    },
  },
  visit: {
    CreateStmt: check,
    AlterTableStmt: check,
  },
});

function check(node: CreateStmt | AlterTableStmt, ctx: StatementContext) {
  for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
    if (builtinTypeName(d.typeName) !== 'timestamp') continue;
    const where = d.table ? `${displayName(d.table)}.${d.column}` : d.column;
    ctx.report(`column ${where} is ${typeLabel(d.typeName)} without time zone, which drops the UTC offset of every value; use timestamptz`, {
      location: d.typeName.location,
    });
  }
}
