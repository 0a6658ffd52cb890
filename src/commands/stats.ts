import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { connect, displayUrl, resolveTarget } from '../db/connect.js';
import { collectStats, type StatsFile } from '../db/stats.js';
import { UserError } from '../errors.js';
import { redact } from '../secrets.js';

export const DEFAULT_STATS_FILE = '.pgmig/stats.json';

export interface StatsOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  databaseUrl?: string;
  /** A path, or '-' for stdout. Default: .pgmig/stats.json. */
  output?: string;
  statementTimeoutMs?: number;
  /** How many pg_stat_statements entries to export (default 500; 0: none). */
  queries?: number;
}

export interface StatsRun {
  stats: StatsFile;
  /** The file written, relative to cwd; undefined when written to stdout. */
  file?: string;
  json: string;
  database: string;
}

/** `pgmig stats`: a snapshot of production's table sizes and traffic, without a row of its data. */
export async function runStats(opts: StatsOptions): Promise<StatsRun> {
  const target = resolveTarget(opts.databaseUrl, opts.env);
  if (!target) throw new UserError('no database to read statistics from: give --database-url (or set DATABASE_URL or the PG* variables)');
  const client = await connect(target, 'pgmig stats', opts.env);
  let stats: StatsFile;
  try {
    stats = await collectStats(client, { statementTimeoutMs: opts.statementTimeoutMs, queries: opts.queries });
  } catch (err) {
    const e = err as { message?: string; code?: string };
    throw new UserError(`cannot read the statistics of ${displayUrl(target)}: ${redact(e.message ?? String(err))}${e.code ? ` (SQLSTATE ${e.code})` : ''}`);
  } finally {
    await client.end().catch(() => {});
  }
  const json = JSON.stringify(stats, null, 2) + '\n';
  const out = opts.output ?? DEFAULT_STATS_FILE;
  if (out === '-') return { stats, json, database: displayUrl(target) };
  const abs = resolve(opts.cwd, out);
  try {
    mkdirSync(dirname(abs), { recursive: true });
    // written aside and renamed, so a reader never sees half a file and a failure keeps the old one
    const tmp = `${abs}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, abs);
  } catch (err) {
    throw new UserError(`cannot write ${out}: ${(err as Error).message}`);
  }
  return { stats, json, file: relative(opts.cwd, abs) || out, database: displayUrl(target) };
}
