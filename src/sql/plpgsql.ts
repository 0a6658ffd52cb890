import type { DefElem, DoStmt, Node } from '@pgsql/types';
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import type { Statement } from './parse.js';
import type { SourceText } from './source.js';

/**
 * The SQL a DO block runs, as statements of the file: PL/pgSQL's own parser (in the same WASM
 * module as the SQL parser, so nothing more loads) finds the embedded statements, and each is
 * parsed again as SQL and placed at its line inside the dollar-quoted body.
 */
export interface Embedded {
  statements: Statement[];
  /** UTF-16 indexes of EXECUTEs whose SQL is built at run time: lint cannot read them. */
  dynamic: number[];
}

/** The PL/pgSQL tree as libpg-query gives it; @pgsql/types has no types for it. */
interface PlExpr {
  PLpgSQL_expr?: { query?: string };
}
type PlStmt = Record<string, PlStmtBody | undefined>;
interface PlStmtBody {
  lineno?: number;
  sqlstmt?: PlExpr;
  expr?: PlExpr;
  query?: PlExpr;
  [key: string]: unknown;
}
interface PlFunction {
  plpgsql_funcs?: Array<{ PLpgSQL_function?: { action?: PlStmt } }>;
}

interface Found {
  kind: 'sql' | 'perform' | 'execute' | 'commit' | 'rollback';
  line: number;
  query?: string;
}

const NONE: Embedded = { statements: [], dynamic: [] };
/** Lint asks twice per DO block (does the project use RLS; the run itself): parse it once. */
const cache = new WeakMap<Statement, Embedded>();

/** Statements inside a DO block (LANGUAGE plpgsql, the default); none for anything else. */
export function doBlockStatements(stmt: Statement, source: SourceText): Embedded {
  if (stmt.kind !== 'DoStmt') return NONE;
  let found = cache.get(stmt);
  if (!found) cache.set(stmt, (found = readDoBlock(stmt, source)));
  return found;
}

function readDoBlock(stmt: Statement, source: SourceText): Embedded {
  const none = NONE;
  const args = ((stmt.node as DoStmt).args ?? []).map((a: Node) => (a as { DefElem?: DefElem }).DefElem).filter((d): d is DefElem => !!d);
  const language = stringArg(args.find((d) => d.defname === 'language'));
  if (language && language.toLowerCase() !== 'plpgsql') return none;
  const body = stringArg(args.find((d) => d.defname === 'as'));
  if (body === undefined) return none;
  // the body as written: a dollar-quoted string is verbatim in the file, a quoted one is not
  const at = source.text.slice(stmt.start, stmt.end).indexOf(body);
  if (at < 0 || !body.trim()) return none;
  const bodyStart = stmt.start + at;
  let tree: PlFunction;
  try {
    tree = parsePlPgSQLSync(source.text.slice(stmt.start, stmt.end)) as unknown as PlFunction;
  } catch {
    // PostgreSQL reports a broken body when the DO runs; the SQL parser accepted the string
    return none;
  }
  const found: Found[] = [];
  for (const f of tree.plpgsql_funcs ?? []) collect(f.PLpgSQL_function?.action, found);
  const out: Embedded = { statements: [], dynamic: [] };
  const lines = lineStarts(body);
  for (const f of found) {
    const lineAt = bodyStart + (lines[f.line - 1] ?? 0);
    if (f.kind === 'commit' || f.kind === 'rollback') {
      const word = f.kind.toUpperCase();
      const i = findWord(source.text, word, lineAt, bodyStart + body.length);
      const start = i < 0 ? firstNonBlank(source.text, lineAt) : i;
      out.statements.push(embedded(stmt, source, start, start + word.length, word, 0, {
        TransactionStmt: { kind: f.kind === 'commit' ? 'TRANS_STMT_COMMIT' : 'TRANS_STMT_ROLLBACK' },
      }));
      continue;
    }
    if (f.kind === 'execute') {
      const literal = constantString(f.query ?? '');
      const written = source.text.indexOf(f.query ?? '', lineAt);
      const start = written < 0 ? firstNonBlank(source.text, lineAt) : written;
      if (literal === undefined) {
        out.dynamic.push(start);
        continue;
      }
      // node locations inside the string do not map to the file (quotes, concatenation): point at the string
      parseInto(out, stmt, source, literal, start, start + (f.query ?? '').length, -1);
      continue;
    }
    const query = f.query ?? '';
    // PERFORM x is kept as SELECT x; the text after SELECT is what the file has
    const shown = f.kind === 'perform' ? query.replace(/^SELECT\s+/i, '') : query;
    const written = source.text.indexOf(shown, lineAt);
    if (written < 0 || written > bodyStart + body.length) {
      const start = firstNonBlank(source.text, lineAt);
      parseInto(out, stmt, source, query, start, lineEnd(source.text, start), -1);
    } else if (f.kind === 'perform') {
      parseInto(out, stmt, source, query, written, written + shown.length, -1);
    } else {
      parseInto(out, stmt, source, query, written, written + query.length, source.byteOfIndex(written));
    }
  }
  return out;
}

