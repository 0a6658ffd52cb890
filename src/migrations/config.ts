import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { readFlywaySettings, type FlywaySettings } from './flyway.js';

export type SeverityOverride = 'off' | 'warning' | 'error';

export interface VersionRange {
  from: number;
  to?: number;
}

export interface Config {
  /** Folder the config was found in (or the working directory); relative paths start here. */
  root: string;
  file?: string;
  migrations: string[];
  tests: string;
  placeholder: string;
  versionRanges: VersionRange[];
  rules: Record<string, SeverityOverride>;
  rls: { schemas: string[]; exclude: string[] };
  lockTimeout: { maxMs: number };
  /** A rollback whose locks were not granted within lock_timeout runs again, up to these bounds. */
  lockRetries: { attempts: number; maxTotalMs: number };
  /**
   * Whether the runner wraps each file in a transaction: false (none), true (every file, as
   * squawk's --assume-in-transaction), or 'flyway' (as Flyway does: each file it can, see
   * migrationTransactionMode).
   */
  assumeInTransaction: boolean | 'flyway';
  postgresVersion: number;
  requireUndo: boolean;
  /**
   * The Flyway settings in effect: the project's flyway.conf / flyway.toml (next to the config
   * file), with the .pgmig.yml keys of the same meaning (mixed, placeholders,
   * placeholderReplacement, sqlMigrationSuffixes, historyTable) over them.
   */
  flyway: FlywaySettings;
}

export const CONFIG_FILE = '.pgmig.yml';
/** More lock attempts than this is waiting out an outage, not a busy moment. */
export const MAX_LOCK_ATTEMPTS = 50;

export function defaultConfig(root: string): Config {
  return {
    root,
    migrations: ['db/migration'],
    tests: 'db/tests',
    placeholder: 'VXXX',
    versionRanges: [],
    rules: {},
    rls: { schemas: ['public'], exclude: ['flyway_schema_history'] },
    lockTimeout: { maxMs: 5000 },
    lockRetries: { attempts: 5, maxTotalMs: 60_000 },
    assumeInTransaction: false,
    postgresVersion: 16,
    requireUndo: false,
    flyway: {},
  };
}

/** Walks up from `cwd` to the first `.pgmig.yml`. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Loads the given file, or the one found from `cwd`, or the defaults. */
export function loadConfig(cwd: string, explicit?: string, knownRules?: ReadonlySet<string>): Config {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return withFlywaySettings(defaultConfig(resolve(cwd)));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read config ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
  return withFlywaySettings(parseConfig(text, file, knownRules));
}

/** Fills the Flyway settings .pgmig.yml left unset from the project's Flyway configuration. */
export function withFlywaySettings(config: Config): Config {
  const fw = readFlywaySettings(config.root);
  config.flyway = { ...fw, ...config.flyway, placeholders: { ...fw.placeholders, ...config.flyway.placeholders } };
  return config;
}

const KEYS = [
  'migrations', 'tests', 'placeholder', 'versionRanges', 'rules', 'rls', 'lockTimeout', 'lockRetries',
  'assumeInTransaction', 'postgresVersion', 'requireUndo', 'mixed', 'placeholders', 'placeholderReplacement',
  'sqlMigrationSuffixes', 'historyTable',
] as const;

