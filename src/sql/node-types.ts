import type { Node } from '@pgsql/types';

/**
 * The name of every node type libpg-query's JSON can hold (`FuncCall`, `A_Const`), taken from
 * @pgsql/types' `Node` union so that comparing against a misspelt name fails to compile.
 */
export type NodeTag = Node extends infer N ? (N extends unknown ? keyof N : never) : never;

/** The inner object of a node of type `K` (what `{FuncCall: {...}}` holds); for a union of types, the union of theirs. */
export type NodeOf<K extends NodeTag> = K extends NodeTag ? Extract<Node, Record<K, unknown>>[K] : never;

/** A type and its inner object, as one tuple per node type so that checking the type narrows the node. */
export type TaggedNode = { [K in NodeTag]: [type: K, node: NodeOf<K>] }[NodeTag];

/**
 * The inner object of `node` when it is a node of type `type` (`{Constraint: {...}}` → the
 * constraint), else undefined: how a list element (`Node[]` in @pgsql/types) is read as one type.
 */
export function nodeAs<K extends NodeTag>(node: Node | null | undefined, type: K): NodeOf<K> | undefined {
  if (!node || typeof node !== 'object' || !(type in node)) return undefined;
  // the `in` test above is the check a wrapped node's type makes
  return (node as unknown as Record<K, NodeOf<K>>)[type];
}
