import type { Node } from '@pgsql/types';
import { nameParts } from './names.js';

/** How rules and the schema model name a relation: `schema.name`, unqualified names in `public`. */
export interface RelationRef {
  schema: string;
  name: string;
}

interface RangeVarLike {
  schemaname?: string;
  relname?: string;
}

export function relationOf(rv: RangeVarLike | undefined): RelationRef | undefined {
  if (!rv?.relname) return undefined;
  return { schema: rv.schemaname ?? 'public', name: rv.relname };
}

export function relationKey(ref: RelationRef): string {
  return `${ref.schema}.${ref.name}`;
}

/** `public.t` for a RangeVar-shaped node, or undefined when it names nothing. */
export function keyOf(rv: RangeVarLike | undefined): string | undefined {
  const ref = relationOf(rv);
  return ref && relationKey(ref);
}

/** A dotted name given as a list of String nodes (DROP, COMMENT, …). */
export function relationFromNames(items: readonly Node[] | undefined): RelationRef | undefined {
  const names = nameParts(items);
  if (names.length === 0) return undefined;
  const name = names[names.length - 1]!;
  const schema = names.length >= 2 ? names[names.length - 2]! : 'public';
  return { schema, name };
}

export function displayName(ref: RelationRef): string {
  return ref.schema === 'public' ? ref.name : `${ref.schema}.${ref.name}`;
}
