import type { DropStmt, List } from '@pgsql/types';
import type { SchemaModel, TableInfo } from '../sql/model.js';
import { nameParts } from '../sql/names.js';
import { nodeAs } from '../sql/node-types.js';
import type { Statement } from '../sql/parse.js';
import { displayName, relationFromNames, relationKey } from '../sql/relation.js';
import { defineRule } from './rule.js';

/** DROP POLICY statements of the change, judged at its end (a replacement may follow). */
const dropped = new WeakMap<SchemaModel, Array<{ file: string; stmt: Statement; key: string; policy: string }>>();

export default defineRule({
  id: 'require-rls-policy',
  severity: 'error',
  docs: {
    why: 'With row-level security enabled and no policy, PostgreSQL denies every row to every role but the owner (and superusers and BYPASSRLS roles): the application sees an empty table and every INSERT fails, from the moment the migration commits.',
    instead: 'Create the policies in the same change as ENABLE ROW LEVEL SECURITY (before or after it; policies from earlier migrations count too). A DROP POLICY that leaves a table with row-level security on and no policy is reported too, unless the change creates another. A table that is deny-by-default on purpose (only its owner, or a role with BYPASSRLS, reads it; the application role never does) goes in `rls.ownerOnly` in .pgmig.yml.',
    example: {
      bad: 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
      good: [
        'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
        "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
      ].join('\n'),
    },
  },
  visit: {
    DropStmt(node: DropStmt, ctx) {
      if (node.removeType !== 'OBJECT_POLICY') return;
      for (const o of node.objects ?? []) {
        const parts = nameParts(nodeAs(o, 'List')?.items);
        const table = relationFromNames(parts.slice(0, -1).map((sval) => ({ String: { sval } })));
        if (!table) continue;
        let list = dropped.get(ctx.model);
        if (!list) dropped.set(ctx.model, (list = []));
        list.push({ file: ctx.file.path, stmt: ctx.stmt, key: relationKey(table), policy: parts[parts.length - 1]! });
      }
    },
  },
  // a policy may come after the ENABLE, in the same file or a later one, so judge at the end
  endChange(ctx) {
    const drops = dropped.get(ctx.model) ?? [];
    dropped.delete(ctx.model);
    const seen = new Set<string>();
    const ownerOnly = new Set(ctx.config.rls.ownerOnly);
    const deliberate = (t: TableInfo) => ownerOnly.has(t.ref.name) || ownerOnly.has(`${t.ref.schema}.${t.ref.name}`);
    const onPurpose = (name: string) =>
      ` If ${name} is deny-by-default on purpose (only its owner or a BYPASSRLS role, such as a migration or admin role, uses it), list it in rls.ownerOnly in .pgmig.yml.`;
    for (const d of drops) {
      const t = ctx.model.table(d.key);
      // a table whose RLS this change enabled is reported at its ENABLE below
      if (!t || !t.rlsEnabled || t.rlsEnabledAt || t.policies.size > 0 || seen.has(d.key) || deliberate(t)) continue;
      seen.add(d.key);
      const name = displayName(t.ref);
      ctx.report(
        { file: d.file, stmt: d.stmt },
        `DROP POLICY ${d.policy} leaves ${name} with row-level security on and no policy: every role subject to RLS (all but the table owner, superusers and BYPASSRLS roles) sees no rows of ${name} and cannot write to it`,
        { help: `Create the replacement policy for ${name} in the same change (CREATE POLICY before the DROP, or in the same transaction), or disable row-level security deliberately.${onPurpose(name)}` },
      );
    }
    for (const t of ctx.model.rlsEnabledInChange()) {
      if (!t.rlsEnabled || !t.rlsEnabledAt || t.policies.size > 0 || deliberate(t)) continue;
      const name = displayName(t.ref);
      ctx.report(
        { file: t.rlsEnabledAt.file, stmt: t.rlsEnabledAt.stmt },
        `row-level security is enabled on ${name} but ${name} has no policy: every role subject to RLS (all but the table owner, superusers and BYPASSRLS roles) sees no rows and cannot write`,
        { help: `Add a policy for ${name} to this change, e.g. \`CREATE POLICY ${t.ref.name}_tenant ON ${name} USING (…)\`.${onPurpose(name)}` },
      );
    }
  },
});
