import type { CreateFunctionStmt, DefElem, FunctionParameter, Node, ObjectType, ObjectWithArgs, TypeName } from '@pgsql/types';
import { nodeAs } from './node-types.js';
import type { Statement } from './parse.js';

/** The settings of a function that decide whether a caller can hijack it. */
export interface FunctionSecurity {
  securityDefiner: boolean;
  /** `SET search_path …` is attached (a value, or FROM CURRENT), so callers cannot change it. */
  searchPath: boolean;
  /** The attached path as written (`['public', 'pg_temp']`); undefined for FROM CURRENT or none. */
  searchPathValue?: string[];
}

/**
 * Applies CREATE/ALTER FUNCTION options (`DefElem`s) to `prior`, as PostgreSQL does:
 * `SECURITY DEFINER|INVOKER` sets the flag; `SET search_path = …` and `SET … FROM CURRENT` pin
 * the path; `SET search_path TO DEFAULT`, `RESET search_path` and `RESET ALL` remove it.
 */
export function functionSecurity(options: Node[] | undefined, prior: FunctionSecurity): FunctionSecurity {
  const out = { ...prior };
  for (const o of options ?? []) {
    const d = nodeAs(o, 'DefElem');
    if (!d) continue;
    if (d.defname === 'security') out.securityDefiner = nodeAs(d.arg, 'Boolean')?.boolval === true;
    else if (d.defname === 'set') {
      const v = nodeAs(d.arg, 'VariableSetStmt');
      if (!v) continue;
      if (v.kind === 'VAR_RESET_ALL') out.searchPath = false;
      else if (v.name === 'search_path') out.searchPath = v.kind === 'VAR_SET_VALUE' || v.kind === 'VAR_SET_CURRENT';
      if (v.kind === 'VAR_RESET_ALL' || v.name === 'search_path') {
        out.searchPathValue =
          v.kind === 'VAR_SET_VALUE' ? (v.args ?? []).map((a) => String(nodeAs(a, 'A_Const')?.sval?.sval ?? nodeAs(a, 'String')?.sval ?? '')) : undefined;
      }
    }
  }
  return out;
}

/** The `DefElem` among the options that made the function SECURITY DEFINER, if one did. */
export function securityDefinerOption(options: Node[] | undefined): DefElem | undefined {
  let found: DefElem | undefined;
  for (const o of options ?? []) {
    const d = nodeAs(o, 'DefElem');
    if (d?.defname === 'security') found = nodeAs(d.arg, 'Boolean')?.boolval === true ? d : undefined;
  }
  return found;
}

/** `public.f(int4,text)`: a function's identity as far as pgmig can tell from the SQL. */
export function functionKey(names: Node[] | undefined, argTypes: Array<TypeName | undefined>): string | undefined {
  const parts = (names ?? []).map((n) => nodeAs(n, 'String')?.sval).filter((s): s is string => typeof s === 'string');
  if (parts.length === 0) return undefined;
  const name = parts[parts.length - 1]!;
  const schema = parts.length > 1 ? parts[parts.length - 2]! : 'public';
  return `${schema}.${name}(${argTypes.map(typeKey).join(',')})`;
}

function typeKey(t: TypeName | undefined): string {
  const names: Node[] = t?.names ?? [];
  // `int` and `integer` both parse to pg_catalog.int4; the schema is dropped so `public.money_t` matches `money_t`
  const last = nodeAs(names[names.length - 1], 'String')?.sval ?? '?';
  return t?.arrayBounds ? `${last}[]` : last;
}

/** Input arguments only: OUT and TABLE columns are not part of a function's identity. */
function createArgTypes(parameters: Node[] | undefined): Array<TypeName | undefined> {
  return (parameters ?? [])
    .map((p) => nodeAs(p, 'FunctionParameter'))
    .filter((p): p is FunctionParameter => !!p && p.mode !== 'FUNC_PARAM_OUT' && p.mode !== 'FUNC_PARAM_TABLE')
    .map((p) => p.argType);
}

/** DROP and RENAME of these object types name a function or procedure. */
function isRoutine(type: ObjectType | undefined): boolean {
  return type === 'OBJECT_FUNCTION' || type === 'OBJECT_PROCEDURE' || type === 'OBJECT_ROUTINE';
}

/**
 * Functions and procedures the migrations create, with their security settings, so that a
 * later `ALTER FUNCTION … SECURITY DEFINER` can be judged with what the function already has.
 */
export class FunctionCatalog {
  private readonly byKey = new Map<string, FunctionSecurity>();

  /** An `ObjectWithArgs` (ALTER/DROP FUNCTION f(int)): its entry, or undefined when pgmig never saw it. */
  lookup(owa: ObjectWithArgs | undefined): FunctionSecurity | undefined {
    const key = this.resolve(owa);
    return key ? this.byKey.get(key) : undefined;
  }

  /** The state of a function by its key (`functionKey`), after every statement so far. */
  get(key: string): FunctionSecurity | undefined {
    return this.byKey.get(key);
  }

  /** The key a CREATE FUNCTION statement gives its function. */
  keyOfCreate(n: CreateFunctionStmt | undefined): string | undefined {
    return functionKey(n?.funcname, createArgTypes(n?.parameters));
  }

  /** The key an `ObjectWithArgs` (ALTER FUNCTION f(int)) names, when pgmig saw the function created. */
  keyOf(owa: ObjectWithArgs | undefined): string | undefined {
    const key = this.resolve(owa);
    return key && this.byKey.has(key) ? key : undefined;
  }

  private resolve(owa: ObjectWithArgs | undefined): string | undefined {
    if (!owa) return undefined;
    if (!owa.args_unspecified) return functionKey(owa.objname, (owa.objargs ?? []).map((a) => nodeAs(a, 'TypeName')));
    // `ALTER FUNCTION f` without arguments names the only function called f
    const prefix = functionKey(owa.objname, [])?.slice(0, -1);
    if (!prefix) return undefined;
    const matches = [...this.byKey.keys()].filter((k) => k.startsWith(prefix));
    return matches.length === 1 ? matches[0] : undefined;
  }

  apply(stmt: Statement): void {
    switch (stmt.kind) {
      case 'CreateFunctionStmt': {
        const n = stmt.node;
        const key = functionKey(n.funcname, createArgTypes(n.parameters));
        // CREATE OR REPLACE sets every option anew: settings not repeated are gone
        if (key) this.byKey.set(key, functionSecurity(n.options, { securityDefiner: false, searchPath: false }));
        break;
      }
      case 'AlterFunctionStmt': {
        const n = stmt.node;
        const key = this.resolve(n.func);
        const prior = key && this.byKey.get(key);
        if (key && prior) this.byKey.set(key, functionSecurity(n.actions, prior));
        break;
      }
      case 'DropStmt': {
        const n = stmt.node;
        if (isRoutine(n.removeType)) {
          for (const o of n.objects ?? []) {
            const key = this.resolve(nodeAs(o, 'ObjectWithArgs'));
            if (key) this.byKey.delete(key);
          }
        }
        break;
      }
      case 'RenameStmt': {
        const n = stmt.node;
        if (isRoutine(n.renameType) && n.newname) {
          const owa = nodeAs(n.object, 'ObjectWithArgs');
          const key = this.resolve(owa);
          const info = key && this.byKey.get(key);
          if (key && info) {
            this.byKey.delete(key);
            const renamed = functionKey([...(owa?.objname ?? []).slice(0, -1), { String: { sval: n.newname } }], []);
            if (renamed) this.byKey.set(renamed.slice(0, -2) + key.slice(key.lastIndexOf('(')), info);
          }
        }
        break;
      }
    }
  }
}
