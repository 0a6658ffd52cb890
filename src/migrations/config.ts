import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { suggestRuleId } from '../did-you-mean.js';
import { UserError } from '../errors.js';
import { parseCalendar, type Calendar } from './calendar.js';
import { readFlywaySettings, type FlywaySettings } from './flyway.js';
import { parseGates, type Gates } from './gates.js';
import { confine } from './inside-repository.js';

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
  /** `tests` was set in the file (a folder named there must exist; the default need not). */
  testsGiven?: boolean;
  placeholder: string;
  versionRanges: VersionRange[];
  rules: Record<string, SeverityOverride>;
  /**
   * `ownerOnly`: tables with RLS on and no policy on purpose (only the owner or a BYPASSRLS role
   * reads them). `given`: the config sets `rls`, which turns require-rls on in a project that
   * has no policy or ENABLE ROW LEVEL SECURITY yet.
   */
  rls: { schemas: string[]; exclude: string[]; ownerOnly: string[]; given?: boolean };
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
  /** Production statistics (`pgmig stats`), relative to root; findings on the tables it knows are sized. */
  stats?: string;
  /** Folder of `pgmig test`'s base-schema snapshots (docs/snapshot-cache.md), relative to root. */
  snapshotCache?: string;
  /** Stats older than this are still used, with a notice to refresh them. */
  statsMaxAgeMs: number;
  /** Where the harm of a rewrite, scan or build stops being negligible, and where it is always an outage. */
  size: { small: SizeThreshold; large: SizeThreshold };
  /** `pgmig test`'s lock-duration estimates on synthetic copies of the tables the stats know. */
  estimates: { sizes: [number, number]; budgetMs: number };
  /** `pgmig test`'s lock-queue rehearsal: how long a statement may be left queueing, and in all. */
  lockQueue: { waitMs: number; budgetMs: number };
  /** Files of the running release's queries (globs, relative to root), checked by `pgmig test`. */
  queries: string[];
  /** Blackout windows in which no migration may be deployed (`pgmig gate`). */
  calendar?: Calendar;
  /** Health checks a deploy must pass (`pgmig gate`). */
  gates?: Gates;
  /**
   * An undo that puts a dropped column back at the end of its table (no ALTER can restore the
   * position): a warning by default, or an error that fails the rehearsal.
   */
  undoColumnOrder: 'warning' | 'error';
  /**
   * The Flyway settings in effect: the project's flyway.conf / flyway.toml (next to the config
   * file), with the .pgmig.yml keys of the same meaning (mixed, placeholders,
   * placeholderReplacement, sqlMigrationSuffixes, historyTable) over them.
   */
  flyway: FlywaySettings;
}

/** A table size in bytes (`10MB`) or rows (`100k rows`). */
export type SizeThreshold = { bytes: number } | { rows: number };

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
    rls: { schemas: ['public'], exclude: ['flyway_schema_history'], ownerOnly: [] },
    lockTimeout: { maxMs: 5000 },
    lockRetries: { attempts: 5, maxTotalMs: 60_000 },
    assumeInTransaction: false,
    postgresVersion: 16,
    requireUndo: false,
    statsMaxAgeMs: 30 * 86_400_000,
    size: { small: { bytes: 10 * 1024 ** 2 }, large: { bytes: 1024 ** 3 } },
    estimates: { sizes: [20_000, 100_000], budgetMs: 60_000 },
    lockQueue: { waitMs: 2000, budgetMs: 60_000 },
    queries: [],
    undoColumnOrder: 'warning',
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
  // a pull request's .pgmig.yml linked to ~/.pgpass would be quoted back in the YAML error
  confine(cwd, file);
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
  'assumeInTransaction', 'postgresVersion', 'requireUndo', 'undoColumnOrder', 'mixed', 'placeholders', 'placeholderReplacement',
  'sqlMigrationSuffixes', 'historyTable', 'stats', 'snapshotCache', 'statsMaxAge', 'size', 'estimates', 'lockQueue', 'queries', 'calendar', 'gates',
] as const;

