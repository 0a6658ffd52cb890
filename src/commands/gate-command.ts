import { appendFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from '../cli.js';
import { UserError } from '../errors.js';
import { parseDuration } from '../migrations/config.js';

function duration(v: string): number {
  const ms = parseDuration(v);
  if (!/[a-z]\s*$/i.test(v) || ms === undefined || ms <= 0) throw new InvalidArgumentError('expected a duration with its unit, such as 30s or 5min');
  return ms;
}

function isoTime(v: string): Date {
  // a day alone means its start in UTC; a time without a zone would be the machine's, so say it
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(v)) {
    throw new InvalidArgumentError('expected an ISO time with its zone, such as 2026-10-01T09:00:00+02:00, or a day such as 2026-10-01');
  }
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new InvalidArgumentError(`${v} is not a real moment`);
  return d;
}

/** `pgmig gate` and `pgmig calendar`: the seasonal calendar and the health checks of a deploy. */
export function registerGate(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('gate')
    .description('May migrations be deployed now? Blackout windows of the calendar, then the Prometheus health checks (exit 0 deploy, 1 held).')
    .option('--at <time>', 'judge another moment (ISO time with zone, or a day), for planning and tests', isoTime)
    .option('--emergency <reason>', 'deploy inside a blackout window all the same; said loudly in the output and the job summary, with who and why')
    .option('--prometheus-url <url>', 'the Prometheus server of the health checks (default: PGMIG_PROMETHEUS_URL, then gates.prometheus)')
    .option('--watch <duration>', 'after a deploy: evaluate the health checks every --interval for this long (such as 5min); exit 1 at the first failure', duration)
    .option('--interval <duration>', 'with --watch: how often to evaluate (default 30s)', duration)
    .option('--rollback-on-fail <version>', 'with --watch: when a check fails, roll back the migrations above this version (the one live before the deploy) one at a time, newest first, stopping at the first failure')
    .option('--database-url <url>', 'with --rollback-on-fail: the database to roll back (default: DATABASE_URL, then the PG* variables)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .addHelpText(
      'after',
      `
The calendar (calendar: in .pgmig.yml) holds deploys on the days of its blackout windows, in
its own time zone: yearly ("09-16" to "10-04", which may cross the new year) or dated
("2026-12-20" to "2027-01-06"), both inclusive. The health checks (gates.checks) are PromQL
instant queries with a max or min: a value past its bound holds the deploy, and so do an
unreachable server, an error, no value and NaN — none of them is a pass. With --at in the
future only the calendar is judged.

When GITHUB_STEP_SUMMARY is set, the verdict is written to the job summary too; an emergency
deploy always is, with the person (GITHUB_ACTOR, else USER) and the reason.

--watch <duration> (after the deploy step) evaluates the checks every --interval and ends at
the first failure, saying what it saw: the query, the value, the bound and the time. With
--rollback-on-fail <version> it then rolls back the migrations above that version with the
engine of pgmig rollback (the undo files of this checkout, lock_timeout with retries), one
version at a time, newest first, each in its own transaction with its flyway_schema_history row
(a CONCURRENTLY undo runs alone); it stops at the first version that fails and says what it
rolled back, what it did not, and how long each took.

Exit codes: 0 may deploy (or let through by --emergency; --watch: healthy throughout), 1 held
(a window, or a failed check; --watch: a check failed, rolled back or not), 2 usage or config
error.

Examples:
  pgmig gate                                   before the deploy step
  pgmig gate --at 2026-10-01                   would a deploy on that day be held?
  pgmig gate --emergency "orders fail at checkout (INC-4711)"
  pgmig gate --watch 5min --interval 15s --rollback-on-fail 225`,
    )
    .action(async (o: { at?: Date; emergency?: string; prometheusUrl?: string; watch?: number; interval?: number; rollbackOnFail?: string; databaseUrl?: string; format: 'text' | 'json'; config?: string }) => {
      const { runGate, formatGateText, formatGateMarkdown, runWatch, formatWatchText } = await import('./gate.js');
      if ((o.interval !== undefined || o.rollbackOnFail !== undefined) && o.watch === undefined) throw new UserError('--interval and --rollback-on-fail go with --watch <duration>');
      if (o.rollbackOnFail !== undefined && !/^\d+(?:[._]\d+)*$/.test(o.rollbackOnFail)) throw new UserError(`--rollback-on-fail takes the version live before the deploy, such as 225, got ${JSON.stringify(o.rollbackOnFail)}`);
      if (o.watch !== undefined) {
        if (o.at || o.emergency) throw new UserError('--watch judges the live system: --at and --emergency do not go with it');
        const w = await runWatch({
          cwd: io.cwd,
          env: io.env,
          config: o.config,
          prometheusUrl: o.prometheusUrl,
          durationMs: o.watch,
          intervalMs: o.interval ?? 30_000,
          rollback: o.rollbackOnFail !== undefined ? { to: o.rollbackOnFail, databaseUrl: o.databaseUrl } : undefined,
          log: o.format === 'text' ? (line) => io.stderr(`pgmig: ${line}\n`) : undefined,
        });
        io.stdout(o.format === 'json' ? JSON.stringify(w, null, 2) + '\n' : formatWatchText(w));
        setExit(w.status === 'healthy' ? 0 : 1);
        return;
      }
      const r = await runGate({ cwd: io.cwd, env: io.env, config: o.config, at: o.at, emergency: o.emergency, prometheusUrl: o.prometheusUrl });
      io.stdout(o.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : formatGateText(r));
      if (io.env.GITHUB_STEP_SUMMARY) {
        try {
          appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatGateMarkdown(r));
        } catch (err) {
          io.stderr(`pgmig: cannot write the job summary: ${(err as Error).message}\n`);
        }
      }
      setExit(r.decision === 'deploy' ? 0 : 1);
    });

  program
    .command('calendar')
    .description('List the blackout windows of the coming year (calendar: in .pgmig.yml).')
    .option('--from <time>', 'start the listing here instead of today', isoTime)
    .option('--days <n>', 'how many days to list', (v: string) => {
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 3660) throw new InvalidArgumentError('expected a whole number of days from 1 to 3660');
      return Number(v);
    })
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .action(async (o: { from?: Date; days?: number; format: 'text' | 'json'; config?: string }) => {
      const { runCalendar, formatCalendarText } = await import('./gate.js');
      const c = runCalendar({ cwd: io.cwd, config: o.config, from: o.from, days: o.days });
      io.stdout(o.format === 'json' ? JSON.stringify(c, null, 2) + '\n' : formatCalendarText(c));
      setExit(0);
    });
}
