import { InvalidArgumentError, type Command } from 'commander';
import type { Io } from '../cli.js';
import { parseDuration } from '../migrations/config.js';

/** `pgmig stats`: production's sizes and traffic, for findings sized to the tables they touch. */
export function registerStats(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('stats')
    .description("Snapshot the sizes and write rates of a database's tables and indexes (catalogs only, read-only) into .pgmig/stats.json.")
    .option('--database-url <url>', 'the database to describe, usually production (default: DATABASE_URL, then the PG* variables)')
    .option('-o, --output <file>', 'where to write the JSON, - for stdout', '.pgmig/stats.json')
    .option('--queries <n>', 'export the n most called statements of pg_stat_statements (normalised, $n parameters), 0 for none', (v: string) => {
      if (!/^\d+$/.test(v) || Number(v) > 100_000) throw new InvalidArgumentError('expected a whole number from 0 to 100000');
      return Number(v);
    }, 500)
    .option('--statement-timeout <duration>', 'the longest any of its queries may run, such as 10s', (v: string) => {
      const ms = parseDuration(v);
      if (ms === undefined || ms <= 0) throw new InvalidArgumentError('expected a duration such as 10s or 500ms');
      return ms;
    })
    .addHelpText(
      'after',
      `
What it reads: pg_class, pg_namespace, pg_index, pg_inherits, pg_settings and
pg_stat_user_tables, in one READ ONLY transaction under a short statement_timeout. Never a row
of user data, and no lock on any user table: sizes come from relpages (as of the last VACUUM or
ANALYZE), not pg_relation_size(), which would lock each table. Any role that can log in can run
it; no pg_monitor or pg_read_all_stats is needed for these fields.

The file (format 1, keys in a fixed order, relations sorted by schema and name, so a refresh
diffs cleanly): when it was taken, the server version and the settings that decide how long a
rewrite or an index build takes (maintenance_work_mem, max_parallel_maintenance_workers, …),
and per table, partition, materialized view and index: rows (reltuples; null when never
analysed), pages, heap / index / TOAST bytes, live and dead tuples, inserts, updates and
deletes per second since the statistics were reset, sequential and index scans. Where the
pg_stat_statements extension is installed, the --queries most called SELECT, INSERT, UPDATE,
DELETE, MERGE and WITH statements too (their texts as the extension normalises them: constants
are $1, $2, … so no value leaves the server; other users' statements need pg_read_all_stats),
for pgmig test to check that the running release still works on the migrated schema.

Exit codes: 0 written, 2 usage or environment error (server unreachable, file not writable).

Examples:
  pgmig stats --database-url "$PRODUCTION_READONLY_URL"
  pgmig stats -o - | jq '.relations[] | select(.rows > 1000000) | .name'`,
    )
    .action(async (o: { databaseUrl?: string; output: string; statementTimeout?: number; queries: number }) => {
      const { runStats } = await import('./stats.js');
      const run = await runStats({ cwd: io.cwd, env: io.env, databaseUrl: o.databaseUrl, output: o.output, statementTimeoutMs: o.statementTimeout, queries: o.queries });
      if (!run.file) {
        io.stdout(run.json);
      } else {
        const tables = run.stats.relations.filter((r) => r.kind !== 'index' && r.kind !== 'partitioned index').length;
        const indexes = run.stats.relations.length - tables;
        const queries = run.stats.queries ? `, ${run.stats.queries.length} queries` : '';
        io.stderr(`pgmig: wrote ${run.file}: ${tables} tables and views, ${indexes} indexes${queries} of ${run.database} (PostgreSQL ${run.stats.server.version})\n`);
        for (const u of run.stats.unavailable) io.stderr(`pgmig: notice: ${u}\n`);
      }
      setExit(0);
    });
}
