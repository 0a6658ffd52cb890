import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { parseShard, timingsOf, type Shard } from './shard.js';
import { UserError } from '../errors.js';

export interface ScaleFlags {
  jobs?: number;
  shard?: Shard;
  timings?: string;
  writeTimings?: string;
}

/** The options of `pgmig test` for large suites (kept apart from the rest of the command). */
export function addScaleOptions(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', "pgTAP files run at once, each on its own copy of the migrated database (default: the CPUs, at most the server's spare connections)", jobsArg)
    .option('--shard <i>/<n>', 'run only shard i of n of the pgTAP files (stable by path; balanced by --timings)', shardArg)
    .option('--timings <file>', 'durations of an earlier run (from --write-timings) that balance --shard')
    .option('--write-timings <file>', "write this run's pgTAP durations as a timing file for --timings");
}

function jobsArg(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return Number(v);
}

function shardArg(v: string): Shard {
  try {
    return parseShard(v);
  } catch (err) {
    throw new InvalidArgumentError(err instanceof UserError ? err.message : String(err));
  }
}

export function writeTimingsFile(cwd: string, file: string, tests: Array<{ file: string; durationMs: number }>): void {
  writeFileSync(resolve(cwd, file), `${JSON.stringify(timingsOf(tests), null, 2)}\n`);
}
