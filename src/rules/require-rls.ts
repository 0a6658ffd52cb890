import type { TableInfo } from '../sql/model.js';
import { displayName } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'require-rls',
  severity: 'error',
  docs: {
    why: 'In a multi-tenant database row-level security is what keeps one tenant from reading another\'s rows. A new table without it is readable and writable in full by every role granted access (often through default privileges), so one missing ALTER TABLE leaks every tenant\'s data.',
    instead: 'Enable row-level security on the table in the same change (any file of it) and add a policy. Tables that are deliberately shared go in `rls.exclude` in .pgmig.yml; schemas that need no RLS are left out of `rls.schemas`. Temporary tables and partitions are not checked: a query through the parent applies the parent\'s policies, so grant access to the parent, not to its partitions. The rule checks only projects that use RLS: a policy or ENABLE ROW LEVEL SECURITY in any migration (DO blocks included), `rls` set in .pgmig.yml, or require-rls set under `rules`; otherwise lint says once, as a notice, how to turn it on.',
    example: {
      config: 'rls: { schemas: [public] }',
      bad: 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);',
      good: [
        'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);',
        'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
        "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
      ].join('\n'),
    },
  },
  // RLS may be enabled by a later statement or a later file of the change, so judge at its end
  endChange(ctx) {
    const schemas = new Set(ctx.config.rls.schemas);
    const exclude = new Set(ctx.config.rls.exclude);
    for (const t of ctx.model.tables.values()) {
      if (t.origin !== 'change' || !t.createdAt || t.rlsEnabled || !isPlainTable(t)) continue;
      if (!schemas.has(t.ref.schema)) continue;
      if (exclude.has(t.ref.name) || exclude.has(`${t.ref.schema}.${t.ref.name}`)) continue;
      if (!ctx.usesRls) {
        // a project without RLS would get one error per table on day one: say once how to opt in
        ctx.notice(
          'require-rls is not checking: no migration creates a policy or enables row-level security, and .pgmig.yml sets neither rls nor rules.require-rls. To require RLS on every new table, set `rls: { schemas: [public] }` (the schemas to check) or `rules: { require-rls: error }` in .pgmig.yml.',
        );
        return;
      }
      const name = displayName(t.ref);
      ctx.report(
        { file: t.createdAt.file, stmt: t.createdAt.stmt },
        `table ${name} is created without row-level security: every role granted access to ${name} reads and writes every tenant's rows`,
        {
          help: `Add \`ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;\` and a policy for ${name} to this change, or list ${name} in rls.exclude in .pgmig.yml if it is meant to be shared.`,
        },
      );
    }
  },
});

/** A permanent, stand-alone table: RLS on a temporary table or a partition protects nothing reachable. */
function isPlainTable(t: TableInfo): boolean {
  if (t.isMaterializedView || t.partitionOf) return false;
  const stmt = t.createdAt!.stmt;
  const rel =
    stmt.kind === 'CreateStmt'
      ? stmt.node.relation
      : stmt.kind === 'CreateTableAsStmt'
        ? stmt.node.into?.rel
        : stmt.kind === 'SelectStmt'
          ? stmt.node.intoClause?.rel
          : undefined;
  if (!rel) return false;
  if (stmt.kind === 'CreateTableAsStmt' && stmt.node.objtype !== 'OBJECT_TABLE') return false;
  return rel.relpersistence !== 't' && rel.schemaname !== 'pg_temp';
}