export function parseConfig(text: string, file: string, knownRules?: ReadonlySet<string>): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const where = e.linePos?.[0] ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
    // the yaml library ends its first line with " at line L, column C:" before a code frame; the place is already in front
    const what = e.message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?\s*$/, '').replace(/:\s*$/, '');
    throw new UserError(`${file}${where}: invalid YAML: ${what}`);
  }
  // an alias can stand for anything, or, nested, for millions of copies (a pull request's
  // config is untrusted): the config is plain keys and values, so none is taken
  let alias: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      alias = node;
      return visit.BREAK;
    },
  });
  if (alias) {
    const at = alias.range?.[0];
    const pos = at !== undefined ? lines.linePos(at) : undefined;
    const name = (alias as unknown as { source?: string }).source;
    throw new UserError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: YAML aliases (*${name ?? '…'}) are not supported in a pgmig config; write the value out`);
  }
  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch (err) {
    throw new UserError(`${file}: invalid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
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
        config.testsGiven = true;
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
          if (knownRules && !knownRules.has(rule)) {
            const meant = suggestRuleId(rule, knownRules);
            throw bad(`rules.${rule}`, `unknown rule${meant ? ` (did you mean ${meant}?)` : ''} (run \`pgmig rules\` for the list)`);
          }
          if (sev !== 'off' && sev !== 'warning' && sev !== 'error') {
            throw bad(`rules.${rule}`, `expected off, warning or error, got ${JSON.stringify(sev)}`);
          }
          config.rules[rule] = sev;
        }
        break;
      }
      case 'rls': {
        if (!isObject(value)) throw bad(key, 'expected a mapping with schemas, exclude and ownerOnly');
        config.rls.given = true;
        for (const [k, v] of Object.entries(value)) {
          if (k !== 'schemas' && k !== 'exclude' && k !== 'ownerOnly') throw bad(`rls.${k}`, 'unknown key (expected schemas, exclude or ownerOnly)');
          if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw bad(`rls.${k}`, 'expected a list of names');
          config.rls[k] = v as string[];
        }
        break;
      }
      case 'lockTimeout': {
        if (!isObject(value)) throw bad(key, 'expected a mapping like {max: 5s}');
        for (const [k, v] of Object.entries(value)) {
          if (k !== 'max') throw bad(`lockTimeout.${k}`, 'unknown key (expected max)');
          if (unitless(v)) throw bad('lockTimeout.max', `${JSON.stringify(v)} has no unit; write it with one, such as ${v}s or ${v}ms`);
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
            if (unitless(v)) throw bad('lockRetries.maxTotal', `${JSON.stringify(v)} has no unit; write it with one, such as ${v}s or ${v}min`);
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
      case 'undoColumnOrder':
        if (value !== 'warning' && value !== 'error') throw bad(key, 'expected warning or error');
        config.undoColumnOrder = value;
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
      case 'snapshotCache':
        if (typeof value !== 'string' || !value) throw bad(key, 'expected a folder for base-schema snapshots, such as .pgmig/snapshots');
        config.snapshotCache = value;
        break;
      case 'stats':
        if (typeof value !== 'string' || !value) throw bad(key, 'expected the path of a file written by `pgmig stats`, such as .pgmig/stats.json');
        config.stats = value;
        break;
      case 'statsMaxAge': {
        const ms = parseDuration(value);
        if (typeof value !== 'string' || ms === undefined || ms <= 0) throw bad(key, `expected a duration with its unit, such as 30d or 12h, got ${JSON.stringify(value)}`);
        config.statsMaxAgeMs = ms;
        break;
      }
      case 'size': {
        if (!isObject(value)) throw bad(key, 'expected a mapping like {small: 10MB, large: 1GB}');
        for (const [k, v] of Object.entries(value)) {
          if (k !== 'small' && k !== 'large') throw bad(`size.${k}`, 'unknown key (expected small or large)');
          const t = parseSizeThreshold(v);
          if (!t) throw bad(`size.${k}`, `expected a size such as 10MB or 1GB, or rows such as 100k rows, got ${JSON.stringify(v)}`);
          config.size[k] = t;
        }
        if (sizeOrder(config.size.small, config.size.large) > 0) throw bad('size', 'small must not be above large');
        break;
      }
      case 'estimates': {
        if (!isObject(value)) throw bad(key, 'expected a mapping like {sizes: [20000, 100000], budget: 60s}');
        for (const [k, v] of Object.entries(value)) {
          if (k === 'sizes') {
            if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => Number.isInteger(n) && n >= 100 && n <= 10_000_000) || v[0] >= v[1]) {
              throw bad('estimates.sizes', 'expected two row counts, the smaller first, each from 100 to 10000000, such as [20000, 100000]');
            }
            config.estimates.sizes = [v[0], v[1]];
          } else if (k === 'budget') {
            const ms = parseDuration(v);
            if (typeof v !== 'string' || ms === undefined) throw bad('estimates.budget', `expected a duration with its unit, such as 60s or 2min (0s: no estimates), got ${JSON.stringify(v)}`);
            config.estimates.budgetMs = ms;
          } else throw bad(`estimates.${k}`, 'unknown key (expected sizes or budget)');
        }
        break;
      }
      case 'lockQueue': {
        if (!isObject(value)) throw bad(key, 'expected a mapping like {wait: 2s, budget: 60s}');
        for (const [k, v] of Object.entries(value)) {
          const ms = parseDuration(v);
          if (k !== 'wait' && k !== 'budget') throw bad(`lockQueue.${k}`, 'unknown key (expected wait or budget)');
          if (typeof v !== 'string' || ms === undefined || (k === 'wait' && (ms < 100 || ms > 60_000))) {
            throw bad(`lockQueue.${k}`, `expected a duration with its unit${k === 'wait' ? ' from 100ms to 60s' : ' (0s: no rehearsal)'}, such as ${k === 'wait' ? '2s' : '60s'}, got ${JSON.stringify(v)}`);
          }
          if (k === 'wait') config.lockQueue.waitMs = ms;
          else config.lockQueue.budgetMs = ms;
        }
        break;
      }
      case 'queries': {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' && v)) {
          throw bad(key, 'expected a glob or a list of globs of SQL files, such as db/queries/*.sql');
        }
        config.queries = list as string[];
        break;
      }
      case 'calendar':
        config.calendar = parseCalendar(value, bad);
        break;
      case 'gates':
        config.gates = parseGates(value, bad);
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

