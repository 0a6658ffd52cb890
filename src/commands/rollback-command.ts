import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from '../cli.js';
import { UserError } from '../errors.js';
import { MAX_LOCK_ATTEMPTS, parseDuration } from '../migrations/config.js';

/** `pgmig rollback [<version>|last]`: the same rollback as `/migrate rollback`, from a terminal. */
export function registerRollback(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('rollback')
    .description("Run a migration's undo file and remove its flyway_schema_history rows, in one transaction (all or nothing).")
    .argument('[version]', 'the version to roll back, or last (the newest applied version)', (v: string) => {
      if (v !== 'last' && !/^\d+(?:[._]\d+)*$/.test(v)) throw new InvalidArgumentError('expected a version such as 12 or 1.2, or last');
      return v;
    })
    .option('--database-url <url>', 'the database to roll back (default: DATABASE_URL, then the PG* variables)')
    .option('--dry-run', 'run it in a transaction and roll it back, when that takes all of it back; else check only: nothing changes')
    .option('--plan', 'say what would run and what blocks it; run nothing')
    .option('--lock-timeout <duration>', 'the longest SET LOCAL lock_timeout for each undo file, such as 2s or 500ms (default: lockTimeout.max of the config)', (v: string) => {
      const ms = parseDuration(v);
      if (ms === undefined) throw new InvalidArgumentError('expected a duration such as 2s, 500ms or 1min');
      return ms;
    })
    .option('--lock-retries <attempts>', `attempts in all when a lock is not granted within lock_timeout, 1 for no retry (default: lockRetries.attempts of the config, else 5)`, (v: string) => {
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1 || n > MAX_LOCK_ATTEMPTS) throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_LOCK_ATTEMPTS}`);
      return n;
    })
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .option('-m, --migrations <dir...>', 'migrations folder(s), overriding the config')
    .addHelpText(
      'after',
      `
Runs the undo file (U<version>__*.sql) of an applied migration under SET LOCAL lock_timeout, and
deletes the version's rows from flyway_schema_history, in one transaction: all of it happens,
or nothing does. When a lock is not granted in time, the whole transaction is rolled back and
run again after a pause, with a longer lock_timeout (100ms, 200ms, 500ms, 1s, … up to
--lock-timeout, which the last attempt gets), within lockRetries (attempts, maxTotal) of the
config. An undo file's own SET/RESET lock_timeout is not run (it would govern the waits instead
of the schedule reported); the report notes each one. It refuses, naming the reason, when the version is not applied, its undo file is
missing or manages its own transactions (BEGIN/COMMIT), or a newer version is applied on top
of it (undo files run newest first), or it is at or below a BASELINE row, or the newest history
row is a failed run (repair it, or roll that version back by number). An undo file of
CONCURRENTLY statements (and SET lines) runs alone, outside a transaction, as Flyway runs it,
its history rows removed after it.

--dry-run executes the undo files in a transaction and rolls it back only when that takes all
of them back (DDL calling no function); otherwise (DML, SELECT setval, DO, a DEFAULT calling
nextval, …) it checks the plan and the history and executes nothing. A server error that may
quote rows (data and integrity errors, RAISE) is shown by its SQLSTATE only.

Ctrl-C or SIGTERM while the undo files run: pgmig cancels the running statement from a second
session (pg_cancel_backend, then pg_terminate_backend), the transaction is rolled back, the
report says so, and the exit code is 130 (SIGINT) or 143 (SIGTERM).

Exit codes: 0 rolled back (or dry run, or plan), 1 refused or failed (nothing changed),
2 usage, config or environment error, 130/143 interrupted (nothing changed).

Examples:
  pgmig rollback --plan --database-url postgresql://app@localhost/app
  pgmig rollback last --dry-run
  pgmig rollback 12 --database-url "$STAGING_URL" --lock-timeout 2s --lock-retries 8`,
    )
    .action(async (version: string | undefined, o: { databaseUrl?: string; dryRun?: boolean; plan?: boolean; lockTimeout?: number; lockRetries?: number; format: 'text' | 'json'; config?: string; migrations?: string[] }) => {
      if (o.plan && o.dryRun) throw new UserError('give --plan or --dry-run, not both');
      // loaded on use, so that the lint path never loads the database client
      const [{ runRollback }, { formatRollbackText }] = await Promise.all([import('./rollback.js'), import('../report/rollback.js')]);
      const result = await runRollback({
        cwd: io.cwd,
        env: io.env,
        databaseUrl: o.databaseUrl,
        config: o.config,
        migrations: o.migrations,
        target: !version || version === 'last' ? { kind: 'last' } : { kind: 'version', version },
        dryRun: o.dryRun,
        planOnly: o.plan,
        lockTimeoutMs: o.lockTimeout,
        lockAttempts: o.lockRetries,
        // a wait for locks can be long: say what happens as it happens (the report has it too)
        log: io.isTTY ? (line) => io.stderr(`pgmig: ${line}\n`) : undefined,
      });
      io.stdout(o.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatRollbackText(result));
      // as a process ended by the signal would (128 + its number), after the report is out
      if (result.interrupted) return setExit(result.interrupted === 'SIGINT' ? 130 : 143);
      setExit(result.status === 'refused' || result.status === 'failed' || (result.status === 'planned' && result.blockers.length > 0) ? 1 : 0);
    });
}
