import { createHash } from 'node:crypto';
import type { Config } from './config.js';
import { VERSION } from '../version.js';

/** One base migration as it decides the snapshot: where it sits in the order and what it holds. */
export interface KeyFile {
  /** Path relative to the project root, as the history table's `script` column shows it. */
  path: string;
  /** The version the run gives it (null for a repeatable file). */
  version: string | null;
  /** SHA-256 of its bytes (hex). */
  sha256: string;
}

export interface KeyInputs {
  files: readonly KeyFile[];
  /** The server's major version (16): a dump from one major need not restore the same on another. */
  serverMajor: number;
  config: Config;
}

/**
 * The cache key of a base-schema snapshot. Anything that changes what the base migrations leave
 * behind is in it: each file's bytes (not Flyway's CRC32, which ignores line endings and is
 * easy to collide), their order and versions, the server major, pgmig's version (how it applies
 * and records history may change between releases), and the settings that change what runs:
 * placeholders and their replacement, the history table, the suffixes, transaction handling.
 * Settings that only decide findings (rules, thresholds) stay out, so tuning a rule keeps the cache.
 */
export function snapshotKey(inputs: KeyInputs): string {
  const h = createHash('sha256');
  const line = (s: string) => h.update(`${s}\n`);
  line(`pgmig ${VERSION}`);
  line(`server ${inputs.serverMajor}`);
  const c = inputs.config;
  line(`settings ${stableJson({ flyway: c.flyway, placeholder: c.placeholder, assumeInTransaction: c.assumeInTransaction })}`);
  for (const f of inputs.files) {
    line(`file ${f.version ?? 'R'} ${f.path} ${f.sha256}`);
  }
  return `pgmig-snapshot-pg${inputs.serverMajor}-${h.digest('hex').slice(0, 40)}`;
}

/** JSON with object keys sorted, so the same settings written in another order give one key. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v instanceof Map) return stableJson(Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), x])));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/** `16.4 (Debian …)` or `PostgreSQL 16.4` or `160004` → 16. */
export function majorOf(version: string): number | undefined {
  const num = /^\s*(\d{5,6})\s*$/.exec(version);
  if (num) return Math.floor(Number(num[1]) / 10000);
  const m = /(\d+)(?:\.\d+)?/.exec(version);
  const major = m ? Number(m[1]) : NaN;
  return Number.isInteger(major) && major >= 9 ? major : undefined;
}
