import type pg from 'pg';
import type { ProductionStats } from '../migrations/stats-file.js';
import { blocksReads, blocksWrites, lockRank, locksOf, statementLabel, type LockMode } from '../sql/locks.js';
import type { ParsedFile } from '../sql/parse.js';
import { estimateStatement, growthOf, type Estimate } from './estimate.js';

/** What one statement of a new migration will do to a production table, as measured here. */
export interface Impact {
  file: string;
  line: number;
  statement: string;
  /** schema.name */
  relation: string;
  rows: number | null;
  bytes: number;
  writesPerSecond: number | null;
  lock: LockMode;
  blocks: 'reads and writes' | 'writes' | 'nothing';
  estimate: Estimate;
}

export interface ImpactOptions {
  sizes: [number, number];
  /** For all statements of the run together. */
  budgetMs: number;
  /** Traffic sessions for the blocking measured on the synthetic rows (see EstimateOptions.traffic). */
  traffic?: () => Promise<pg.Client>;
}

/**
 * Estimates the statements of `file` that rewrite, scan or build on a table the production stats
 * know, on the database as it stands before the file (`client` must not be in a transaction:
 * the copies are vacuumed). A statement whose table the file itself changes first may not run
 * on the copy; it is then reported as not modelled, with the server's reason.
 */
export async function estimateFile(
  client: pg.Client,
  file: { path: string; parsed: ParsedFile },
  stats: ProductionStats,
  opts: ImpactOptions & { spentMs: () => number },
): Promise<Impact[]> {
  const out: Impact[] = [];
  for (const stmt of file.parsed.statements) {
    const growth = growthOf(stmt);
    if (!growth) continue;
    const locks = locksOf(stmt).sort((a, b) => lockRank(b.mode) - lockRank(a.mode));
    const known = locks.map((l) => ({ l, s: stats.relation(l.relation) })).find((x) => x.s);
    if (!known) continue;
    const { l, s } = known;
    const line = file.parsed.source.position(stmt.start).line;
    const base = {
      file: file.path,
      line,
      statement: statementLabel(stmt),
      relation: `${l.relation.schema}.${l.relation.name}`,
      rows: s!.rows,
      bytes: s!.bytes.total,
      writesPerSecond: s!.activity?.writesPerSecond ?? null,
      lock: l.mode,
      blocks: blocksReads(l.mode) ? ('reads and writes' as const) : blocksWrites(l.mode) ? ('writes' as const) : ('nothing' as const),
    };
    const left = opts.budgetMs - opts.spentMs();
    let estimate: Estimate;
    if (s!.rows === null) estimate = { modelled: false, reason: 'production has never analysed the table, so its row count is unknown' };
    else if (left <= 0) estimate = { modelled: false, reason: 'the estimates used up their time budget (estimates.budget)' };
    else estimate = await estimateStatement(client, stmt.text, l.relation, growth, { sizes: opts.sizes, productionRows: s!.rows, budgetMs: left, traffic: opts.traffic });
    out.push({ ...base, estimate });
  }
  return out;
}

/** "≈ 3 m 40 s under ACCESS EXCLUSIVE (0.41 s at 100k rows, 4.1 s at 1 M; production 54 M rows); on 1.0 M synthetic rows writes blocked 4100 ms, reads 4100 ms". */
export function describeImpact(i: Impact): string {
  if (!i.estimate.modelled) return `not estimated: ${i.estimate.reason}`;
  const e = i.estimate;
  const samples = e.samples.map((x) => `${duration(x.ms)} at ${rows(x.rows)} rows`).join(', ');
  const b = e.blocking ? `; on ${rows(e.blocking.rows)} synthetic rows writes blocked ${Math.round(e.blocking.writeBlockedMs)} ms, reads ${Math.round(e.blocking.readBlockedMs)} ms` : '';
  return `≈ ${duration(e.estimateMs)} under ${i.lock} (${samples}; production ${rows(e.productionRows)} rows)${b}`;
}

export function duration(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(s < 10 ? 2 : 1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} m ${Math.round(s - m * 60)} s`;
  const h = Math.floor(m / 60);
  return `${h} h ${m - h * 60} m`;
}

function rows(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}k`;
  return String(n);
}
