import type { NodeOf, NodeTag, TaggedNode } from './node-types.js';

/**
 * Called for each typed node (`{FuncCall: {...}}` in libpg-query's JSON) with its type and its
 * inner object. Returning `false` skips the node's children.
 */
export type NodeVisitor = (...args: TaggedNode) => void | boolean;

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
    if (visit(...([type, obj[type]] as TaggedNode)) === false) return;
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
/** A node found by `find`, its type and inner object together. */
export type Found = { [K in NodeTag]: { type: K; node: NodeOf<K> } }[NodeTag];

export function find(root: unknown, test: (...args: TaggedNode) => boolean): Found | undefined {
  let found: Found | undefined;
  walk(root, (...args) => {
    if (found) return false;
    if (test(...args)) {
      found = { type: args[0], node: args[1] } as Found;
      return false;
    }
    return true;
  });
  return found;
}

/** The inner object of the first node of type `type` under `root`. */
export function findNode<K extends NodeTag>(root: unknown, type: K): NodeOf<K> | undefined {
  const hit = find(root, (t, _node) => t === type);
  return hit?.node as NodeOf<K> | undefined;
}
