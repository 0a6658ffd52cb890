/**
 * The part of TOML that Flyway's flyway.toml uses for the settings pgmig reads: `[table]` and
 * `[dotted.table]` headers, `key = value` with basic or literal strings, booleans, numbers and
 * one-line arrays of those, and `#` comments. Anything else (inline tables, multi-line strings
 * and arrays, dates) is skipped, never guessed: only the keys pgmig reads matter.
 */
export type TomlValue = string | number | boolean | TomlValue[];
export type TomlTable = { [key: string]: TomlValue | TomlTable };

export class TomlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseTomlSubset(text: string): TomlTable {
  const root: TomlTable = {};
  let table = root;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i]!).trim();
    if (!line) continue;
    const header = /^\[\s*([^[\]]+?)\s*\]$/.exec(line);
    if (header) {
      table = root;
      for (const part of splitKey(header[1]!, i + 1)) {
        const next = table[part];
        if (next === undefined) table = table[part] = {};
        else if (typeof next === 'object' && !Array.isArray(next)) table = next;
        else throw new TomlError(`[${header[1]}]: ${part} is already a value`, i + 1);
      }
      continue;
    }
    if (line.startsWith('[[')) {
      // arrays of tables: nothing pgmig reads
      table = {};
      continue;
    }
    const eq = indexOutsideQuotes(line, '=');
    if (eq < 0) throw new TomlError(`expected key = value, got ${JSON.stringify(line)}`, i + 1);
    const keys = splitKey(line.slice(0, eq).trim(), i + 1);
    const value = parseValue(line.slice(eq + 1).trim());
    if (value === undefined) continue;
    let t = table;
    for (const k of keys.slice(0, -1)) {
      const next = t[k];
      if (next === undefined) t = t[k] = {};
      else if (typeof next === 'object' && !Array.isArray(next)) t = next;
      else throw new TomlError(`${keys.join('.')}: ${k} is already a value`, i + 1);
    }
    t[keys[keys.length - 1]!] = value;
  }
  return root;
}

function stripComment(line: string): string {
  const at = indexOutsideQuotes(line, '#');
  return at < 0 ? line : line.slice(0, at);
}

function indexOutsideQuotes(s: string, ch: string): number {
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ch) return i;
  }
  return -1;
}

function splitKey(key: string, line: number): string[] {
  const parts: string[] = [];
  for (const raw of key.match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^.]+/g) ?? []) {
    const p = raw.trim();
    if (!p) throw new TomlError(`bad key ${JSON.stringify(key)}`, line);
    parts.push(p.startsWith('"') || p.startsWith("'") ? (parseValue(p) as string) : p);
  }
  return parts;
}

function parseValue(v: string): TomlValue | undefined {
  if (v.startsWith('"')) return JSON.parse(v.replace(/\\U([0-9a-fA-F]{8})/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16))));
  if (v.startsWith("'")) return v.slice(1, -1);
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^[+-]?\d[\d_]*(\.\d+)?$/.test(v)) return Number(v.replace(/_/g, ''));
  if (v.startsWith('[') && v.endsWith(']')) {
    const inner = v.slice(1, -1).trim();
    if (!inner) return [];
    const items: TomlValue[] = [];
    let rest = inner;
    while (rest) {
      const comma = indexOutsideQuotes(rest, ',');
      const item = (comma < 0 ? rest : rest.slice(0, comma)).trim();
      if (item) {
        const parsed = parseValue(item);
        if (parsed === undefined) return undefined;
        items.push(parsed);
      }
      rest = comma < 0 ? '' : rest.slice(comma + 1);
    }
    return items;
  }
  return undefined;
}
