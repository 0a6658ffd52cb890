import { booleanConstant, startLocation } from '../sql/expr.js';
import { displayName, keyOf, relationOf } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

export default defineRule({
  id: 'rls-permissive-policy',
  severity: 'error',
  docs: {
    why: 'Permissive policies are OR-ed together, so one whose USING is true shows every row to the roles it applies to, and one whose WITH CHECK is true lets them write any row: the table is as open as without row-level security, while looking protected. Restrictive policies (AS RESTRICTIVE) are AND-ed, so true there narrows nothing and opens nothing; they are not reported.',
    instead: 'Write the condition that ties a row to the session, e.g. `territory_id = current_setting(\'app.territory\', true)::bigint`. A role that must see every row (an admin tool, a reporting job) is better given BYPASSRLS than a policy of true; if the table is meant to be readable by all, say so with `-- pgmig-ignore rls-permissive-policy` above the policy.',
    example: {
      bad: 'CREATE POLICY lead_all ON lead USING (true);',
      good: "CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory', true)::bigint);",
    },
  },
  visit: {
    CreatePolicyStmt(node, ctx) {
      if (!node.permissive) return;
      check(node, ctx, roles(node.roles));
    },
    AlterPolicyStmt(node, ctx) {
      // ALTER POLICY cannot change AS RESTRICTIVE; the model remembers how the policy was made
      const table = ctx.model.table(keyOf(node.table) ?? '');
      if (table?.restrictivePolicies?.has(node.policy_name)) return;
      check(node, ctx, node.roles ? roles(node.roles) : undefined);
    },
  },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function check(node: any, ctx: StatementContext, to: string | undefined) {
  const ref = relationOf(node.table);
  const table = ref ? displayName(ref) : 'the table';
  const who = to ?? "the policy's roles";
  if (node.qual && booleanConstant(node.qual) === true) {
    ctx.report(`policy ${node.policy_name} on ${table} has USING (true): it shows every row of ${table} to ${who}, whatever the tenant`, {
      location: startLocation(node.qual),
    });
  }
  if (node.with_check && booleanConstant(node.with_check) === true) {
    ctx.report(`policy ${node.policy_name} on ${table} has WITH CHECK (true): it lets ${who} write rows of any tenant into ${table}`, {
      location: startLocation(node.with_check),
    });
  }
}

/** `PUBLIC`, `app_user, admin`: whom a policy applies to, as written. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function roles(list: any[] | undefined): string {
  const names = (list ?? []).map((r) => {
    const spec = r?.RoleSpec;
    switch (spec?.roletype) {
      case 'ROLESPEC_PUBLIC':
        return 'PUBLIC';
      case 'ROLESPEC_CURRENT_USER':
        return 'CURRENT_USER';
      case 'ROLESPEC_CURRENT_ROLE':
        return 'CURRENT_ROLE';
      case 'ROLESPEC_SESSION_USER':
        return 'SESSION_USER';
      default:
        return spec?.rolename ?? '?';
    }
  });
  return names.length ? names.join(', ') : 'PUBLIC';
}
