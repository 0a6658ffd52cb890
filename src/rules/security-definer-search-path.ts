import { functionSecurity, securityDefinerOption } from '../sql/functions.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'security-definer-search-path',
  severity: 'error',
  docs: {
    why: "A SECURITY DEFINER function runs with its owner's rights but resolves names through the caller's search_path. A caller who can create objects in any schema on that path (public, pg_temp) can shadow a table, operator or function the body uses and run their own code as the owner, often a superuser or the role that bypasses row-level security.",
    instead: "Attach a search_path to the function: `SET search_path = ''` (and schema-qualify every name in the body) or `SET search_path = pg_catalog, pg_temp`. It must be on the function itself; a SET statement before CREATE FUNCTION does not stay with it.",
    example: {
      bad: "CREATE FUNCTION territory_of(uid bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER AS $$ SELECT territory_id FROM app_user WHERE id = uid $$;",
      good: "CREATE FUNCTION territory_of(uid bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT territory_id FROM public.app_user WHERE id = uid $$;",
    },
  },
  visit: {
    CreateFunctionStmt(node, ctx) {
      const after = functionSecurity(node.options, { securityDefiner: false, searchPath: false });
      if (!after.securityDefiner || after.searchPath) return;
      const what = node.is_procedure ? 'procedure' : 'function';
      ctx.report(`SECURITY DEFINER ${what} ${nameOf(node.funcname)} has no SET search_path: a caller can shadow the objects it uses and run code with its owner's rights`, {
        location: securityDefinerOption(node.options)?.location,
      });
    },
    AlterFunctionStmt(node, ctx) {
      // a function pgmig never saw created may have a search_path already; the ALTER must then repeat it to be checkable
      const before = ctx.model.functions.lookup(node.func) ?? { securityDefiner: false, searchPath: false };
      const after = functionSecurity(node.actions, before);
      if (!after.securityDefiner || after.searchPath) return;
      const what = node.objtype === 'OBJECT_PROCEDURE' ? 'procedure' : node.objtype === 'OBJECT_ROUTINE' ? 'routine' : 'function';
      const name = nameOf(node.func?.objname);
      const definer = securityDefinerOption(node.actions);
      // other ALTERs of an already unsafe function (COST, OWNER) were reported at its CREATE
      if (!definer && !before.searchPath) return;
      const message = definer
        ? `ALTER ${what.toUpperCase()} makes ${name} SECURITY DEFINER without SET search_path: a caller can shadow the objects it uses and run code with its owner's rights`
        : `ALTER ${what.toUpperCase()} removes the search_path of SECURITY DEFINER ${what} ${name}: a caller can shadow the objects it uses and run code with its owner's rights`;
      ctx.report(message, { location: definer?.location });
    },
  },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function nameOf(names: any[] | undefined): string {
  return (names ?? []).map((n) => n?.String?.sval).filter(Boolean).join('.') || 'the function';
}
