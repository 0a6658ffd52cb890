import { tableCmds, typeBaseName } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';
import { nodeAs } from '../sql/node-types.js';

/** char(n), character(n), nchar, bpchar (all the blank-padded type) and the one-byte "char". */
const CHAR_TYPES = new Set(['bpchar', 'char', 'character']);

export default defineRule({
  id: 'ban-char-field',
  severity: 'warning',
  docs: {
    why: 'char(n) pads every value with blanks to n characters, ignores trailing blanks in comparisons but not in LIKE or in most client code, and is no faster than text or varchar in PostgreSQL; it is almost always a mistake, and changing it later rewrites the table. (The quoted one-byte "char" type is internal to the catalogs.)',
    instead: 'Use text (with a CHECK (length(col) <= n) if the length matters) or varchar(n).',
    example: {
      bad: 'CREATE TABLE country (code char(2) PRIMARY KEY);',
      good: 'CREATE TABLE country (code text PRIMARY KEY CHECK (length(code) = 2));',
    },
  },
  visit: {
    CreateStmt(node, ctx) {
      const table = relationOf(node.relation) ? displayName(relationOf(node.relation)!) : 'the table';
      for (const el of node.tableElts ?? []) {
        const col = nodeAs(el, 'ColumnDef');
        if (col && CHAR_TYPES.has(typeBaseName(col.typeName) ?? '')) {
          ctx.report(`column ${col.colname} of ${table} is char(n), which pads values with blanks; use text or varchar`, { location: col.typeName?.location });
        }
      }
    },
    AlterTableStmt(node, ctx) {
      const table = relationOf(node.relation) ? displayName(relationOf(node.relation)!) : 'the table';
      for (const { cmd } of tableCmds(node)) {
        const col = nodeAs(cmd.def, 'ColumnDef');
        if (!col || (cmd.subtype !== 'AT_AddColumn' && cmd.subtype !== 'AT_AlterColumnType')) continue;
        if (!CHAR_TYPES.has(typeBaseName(col.typeName) ?? '')) continue;
        const name = col.colname ?? cmd.name;
        ctx.report(`column ${name} of ${table} is char(n), which pads values with blanks; use text or varchar`, { location: col.typeName?.location });
      }
    },
  },
});
