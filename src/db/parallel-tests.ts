import type pg from 'pg';
import { cpus } from 'node:os';
import type { Clone, Clones } from './clones.js';
import type { DbTarget } from './connect.js';

/**
 * Runs one unit of work per file, each on a template clone of its own, at most `jobs` at a
 * time. Results come back in the files' order whatever order they finish in, and progress is
 * told in that order too (a finished file waits for the ones before it), so a parallel run reads
 * like a serial one.
 *
 * A file that undid all it did (BEGIN … ROLLBACK, sequences unmoved: runTestFile checks) leaves
 * its clone, and its open session, to the worker's next file (see {@link Carry}); any other clone
 * is dropped as soon as its file is done (in the background, off the worker's path). Making a
 * clone costs about what a small file costs to run, so once a file has not handed its clone
 * over, up to `ahead` clones are made ahead of time while files run: a worker that finishes such
 * a file finds the next clone ready. A failure stops handing out files, waits for the running ones and the drops, and the caller's
 * Clones.dropAll() removes what is left, ready clones included.
 */
export async function runOnClones<T>(
  files: string[],
  jobs: number,
  clones: Clones,
  /** `carry`: what the last file on this clone handed over, and where this one hands over (see {@link Carry}). */
  run: (file: string, target: DbTarget, carry: Carry) => Promise<T>,
  told: (result: T, index: number) => void = () => {},
  ahead = 0,
): Promise<T[]> {
  const results: T[] = new Array(files.length);
  const done: boolean[] = new Array(files.length).fill(false);
  let next = 0;
  let toldUpTo = 0;
  let failure: { err: unknown } | undefined;
  // clones asked for and not yet taken, oldest first; never more than the files left need
  const ready: Array<Promise<Clone>> = [];
  const drops: Array<Promise<void>> = [];
  // clones are made ahead only once a file has not handed its clone over: a suite whose files
  // all end in ROLLBACK needs one clone a worker, and clones made for nothing take a share of the
  // server's CPUs from the files running beside them
  let handedAll = true;
  const topUp = () => {
    while (!failure && !handedAll && ready.length < ahead && next + ready.length < files.length) {
      const c = clones.create();
      // a failure surfaces when a worker takes this clone; an untaken one is dropAll's
      c.catch(() => {});
      ready.push(c);
    }
  };
  const take = (): Promise<Clone> => {
    const c = ready.shift() ?? clones.create();
    topUp();
    return c;
  };
  const dropSoon = (clone: Clone, carry?: Carry) => {
    // a session still open on the clone ends first, so the drop does not have to cut it off
    const session = carry?.kept?.session;
    if (carry) carry.kept = undefined;
    const d = (session ? session.end().catch(() => {}) : Promise.resolve()).then(() => clones.drop(clone.name));
    d.catch(() => {});
    drops.push(d);
  };
  const worker = async () => {
    // a clone the last file left as it found it (it handed over in `carry`): the next file's
    let kept: { clone: Clone; carry: Carry } | undefined;
    while (!failure && next < files.length) {
      const i = next++;
      try {
        const clone = kept?.clone ?? (await take());
        const carry: Carry = kept?.carry ?? {};
        kept = undefined;
        try {
          results[i] = await run(files[i]!, clone.target, carry);
        } finally {
          if (carry.kept && !failure) kept = { clone, carry };
          else {
            dropSoon(clone, carry);
            handedAll = false;
          }
        }
      } catch (err) {
        failure ??= { err };
        if (kept) dropSoon(kept.clone, kept.carry);
        return;
      }
      done[i] = true;
      while (toldUpTo < files.length && done[toldUpTo]) {
        told(results[toldUpTo]!, toldUpTo);
        toldUpTo++;
      }
    }
    if (kept) dropSoon(kept.clone, kept.carry);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, worker));
  // a drop that failed leaves its clone in the set: dropAll tries again
  await Promise.allSettled(drops);
  if (failure) throw failure.err;
  return results;
}

/**
 * What a file hands over to the next one on its clone. The worker gives each file one; `kept`
 * holds what the last file on the clone left, if anything. A file that left the clone as it
 * found it sets `kept` (the clone then serves the next file); with it, its session, still open
 * and its state discarded, so the next file needs no new connection (a fresh server process
 * with cold caches costs more than a small file takes to run), and the sequences' positions it
 * saw last. A file that takes `kept.session` clears `kept` first: the session is then its own to
 * end or hand over. An unset `kept` after the file means the clone goes.
 */
export interface Carry {
  kept?: { session?: pg.Client; sequences?: string };
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
