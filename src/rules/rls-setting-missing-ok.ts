import type { AlterPolicyStmt, CreatePolicyStmt, FuncCall, TypeCast } from '@pgsql/types';
import { booleanConstant, callArgument, functionName, stringConstant } from '../sql/expr.js';
import { nameKey } from '../sql/objects.js';
import { nameParts } from '../sql/names.js';
import { nodeAs } from '../sql/node-types.js';
import { displayName, relationOf } from '../sql/relation.js';
import { walk } from '../sql/walk.js';
import { defineRule, type StatementContext } from './rule.js';

export default defineRule({
  id: 'rls-setting-missing-ok',
  severity: 'error',
  docs: {
    why: "current_setting('app.territory') raises `unrecognized configuration parameter` when the setting was never set in the session. In a policy that turns every query on the table into an error for any connection that forgot to set it (a cron job, a migration, psql, a new service) instead of showing it no rows; and the failure appears only at run time, on the first such connection.",
    instead: "Pass missing_ok: current_setting('app.territory', true) reads NULL when unset, the comparison is NULL and the policy denies the row. A pooled connection on which a SET LOCAL of the value has ended reads '' rather than NULL, so cast through nullif: nullif(current_setting('app.territory', true), '')::bigint (a bare current_setting(…, true)::bigint is reported). Functions the policy calls are checked too, where the folder creates them.",
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

function check(node: CreatePolicyStmt | AlterPolicyStmt, ctx: StatementContext) {
  const ref = relationOf(node.table);
  const where = `policy ${node.policy_name} on ${ref ? displayName(ref) : 'the table'}`;
  for (const [clause, expr] of [['USING', node.qual], ['WITH CHECK', node.with_check]] as const) {
    if (!expr) continue;
    walk(expr, (type, call) => {
      if (type === 'TypeCast') {
        bareCast(call, ctx, where, clause);
        return;
      }
      if (type === 'FuncCall' && !isCurrentSetting(call)) {
        calledFunction(call, ctx, where, clause);
        return;
      }
      if (type !== 'FuncCall') return;
      const missingOk = callArgument(call, 1, 'missing_ok');
      // a non-constant flag may well be true at run time; only a missing or constant false is certain
      if (missingOk !== undefined && booleanConstant(missingOk) !== false) return;
      const setting = stringConstant(callArgument(call, 0, 'setting_name'));
      const shown = setting === undefined ? 'current_setting(…)' : `current_setting('${setting}')`;
      const fix = setting === undefined ? 'current_setting(…, true)' : `current_setting('${setting}', true)`;
      ctx.report(
        `${where} calls ${shown} in ${clause} without missing_ok => true: a session that never set ${setting ?? 'the setting'} gets an error on every query instead of no rows`,
        { location: call.location, help: `Write ${fix}, and nullif(${fix}, '') where it is cast: an unset setting then reads as NULL and the policy denies the row.` },
      );
    });
  }
}

/**
 * `current_setting('app.territory', true)::bigint`: once a SET LOCAL of the setting has ended, a
 * pooled connection reads '' (the placeholder stays defined), and ''::bigint is an error on every
 * query. Casts to text types are fine.
 */
function bareCast(cast: TypeCast, ctx: StatementContext, where: string, clause: string) {
  const call = nodeAs(cast.arg, 'FuncCall');
  if (!call || !isCurrentSetting(call)) return;
  const missingOk = callArgument(call, 1, 'missing_ok');
  if (missingOk === undefined || booleanConstant(missingOk) === false) return;
  const type = nameParts(cast.typeName?.names).pop() ?? '';
  if (['text', 'varchar', 'bpchar', 'name', 'citext'].includes(type)) return;
  const setting = stringConstant(callArgument(call, 0, 'setting_name'));
  const arg = setting === undefined ? '…' : `'${setting}'`;
  ctx.report(
    `${where} casts current_setting(${arg}, true) to ${type} in ${clause} directly: after a SET LOCAL has ended, a pooled connection reads '' and ''::${type} fails every query on the table`,
    { location: call.location, help: `Write nullif(current_setting(${arg}, true), '')::${type}: an unset or emptied setting then reads as NULL and the policy denies the row.` },
  );
}

/** A function the policy calls whose body reads a setting without missing_ok (CREATE FUNCTION in the folder). */
function calledFunction(call: FuncCall, ctx: StatementContext, where: string, clause: string) {
  const parts = nameParts(call.funcname);
  const key = nameKey(parts);
  if (!key) return;
  for (const setting of ctx.model.objects.settingsReadStrictly(key)) {
    ctx.report(
      `${where} calls ${parts.join('.')}() in ${clause}, which reads current_setting('${setting}') without missing_ok => true: a session that never set ${setting} gets an error on every query instead of no rows`,
      { location: call.location, help: `In ${parts.join('.')}, write current_setting('${setting}', true) (and nullif(…, '') where it is cast): an unset setting then reads as NULL and the policy denies the row.` },
    );
  }
}

function isCurrentSetting(call: FuncCall): boolean {
  const name = functionName(call);
  return name?.name === 'current_setting' && (name.schema === undefined || name.schema === 'pg_catalog');
}
