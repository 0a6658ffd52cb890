import { basename } from 'node:path';
import { parseSql, type ParsedFile } from '../sql/parse.js';
import { SourceText, type Position } from '../sql/source.js';
import type { Config } from './config.js';

/**
 * Flyway placeholders: `${name}` anywhere in a migration (comments, strings and dollar-quoted
 * bodies included) is replaced by its configured value before Flyway parses the file, unless
 * `placeholderReplacement` is false; a `${name}` with no value stops the deploy ("No value
 * provided for placeholder"). pgmig lints and runs the text Flyway would send, and points into
 * the file as written.
 */

export interface Placeholder {
  /** As written between `${` and `}`. */
  name: string;
  /** UTF-16 index of `${` in the file as written. */
  index: number;
}

const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;

/** Built-in `${flyway:…}` values, where the caller knows them. */
export type BuiltIns = Partial<Record<'defaultSchema' | 'user' | 'database' | 'timestamp' | 'filename' | 'workingDirectory' | 'table' | 'environment', string>>;

/** The value of a placeholder: configured (case-insensitive, as Flyway matches them), or built in. */
export function placeholderValue(name: string, values: Record<string, string>, builtIns: BuiltIns): string | undefined {
  if (name.startsWith('flyway:')) return builtIns[name.slice('flyway:'.length) as keyof BuiltIns];
  if (Object.hasOwn(values, name)) return values[name];
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(values)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

interface Segment {
  /** Where the placeholder is in the file as written, and where its value is in the replaced text. */
  from: number;
  to: number;
  at: number;
  end: number;
}

export interface Replaced {
  text: string;
  /** Placeholders with no value: left as written. */
  missing: Placeholder[];
  /** Placeholders that were replaced. */
  replaced: Placeholder[];
  segments: Segment[];
}

/** Replaces every placeholder that has a value; the others stay as written and are listed. */
export function replacePlaceholders(text: string, values: Record<string, string>, builtIns: BuiltIns = {}): Replaced {
  const out: Replaced = { text, missing: [], replaced: [], segments: [] };
  if (!text.includes('${')) return out;
  let result = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const at = m.index!;
    const p = { name: m[1]!, index: at };
    const value = placeholderValue(p.name, values, builtIns);
    if (value === undefined) {
      out.missing.push(p);
      continue;
    }
    result += text.slice(last, at);
    out.segments.push({ from: at, to: at + m[0].length, at: result.length, end: result.length + value.length });
    result += value;
    last = at + m[0].length;
    out.replaced.push(p);
  }
  out.text = result + text.slice(last);
  return out;
}

/**
 * The text Flyway parses, with positions that answer in the file as written: `position()` and
 * `lineText()` speak of the original file, the rest (indexes, byte offsets) of the replaced text
 * the statements were parsed from. Inside a replaced value, a position is the placeholder's.
 */
export class ReplacedSourceText extends SourceText {
  constructor(
    text: string,
    readonly original: SourceText,
    private readonly segments: Segment[],
    /** Placeholders with no value (Flyway refuses the file). */
    readonly missing: Placeholder[],
  ) {
    super(text);
  }

  /** The index in the file as written of an index in the replaced text. */
  originalIndex(index: number): number {
    let delta = 0;
    for (const s of this.segments) {
      if (index < s.at) break;
      if (index < s.end) return s.from;
      delta = s.to - s.end;
    }
    return index + delta;
  }

  override position(index: number): Position {
    return this.original.position(this.originalIndex(index));
  }

  override lineText(line: number): string {
    return this.original.lineText(line);
  }

  override get lineCount(): number {
    return this.original.lineCount;
  }
}

/** What a run knows for the built-in placeholders. */
export function builtInsFor(config: Pick<Config, 'flyway'>, file: string, known: BuiltIns = {}): BuiltIns {
  return {
    defaultSchema: config.flyway.defaultSchema ?? config.flyway.schemas?.[0] ?? 'public',
    table: config.flyway.table ?? 'flyway_schema_history',
    filename: basename(file),
    workingDirectory: process.cwd(),
    environment: 'default',
    // lint has no connection: the usual defaults (pgmig test passes the real ones)
    user: 'postgres',
    database: 'postgres',
    timestamp: flywayTimestamp(new Date()),
    ...known,
  };
}

/**
 * A parsed migration as Flyway would parse it: placeholders replaced (when the text has any and
 * replacement is on), positions still in the file as written. Unchanged when there is nothing
 * to replace; a placeholder with no value is kept as written (the parser reads it as a name)
 * and listed in the source's `missing`.
 */
export function withPlaceholders(parsed: ParsedFile, config: Pick<Config, 'flyway'>, file: string, known: BuiltIns = {}): ParsedFile {
  const text = parsed.source.text;
  if (config.flyway.placeholderReplacement === false || !text.includes('${')) return parsed;
  const r = replacePlaceholders(text, config.flyway.placeholders ?? {}, builtInsFor(config, file, known));
  if (r.replaced.length === 0 && r.missing.length === 0) return parsed;
  const again = r.replaced.length ? parseSql(r.text) : parsed;
  return { ...again, source: new ReplacedSourceText(r.text, parsed.source, r.segments, r.missing) };
}

/** `${flyway:timestamp}`: Flyway's yyyy-MM-dd HH:mm:ss, local time. */
export function flywayTimestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function missingPlaceholders(parsed: ParsedFile): Placeholder[] {
  return parsed.source instanceof ReplacedSourceText ? parsed.source.missing : [];
}

/** Flyway's words when a placeholder has no value. */
export function missingPlaceholderMessage(p: Placeholder): string {
  return `No value provided for placeholder: \${${p.name}}. Check your configuration!`;
}