export function parseConfig(text: string, file: string, knownRules?: ReadonlySet<string>): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const where = e.linePos?.[0] ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
    throw new UserError(`${file}${where}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const raw: unknown = doc.toJS() ?? {};
  const config = defaultConfig(dirname(file));
  config.file = file;
  // the line of the deepest key of the path that is there (rules.x: the line of x)
  const lineOf = (path: string): number | undefined => {
    let node: unknown = doc.contents;
    let at: number | undefined;
    for (const part of path.split('.')) {
      const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === part) : undefined;
      if (!pair) break;
      const start = (pair.key as Node).range?.[0];
      if (start !== undefined) at = lines.linePos(start).line;
      node = pair.value;
    }
    return at;
  };
  const bad = (key: string, what: string) => {
    const line = lineOf(key);
    return new UserError(`${file}${line ? `:${line}` : ''}: ${key}: ${what}`);
  };
  if (!isObject(raw)) throw bad('(top level)', 'expected a mapping of keys to values');
  for (const [key, value] of Object.entries(raw)) {
    switch (key as (typeof KEYS)[number]) {
      case 'migrations': {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' && v)) {
          throw bad(key, 'expected a directory or a non-empty list of directories');
        }
        config.migrations = list as string[];
        break;
      }
      case 'tests':
        if (typeof value !== 'string' || !value) throw bad(key, 'expected a directory');
        config.tests = value;
        break;
      case 'placeholder':
        if (typeof value !== 'string' || !/^V[A-Za-z]+$/.test(value)) {
          throw bad(key, 'expected V followed by letters, e.g. VXXX');
        }
        config.placeholder = value;
        break;
      case 'versionRanges':
        config.versionRanges = parseRanges(value, (what) => bad(key, what));
        break;
      case 'rules': {
        if (!isObject(value)) throw bad(key, 'expected a mapping of rule id to off, warning or error');
        for (const [rule, sev] of Object.entries(value)) {
          if (knownRules && !knownRules.has(rule)) throw bad(`rules.${rule}`, 'unknown rule (run `pgmig rules` for the list)');
          if (sev !== 'off' && sev !== 'warning' && sev !== 'error') {
            throw bad(`rules.${rule}`, `expected off, warning or error, got ${JSON.stringify(sev)}`);
          }
          config.rules[rule] = sev;
        }
        break;
      }
      case 'rls': {
        if (!isObject(value)) throw bad(key, 'expected a mapping with schemas and exclude');
        for (const [k, v] of Object.entries(value)) {
          if (k !== 'schemas' && k !== 'exclude') throw bad(`rls.${k}`, 'unknown key (expected schemas or exclude)');
          if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw bad(`rls.${k}`, 'expected a list of names');
          config.rls[k] = v as string[];
        }
        break;
      }
      case 'lockTimeout': {
        if (!isObject(value)) throw bad(key, 'expected a mapping like {max: 5s}');
        for (const [k, v] of Object.entries(value)) {
          if (k !== 'max') throw bad(`lockTimeout.${k}`, 'unknown key (expected max)');
          const ms = parseDuration(v);
          if (ms === undefined || ms <= 0) throw bad('lockTimeout.max', `expected a duration such as 5s or 500ms, got ${JSON.stringify(v)}`);
          config.lockTimeout.maxMs = ms;
        }
        break;
      }
      case 'lockRetries': {
        if (!isObject(value)) throw bad(key, 'expected a mapping like {attempts: 5, maxTotal: 60s}');
        for (const [k, v] of Object.entries(value)) {
          if (k === 'attempts') {
            if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_LOCK_ATTEMPTS) {
              throw bad('lockRetries.attempts', `expected a whole number from 1 (no retry) to ${MAX_LOCK_ATTEMPTS}, got ${JSON.stringify(v)}`);
            }
            config.lockRetries.attempts = v;
          } else if (k === 'maxTotal') {
            const ms = parseDuration(v);
            if (ms === undefined || ms <= 0) throw bad('lockRetries.maxTotal', `expected a duration such as 60s or 5min, got ${JSON.stringify(v)}`);
            config.lockRetries.maxTotalMs = ms;
          } else throw bad(`lockRetries.${k}`, 'unknown key (expected attempts or maxTotal)');
        }
        break;
      }
      case 'assumeInTransaction':
        if (typeof value !== 'boolean' && value !== 'flyway') {
          throw bad(key, 'expected true, false or flyway (each file Flyway can run in a transaction)');
        }
        config.assumeInTransaction = value;
        break;
      case 'requireUndo':
        if (typeof value !== 'boolean') throw bad(key, 'expected true or false');
        config.requireUndo = value;
        break;
      case 'mixed':
      case 'placeholderReplacement':
        if (typeof value !== 'boolean') throw bad(key, 'expected true or false');
        config.flyway[key as 'mixed' | 'placeholderReplacement'] = value;
        break;
      case 'placeholders': {
        if (!isObject(value)) throw bad(key, 'expected a mapping of placeholder name to value, e.g. {schema: app}');
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(value)) {
          if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw bad(`placeholders.${k}`, 'expected a text value');
          out[k] = String(v);
        }
        config.flyway.placeholders = out;
        break;
      }
      case 'sqlMigrationSuffixes': {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' && /^\.[^/\\]+$/.test(v))) {
          throw bad(key, 'expected a list of file name endings starting with a dot, e.g. [.sql, .pgsql]');
        }
        config.flyway.sqlMigrationSuffixes = list as string[];
        break;
      }
      case 'historyTable': {
        if (!isObject(value)) throw bad(key, 'expected a mapping like {table: flyway_schema_history, schema: app}');
        for (const [k, v] of Object.entries(value)) {
          if (k !== 'table' && k !== 'schema') throw bad(`historyTable.${k}`, 'unknown key (expected table or schema)');
          if (typeof v !== 'string' || !v) throw bad(`historyTable.${k}`, 'expected a name');
          if (k === 'table') config.flyway.table = v;
          else config.flyway.defaultSchema = v;
        }
        break;
      }
      case 'postgresVersion':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 9 || value > 30) {
          throw bad(key, 'expected a PostgreSQL major version such as 16');
        }
        config.postgresVersion = value;
        break;
      default:
        throw bad(key, `unknown key (known keys: ${KEYS.join(', ')})`);
    }
  }
  return config;
}

function parseRanges(value: unknown, bad: (what: string) => Error): VersionRange[] {
  if (!Array.isArray(value)) throw bad('expected a list like [{from: 1, to: 7999}, {from: 10000}]');
  return value.map((r, i) => {
    if (!isObject(r)) throw bad(`item ${i + 1}: expected {from: <n>, to: <n>}`);
    for (const k of Object.keys(r)) if (k !== 'from' && k !== 'to') throw bad(`item ${i + 1}: unknown key ${k}`);
    const from = r.from;
    const to = r.to;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) throw bad(`item ${i + 1}: from must be a whole number`);
    if (to !== undefined && (typeof to !== 'number' || !Number.isInteger(to) || to < from)) {
      throw bad(`item ${i + 1}: to must be a whole number not below from`);
    }
    return to === undefined ? { from } : { from, to };
  });
}

/** PostgreSQL's own units for durations; a bare number is milliseconds, as for SET lock_timeout. */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? 'ms']!;
  return n * unit;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
