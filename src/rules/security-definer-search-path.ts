import type { Node } from '@pgsql/types';
import { nameParts } from '../sql/names.js';
import { functionSecurity, securityDefinerOption, type FunctionSecurity } from '../sql/functions.js';
import type { SchemaModel } from '../sql/model.js';
import type { Statement } from '../sql/parse.js';
import { defineRule, type StatementContext } from './rule.js';

export default defineRule({
  id: 'security-definer-search-path',
  severity: 'error',
  docs: {
    why: "A SECURITY DEFINER function runs with its owner's rights but resolves names through the caller's search_path. A caller who can create objects in any schema on that path (public, pg_temp) can shadow a table, operator or function the body uses and run their own code as the owner, often a superuser or the role that bypasses row-level security.",
    instead: "Attach a search_path to the function: `SET search_path = ''` (and schema-qualify every name in the body) or trusted schemas ending in pg_temp, `SET search_path = pg_catalog, pg_temp`; never public, and pg_temp always last (left out, it is searched first). It must be on the function itself; a SET statement before CREATE FUNCTION does not stay with it, but an ALTER FUNCTION … SET search_path later in the same change fixes it.",
    example: {
      bad: "CREATE FUNCTION territory_of(uid bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER AS $$ SELECT territory_id FROM app_user WHERE id = uid $$;",
      good: "CREATE FUNCTION territory_of(uid bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT territory_id FROM public.app_user WHERE id = uid $$;",
    },
  },
  visit: {
    CreateFunctionStmt(node, ctx) {
      const after = functionSecurity(node.options, { securityDefiner: false, searchPath: false });
      const problem = problemOf(after);
      if (!problem) return;
      const what = node.is_procedure ? 'procedure' : 'function';
      const name = nameOf(node.funcname);
      const message =
        problem === 'none'
          ? `SECURITY DEFINER ${what} ${name} has no SET search_path: a caller can shadow the objects it uses and run code with its owner's rights`
          : `SECURITY DEFINER ${what} ${name} has SET search_path = ${after.searchPathValue!.join(', ')}: ${problem}`;
      defer(ctx, ctx.model.functions.keyOfCreate(node), message, securityDefinerOption(node.options)?.location);
    },
    AlterFunctionStmt(node, ctx) {
      // a function pgmig never saw created may have a search_path already; the ALTER must then repeat it to be checkable
      const before = ctx.model.functions.lookup(node.func) ?? { securityDefiner: false, searchPath: false };
      const after = functionSecurity(node.actions, before);
      const problem = problemOf(after);
      if (!problem) return;
      const what = node.objtype === 'OBJECT_PROCEDURE' ? 'procedure' : node.objtype === 'OBJECT_ROUTINE' ? 'routine' : 'function';
      const name = nameOf(node.func?.objname);
      const definer = securityDefinerOption(node.actions);
      const key = ctx.model.functions.keyOf(node.func);
      if (problem !== 'none') {
        // only the ALTER that writes the path (or makes the function a definer) is about it
        if (!definer && after.searchPathValue === before.searchPathValue) return;
        defer(ctx, key, `ALTER ${what.toUpperCase()} gives SECURITY DEFINER ${what} ${name} search_path = ${after.searchPathValue!.join(', ')}: ${problem}`, definer?.location);
        return;
      }
      // other ALTERs of an already unsafe function (COST, OWNER) were reported at its CREATE
      if (!definer && !before.searchPath) return;
      const message = definer
        ? `ALTER ${what.toUpperCase()} makes ${name} SECURITY DEFINER without SET search_path: a caller can shadow the objects it uses and run code with its owner's rights`
        : `ALTER ${what.toUpperCase()} removes the search_path of SECURITY DEFINER ${what} ${name}: a caller can shadow the objects it uses and run code with its owner's rights`;
      defer(ctx, key, message, definer?.location);
    },
  },
  endChange(ctx) {
    const list = pending.get(ctx.model) ?? [];
    pending.delete(ctx.model);
    for (const p of list) {
      // fixed later in the same change (ALTER FUNCTION … SET search_path, CREATE OR REPLACE), or dropped
      if (p.key) {
        const final = ctx.model.functions.get(p.key);
        if (!final || !problemOf(final)) continue;
      }
      ctx.report({ file: p.file, stmt: p.stmt }, p.message, { location: p.location });
    }
  },
});

interface Pending {
  file: string;
  stmt: Statement;
  /** The function's catalog key, when pgmig can follow it to the end of the change. */
  key?: string;
  message: string;
  location?: number;
}

/** Findings held until the end of the change, per lint run (its model). */
const pending = new WeakMap<SchemaModel, Pending[]>();

function defer(ctx: StatementContext, key: string | undefined, message: string, location?: number) {
  let list = pending.get(ctx.model);
  if (!list) pending.set(ctx.model, (list = []));
  list.push({ file: ctx.file.path, stmt: ctx.stmt, key, message, location });
}

/**
 * What is wrong with a function's settings: `none` when a SECURITY DEFINER function has no
 * search_path of its own, a sentence when the one it has still lets a caller plant objects.
 */
function problemOf(sec: FunctionSecurity): string | undefined {
  if (!sec.securityDefiner) return undefined;
  if (!sec.searchPath) return 'none';
  const path = (sec.searchPathValue ?? []).map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
  // FROM CURRENT, or '' (every name in the body qualified): nothing to judge or nothing to hijack
  if (!sec.searchPathValue || path.length === 0) return undefined;
  const open = path.find((p) => p === 'public' || p === '$user');
  if (open) return `${open} is on it, and any role that can create objects there can shadow what the function uses and run code with its owner's rights; use \'\' with qualified names, or trusted schemas followed by pg_temp`;
  const temp = path.indexOf('pg_temp');
  if (temp === -1) return "pg_temp is not on it, so PostgreSQL searches the caller's temporary schema first and a temporary table can shadow a table the function uses; end the path with pg_temp";
  if (temp !== path.length - 1) return "pg_temp is not last, so a caller's temporary table can shadow a table the function uses; put pg_temp at the end";
  return undefined;
}

function nameOf(names: Node[] | undefined): string {
  return nameParts(names).join('.') || 'the function';
}
