import type { Node } from '@pgsql/types';

/**
 * The parts of a qualified name as the parser lists it (`funcname`, `typeName.names`, a DROP's
 * object): `String` nodes, of which anything else (`A_Star` in `t.*`) is skipped.
 */
export function nameParts(list: readonly Node[] | undefined): string[] {
  const out: string[] = [];
  for (const n of list ?? []) if ('String' in n && n.String.sval) out.push(n.String.sval);
  return out;
}