/**
 * A duration written as a bare number. PostgreSQL reads `SET lock_timeout = 5` as 5 ms, while
 * a person writing `max: 5` in a config file means seconds as often as not: the config asks.
 */
function unitless(v: unknown): boolean {
  return typeof v === 'number' || (typeof v === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(v));
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

const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };
const COUNT_UNITS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, b: 1e9 };

/** `10MB`, `1.5 GB` (PostgreSQL's units: 1kB = 1024 bytes), or `100k rows`, `2M rows`. */
export function parseSizeThreshold(v: unknown): SizeThreshold | undefined {
  if (typeof v !== 'string') return undefined;
  const rows = /^\s*(\d+(?:\.\d+)?)\s*([kmb]?)\s+rows?\s*$/i.exec(v);
  if (rows) return { rows: Number(rows[1]) * COUNT_UNITS[rows[2]!.toLowerCase()]! };
  const bytes = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)\s*$/i.exec(v);
  if (bytes) return { bytes: Number(bytes[1]) * BYTE_UNITS[bytes[2]!.toLowerCase()]! };
  return undefined;
}

/** Orders two thresholds of the same kind; thresholds of different kinds are not compared. */
function sizeOrder(a: SizeThreshold, b: SizeThreshold): number {
  if ('bytes' in a && 'bytes' in b) return a.bytes - b.bytes;
  if ('rows' in a && 'rows' in b) return a.rows - b.rows;
  return 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
