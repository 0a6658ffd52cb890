import { parseSync, scanSync } from 'libpg-query';
import type { RelationRef } from './relation.js';

/**
 * Rewrites `sql` so that every reference to `from` names `to` instead, as written in the
 * statement (`lead`, `public.lead`, `"public"."lead"`), leaving every other name alone. The
 * parser finds the references (RangeVar nodes, whose location is the first token of the name)
 * and the scanner their extent, so a column or a string that happens to read "lead" is never
 * touched. Returns undefined when `sql` does not parse or does not reference `from`.
 *
 * Needs the parser loaded (ensureParser()).
 */
export function retarget(sql: string, from: RelationRef, to: RelationRef, defaultSchema = 'public'): string | undefined {
  let tree: unknown;
  try {
    tree = parseSync(sql);
  } catch {
    return undefined;
  }
  const starts: number[] = [];
  walk(tree, (node) => {
    // a RangeVar: wrapped as {RangeVar: …} in lists, bare where a field holds one (relation)
    if (typeof node.relname !== 'string' || !('relpersistence' in node)) return;
    const rv = node as { schemaname?: string; relname?: string; location?: number };
    if (rv.location === undefined || rv.location < 0) return;
    if (rv.relname === from.name && (rv.schemaname ?? defaultSchema) === from.schema) starts.push(rv.location);
  });
  if (starts.length === 0) return undefined;
  const bytes = Buffer.from(sql, 'utf8');
  const tokens = scanSync(sql).tokens;
  const replacement = Buffer.from(`${quote(to.schema)}.${quote(to.name)}`, 'utf8');
  const spans: Array<[number, number]> = [];
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    const i = tokens.findIndex((t) => t.start === start);
    if (i < 0) return undefined;
    // name, or schema . name (a database-qualified name is refused by PostgreSQL anyway)
    const qualified = tokens[i + 1]?.text === '.' && tokens[i + 2] !== undefined;
    spans.push([start, qualified ? tokens[i + 2]!.end : tokens[i]!.end]);
  }
  const parts: Buffer[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    parts.push(bytes.subarray(at, s), replacement);
    at = e;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts).toString('utf8');
}

function quote(ident: string): string {
  return `"${ident.replace(/"/g, '""')}"`;
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v && typeof v === 'object') {
      visit(v as Record<string, unknown>);
      for (const x of Object.values(v)) if (x && typeof x === 'object') stack.push(x);
    }
  }
}
