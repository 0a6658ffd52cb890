import { scanSync } from 'libpg-query';
import { preprocess } from '../sql/preprocess.js';
import type { Node } from '@pgsql/types';
import { nodeAs } from '../sql/node-types.js';
import type { Statement, StatementFields, UnparsedStatement } from '../sql/parse.js';
import { SourceText, type Position } from '../sql/source.js';

/**
 * Where server errors that happen inside function bodies (PL/pgSQL, DO blocks) are in the files,
 * and the Flyway placeholders a file would send to the server unreplaced. Both need to know
 * which parts of the text are string constants and comments, which the PostgreSQL scanner tells.
 */

interface Token {
  start: number;
  end: number;
  text: string;
  tokenName: string;
}

/** Tokens of `text` with UTF-16 indexes; none when the scanner gives up (the parser reports that). */
function tokens(text: string): Array<Token & { from: number; to: number }> {
  const src = new SourceText(text);
  let raw: Token[];
  try {
    // psql meta-commands blanked and placeholders made identifiers, lengths unchanged
    raw = scanSync(preprocess(text).text).tokens as Token[];
  } catch {
    return [];
  }
  return raw.map((t) => ({ ...t, from: src.indexOfByte(t.start), to: src.indexOfByte(t.end) }));
}

export interface Placeholder {
  name: string;
  /** UTF-16 index in the file. */
  index: number;
}

const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;

/**
 * The `${name}` Flyway placeholders in a file that would reach the server as they are: outside
 * comments and dollar-quoted strings. Those two are left alone since there `${…}` is most often
 * not meant for Flyway (a comment, JavaScript in PL/v8, a format string in a function body).
 */
export function unresolvedPlaceholders(text: string): Placeholder[] {
  if (!text.includes('${')) return [];
  const toks = tokens(text);
  const out: Placeholder[] = [];
  let k = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const at = m.index!;
    while (k < toks.length && toks[k]!.to <= at) k++;
    const t = toks[k];
    const inside = t && t.from <= at;
    if (inside && (t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT' || (t.tokenName === 'SCONST' && t.text.startsWith('$')))) continue;
    out.push({ name: m[1]!, index: at });
  }
  return out;
}

/** A function body as written in a file: the string constant after AS, or a DO block's. */
export interface Body {
  file: string;
  source: SourceText;
  /** UTF-16 index in the file of the body's first character (just past the opening quote). */
  start: number;
  /** The body as the server has it (quotes undone). */
  text: string;
  /** Maps an index in `text` to one in the file (differs from start + i only after a doubled quote). */
  fileIndex(i: number): number;
}

/** The string constant holding `value` (a function body) in a statement, located in the file. */
function locateString(file: string, source: SourceText, stmt: StatementFields, value: string): Body | undefined {
  for (const t of tokens(stmt.text)) {
    if (t.tokenName !== 'SCONST') continue;
    const raw = stmt.text.slice(t.from, t.to);
    const dollar = /^\$[^$]*\$/.exec(raw)?.[0];
    if (dollar) {
      const inner = raw.slice(dollar.length, raw.length - dollar.length);
      if (inner !== value) continue;
      const start = stmt.start + t.from + dollar.length;
      return { file, source, start, text: inner, fileIndex: (i) => start + i };
    }
    if (raw.startsWith("'")) {
      const inner = raw.slice(1, -1);
      if (inner.replace(/''/g, "'") !== value) continue;
      const start = stmt.start + t.from + 1;
      // each '' in the file is one ' in the body
      const shifts: number[] = [];
      for (let i = inner.indexOf("''"); i >= 0; i = inner.indexOf("''", i + 2)) shifts.push(i - shifts.length);
      return { file, source, start, text: value, fileIndex: (i) => start + i + shifts.filter((s) => s < i).length };
    }
  }
  return undefined;
}

/** The body string of a DO statement or a CREATE FUNCTION / PROCEDURE (not BEGIN ATOMIC). */
function bodyValue(stmt: Statement | UnparsedStatement): string | undefined {
  const defs: Node[] = stmt.kind === 'DoStmt' ? (stmt.node.args ?? []) : stmt.kind === 'CreateFunctionStmt' ? (stmt.node.options ?? []) : [];
  const as = defs.map((d) => nodeAs(d, 'DefElem')).find((d) => d?.defname === 'as')?.arg;
  const items = nodeAs(as, 'List')?.items;
  // two items: a C function's object file and symbol, no body
  if (items) return items.length === 1 ? nodeAs(items[0], 'String')?.sval : undefined;
  return nodeAs(as, 'String')?.sval;
}

/** Name and number of input arguments: how the server's context line names a function. */
function signature(stmt: Statement): { name: string; args: number } | undefined {
  if (stmt.kind !== 'CreateFunctionStmt') return undefined;
  const parts = stmt.node.funcname ?? [];
  const name = nodeAs(parts[parts.length - 1], 'String')?.sval;
  if (!name) return undefined;
  const params = stmt.node.parameters ?? [];
  const args = params.filter((p) => !['FUNC_PARAM_OUT', 'FUNC_PARAM_TABLE'].includes(nodeAs(p, 'FunctionParameter')?.mode ?? '')).length;
  return { name, args };
}

interface Definition {
  file: string;
  source: SourceText;
  stmt: Statement;
  /** Order of the run the file was part of, then the statement's index in it. */
  seq: number;
}

/**
 * The functions the migrations define, by name and argument count, so an error raised inside
 * one (called by a later statement, a later file or a pgTAP test) can say where in which file.
 * Only the statements are noted as files run; bodies are located when an error needs one.
 */
export class FunctionBodies {
  private defs = new Map<string, Definition[]>();
  private seq = 0;

  /** Notes the functions a file defines; call it before running the file. Returns the run's number. */
  addFile(file: string, source: SourceText, statements: Statement[]): number {
    const seq = ++this.seq;
    for (const stmt of statements) {
      const sig = signature(stmt);
      if (!sig) continue;
      const key = `${sig.name}/${sig.args}`;
      const list = this.defs.get(key) ?? [];
      list.push({ file, source, stmt, seq });
      this.defs.set(key, list);
    }
    return seq;
  }

  /** The latest definition that ran before the statement at (seq, index). */
  find(name: string, args: number, at?: { seq: number; index: number }): Body | undefined {
    const list = this.defs.get(`${name}/${args}`) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const d = list[i]!;
      if (at && (d.seq > at.seq || (d.seq === at.seq && d.stmt.index > at.index))) continue;
      const value = bodyValue(d.stmt);
      return value === undefined ? undefined : locateString(d.file, d.source, d.stmt, value);
    }
    return undefined;
  }
}

