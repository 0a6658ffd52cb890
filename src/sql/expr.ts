/** Small readings of libpg-query expression nodes (typed nodes: `{A_Const: {...}}`). */
import type { FuncCall, Node, TypeName } from '@pgsql/types';
import { nameParts } from './names.js';
import { nodeAs, type NodeOf, type NodeTag } from './node-types.js';

/** A typed node taken apart: its type and inner object, one member per node type so that checking the type narrows `inner`. */
export type Unwrapped = { [K in NodeTag]: { type: K; inner: NodeOf<K> } }[NodeTag];

/** The inner object and type of a typed node (an object with a single key), or undefined for anything else. */
export function unwrap(node: unknown): Unwrapped | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  // the AST is libpg-query's JSON: a single-key object is a typed node, its key the node type
  return { type: keys[0]!, inner: (node as Record<string, unknown>)[keys[0]!] } as Unwrapped;
}

/**
 * How PostgreSQL reads a boolean literal (`parse_bool`): case-insensitive, surrounding spaces
 * ignored, any unambiguous prefix of true/false/yes/no, `on`/`off` and `1`/`0`.
 */
export function parseBoolLiteral(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (!s) return undefined;
  if ('true'.startsWith(s) || 'yes'.startsWith(s) || s === 'on' || s === '1') return true;
  if ('false'.startsWith(s) || 'no'.startsWith(s) || s === 'of' || s === 'off' || s === '0') return false;
  return undefined;
}

/**
 * The value of an expression that is a boolean constant where a boolean is expected: `true`,
 * `'t'` (an untyped literal takes the boolean type), `'yes'::boolean`, `CAST(1 AS bool)`.
 * Undefined when it is anything else (a column, a call, NULL).
 */
export function booleanConstant(node: unknown): boolean | undefined {
  const n = unwrap(node);
  if (!n) return undefined;
  if (n.type === 'A_Const') {
    if (n.inner.isnull) return undefined;
    // protobuf JSON leaves false out: `false` arrives as `boolval: {}`
    if ('boolval' in n.inner) return n.inner.boolval?.boolval === true;
    if ('sval' in n.inner) return parseBoolLiteral(n.inner.sval?.sval ?? '');
    return undefined;
  }
  if (n.type === 'TypeCast' && isBooleanType(n.inner.typeName)) {
    const arg = unwrap(n.inner.arg);
    if (arg?.type === 'A_Const' && 'ival' in arg.inner) return (arg.inner.ival?.ival ?? 0) !== 0;
    return booleanConstant(n.inner.arg);
  }
  return undefined;
}

function isBooleanType(typeName: TypeName | undefined): boolean {
  const names = typeName?.names ?? [];
  const last = nodeAs(names[names.length - 1], 'String')?.sval;
  return (last === 'bool' || last === 'boolean') && !typeName?.arrayBounds;
}

/** A string constant's text (`'app.territory'`, also under a cast to text), or undefined. */
export function stringConstant(node: unknown): string | undefined {
  const n = unwrap(node);
  if (n?.type === 'A_Const' && 'sval' in n.inner) return n.inner.sval?.sval ?? '';
  if (n?.type === 'TypeCast') return stringConstant(n.inner.arg);
  return undefined;
}

/** A FuncCall's name: `pg_catalog.current_setting` gives { schema: 'pg_catalog', name: 'current_setting' }. */
export function functionName(call: FuncCall | undefined): { schema?: string; name: string } | undefined {
  const parts = nameParts(call?.funcname);
  if (parts.length === 0) return undefined;
  return { schema: parts.length > 1 ? parts[parts.length - 2] : undefined, name: parts[parts.length - 1]! };
}

/**
 * A call's argument by position or by name (`missing_ok => true`): positional arguments come
 * first in PostgreSQL's mixed notation, so the n-th positional one is the n-th in the list.
 */
export function callArgument(call: FuncCall | undefined, position: number, name: string): Node | undefined {
  const args: Node[] = call?.args ?? [];
  for (const a of args) {
    const named = nodeAs(a, 'NamedArgExpr');
    if (named && named.name === name) return named.arg;
  }
  const positional = args.filter((a) => !nodeAs(a, 'NamedArgExpr'));
  return positional[position];
}

/** The leftmost `location` in an expression (a cast's `::` comes after its operand), or undefined. */
export function startLocation(node: unknown): number | undefined {
  let best: number | undefined;
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'location' && typeof x === 'number') {
          if (x >= 0 && (best === undefined || x < best)) best = x;
        } else visit(x);
      }
    }
  };
  visit(node);
  return best;
}