function parseInto(out: Embedded, parent: Statement, source: SourceText, sql: string, start: number, end: number, byteBase: number) {
  let stmts;
  try {
    stmts = parseSync(sql).stmts ?? [];
  } catch {
    return;
  }
  for (const raw of stmts) {
    const stmt = raw.stmt as Record<string, unknown> | undefined;
    if (!stmt) continue;
    // a negative base puts every node location before the statement start, so findings point at the statement
    out.statements.push(embedded(parent, source, start, end, sql, byteBase < 0 ? -(1 << 30) : byteBase, stmt));
  }
}

function embedded(parent: Statement, source: SourceText, start: number, end: number, _sql: string, byteBase: number, stmt: Record<string, unknown>): Statement {
  const kind = Object.keys(stmt)[0]!;
  return {
    // the DO's own index: an ignore comment before the DO covers what it runs
    index: parent.index,
    kind,
    node: stmt[kind],
    start,
    end,
    gapStart: start,
    byteBase,
    text: source.text.slice(start, end),
    within: 'do',
  };
}

function collect(node: unknown, out: Found[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as PlStmt)) {
    if (!value || typeof value !== 'object') continue;
    const line = (value as PlStmtBody).lineno ?? 1;
    switch (key) {
      case 'PLpgSQL_stmt_execsql':
        out.push({ kind: 'sql', line, query: value.sqlstmt?.PLpgSQL_expr?.query });
        continue;
      case 'PLpgSQL_stmt_perform':
        out.push({ kind: 'perform', line, query: value.expr?.PLpgSQL_expr?.query });
        continue;
      case 'PLpgSQL_stmt_dynexecute':
        out.push({ kind: 'execute', line, query: value.query?.PLpgSQL_expr?.query });
        continue;
      case 'PLpgSQL_stmt_commit':
        out.push({ kind: 'commit', line });
        continue;
      case 'PLpgSQL_stmt_rollback':
        out.push({ kind: 'rollback', line });
        continue;
    }
    // blocks, IF, loops, CASE, exception handlers: their statement lists
    for (const [k, v] of Object.entries(value)) if (k !== 'lineno' && typeof v === 'object') collect(v, out);
  }
}

/** The string an EXECUTE argument always evaluates to: a literal or literals joined with ||. */
export function constantString(expr: string): string | undefined {
  let stmts;
  try {
    stmts = parseSync(`SELECT ${expr}`).stmts ?? [];
  } catch {
    return undefined;
  }
  const target = (stmts[0]?.stmt as { SelectStmt?: { targetList?: Node[] } } | undefined)?.SelectStmt?.targetList;
  if (stmts.length !== 1 || target?.length !== 1) return undefined;
  const res = (target[0] as { ResTarget?: { val?: Node } }).ResTarget;
  return res?.val ? evaluate(res.val) : undefined;
}

function evaluate(node: Node): string | undefined {
  if ('A_Const' in node) return node.A_Const.sval?.sval;
  if ('A_Expr' in node) {
    const e = node.A_Expr;
    const op = (e.name?.[0] as { String?: { sval?: string } } | undefined)?.String?.sval;
    if (e.kind !== 'AEXPR_OP' || op !== '||' || !e.lexpr || !e.rexpr) return undefined;
    const l = evaluate(e.lexpr);
    const r = evaluate(e.rexpr);
    return l === undefined || r === undefined ? undefined : l + r;
  }
  return undefined;
}

function stringArg(d: DefElem | undefined): string | undefined {
  const arg = d?.arg as { String?: { sval?: string } } | undefined;
  return arg?.String?.sval;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

function firstNonBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function findWord(text: string, word: string, from: number, limit: number): number {
  const re = new RegExp(`\\b${word}\\b`, 'gi');
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < limit ? m.index : -1;
}
