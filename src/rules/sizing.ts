import type { Config, SizeThreshold } from '../migrations/config.js';
import type { ProductionStats } from '../migrations/stats-file.js';
import type { RelationRef } from '../sql/relation.js';
import type { Finding, RelationSize } from './finding.js';

/**
 * Data changes: their cost is the rows they touch (row locks, WAL, dead tuples, or every row gone),
 * so a 40-row lookup table is one short transaction and a large table the hazard the rule names.
 */
const DATA_CHANGE_RULES: ReadonlySet<string> = new Set(['update-delete-without-where', 'backfill-in-ddl-transaction', 'ban-truncate']);

/**
 * Rules whose harm grows with the table: a rewrite, a scan, an index build or a validation holds
 * its lock for as long as the work takes, so on a known-small table it is a moment and on a
 * known-large one an outage. Every other rule keeps its severity whatever the size — above all
 * require-lock-timeout: queueing behind one long transaction blocks every query on a 10-row
 * table as surely as on a big one.
 */
export const SIZE_SCALED_RULES: ReadonlySet<string> = new Set([
  'require-concurrent-index-creation',
  'require-concurrent-reindex',
  'require-concurrent-refresh',
  'disallowed-unique-constraint',
  'changing-column-type',
  'adding-field-with-default',
  'adding-not-nullable-field',
  'adding-foreign-key-constraint',
  'constraint-missing-not-valid',
  'prefer-repack',
  'table-rewrite',
  ...DATA_CHANGE_RULES,
]);

export interface Targeted {
  /** Existing relations the finding's statement locks, strongest lock first. */
  targets?: RelationRef[];
}

/** Gives findings on relations the stats know their size, and moves size-scaled rules' severity. */
export function sizeFindings<F extends Finding & Targeted>(findings: F[], stats: ProductionStats, config: Config): F[] {
  return findings.map((f) => {
    const known = f.targets?.map((t) => ({ t, s: stats.relation(t) })).find((x) => x.s);
    if (!known) return f;
    const s = known.s!;
    const relation: RelationSize = {
      name: `${known.t.schema}.${known.t.name}`,
      rows: s.rows,
      bytes: s.bytes.total,
      writesPerSecond: s.activity?.writesPerSecond ?? null,
    };
    let severity = f.severity;
    let note = '';
    if (SIZE_SCALED_RULES.has(f.rule)) {
      if (atLeast(s, config.size.large)) {
        severity = 'error';
        note = DATA_CHANGE_RULES.has(f.rule)
          ? '; a large table in production: every row it touches is changed in one transaction'
          : '; a large table in production: this is an outage for as long as the work takes';
      } else if (!atLeast(s, config.size.small) && s.rows !== null) {
        severity = 'warning';
        note = DATA_CHANGE_RULES.has(f.rule)
          ? '; a small table in production: the change is one short transaction'
          : '; a small table in production: the lock is held only briefly';
      }
    }
    return { ...f, severity, relation, message: `${f.message} (${describeSize(relation)}${note})` };
  });
}

/** "public.lead: 41.2 M rows, 12.3 GB, ≈ 350 writes/s". */
export function describeSize(r: RelationSize): string {
  const parts = [r.rows === null ? 'rows unknown (never analysed)' : `${count(r.rows)} rows`, bytes(r.bytes)];
  if (r.writesPerSecond !== null) parts.push(`≈ ${rate(r.writesPerSecond)} writes/s`);
  return `${r.name}: ${parts.join(', ')}`;
}

function atLeast(s: { rows: number | null; bytes: { total: number } }, t: SizeThreshold): boolean {
  if ('bytes' in t) return s.bytes.total >= t.bytes;
  return s.rows !== null && s.rows >= t.rows;
}

function count(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)} k`;
  return String(n);
}

function bytes(n: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[i]}`;
}

function rate(n: number): string {
  return n >= 10 ? String(Math.round(n)) : n >= 0.1 ? n.toFixed(1) : n.toFixed(2);
}
