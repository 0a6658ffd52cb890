import type { DefElem, Node } from '@pgsql/types';
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import { skipTrivia, statementNode, type Statement, type Within } from './parse.js';
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
/** Lint asks more than once per block (does the project use RLS; the run itself): parse it once. */
const cache = new WeakMap<Statement, Embedded>();

/** Statements inside a DO block (LANGUAGE plpgsql, the default); none for anything else. */
export function doBlockStatements(stmt: Statement, source: SourceText): Embedded {
  if (stmt.kind !== 'DoStmt') return NONE;
  let found = cache.get(stmt);
  if (!found) cache.set(stmt, (found = readBody(stmt, source, stmt.node.args, 'plpgsql', 'do')));
  return found;
}

/**
 * Statements in the body of a CREATE FUNCTION / PROCEDURE written in PL/pgSQL or SQL (a string
 * body; BEGIN ATOMIC and other languages give none). They run when the routine is called, so
 * the caller decides where they count (src/sql/executed.ts).
 */
export function routineBodyStatements(stmt: Statement, source: SourceText): Embedded {
  if (stmt.kind !== 'CreateFunctionStmt') return NONE;
  let found = cache.get(stmt);
  if (!found) {
    const f = stmt.node;
    cache.set(stmt, (found = readBody(stmt, source, f.options, undefined, f.is_procedure ? 'procedure' : 'function')));
  }
  return found;
}

function readBody(stmt: Statement, source: SourceText, options: Node[] | undefined, defaultLanguage: string | undefined, within: Within): Embedded {
  const none = NONE;
  const args = (options ?? []).map((a: Node) => (a as { DefElem?: DefElem }).DefElem).filter((d): d is DefElem => !!d);
  const language = (stringArg(args.find((d) => d.defname === 'language')) ?? defaultLanguage)?.toLowerCase();
  if (language !== 'plpgsql' && language !== 'sql') return none;
  const body = stringArg(args.find((d) => d.defname === 'as'));
  if (body === undefined) return none;
  // the body as written: a dollar-quoted string is verbatim in the file, a quoted one is not
  const at = source.text.slice(stmt.start, stmt.end).indexOf(body);
  if (at < 0 || !body.trim()) return none;
  const bodyStart = stmt.start + at;
  if (language === 'sql') return sqlBody(stmt, source, body, bodyStart, within);
  let tree: PlFunction;
  try {
    tree = parsePlPgSQLSync(source.text.slice(stmt.start, stmt.end)) as unknown as PlFunction;
  } catch {
    // PostgreSQL reports a broken body when the block runs or the routine is created; the SQL parser accepted the string
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
      out.statements.push(embedded(stmt, source, start, start + word.length, 0, within, {
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
      parseInto(out, stmt, source, literal, start, start + (f.query ?? '').length, -1, within);
      continue;
    }
    const query = f.query ?? '';
    // PERFORM x is kept as SELECT x; the text after SELECT is what the file has
    const shown = f.kind === 'perform' ? query.replace(/^SELECT\s+/i, '') : query;
    const written = source.text.indexOf(shown, lineAt);
    if (written < 0 || written > bodyStart + body.length) {
      const start = firstNonBlank(source.text, lineAt);
      parseInto(out, stmt, source, query, start, lineEnd(source.text, start), -1, within);
    } else if (f.kind === 'perform') {
      parseInto(out, stmt, source, query, written, written + shown.length, -1, within);
    } else {
      parseInto(out, stmt, source, query, written, written + query.length, source.byteOfIndex(written), within);
    }
  }
  return out;
}

/** A SQL-language body: its statements as written in the dollar-quoted string. */
function sqlBody(parent: Statement, source: SourceText, body: string, bodyStart: number, within: Within): Embedded {
  let stmts;
  try {
    stmts = parseSync(body).stmts ?? [];
  } catch {
    return NONE;
  }
  const out: Embedded = { statements: [], dynamic: [] };
  const base = source.byteOfIndex(bodyStart);
  for (const raw of stmts) {
    const node = raw.stmt as Record<string, unknown> | undefined;
    if (!node) continue;
    // stmt_location counts the comments and blank lines before the statement: start at its first token
    const from = source.indexOfByte(base + (raw.stmt_location ?? 0));
    const start = skipTrivia(source.text, from);
    const end = source.indexOfByte(base + (raw.stmt_location ?? 0) + (raw.stmt_len || Buffer.byteLength(body) - (raw.stmt_location ?? 0)));
    out.statements.push(embedded(parent, source, start, trimEnd(source.text, start, end), base, within, node));
  }
  return out;
}

function parseInto(out: Embedded, parent: Statement, source: SourceText, sql: string, start: number, end: number, byteBase: number, within: Within) {
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
    out.statements.push(embedded(parent, source, start, end, byteBase < 0 ? -(1 << 30) : byteBase, within, stmt));
  }
}

function embedded(parent: Statement, source: SourceText, start: number, end: number, byteBase: number, within: Within, stmt: Record<string, unknown>): Statement {
  return {
    // the DO's or the routine's own index: an ignore comment before it covers what it runs
    index: parent.index,
    ...statementNode(stmt),
    start,
    end,
    gapStart: start,
    byteBase,
    text: source.text.slice(start, end),
    within,
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
  const arg = d?.arg as { String?: { sval?: string }; List?: { items?: Array<{ String?: { sval?: string } }> } } | undefined;
  // a routine's AS is a list: one item is the body, two a C function's object file and symbol
  const items = arg?.List?.items;
  if (items) return items.length === 1 ? items[0]?.String?.sval : undefined;
  return arg?.String?.sval;
}


function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s;]/.test(text[e - 1]!)) e--;
  return e;
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
