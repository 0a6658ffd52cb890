import { Option, type Command } from 'commander';
import type { Io } from '../cli.js';

/** `pgmig history`: what a database's flyway_schema_history records, and the live version. */
export function registerHistory(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('history')
    .description("Show what a database's flyway_schema_history records, and its live version (read-only).")
    .option('--database-url <url>', 'the database to read (default: DATABASE_URL, then the PG* variables)')
    .option('--live', 'print only the live version (the newest applied and not undone), or 0 when none is')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .addHelpText(
      'after',
      `
Reads the history table the config names (historyTable in .pgmig.yml, or flyway.table and
flyway.defaultSchema of flyway.conf; else flyway_schema_history where the search_path finds
it), with one SELECT. The live version is the newest version whose newest row is a successful
migration, in Flyway's order (1.10 comes after 1.9; 1_2 and 1.2 are one version). A database
with no history table has no live version.

The reusable workflow's deploy job reads --live before it deploys, so that
\`pgmig gate --watch … --rollback-on-fail <live>\` takes back only what the deploy applied.

Exit codes: 0 read, 2 usage or environment error (server unreachable, several history tables).

Examples:
  pgmig history --database-url "$DATABASE_URL"
  pgmig gate --watch 5min --rollback-on-fail "$(pgmig history --live)"`,
    )
    .action(async (o: { databaseUrl?: string; live?: boolean; format: 'text' | 'json'; config?: string }) => {
      const { runHistory, historyText } = await import('./history.js');
      const r = await runHistory({ cwd: io.cwd, env: io.env, databaseUrl: o.databaseUrl, config: o.config });
      if (o.live) io.stdout(o.format === 'json' ? `${JSON.stringify({ live: r.live ?? null })}\n` : `${r.live ?? '0'}\n`);
      else io.stdout(o.format === 'json' ? `${JSON.stringify(r, null, 2)}\n` : historyText(r));
      setExit(0);
    });
}
