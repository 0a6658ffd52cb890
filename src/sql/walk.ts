/**
 * Called for each typed node (`{FuncCall: {...}}` in libpg-query's JSON) with its type and its
 * inner object. Returning `false` skips the node's children.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NodeVisitor = (type: string, node: any) => void | boolean;

/**
 * Visits every typed node under `root`, depth first, parents before children. `root` may be a
 * typed node, a bare inner object (`stmt.node`) or a list. The AST is plain JSON, so a generic
 * walk finds a node type wherever the grammar allows it (subqueries, CASE arms, casts) without
 * a table of which field holds what.
 */
export function walk(root: unknown, visit: NodeVisitor): void {
  if (Array.isArray(root)) {
    for (const item of root) walk(item, visit);
    return;
  }
  if (root === null || typeof root !== 'object') return;
  const obj = root as Record<string, unknown>;
  const type = typeOf(obj);
  if (type) {
    if (visit(type, obj[type]) === false) return;
    walk(obj[type], visit);
    return;
  }
  for (const value of Object.values(obj)) walk(value, visit);
}

/** A typed node is an object with one key, a node type name (`A_Const`, `FuncCall`), holding an object. */
function typeOf(obj: Record<string, unknown>): string | undefined {
  const keys = Object.keys(obj);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  const value = obj[key];
  return /^[A-Z]/.test(key) && value !== null && typeof value === 'object' && !Array.isArray(value) ? key : undefined;
}

/** The first typed node under `root` that `test` accepts, with its type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function find(root: unknown, test: (type: string, node: any) => boolean): { type: string; node: any } | undefined {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let found: { type: string; node: any } | undefined;
  walk(root, (type, node) => {
    if (found) return false;
    if (test(type, node)) {
      found = { type, node };
      return false;
    }
    return true;
  });
  return found;
}