/** The innermost PL/pgSQL frame of the server's context (`where`), as it names the function. */
export function plpgsqlFrame(where: string | undefined): { name: string; args: number; line: number; inline: boolean; label: string } | undefined {
  for (const l of (where ?? '').split('\n')) {
    const m = /^PL\/pgSQL function (.+) line (\d+) at /.exec(l);
    if (!m) continue;
    const label = m[1]!;
    if (label === 'inline_code_block') return { name: label, args: 0, line: Number(m[2]), inline: true, label: 'the DO block' };
    const open = topLevelParen(label);
    if (open < 0) return undefined;
    const qualified = label.slice(0, open);
    const argText = label.slice(open + 1, -1).trim();
    return { name: unquote(lastPart(qualified)), args: argText ? splitTopLevel(argText).length : 0, line: Number(m[2]), inline: false, label: `function ${label}` };
  }
  return undefined;
}

function topLevelParen(s: string): number {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === '(' && !quoted) return i;
  }
  return -1;
}

function lastPart(qualified: string): string {
  let quoted = false;
  let cut = 0;
  for (let i = 0; i < qualified.length; i++) {
    if (qualified[i] === '"') quoted = !quoted;
    else if (qualified[i] === '.' && !quoted) cut = i + 1;
  }
  return qualified.slice(cut);
}

function unquote(id: string): string {
  return id.startsWith('"') && id.endsWith('"') ? id.slice(1, -1).replace(/""/g, '"') : id;
}

function splitTopLevel(s: string): string[] {
  const out = [''];
  let depth = 0;
  let quoted = false;
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    if (!quoted && c === '(') depth++;
    if (!quoted && c === ')') depth--;
    if (c === ',' && depth === 0 && !quoted) out.push('');
    else out[out.length - 1] += c;
  }
  return out;
}

/** UTF-16 length of the first `n` code points of `s`. */
function codePointsToIndex(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

/**
 * Where in `body` the server's error is: the query it names (internalQuery, with the cursor
 * internalPosition) when found at or after the PL/pgSQL line, else the start of that line.
 */
export function positionInBody(body: Body, line: number | undefined, internalQuery?: string, internalPosition?: number): Position & { index: number } {
  let lineStart = 0;
  if (line !== undefined) {
    for (let n = 1; n < line; n++) {
      const nl = body.text.indexOf('\n', lineStart);
      if (nl < 0) break;
      lineStart = nl + 1;
    }
  }
  let at = -1;
  if (internalQuery) {
    at = body.text.indexOf(internalQuery, lineStart);
    if (at < 0) at = body.text.indexOf(internalQuery);
    if (at >= 0 && internalPosition) at += codePointsToIndex(internalQuery, internalPosition - 1);
  }
  if (at < 0) {
    if (line === undefined) return { ...body.source.position(body.start), index: body.start };
    at = lineStart;
    while (at < body.text.length && (body.text[at] === ' ' || body.text[at] === '\t')) at++;
  }
  const index = body.fileIndex(at);
  return { ...body.source.position(index), index };
}

/** The body of the statement itself (a DO block, the function it creates), located in the file. */
export function ownBody(file: string, source: SourceText, stmt: Statement | UnparsedStatement): Body | undefined {
  const value = bodyValue(stmt);
  return value === undefined ? undefined : locateString(file, source, stmt, value);
}

/** A string constant of the statement holding `query`, for errors with no PL/pgSQL frame (SQL functions). */
export function stringHolding(file: string, source: SourceText, stmt: StatementFields, query: string): Body | undefined {
  for (const t of tokens(stmt.text)) {
    if (t.tokenName !== 'SCONST') continue;
    const raw = stmt.text.slice(t.from, t.to);
    const dollar = /^\$[^$]*\$/.exec(raw)?.[0];
    if (!dollar) continue;
    const inner = raw.slice(dollar.length, raw.length - dollar.length);
    if (!inner.includes(query)) continue;
    const start = stmt.start + t.from + dollar.length;
    return { file, source, start, text: inner, fileIndex: (i) => start + i };
  }
  return undefined;
}
