import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { addScaleOptions, writeTimingsFile, type ScaleFlags } from './tests/cli-options.js';
import { resolve } from 'node:path';
import { UserError } from './errors.js';
import { FORMATS, type Format } from './report/formats.js';
import { runnerSafe } from './report/workflow-commands.js';
import { useColor } from './report/color.js';
import { pageUrl } from './report/docs-url.js';
import { registerNew } from './commands/new-command.js';
import { registerInit } from './commands/init-command.js';
import { registerRollback } from './commands/rollback-command.js';
import { registerStats } from './commands/stats-command.js';
import { registerGate } from './commands/gate-command.js';
import { registerHistory } from './commands/history-command.js';

import { VERSION } from './version.js';

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

function nonNegativeInt(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(v);
}

function positiveInt(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return Number(v);
}

/** `rawStdout`: for `--format github` alone, whose commands are pgmig's and whose plain lines it made safe itself. */
function buildProgram(io: Io, setExit: (code: number) => void, rawStdout: (s: string) => void): Command {
  const program = new Command('pgmig')
    .description('Make PostgreSQL migrations safe to merge: lint, apply and test, number at merge, roll back.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run pgmig --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('lint')
    .description('Check migration SQL with the PostgreSQL grammar and the rule set (exit 1 on errors).')
    .argument('[files...]', 'migration files to lint; none: every migration (or those changed since --changed-since)')
    .option('--changed-since <ref>', 'lint migrations added or changed since the merge base with <ref>; numbering rules compare with <ref>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .option('-m, --migrations <dir...>', 'migrations folder(s), overriding the config')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInt)
    .option('--stats <file>', 'production statistics from `pgmig stats`: findings on the tables it knows give their size, and size-scaled rules their severity (default: "stats" of the config)')
    .option('--no-color', 'no colours in text output (default: colours on a terminal, or wherever FORCE_COLOR is set; none with NO_COLOR)')
    .addHelpText(
      'after',
      `
With production statistics (--stats, or "stats" in .pgmig.yml), a finding on a table they know
says its size ("public.lead: 41.2 M rows, 12.3 GB, ≈ 350 writes/s"), and the rules whose harm
grows with the table (rewrites, scans, index builds, validations) become a warning on a table
below size.small and always an error at or above size.large. Missing or stale statistics are a
notice, not an error.

Exit codes: 0 clean or warnings only, 1 error findings (or too many warnings),
2 usage, config or environment error.

Examples:
  pgmig lint                                 lint every migration in the configured folder
  pgmig lint db/migration/V12__add_index.sql lint one file, earlier migrations as context
  pgmig lint --changed-since origin/main     lint what a pull request adds or changes
  pgmig lint --format sarif > pgmig.sarif    for GitHub code scanning`,
    )
    .action(async (files: string[], o: { changedSince?: string; format: Format; config?: string; migrations?: string[]; maxWarnings?: number; stats?: string; color: boolean }) => {
      // each command loads its own modules: `pgmig test` has no use for the rules, the lint none for pg
      const [{ runLint }, { formatResult }, { RULES }] = await Promise.all([import('./commands/lint.js'), import('./report/index.js'), import('./rules/index.js')]);
      const { result } = await runLint({ cwd: io.cwd, files, changedSince: o.changedSince, config: o.config, migrations: o.migrations, stats: o.stats });
      for (const n of result.notices ?? []) io.stderr(`pgmig: notice: ${n}\n`);
      const color = useColor(o.color, io.isTTY, io.env);
      (o.format === 'github' ? rawStdout : io.stdout)(formatResult(o.format, result, { color, rules: RULES, version: VERSION }));
      const tooManyWarnings = o.maxWarnings !== undefined && result.summary.warnings > o.maxWarnings;
      if (tooManyWarnings && o.format === 'text') {
        io.stderr(`pgmig: ${result.summary.warnings} warnings, more than --max-warnings ${o.maxWarnings}\n`);
      }
      setExit(result.summary.errors > 0 || tooManyWarnings ? 1 : 0);
    });

  addScaleOptions(program
    .command('test'))
    .description('Apply the migrations to a fresh database with a lock trace, run the pgTAP tests, rehearse every undo (exit 1 on failures).')
    .argument('[files...]', 'the new migrations; none: every migration (or those changed since --changed-since)')
    .option('--database-url <url>', 'server to test on (default: DATABASE_URL, the PG* variables, else a throwaway cluster)')
    .option('--changed-since <ref>', 'the new migrations are those added or changed since the merge base with <ref>')
    .option('--keep', 'keep the test database and print its URL; a throwaway cluster then keeps serving it until Ctrl-C')
    .addOption(new Option('-f, --format <format>', 'output format (junit: JUnit XML for test-report actions; tap: a TAP 14 stream, a subtest per file)').choices(['text', 'json', 'markdown', 'junit', 'tap']).default('text'))
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .option('-m, --migrations <dir...>', 'migrations folder(s), overriding the config')
    .option('-t, --tests <dir>', 'pgTAP tests folder, overriding the config')
    .option('--stats <file>', 'production statistics from `pgmig stats`: estimate how long each new statement locks the tables they know (default: "stats" of the config)')
    .option('--snapshot-cache <dir>', 'keep a snapshot of the base migrations\' schema in <dir> and restore it on the next run with the same key (default: "snapshotCache" of the config; see docs/snapshot-cache.md)')
    .option('--verify-snapshot', 'with a cached snapshot: apply the base migrations from scratch all the same and fail on any difference from it')
    .option('--no-estimates', 'no lock-duration estimates on synthetic copies, even with production statistics')
    .option('--no-lock-queue', 'no lock-queue rehearsal of the new statements behind a blocking transaction')
    .option('--no-color', 'no colours in text output (default: colours on a terminal, or wherever FORCE_COLOR is set; none with NO_COLOR)')
    .addHelpText(
      'after',
      `
A fresh database is created (and dropped, unless --keep; its commits do not wait for the disk,
synchronous_commit = off, taken off a kept one). Base migrations run first, each file
in one transaction (statement by statement when it holds CONCURRENTLY, VACUUM, …), recorded in
a Flyway-compatible flyway_schema_history; the new ones run statement by statement with the
locks they take on existing tables, rewrites and durations recorded. Then every pgTAP file runs
as written (as pg_prove runs it) on a copy of the migrated database of its own (CREATE DATABASE
… TEMPLATE, dropped afterwards), and every undo file is applied, compared with the schema
before its migration, and the migration applied again.

--database-url: the migrations and tests run with that user's rights on the whole server, not
only in the test database. Roles (superusers too), other databases, ALTER SYSTEM, tablespaces,
COPY … TO PROGRAM: what the SQL does outside its database stays on that server after the run.
pgmig reports every change it sees to databases, roles, ALTER SYSTEM settings and tablespaces
("Outside the test database"), but undoes none. Point it only at a server you can throw away
(the default throwaway cluster, or a CI service container), never at a shared or staging one.

Production impact: with production statistics (--stats, or "stats" in .pgmig.yml), each
statement of a new migration that rewrites, scans or builds on a table the statistics know
(ALTER TYPE, ADD COLUMN with a default, SET NOT NULL, ADD CONSTRAINT, VALIDATE, CREATE INDEX,
REINDEX, CLUSTER, VACUUM FULL, …) first runs on a synthetic copy of the table (its columns,
types, defaults, indexes and constraints; generated rows; no foreign keys) at two sizes
(estimates.sizes, default 20000 and 100000 rows); the growth is fitted and extrapolated to
production's row count: "≈ 3 m 40 s under ACCESS EXCLUSIVE". Within estimates.budget (default
60s) for the whole run; --no-estimates turns it off. Each new migration's WAL and database
growth are reported too.

Lock-queue rehearsal: each new statement that needs a lock conflicting with reads or writes on
a table that existed before runs once first behind a blocker (a session holding the table in
an open transaction: a reader for ACCESS EXCLUSIVE, else a writer) while other sessions read
and write the table, in transactions that are rolled back. With a lock_timeout that really
takes effect (SET LOCAL only inside a transaction; a setting in an earlier file does not carry
over) it fails fast and the traffic waits no longer; without one the traffic queues behind it,
which pgmig measures and ends after lockQueue.wait (default 2s). Within lockQueue.budget
(default 60s); --no-lock-queue turns it off.

Exit codes: 0 all good, 1 a migration, test or undo rehearsal failed (including a
statement_timeout or lock_timeout it ran into, or a required undo file missing), 2 usage,
config or environment error (server unreachable or gone, connection lost, backend terminated
or cancelled from outside, out of disk, memory or temp_file_limit, pgTAP missing).
Ctrl-C or SIGTERM: pgmig names what was running, drops the test database (or stops and
deletes the throwaway cluster), then ends by the signal (exit 130 or 143).

Examples:
  pgmig test                                   every migration is new, on a throwaway cluster
  pgmig test --changed-since origin/main       what a pull request adds, on top of the rest
  pgmig test --database-url postgresql://postgres@localhost:5432/postgres --keep`,
    )
    .action(
      async (
        files: string[],
        o: { databaseUrl?: string; changedSince?: string; keep?: boolean; format: 'text' | 'json' | 'markdown' | 'junit' | 'tap'; config?: string; migrations?: string[]; tests?: string; stats?: string; estimates: boolean; lockQueue: boolean; color: boolean; snapshotCache?: string; verifySnapshot?: boolean } & ScaleFlags,
      ) => {
        const color = useColor(o.color, io.isTTY, io.env);
        // loaded on use: the database client and the TAP parser cost a one-file lint a third of its start-up
        const [{ runTest }, { formatTestJson }, { formatTestMarkdown }, { formatTestText }] = await Promise.all([
          import('./commands/test.js'),
          import('./report/test-json.js'),
          import('./report/test-markdown.js'),
          import('./report/test-text.js'),
        ]);
        const result = await runTest({
          cwd: io.cwd,
          env: io.env,
          files,
          changedSince: o.changedSince,
          databaseUrl: o.databaseUrl,
          keep: o.keep,
          config: o.config,
          migrations: o.migrations,
          tests: o.tests,
          stats: o.stats,
          snapshotCache: o.snapshotCache,
          verifySnapshot: o.verifySnapshot,
          estimates: o.estimates,
          lockQueue: o.lockQueue,
          jobs: o.jobs,
          shard: o.shard,
          timings: o.timings,
          // progress is for people watching a terminal; reports stay clean on stdout
          progress: o.format === 'text' && io.isTTY ? (line) => io.stderr(`${line}\n`) : undefined,
          // with no terminal (CI), a line every few seconds says a long run is still going
          heartbeat: io.isTTY ? undefined : (line) => io.stderr(`${line}\n`),
        });
        const text =
          o.format === 'json'
            ? formatTestJson(result)
            : o.format === 'markdown'
              ? formatTestMarkdown(result)
              : o.format === 'junit'
                ? (await import('./report/test-junit.js')).formatTestJunit(result)
                : o.format === 'tap'
                  ? (await import('./report/test-tap.js')).formatTestTap(result)
                  : formatTestText(result, { color });
        io.stdout(text);
        if (o.writeTimings) writeTimingsFile(io.cwd, o.writeTimings, result.tests);
        if (o.keep && result.database.url && o.format !== 'text') io.stderr(`pgmig: kept the test database: ${result.database.url}\n`);
        setExit(result.summary.errors > 0 ? 1 : 0);
      },
    );

  program
    .command('merge-reports')
    .description("Merge the JSON reports of the shards of one `pgmig test --shard i/n` run into one report (exit 1 if any shard failed).")
    .argument('<reports...>', 'the shards\' `pgmig test --format json` outputs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'junit', 'tap']).default('markdown'))
    .action(async (reports: string[], o: { format: 'text' | 'json' | 'markdown' | 'junit' | 'tap' }) => {
      const { mergeReports, readReport } = await import('./tests/merge-reports.js');
      const merged = mergeReports(reports.map((f) => readReport(io.cwd, f)));
      const text =
        o.format === 'json'
          ? (await import('./report/test-json.js')).formatTestJson(merged)
          : o.format === 'markdown'
            ? (await import('./report/test-markdown.js')).formatTestMarkdown(merged)
            : o.format === 'junit'
              ? (await import('./report/test-junit.js')).formatTestJunit(merged)
              : o.format === 'tap'
                ? (await import('./report/test-tap.js')).formatTestTap(merged)
                : (await import('./report/test-text.js')).formatTestText(merged, { color: false });
      io.stdout(text);
      setExit(merged.summary.errors > 0 ? 1 : 0);
    });

  program
    .command('assign')
    .description('Give pending migrations (VXXX__*.sql, and versions used twice) the next free version; rename, commit and push, race-safe.')
    .option('--dry-run', 'print the plan; rename, commit and push nothing')
    .option('--no-push', 'commit locally; do not fetch or push')
    .option('--remote <name>', 'git remote to push to', 'origin')
    .option('--branch <name>', 'branch to push to (default: the checked-out branch; GITHUB_REF_NAME when HEAD is detached)')
    .option('--max-tries <n>', 'push attempts before giving up when others keep pushing', positiveInt, 10)
    .option('--author <identity>', 'commit author and committer, "Name <email>"', 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .addHelpText(
      'after',
      `
Run it in a clean checkout of the branch (in CI: on push to the default branch, with the full
history, actions/checkout fetch-depth: 0).

Pending migrations are the placeholder files (VXXX__<description>.sql, "placeholder" in the
config) and versioned files whose version another file reached the branch with first (the
earlier one keeps it; "first" is the order of the branch's own history). Each gets the highest
version in its range plus one, in the order pgmig test applies and lint reads them (moved
versions by version, then placeholders, each by name), however the pull requests were merged
(merge commit, squash, rebase, direct push); gaps are never filled. The range ("versionRanges") is the one its current version is in, else the
one named by a "-- pgmig-range: <n>" line in the file, else the one most numbered files of the
same folder are in (a folder of test data keeps to V10000+, say), else the first.

The undo file (UXXX__<description>.sql) and the pgTAP files under "tests" whose name carries
the placeholder (or the old version) and the description are renamed with it by git mv, and
references to the placeholder inside them (a "-- VXXX" header) are updated. All of it goes in
one commit ("migrations: assign V227 to user_lead_protection") pushed without force (commits
of the checkout that the remote lacks are rebased onto its tip and pushed with it). When the
push is refused because someone pushed first, pgmig fetches, moves onto the new tip, plans
again and retries (up to --max-tries, with jittered backoff); then it fails and the remote
branch stays as others left it. Nothing pending: no commit, exit 0.

Exit codes: 0 done (or nothing to do), 1 the push failed (refused, or --max-tries used up),
2 usage, config or environment error (dirty work tree, detached HEAD without --branch).

Examples:
  pgmig assign --dry-run                 show which numbers the pending files would get now
  pgmig assign                           number, commit and push to origin
  pgmig assign --no-push                 number and commit locally
  pgmig assign --branch main --format json`,
    )
    .action(
      async (o: { dryRun?: boolean; push: boolean; remote: string; branch?: string; maxTries: number; author: string; format: 'text' | 'json'; config?: string }) => {
        const [{ runAssign }, { formatAssignJson, formatAssignText }] = await Promise.all([import('./commands/assign.js'), import('./report/assign.js')]);
        const result = await runAssign({
          cwd: io.cwd,
          config: o.config,
          remote: o.remote,
          branch: o.branch,
          dryRun: o.dryRun,
          push: o.push,
          maxTries: o.maxTries,
          author: o.author,
          env: io.env,
          log: o.format === 'text' ? (line) => io.stderr(`pgmig: ${line}\n`) : undefined,
        });
        io.stdout(o.format === 'json' ? formatAssignJson(result) : formatAssignText(result, result.placeholder));
        setExit(0);
      },
    );

  registerNew(program, io, setExit);
  registerInit(program, io, setExit);
  registerRollback(program, io, setExit);
  registerStats(program, io, setExit);
  registerGate(program, io, setExit);
  registerHistory(program, io, setExit);

  program
    .command('snapshot-key')
    .description('Print the key `pgmig test --snapshot-cache` stores the base migrations\' schema under (for a CI cache); prints nothing when there is no base.')
    .argument('[files...]', 'the migration files that make the change, as for pgmig test')
    .requiredOption('--server-version <major>', 'the PostgreSQL major version the test runs on (16); the key differs per major')
    .option('--changed-since <ref>', 'as for pgmig test: the files changed since the merge base with <ref> are the change, the rest the base')
    .option('--config <file>', 'config file (default: .pgmig.yml found upward)')
    .option('--migrations <dir...>', 'migration folders (default: "migrations" of the config)')
    .action(async (files: string[], o: { serverVersion: string; changedSince?: string; config?: string; migrations?: string[] }) => {
      const major = Number(o.serverVersion);
      if (!Number.isInteger(major) || major < 9 || major > 99) throw new UserError(`--server-version ${o.serverVersion}: expected a PostgreSQL major version such as 16`);
      const { snapshotKeyOf } = await import('./commands/test.js');
      const key = snapshotKeyOf({ cwd: io.cwd, env: io.env, files, changedSince: o.changedSince, config: o.config, migrations: o.migrations }, major);
      if (key) io.stdout(`${key}\n`);
    });

  program
    .command('rules')
    .description('List every rule with its default severity.')
    .option('--json', 'as JSON')
    .action(async (o: { json?: boolean }) => io.stdout((await import('./commands/rules.js')).listRules(!!o.json)));

  program
    .command('explain')
    .description('Explain a rule: why it matters, the lock it takes, and the safe alternative with an example.')
    .argument('<rule>', 'rule id, as printed in findings')
    .option('--markdown', 'as the Markdown page in docs/rules/')
    .action(async (rule: string, o: { markdown?: boolean }) => {
      const { explainMarkdown, explainRule } = await import('./commands/rules.js');
      io.stdout(o.markdown ? explainMarkdown(rule) : explainRule(rule));
    });

  program
    .command('docs', { hidden: true })
    .description('Write docs/rules/*.md and the rule table of docs/lint.md from the rules themselves.')
    .argument('[dir]', 'repository root', '.')
    .action(async (dir: string) => (await import('./commands/rules.js')).writeDocs(resolve(io.cwd, dir)));

  for (const command of program.commands) {
    const page = HELP_PAGES[command.name()];
    if (page) command.addHelpText('after', () => `\nMore: ${pageUrl(page) ?? `${page} in pgmig's repository`}`);
  }
  return program;
}

/** The page under docs/ that says what a command's --help has no room for. */
const HELP_PAGES: Record<string, string> = {
  lint: 'docs/lint.md',
  rules: 'docs/lint.md',
  explain: 'docs/lint.md',
  test: 'docs/test.md',
  stats: 'docs/production.md',
  assign: 'docs/assign.md',
  rollback: 'docs/chatops.md',
  gate: 'docs/gate.md',
  calendar: 'docs/gate.md',
  new: 'docs/templates.md',
  init: 'docs/github.md',
};

/** Runs the CLI and returns the exit code; never throws for user mistakes. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let code = 0;
  // in a workflow step the runner reads pgmig's output for commands: no line of it may be one
  const raw = io.stdout;
  io = { ...io, stdout: (s) => raw(runnerSafe(s)), stderr: ((err) => (s: string) => err(runnerSafe(s)))(io.stderr) };
  const program = buildProgram(io, (c) => (code = c), raw);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version print and exit 0; usage mistakes are exit 2
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UserError) {
      io.stderr(`pgmig: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr(`pgmig: internal error: ${(err as Error)?.stack ?? err}\nPlease report this with the command you ran.\n`);
    return 3;
  }
}
