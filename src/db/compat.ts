import type { InsertStmt } from '@pgsql/types';
import { parseSync } from 'libpg-query';
import type pg from 'pg';
import type { ReleaseQuery } from '../migrations/queries.js';
import { nodeAs } from '../sql/node-types.js';
import { statementLabel } from './apply.js';

/**
 * Will the running release still work? Each of its queries is PREPAREd on the test database —
 * parsed, analysed and planned against the schema as it stands, with parameter types inferred as
 * PostgreSQL infers them, and never executed — before the change and after each new migration.
 */

export interface QueryState {
  ok: boolean;
  error?: string;
  /** Indexes its generic plan uses (only for the queries whose plans are compared). */
  indexes?: string[];
  /** An INSERT that PREPAREs but leaves out a column that must be given (NOT NULL, no default). */
  missingRequired?: string[];
}

export interface BrokenQuery {
  query: string;
  source: string;
  calls?: number;
  /** The migration after which it stopped preparing, and the statement that broke it when known. */
  file: string;
  line?: number;
  statement?: string;
  error: string;
  /** `-- pgmig-ignore: <reason>`: an intended break, listed but not an error. */
  ignored?: string;
}

/** "the running release's `SELECT … owner_id …` (4.1 k calls) fails after V226:3 (`ALTER TABLE lead DROP COLUMN owner_id`): column "owner_id" does not exist". */
export function describeBroken(b: BrokenQuery): string {
  const calls = b.calls !== undefined ? ` (${b.calls.toLocaleString('en')} calls)` : '';
  const where = b.line !== undefined ? `${b.file}:${b.line} (${b.statement})` : b.file;
  return `the running release's ${b.source} \`${statementLabel(b.query)}\`${calls} fails after ${where}: ${b.error}`;
}

const NAME = 'pgmig_release_query';

export async function checkQuery(client: pg.Client, q: ReleaseQuery, withPlan: boolean): Promise<QueryState> {
  try {
    await client.query(`PREPARE ${NAME} AS ${q.text}`);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  try {
    const state: QueryState = { ok: true };
    if (withPlan) state.indexes = await planIndexes(client);
    const missing = await insertMissingRequired(client, q.text);
    if (missing.length) state.missingRequired = missing;
    return state;
  } finally {
    await client.query(`DEALLOCATE ${NAME}`).catch(() => {});
  }
}

/** The generic plan (parameters unknown, as a prepared statement runs after a few executions). */
async function planIndexes(client: pg.Client): Promise<string[]> {
  const types = await client.query<{ n: number }>(`SELECT cardinality(parameter_types) AS n FROM pg_prepared_statements WHERE name = $1`, [NAME]);
  const n = Number(types.rows[0]?.n ?? 0);
  const args = n ? `(${Array.from({ length: n }, () => 'NULL').join(', ')})` : '';
  await client.query(`SET plan_cache_mode = force_generic_plan`);
  try {
    const r = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) EXECUTE ${NAME}${args}`);
    const found = new Set<string>();
    walk(r.rows[0]?.['QUERY PLAN'], (node) => {
      const name = node['Index Name'];
      if (typeof name === 'string') found.add(name);
    });
    return [...found].sort();
  } catch {
    return [];
  } finally {
    await client.query(`RESET plan_cache_mode`).catch(() => {});
  }
}

/**
 * PREPARE accepts an INSERT that leaves out a NOT NULL column without a default; only running it
 * fails. The catalog says which columns must be given, the statement which it gives.
 */
async function insertMissingRequired(client: pg.Client, sql: string): Promise<string[]> {
  if (!/^\s*insert\b/i.test(sql)) return [];
  let stmt: InsertStmt | undefined;
  try {
    stmt = nodeAs(parseSync(sql).stmts?.[0]?.stmt, 'InsertStmt');
  } catch {
    return [];
  }
  const relation = stmt?.relation;
  if (!stmt || !relation?.relname) return [];
  const given = (stmt.cols ?? []).map((c) => nodeAs(c, 'ResTarget')?.name).filter((name): name is string => !!name);
  // INSERT … DEFAULT VALUES or without a column list: positional, every column in order
  if (given.length === 0) return [];
  const rel = relation.schemaname ? `${quote(relation.schemaname)}.${quote(relation.relname)}` : quote(relation.relname);
  const r = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull
        AND NOT a.atthasdef AND a.attidentity = '' AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [rel],
  );
  return r.rows.map((x) => x.name).filter((c) => !given.includes(c));
}

/**
 * Which statement of a migration broke a query: the first that drops, renames or alters the
 * object the server's message names; undefined when the message names none of them.
 */
export function blame(error: string, statements: Array<{ text: string; line: number }>): { text: string; line: number } | undefined {
  const named = /(?:column|relation|function|table|type|operator|schema|view)\s+"?([^"\s(]+)"?(?:\([^)]*\))?\s+(?:of relation\s+"?[^"\s]+"?\s+)?does not exist/i.exec(error)?.[1];
  const ident = named?.split('.').pop();
  if (!ident) return undefined;
  const word = new RegExp(`(^|[^A-Za-z0-9_$])"?${ident.replace(/[$]/g, '\\$')}"?($|[^A-Za-z0-9_$])`, 'i');
  return statements.find((s) => /\b(drop|rename|alter)\b/i.test(s.text) && word.test(s.text)) ?? statements.find((s) => word.test(s.text));
}

function quote(ident: string): string {
  return `"${ident.replace(/"/g, '""')}"`;
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const v of Object.values(value)) if (v && typeof v === 'object') walk(v, visit);
  }
}
