import { booleanConstant, callArgument, functionName, stringConstant } from '../sql/expr.js';
import { displayName, relationOf } from '../sql/relation.js';
import { walk } from '../sql/walk.js';
import { defineRule, type StatementContext } from './rule.js';

export default defineRule({
  id: 'rls-setting-missing-ok',
  severity: 'error',
  docs: {
    why: "current_setting('app.territory') raises `unrecognized configuration parameter` when the setting was never set in the session. In a policy that turns every query on the table into an error for any connection that forgot to set it (a cron job, a migration, psql, a new service) instead of showing it no rows; and the failure appears only at run time, on the first such connection.",
    instead: "Pass missing_ok: current_setting('app.territory', true) reads NULL when unset, the comparison is NULL and the policy denies the row. A session that set and then reset the value reads '' rather than NULL, so cast through nullif(current_setting('app.territory', true), '') when the column is not text.",
    example: {
      bad: "CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory')::bigint);",
      good: "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
    },
  },
  visit: {
    CreatePolicyStmt(node, ctx) {
      check(node, ctx);
    },
    AlterPolicyStmt(node, ctx) {
      check(node, ctx);
    },
  },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function check(node: any, ctx: StatementContext) {
  const ref = relationOf(node.table);
  const where = `policy ${node.policy_name} on ${ref ? displayName(ref) : 'the table'}`;
  for (const [clause, expr] of [['USING', node.qual], ['WITH CHECK', node.with_check]] as const) {
    if (!expr) continue;
    walk(expr, (type, call) => {
      if (type !== 'FuncCall' || !isCurrentSetting(call)) return;
      const missingOk = callArgument(call, 1, 'missing_ok');
      // a non-constant flag may well be true at run time; only a missing or constant false is certain
      if (missingOk !== undefined && booleanConstant(missingOk) !== false) return;
      const setting = stringConstant(callArgument(call, 0, 'setting_name'));
      const shown = setting === undefined ? 'current_setting(…)' : `current_setting('${setting}')`;
      const fix = setting === undefined ? 'current_setting(…, true)' : `current_setting('${setting}', true)`;
      ctx.report(
        `${where} calls ${shown} in ${clause} without missing_ok => true: a session that never set ${setting ?? 'the setting'} gets an error on every query instead of no rows`,
        { location: call.location, help: `Write ${fix}: an unset setting then reads as NULL and the policy denies the row.` },
      );
    });
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isCurrentSetting(call: any): boolean {
  const name = functionName(call);
  return name?.name === 'current_setting' && (name.schema === undefined || name.schema === 'pg_catalog');
}
