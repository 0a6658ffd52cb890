import './wasm-dirname.js';
import { setFlagsFromString } from 'node:v8';
import type { Node } from '@pgsql/types';
import { loadModule, parseSync } from 'libpg-query';
import type { NodeOf, NodeTag } from './node-types.js';
import { preprocess } from './preprocess.js';
import { SourceText } from './source.js';
import { statementEnds } from './split.js';

/**
 * One top-level statement of a file, with where it is in the file as written: one member per
 * node type, so that checking `kind` narrows `node` (`if (s.kind === 'IndexStmt') s.node.concurrent`).
 */
export type Statement = StatementFields & StatementNode;

/** A statement whose parse node is of type `K` (for a union of types, a union of statements). */
export type StatementOf<K extends NodeTag> = StatementFields & StatementNode<K>;

/**
 * The parse node of a statement: `kind` is its type (`IndexStmt`), `node` its inner object
 * (libpg-query's JSON, typed by @pgsql/types), one member per type so that `kind` narrows `node`.
 */
export type StatementNode<K extends NodeTag = NodeTag> = K extends NodeTag ? { kind: K; node: NodeOf<K> } : never;

/**
 * A statement pgmig has the text of but no parse for (a pgTAP step whose text is interpolated,
 * src/db/pgtap.ts): where errors are placed, with no kind and no node.
 */
export type UnparsedStatement = StatementFields & { kind: ''; node: undefined };

/**
 * The node of `stmt` when it is a statement of type `kind` (`stmtAs(s, 'IndexStmt')?.concurrent`),
 * else undefined: the one-line form of `s.kind === 'IndexStmt' ? s.node : undefined`.
 */
export function stmtAs<K extends NodeTag>(stmt: Statement | undefined, kind: K): NodeOf<K> | undefined {
  // comparing with a type parameter does not narrow the union; the comparison is the check
  return stmt?.kind === kind ? (stmt.node as NodeOf<K>) : undefined;
}

/** What every statement has, whatever its node type. */
export interface StatementFields {
  /** 0-based position among the file's statements. */
  index: number;
  /** UTF-16 index of the first token and just past the last one (the `;` excluded). */
  start: number;
  end: number;
  /** Where the comments and blank lines before the statement begin (just past the previous `;`). */
  gapStart: number;
  /** Byte offset that node `location` fields are relative to. */
  byteBase: number;
  text: string;
  /**
   * Set on a statement a DO block runs, or a procedure or function the file calls (src/sql/plpgsql.ts,
   * src/sql/executed.ts): its text is inside the block's or the routine's body.
   */
  within?: Within;
}

/** What runs a statement that is not at the top level of its file. */
export type Within = 'do' | 'procedure' | 'function';

export interface SyntaxProblem {
  index: number;
  message: string;
}

export interface ParsedFile {
  source: SourceText;
  statements: Statement[];
  error?: SyntaxProblem;
  /** Comments and whitespace after the last statement. */
  trailingGapStart: number;
}

let loaded: Promise<void> | undefined;

/** The WASM module loads once per process; every parse after that is synchronous. */
export function ensureParser(): Promise<void> {
  if (!loaded) {
    // V8 would otherwise optimise the whole 1.7 MB parser module before the first parse; the
    // baseline compiler alone halves a one-file lint and is no slower over a thousand files
    // (measured with bench/lint.mjs). The flag only affects WebAssembly compiled after it.
    setFlagsFromString('--liftoff-only');
    loaded = loadModule();
  }
  return loaded;
}

export function parseSql(text: string): ParsedFile {
  const source = new SourceText(text);
  const prepared = preprocess(text).text;
  // the parser refuses an empty input; an empty migration is valid (Flyway runs it as a no-op)
  if (!prepared.trim()) return { source, statements: [], trailingGapStart: 0 };
  try {
    const result = parseSync(prepared);
    const statements = toStatements(source, prepared, result.stmts ?? [], 0, 0);
    return { source, statements, trailingGapStart: trailingGap(prepared, statements) };
  } catch (err) {
    const error = syntaxProblem(source, err);
    const statements = recover(source, prepared, error.index);
    return { source, statements, error, trailingGapStart: trailingGap(prepared, statements) };
  }
}

function trailingGap(text: string, statements: Statement[]): number {
  const last = statements[statements.length - 1];
  return last ? afterSemicolon(text, last.end) : 0;
}

function afterSemicolon(text: string, end: number): number {
  let i = end;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] === ';' ? i + 1 : end;
}

