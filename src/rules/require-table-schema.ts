import { keywordLocations } from '../sql/ddl.js';
import { defineRule, type StatementContext } from './rule.js';
import { nodeAs } from '../sql/node-types.js';

interface NameLike {
  schemaname?: string;
  relname?: string;
  location?: number;
}

export default defineRule({
  id: 'require-table-schema',
  severity: 'warning',
  optIn: true,
  docs: {
    why:
      'An unqualified table name goes to (or is looked up in) the first schema of the search_path of whoever runs the migration. With a different search_path, set by a role, a database default or a connection string, the table is created in the wrong schema or the ALTER/DROP touches a different table of the same name. Qualified names mean the same thing everywhere. Checked: CREATE TABLE (and CREATE TABLE … AS), ALTER TABLE and DROP TABLE; temporary tables live in their own schema and are not checked; new tables are. Off by default (as in squawk): turn it on where migrations must not depend on search_path.',
    instead: 'Write the schema: CREATE TABLE public.lead …, ALTER TABLE public.lead …, DROP TABLE public.lead.',
    example: {
      bad: 'CREATE TABLE lead (id bigint PRIMARY KEY);',
      good: 'CREATE TABLE public.lead (id bigint PRIMARY KEY);',
      config: 'rules: { require-table-schema: warning }\n',
    },
  },
  visit: {
    CreateStmt(node, ctx) {
      if (node.relation?.relpersistence !== 't') check(ctx, node.relation, 'CREATE TABLE');
    },
    CreateTableAsStmt(node, ctx) {
      if (node.objtype === 'OBJECT_TABLE' && node.into?.rel?.relpersistence !== 't') check(ctx, node.into?.rel, 'CREATE TABLE');
    },
    AlterTableStmt(node, ctx) {
      if (node.objtype === 'OBJECT_TABLE') check(ctx, node.relation, 'ALTER TABLE');
    },
    RenameStmt(node, ctx) {
      const onTable =
        node.renameType === 'OBJECT_TABLE' ||
        node.renameType === 'OBJECT_TABCONSTRAINT' ||
        (node.renameType === 'OBJECT_COLUMN' && node.relationType === 'OBJECT_TABLE');
      if (onTable) check(ctx, node.relation, 'ALTER TABLE');
    },
    AlterObjectSchemaStmt(node, ctx) {
      if (node.objectType === 'OBJECT_TABLE') check(ctx, node.relation, 'ALTER TABLE');
    },
    DropStmt(node, ctx) {
      if (node.removeType !== 'OBJECT_TABLE') return;
      for (const o of node.objects ?? []) {
        const names = (nodeAs(o, 'List')?.items ?? []).map((i) => nodeAs(i, 'String')?.sval ?? '');
        if (names.length !== 1) continue;
        // the parser keeps no position for a dropped name: find it among the tokens
        const location = keywordLocations(ctx.stmt, ctx.file.parsed.source, [names[0]!])[0];
        check(ctx, { relname: names[0], location }, 'DROP TABLE');
      }
    },
  },
});

function check(ctx: StatementContext, rel: NameLike | undefined, command: string) {
  if (!rel?.relname || rel.schemaname) return;
  ctx.report(`${command} ${rel.relname} names no schema, so it depends on the search_path of whoever runs it; write public.${rel.relname} (or the schema meant)`, {
    location: typeof rel.location === 'number' && rel.location >= 0 ? rel.location : undefined,
  });
}
