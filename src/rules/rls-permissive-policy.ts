import type { AlterPolicyStmt, BoolExpr, CreatePolicyStmt, Node, NullTest } from '@pgsql/types';
import { isConstantTrue } from '../sql/constant-true.js';
import { booleanConstant, callArgument, functionName, startLocation, stringConstant } from '../sql/expr.js';
import { nodeAs } from '../sql/node-types.js';
import { find } from '../sql/walk.js';
import { displayName, keyOf, relationOf } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';

export default defineRule({
  id: 'rls-permissive-policy',
  severity: 'error',
  docs: {
    why: 'Permissive policies are OR-ed together, so one whose USING is true (`true`, `1 = 1`, `tenant_id = tenant_id`) shows every row to the roles it applies to, and one whose WITH CHECK is true lets them write any row; so does one that passes every row when a setting is unset (`current_setting(\'app.tenant\', true) IS NULL OR …`), which is open to every session that forgot to set it: the table is as open as without row-level security, while looking protected. Restrictive policies (AS RESTRICTIVE) are AND-ed, so true there narrows nothing and opens nothing; they are not reported.',
    instead: 'Write the condition that ties a row to the session, e.g. `territory_id = nullif(current_setting(\'app.territory\', true), \'\')::bigint`. A role that must see every row (an admin tool, a reporting job) is better given BYPASSRLS than a policy of true; if the table is meant to be readable by all, say so with `-- pgmig-ignore rls-permissive-policy` above the policy.',
    example: {
      bad: 'CREATE POLICY lead_all ON lead USING (true);',
      good: "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
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
      if (table?.restrictivePolicies?.has(node.policy_name ?? '')) return;
      check(node, ctx, node.roles ? roles(node.roles) : undefined);
    },
  },
});

function check(node: CreatePolicyStmt | AlterPolicyStmt, ctx: StatementContext, to: string | undefined) {
  const ref = relationOf(node.table);
  const table = ref ? displayName(ref) : 'the table';
  const who = to ?? "the policy's roles";
  const shown = (expr: unknown, clause: string) => (booleanConstant(expr) === true ? `${clause} (true)` : `a ${clause} that is always true`);
  if (node.qual && isConstantTrue(node.qual)) {
    ctx.report(`policy ${node.policy_name} on ${table} has ${shown(node.qual, 'USING')}: it shows every row of ${table} to ${who}, whatever the tenant`, {
      location: startLocation(node.qual),
    });
  } else if (node.qual) failsOpen(node.qual, ctx, `policy ${node.policy_name} on ${table}`, `shows every row of ${table} to ${who}`);
  if (node.with_check && isConstantTrue(node.with_check)) {
    ctx.report(`policy ${node.policy_name} on ${table} has ${shown(node.with_check, 'WITH CHECK')}: it lets ${who} write rows of any tenant into ${table}`, {
      location: startLocation(node.with_check),
    });
  } else if (node.with_check) failsOpen(node.with_check, ctx, `policy ${node.policy_name} on ${table}`, `lets ${who} write rows of any tenant into ${table}`);
}

/**
 * `current_setting('app.tenant', true) IS NULL OR …` as an arm of the top-level OR: a session
 * that never set the value (a job, psql, a pooled connection after SET LOCAL) passes every row.
 */
function failsOpen(expr: Node, ctx: StatementContext, where: string, harm: string) {
  const b = nodeAs(expr, 'BoolExpr');
  if (b?.boolop !== 'OR_EXPR') return;
  for (const arm of b.args ?? []) {
    const test = nodeAs(arm, 'NullTest');
    if (test?.nulltesttype !== 'IS_NULL') continue;
    const call = find(test.arg, (type, n) => type === 'FuncCall' && functionName(n)?.name === 'current_setting');
    if (!call) continue;
    const setting = stringConstant(callArgument(call.type === 'FuncCall' ? call.node : undefined, 0, 'setting_name')) ?? 'the setting';
    ctx.report(`${where} fails open: when ${setting} is unset its IS NULL arm is true, so the policy ${harm}`, {
      location: startLocation(arm),
      help: `Deny when the setting is missing: drop the IS NULL OR arm (a NULL comparison already denies the row), or give the roles that must see everything BYPASSRLS.`,
    });
  }
}

/** `PUBLIC`, `app_user, admin`: whom a policy applies to, as written. */
function roles(list: Node[] | undefined): string {
  const names = (list ?? []).map((r) => {
    const spec = r && 'RoleSpec' in r ? r.RoleSpec : undefined;
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