function syntaxProblem(source: SourceText, err: unknown): SyntaxProblem {
  const e = err as { message?: string; sqlDetails?: { cursorPosition?: number; message?: string } };
  const message = e.sqlDetails?.message ?? e.message ?? String(err);
  const cursor = e.sqlDetails?.cursorPosition;
  const index = cursor === undefined || cursor < 0 ? 0 : source.indexOfCodePoint(cursor);
  return { index, message };
}

/**
 * The type and inner object of a statement node as the parser returns it (`{IndexStmt: {...}}`):
 * the one place libpg-query's JSON is taken to be what @pgsql/types describes, its single key
 * the node's type.
 */
export function statementNode(raw: object): StatementNode {
  const kind = Object.keys(raw)[0]!;
  return { kind, node: (raw as Record<string, unknown>)[kind] } as StatementNode;
}

interface RawStmt {
  stmt?: Node;
  stmt_location?: number;
  stmt_len?: number;
}

function toStatements(
  source: SourceText,
  text: string,
  raws: RawStmt[],
  byteBase: number,
  firstIndex: number,
): Statement[] {
  const out: Statement[] = [];
  // comments before a statement belong to its gap, which begins just past the previous `;`
  let gapStart = source.indexOfByte(byteBase);
  for (const raw of raws) {
    if (!raw.stmt) continue;
    const byteStart = byteBase + (raw.stmt_location ?? 0);
    const start = skipTrivia(text, Math.max(gapStart, source.indexOfByte(byteStart)));
    // stmt_len 0 means "to the end of the input"
    const end = raw.stmt_len ? source.indexOfByte(byteStart + raw.stmt_len) : trimEnd(text, text.length);
    const stmtGap = Math.min(gapStart, start);
    gapStart = afterSemicolon(text, end);
    out.push({
      index: firstIndex + out.length,
      ...statementNode(raw.stmt),
      start,
      end: Math.max(start, trimEnd(text, end)),
      gapStart: stmtGap,
      byteBase,
      text: source.text.slice(start, end),
    });
  }
  return out;
}

/** Skips whitespace and comments (PostgreSQL block comments nest). */
export function skipTrivia(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('--', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      let depth = 0;
      while (i < text.length) {
        if (text.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (text.startsWith('*/', i)) {
          depth--;
          i += 2;
          if (depth === 0) break;
        } else i++;
      }
    } else return i;
  }
}

function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * After a syntax error the rest of the file still deserves linting: split at top-level
 * semicolons (src/sql/split.ts) and parse the pieces around the one that holds the error,
 * dropping that one (and any that only failed because the split cut through a body).
 */
function recover(source: SourceText, text: string, errorIndex: number): Statement[] {
  const out: Statement[] = [];
  // pieces as [start, end) UTF-16 indexes, with the byte offset of the start
  const pieces: Array<[number, number, number]> = [];
  let start = 0;
  let startByte = 0;
  for (const end of [...statementEnds(text), text.length]) {
    if (end <= start) continue;
    pieces.push([start, end, startByte]);
    startByte += Buffer.byteLength(text.slice(start, end), 'utf8');
    start = end;
  }
  const parsePiece = (fromIdx: number, toIdx: number, from: number): boolean => {
    const piece = text.slice(fromIdx, toIdx);
    if (!piece.trim()) return true;
    try {
      const result = parseSync(piece);
      // one by one: a piece of a large file can hold more statements than a call takes arguments
      for (const s of toStatements(source, text, result.stmts ?? [], from, out.length)) out.push(s);
      return true;
    } catch {
      return false;
    }
  };
  // Pieces go to the parser a batch at a time, and one by one only in a batch that fails: a
  // call per statement made a 10 MB file with one error take over a minute.
  let batch: Array<[number, number, number]> = [];
  const flush = () => {
    if (batch.length === 0) return;
    const first = batch[0]!;
    const last = batch[batch.length - 1]!;
    const mark = out.length;
    if (batch.length === 1 || !parsePiece(first[0], last[1], first[2])) {
      out.length = mark;
      // the split cut through something the splitter cannot see (a BEGIN ATOMIC body); such a piece is skipped
      for (const [fromIdx, toIdx, from] of batch) parsePiece(fromIdx, toIdx, from);
    }
    batch = [];
  };
  for (const p of pieces) {
    if (errorIndex >= p[0] && errorIndex < p[1]) {
      flush();
      continue;
    }
    batch.push(p);
    if (batch.length >= RECOVER_BATCH || p[1] - batch[0]![0] >= RECOVER_BATCH_CHARS) flush();
  }
  flush();
  return out;
}

const RECOVER_BATCH = 500;
const RECOVER_BATCH_CHARS = 256 * 1024;
