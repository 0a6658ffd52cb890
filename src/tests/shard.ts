import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface Shard {
  index: number;
  count: number;
}

/** `--shard <i>/<n>`: 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UserError(`--shard ${text}: expected <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  }
  return { index, count };
}

/**
 * The timing file (`--timings`): JSON `{ "version": 1, "files": { "<path as reported>": <ms> } }`,
 * the durations of the last run by the test files' reported paths. `pgmig test --format json`
 * reports carry the same durations (tests[].durationMs), and --write-timings writes this file.
 */
export interface Timings {
  version: 1;
  files: Record<string, number>;
}

export function readTimings(path: string, shown = path): Timings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`--timings ${shown}: cannot read it (${(err as Error).message}); write one with --write-timings <file>`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UserError(`--timings ${shown}: not JSON (${(err as Error).message})`);
  }
  const d = data as { version?: unknown; files?: unknown };
  if (!d || typeof d !== 'object' || d.version !== 1 || !d.files || typeof d.files !== 'object' || Array.isArray(d.files)) {
    throw new UserError(`--timings ${shown}: expected {"version": 1, "files": {"<test file>": <milliseconds>}}`);
  }
  for (const [file, ms] of Object.entries(d.files as Record<string, unknown>)) {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw new UserError(`--timings ${shown}: the duration of ${file} is not a number of milliseconds ≥ 0`);
    }
  }
  return d as Timings;
}

export function timingsOf(tests: Array<{ file: string; durationMs: number }>): Timings {
  const files: Record<string, number> = {};
  for (const t of [...tests].sort((a, b) => cmp(a.file, b.file))) files[t.file] = Math.round(t.durationMs);
  return { version: 1, files };
}

/**
 * The files of one shard. Every machine of a matrix computes the same split from the same
 * list, so it depends only on the paths (sorted by code unit, not locale) and the timings:
 * without timings, round-robin by path (counts differ by at most one); with them, the longest
 * first onto the least loaded shard (ties: lower shard), files the timings do not know counted
 * at the median known duration. The chosen files come back in their original order.
 */
export function selectShard(files: string[], shard: Shard, timings?: Timings): string[] {
  return assignShards(files, shard.count, timings)[shard.index - 1]!.sort((a, b) => files.indexOf(a) - files.indexOf(b));
}

export function assignShards(files: string[], count: number, timings?: Timings): string[][] {
  const sorted = [...new Set(files)].sort(cmp);
  const shards: string[][] = Array.from({ length: count }, () => []);
  if (!timings) {
    sorted.forEach((f, i) => shards[i % count]!.push(f));
    return shards;
  }
  const known = Object.values(timings.files).sort((a, b) => a - b);
  const fallback = known.length ? known[Math.floor(known.length / 2)]! : 1;
  const cost = (f: string) => timings.files[f] ?? fallback;
  const load = new Array<number>(count).fill(0);
  for (const f of [...sorted].sort((a, b) => cost(b) - cost(a) || cmp(a, b))) {
    let best = 0;
    for (let s = 1; s < count; s++) if (load[s]! < load[best]!) best = s;
    shards[best]!.push(f);
    load[best]! += cost(f);
  }
  return shards;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
