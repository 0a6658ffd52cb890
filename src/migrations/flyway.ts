import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTomlSubset, TomlError } from './toml.js';
import { UserError } from '../errors.js';

/**
 * The Flyway settings that change what a migration does when Flyway runs it, read from the
 * project's own Flyway configuration (`flyway.conf`, `conf/flyway.conf`, `flyway.toml`) so that
 * lint and test see the files as the deploy will. `.pgmig.yml` keys of the same meaning win.
 */
export interface FlywaySettings {
  /** The Flyway file the settings came from, relative to the project root. */
  file?: string;
  mixed?: boolean;
  executeInTransaction?: boolean;
  placeholders?: Record<string, string>;
  placeholderReplacement?: boolean;
  sqlMigrationSuffixes?: string[];
  table?: string;
  defaultSchema?: string;
  schemas?: string[];
}

const FILES = ['flyway.conf', 'conf/flyway.conf', 'flyway.toml'] as const;

/** The first Flyway configuration file found in `root`, read; empty settings when there is none. */
export function readFlywaySettings(root: string): FlywaySettings {
  for (const file of FILES) {
    const abs = join(root, file);
    if (!existsSync(abs)) continue;
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (err) {
      throw new UserError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`);
    }
    const s = file.endsWith('.toml') ? parseFlywayToml(text, file) : parseFlywayConf(text, file);
    return { ...s, file };
  }
  return {};
}

/** Java properties as Flyway reads them: `key=value` or `key: value`, `#`/`!` comments, `\` continuations. */
export function parseProperties(text: string): Map<string, { value: string; line: number }> {
  const out = new Map<string, { value: string; line: number }>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!.replace(/^\s+/, '');
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/^\s+/, '');
    const m = /^((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$/.exec(line) ?? /^((?:\\.|[^=:\s\\])+)$/.exec(line);
    if (!m) continue;
    const unescape = (s: string) => s.replace(/\\(.)/g, (_x, c: string) => ({ t: '\t', n: '\n', r: '\r', f: '\f' })[c] ?? c);
    out.set(unescape(m[1]!), { value: unescape((m[2] ?? '').trim()), line: lineNo });
  }
  return out;
}

function parseFlywayConf(text: string, file: string): FlywaySettings {
  const props = parseProperties(text);
  const s: FlywaySettings = {};
  const bool = (key: string) => {
    const p = props.get(`flyway.${key}`);
    if (!p) return undefined;
    const v = p.value.toLowerCase();
    if (v !== 'true' && v !== 'false') throw new UserError(`${file}:${p.line}: flyway.${key}: expected true or false, got ${JSON.stringify(p.value)}`);
    return v === 'true';
  };
  const str = (key: string) => props.get(`flyway.${key}`)?.value || undefined;
  const list = (key: string) => str(key)?.split(',').map((x) => x.trim()).filter(Boolean);
  s.mixed = bool('mixed');
  s.executeInTransaction = bool('executeInTransaction');
  s.placeholderReplacement = bool('placeholderReplacement');
  s.sqlMigrationSuffixes = list('sqlMigrationSuffixes');
  s.table = str('table');
  s.defaultSchema = str('defaultSchema');
  s.schemas = list('schemas');
  const placeholders: Record<string, string> = {};
  for (const [k, { value }] of props) if (k.startsWith('flyway.placeholders.')) placeholders[k.slice('flyway.placeholders.'.length)] = value;
  if (Object.keys(placeholders).length) s.placeholders = placeholders;
  return prune(s);
}

function parseFlywayToml(text: string, file: string): FlywaySettings {
  let doc: Record<string, unknown>;
  try {
    doc = parseTomlSubset(text);
  } catch (err) {
    if (!(err instanceof TomlError) && !(err instanceof SyntaxError)) throw err;
    const line = err instanceof TomlError ? `:${err.line}` : '';
    throw new UserError(`${file}${line}: invalid TOML: ${err.message}`);
  }
  const fw = isObject(doc.flyway) ? doc.flyway : {};
  const bad = (key: string, what: string) => new UserError(`${file}: flyway.${key}: ${what}`);
  const bool = (key: string) => {
    const v = fw[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') throw bad(key, `expected true or false, got ${JSON.stringify(v)}`);
    return v;
  };
  const str = (key: string) => (typeof fw[key] === 'string' && fw[key] ? (fw[key] as string) : undefined);
  const list = (key: string) => {
    const v = fw[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v.split(',').map((x) => x.trim()).filter(Boolean);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw bad(key, 'expected a list of strings');
    return v as string[];
  };
  const s: FlywaySettings = {
    mixed: bool('mixed'),
    executeInTransaction: bool('executeInTransaction'),
    placeholderReplacement: bool('placeholderReplacement'),
    sqlMigrationSuffixes: list('sqlMigrationSuffixes'),
    table: str('table'),
    defaultSchema: str('defaultSchema'),
    schemas: list('schemas'),
  };
  if (isObject(fw.placeholders)) {
    s.placeholders = Object.fromEntries(Object.entries(fw.placeholders).map(([k, v]) => [k, String(v)]));
  }
  return prune(s);
}

/** A per-script configuration (`V1__x.sql.conf`): what pgmig honours of it. */
export interface ScriptConfig {
  /** As shown to the user. */
  file: string;
  executeInTransaction?: boolean;
}

/** The `<migration>.conf` beside a migration, read; undefined when there is none. */
export function readScriptConfig(absPath: string, shownAs: string): ScriptConfig | undefined {
  const abs = `${absPath}.conf`;
  if (!existsSync(abs)) return undefined;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read ${shownAs}.conf: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
  return parseScriptConfig(text, `${shownAs}.conf`);
}

/** Flyway's script configuration: properties, `executeInTransaction` and `encoding` (others are Teams features). */
export function parseScriptConfig(text: string, file: string): ScriptConfig {
  const props = parseProperties(text);
  const out: ScriptConfig = { file };
  for (const [key, { value, line }] of props) {
    if (key === 'executeInTransaction') {
      const v = value.toLowerCase();
      if (v !== 'true' && v !== 'false') throw new UserError(`${file}:${line}: executeInTransaction: expected true or false, got ${JSON.stringify(value)}`);
      out.executeInTransaction = v === 'true';
    } else if (key !== 'encoding' && key !== 'shouldExecute' && key !== 'canExecuteInTransaction') {
      throw new UserError(`${file}:${line}: ${key}: not a script configuration key Flyway knows (executeInTransaction, encoding)`);
    }
  }
  return out;
}

function prune<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
