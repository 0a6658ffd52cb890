import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { RelationStats, StatsFile } from '../db/stats.js';
import type { RelationRef } from '../sql/relation.js';

/** A stats file as lint and test use it: a lookup by relation, and what to tell the user about it. */
export interface ProductionStats {
  file: string;
  takenAt: string;
  relation(ref: RelationRef): RelationStats | undefined;
  /** pg_stat_statements' most called statements, when the snapshot has them. */
  queries?: NonNullable<StatsFile['queries']>;
}

export interface LoadedStats {
  stats?: ProductionStats;
  /** Missing or stale stats: said once, never a failure (the findings just stay unsized). */
  notices: string[];
}

const SUPPORTED_FORMAT = 1;

/**
 * Reads `pgmig stats` output. A missing file is a notice (a fresh clone has none until someone
 * takes a snapshot); a file that is there but unreadable is a mistake to fix, so an error.
 */
export function loadStats(path: string, cwd: string, maxAgeMs: number, now = Date.now()): LoadedStats {
  const abs = resolve(cwd, path);
  const shown = relative(cwd, abs) || path;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { notices: [`no production statistics at ${shown}: findings are not sized; write them with \`pgmig stats --database-url <production>\``] };
    throw new UserError(`cannot read the statistics file ${shown}: ${code ?? err}`);
  }
  let raw: Partial<StatsFile>;
  try {
    raw = JSON.parse(text) as Partial<StatsFile>;
  } catch (err) {
    throw new UserError(`${shown}: not a statistics file written by \`pgmig stats\` (invalid JSON: ${(err as Error).message}); write it again`);
  }
  if (typeof raw !== 'object' || raw === null || typeof raw.format !== 'number' || !Array.isArray(raw.relations) || typeof raw.takenAt !== 'string') {
    throw new UserError(`${shown}: not a statistics file written by \`pgmig stats\` (no format, takenAt or relations); write it again`);
  }
  if (raw.format > SUPPORTED_FORMAT) {
    throw new UserError(`${shown}: statistics format ${raw.format} is newer than this pgmig reads (${SUPPORTED_FORMAT}); update pgmig or write the file with this version`);
  }
  const byName = new Map<string, RelationStats>();
  raw.relations.forEach((r, i) => {
    if (!r || typeof r.schema !== 'string' || typeof r.name !== 'string' || typeof r.bytes?.total !== 'number') {
      throw new UserError(`${shown}: relations[${i}] lacks schema, name or bytes; write the file again with \`pgmig stats\``);
    }
    byName.set(`${r.schema}.${r.name}`, r);
  });
  const notices: string[] = [];
  const taken = Date.parse(raw.takenAt);
  const age = now - taken;
  if (Number.isFinite(age) && age > maxAgeMs) {
    notices.push(`the production statistics in ${shown} are ${Math.floor(age / 86_400_000)} days old (statsMaxAge is ${Math.round(maxAgeMs / 86_400_000)} days): sizes may be out of date; refresh them with \`pgmig stats\``);
  }
  return {
    stats: {
      file: shown,
      takenAt: raw.takenAt,
      relation: (ref) => byName.get(`${ref.schema}.${ref.name}`),
      ...(Array.isArray(raw.queries) ? { queries: raw.queries.filter((q) => q && typeof q.text === 'string') } : {}),
    },
    notices,
  };
}
