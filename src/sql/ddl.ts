import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint, TypeName } from '@pgsql/types';
import { scanSync } from 'libpg-query';
import { nodeAs } from './node-types.js';
import type { Statement } from './parse.js';
import type { SourceText } from './source.js';

/** A sub-command of ALTER TABLE with its position among the statement's actions. */
export interface TableCmd {
  cmd: AlterTableCmd;
  index: number;
}

/**
 * The actions of an ALTER TABLE on a table. `ALTER TYPE … ADD ATTRIBUTE`, `ALTER FOREIGN TABLE`,
 * `ALTER VIEW` and `ALTER INDEX` share the node type but touch no table rows, so they give none.
 */
export function tableCmds(node: AlterTableStmt | undefined): TableCmd[] {
  if (node?.objtype !== 'OBJECT_TABLE') return [];
  const out: TableCmd[] = [];
  (node.cmds ?? []).forEach((c, index) => {
    const cmd = nodeAs(c, 'AlterTableCmd');
    if (cmd) out.push({ cmd, index });
  });
  return out;
}

/** The constraints (`Constraint` inner objects) written on a column definition. */
export function columnConstraints(columnDef: ColumnDef | undefined): Constraint[] {
  return (columnDef?.constraints ?? []).map((c) => nodeAs(c, 'Constraint')).filter((c): c is Constraint => !!c);
}

const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/** `serial` and friends: not types but shorthand for an integer with a sequence default. */
export function isSerialType(typeName: TypeName | undefined): boolean {
  const names = typeName?.names ?? [];
  return names.length === 1 && SERIAL_TYPES.has(nodeAs(names[0], 'String')?.sval ?? '') && !typeName!.arrayBounds;
}

/** The last part of a type's name (`bpchar` for `pg_catalog.bpchar`), lower-cased. */
export function typeBaseName(typeName: TypeName | undefined): string | undefined {
  const names = typeName?.names ?? [];
  const last = nodeAs(names[names.length - 1], 'String')?.sval;
  return typeof last === 'string' ? last.toLowerCase() : undefined;
}

interface Token {
  start: number;
  end: number;
  text: string;
  tokenName: string;
}

/** The statement's tokens without comments, offsets in bytes from the statement's first token. */
function tokensOf(stmt: Statement): Token[] | undefined {
  try {
    return (scanSync(stmt.text).tokens as Token[]).filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT');
  } catch {
    return undefined;
  }
}

/** Byte offset of the statement's first token, relative to the base its node locations use. */
function statementOffset(stmt: Statement, source: SourceText): number {
  // not the byte length of the text before it: that is the whole file before the statement, every time
  return source.byteOfIndex(stmt.start) - source.byteOfIndex(source.indexOfByte(stmt.byteBase));
}

/**
 * Where each action of an ALTER TABLE begins (`ADD COLUMN …`, `DROP …`), as a node-style
 * location, by position. The parser records no location for the actions themselves, so a
 * finding about the second action of a statement spread over lines would otherwise point at
 * the first line. Actions are split at the commas outside parentheses after the table's name.
 * Undefined where the statement cannot be read that way.
 */
export function alterTableActionLocations(stmt: Statement, source: SourceText): number[] | undefined {
  const location = relationLocation(stmt.node);
  if (location === undefined || location < 0) return undefined;
  const tokens = tokensOf(stmt);
  if (!tokens) return undefined;
  const base = statementOffset(stmt, source);
  const relStart = location - base;
  let i = tokens.findIndex((t) => t.start >= relStart);
  if (i < 0) return undefined;
  // the name: part(.part)* and an optional `*` (inheritance)
  i++;
  while (tokens[i]?.text === '.' && tokens[i + 1]) i += 2;
  if (tokens[i]?.text === '*') i++;
  const out: number[] = [];
  if (tokens[i]) out.push(base + tokens[i]!.start);
  let depth = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth--;
    else if (t === ',' && depth === 0 && tokens[i + 1]) out.push(base + tokens[i + 1]!.start);
  }
  return out;
}

/** The `location` of the table a statement node names in `relation` (ALTER TABLE, RENAME, ALTER … SET SCHEMA), if it has one. */
function relationLocation(node: unknown): number | undefined {
  if (!node || typeof node !== 'object' || !('relation' in node)) return undefined;
  const rel = node.relation;
  if (!rel || typeof rel !== 'object' || !('location' in rel) || typeof rel.location !== 'number') return undefined;
  return rel.location;
}

/**
 * Node-style locations of each place the statement has the given keywords in a row
 * (case-insensitive, comments skipped): `['CASCADE']`, `['VALIDATE', 'CONSTRAINT']`.
 */
export function keywordLocations(stmt: Statement, source: SourceText, words: string[]): number[] {
  const tokens = tokensOf(stmt);
  if (!tokens || words.length === 0) return [];
  const want = words.map((w) => w.toUpperCase());
  const base = statementOffset(stmt, source);
  const out: number[] = [];
  for (let i = 0; i + want.length <= tokens.length; i++) {
    if (want.every((w, k) => tokens[i + k]!.text.toUpperCase() === w)) out.push(base + tokens[i]!.start);
  }
  return out;
}

/** The scanner's token type for an identifier, plain or double-quoted. */
const IDENT_TOKEN = 'IDENT';

/** A `U&"…"` identifier with its escapes (`\0061`, `\+01F600`, `\\`) decoded; a UESCAPE clause is not read. */
function unicodeIdentifier(text: string): string {
  return text
    .slice(3, -1)
    .replace(/""/g, '"')
    .replace(/\\(?:([0-9A-Fa-f]{4})|\+([0-9A-Fa-f]{6})|(\\))/g, (_m, four, six, slash) =>
      slash ? '\\' : String.fromCodePoint(parseInt(four ?? six, 16)),
    );
}

/**
 * Every identifier written in the statement (names of tables, columns, indexes, roles, aliases,
 * settings …) as the server stores it, with node-style locations. Keywords, strings, function
 * bodies and comments are not identifiers.
 */
export function identifierTokens(stmt: Statement, source: SourceText): Array<{ name: string; location: number }> {
  const tokens = tokensOf(stmt);
  if (!tokens) return [];
  const base = statementOffset(stmt, source);
  const out: Array<{ name: string; location: number }> = [];
  for (const t of tokens) {
    let name: string;
    if (/^[Uu]&"/.test(t.text)) name = unicodeIdentifier(t.text);
    else if (t.tokenName !== IDENT_TOKEN) continue;
    else if (t.text.startsWith('"')) name = t.text.slice(1, -1).replace(/""/g, '"');
    // as the server stores it: unquoted names are folded to lower case (ASCII letters only, in UTF-8)
    else name = t.text.replace(/[A-Z]+/g, (c) => c.toLowerCase());
    out.push({ name, location: base + t.start });
  }
  return out;
}
