import type pg from 'pg';
import { cpus } from 'node:os';
import type { Clones } from './clones.js';
import type { DbTarget } from './connect.js';

/**
 * Runs one unit of work per file, each on a template clone of its own, at most `jobs` at a
 * time. Results come back in the files' order whatever order they finish in, and progress is
 * told in that order too (a finished file waits for the ones before it), so a parallel run reads
 * like a serial one. A clone is dropped as soon as its file is done; a failure stops handing out
 * files, waits for the running ones, and the caller's Clones.dropAll() removes what is left.
 */
export async function runOnClones<T>(
  files: string[],
  jobs: number,
  clones: Clones,
  run: (file: string, target: DbTarget) => Promise<T>,
  told: (result: T, index: number) => void = () => {},
): Promise<T[]> {
  const results: T[] = new Array(files.length);
  const done: boolean[] = new Array(files.length).fill(false);
  let next = 0;
  let toldUpTo = 0;
  let failure: { err: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < files.length) {
      const i = next++;
      try {
        const clone = await clones.create();
        try {
          results[i] = await run(files[i]!, clone.target);
        } finally {
          await clones.drop(clone.name);
        }
      } catch (err) {
        failure ??= { err };
        return;
      }
      done[i] = true;
      while (toldUpTo < files.length && done[toldUpTo]) {
        told(results[toldUpTo]!, toldUpTo);
        toldUpTo++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, worker));
  if (failure) throw failure.err;
  return results;
}

/**
 * Sessions pgmig keeps on the server beside the test workers: its admin session, and the ones
 * it holds through the migrations (migrate, observer, lock-queue rehearsal, estimator).
 */
export const OWN_SESSIONS = 5;

/**
 * The default of --jobs: the machine's CPUs, but never more than the server's spare
 * connections (max_connections less the sessions there now, the superuser reserve and pgmig's
 * own), so a busy shared server is not run out of connections. At least 1.
 */
export async function defaultJobs(admin: pg.Client): Promise<number> {
  return Math.max(1, Math.min(cpus().length || 1, await spareConnections(admin)));
}

export async function spareConnections(admin: pg.Client): Promise<number> {
  const r = await admin.query<{ max: string; used: string; reserved: string }>(
    `SELECT current_setting('max_connections') AS max,
            (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS used,
            current_setting('superuser_reserved_connections') AS reserved`,
  );
  const row = r.rows[0]!;
  return Number(row.max) - Number(row.used) - Number(row.reserved) - OWN_SESSIONS;
}
