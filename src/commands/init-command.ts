import type { Command } from 'commander';
import type { Io } from '../cli.js';

/** `pgmig init`: its options here, its work in init.ts, loaded when it runs. */
export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('Set up pgmig in a repository: write .pgmig.yml (finding the Flyway folder) and .github/workflows/migrations.yml.')
    .option('--postgres <versions>', 'PostgreSQL major versions to test on in CI, comma-separated (the lowest becomes postgresVersion)', '16')
    .option('--branch <name>', "the default branch, where pending migrations get their version (default: origin's HEAD, else the current branch, else main)")
    .option('-m, --migrations <dir>', 'the migrations folder, instead of finding it')
    .option('--tests <dir>', 'the pgTAP tests folder, instead of finding it')
    .option('--no-config', 'do not write .pgmig.yml')
    .option('--no-workflow', 'do not write the workflow')
    .option('--action-repo <owner/name[@ref]>', 'the GitHub repository the workflow takes pgmig from (default: package.json repository; pgmig has no published home yet, so without it the workflow holds a placeholder to replace)')
    .option('--templates <dir>', "a templates folder of your own, laid out like pgmig's templates/ (workflows/migrations.yml)")
    .addHelpText(
      'after',
      `
Run it at the root of the project (the workflow goes to the root of the git repository).

The migrations folder is the first location in flyway.conf (flyway.locations) or flyway.toml
(locations) when there is one, else the folder below the working directory with the most Flyway
files (V<version>__<description>.sql), else db/migration. .pgmig.yml says how many versioned
files it holds and the highest version, which the first pending migration will follow; other
folders with Flyway files (test data, another database) are named in it but not checked. The
tests folder is the one holding pgTAP files (they call plan(), no_plan() or done_testing()),
else "tests" beside the migrations folder. Missing folders are created.

The workflow calls pgmig's reusable workflow on pull requests (lint, and test on PostgreSQL),
on pushes to the default branch (number pending migrations) and on pull-request comments
(/migrate rollback|plan|help, in the environment "migrations", with the database URL from the
environment secret MIGRATIONS_DATABASE_URL). It takes pgmig from --action-repo owner/name[@ref]
(the ref defaults to this release's tag); without it the uses: line holds <owner>/<name>,
which must be replaced before the workflow runs.

pgmig init never overwrites a file: when .pgmig.yml or the workflow exists, it stops and
writes nothing (--no-config or --no-workflow writes the other one alone).

Exit codes: 0 written, 2 a file exists already, or a bad option.

Examples:
  pgmig init
  pgmig init --postgres 15,16 --branch main --action-repo my-org/pgmig@v0.1.0
  pgmig init --migrations src/main/resources/db/migration --no-workflow`,
    )
    .action(async (o: { postgres: string; branch?: string; migrations?: string; tests?: string; config: boolean; workflow: boolean; templates?: string; actionRepo?: string }) => {
      const { formatInitResult, runInit } = await import('./init.js');
      const postgres = o.postgres.split(',').map((v) => v.trim()).filter(Boolean);
      const result = runInit({ cwd: io.cwd, env: io.env, postgres, branch: o.branch, migrations: o.migrations, tests: o.tests, config: o.config, workflow: o.workflow, templates: o.templates, actionRepo: o.actionRepo });
      io.stdout(formatInitResult(result));
      setExit(0);
    });
}
