import { connect, displayUrl, resolveTarget } from '../db/connect.js';
import { compareKeys, findHistoryTable, historyTableName, readHistory, versionStates } from '../db/rollback.js';
import { UserError } from '../errors.js';
import { loadConfig } from '../migrations/config.js';
import { redactError } from '../secrets.js';

export interface HistoryOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  databaseUrl?: string;
  config?: string;
}

export interface HistoryEntry {
  rank: number;
  version: string | null;
  type: string;
  script: string;
  success: boolean;
}

export interface HistoryResult {
  database: { name: string; url: string };
  /** schema.table; absent when the database has no history table (nothing recorded yet). */
  history?: string;
  rows: HistoryEntry[];
  /** The newest version applied and not undone, in Flyway's version order; absent when none is. */
  live?: string;
  /** Versions whose newest row is a failed run (flyway repair removes them). */
  failed: string[];
}

/**
 * What a database's history records, read with the same reader as pgmig rollback (the config's
 * history table and schema). A deploy job reads `live` before it deploys, so that a rollback
 * after a failed health check takes back only what the deploy applied: versions are compared
 * as Flyway compares them (1.10 after 1.9), never as integers or text.
 */
export async function runHistory(opts: HistoryOptions): Promise<HistoryResult> {
  const config = loadConfig(opts.cwd, opts.config);
  const server = resolveTarget(opts.databaseUrl, opts.env);
  if (!server) throw new UserError('no database to read: give --database-url (or set DATABASE_URL)');
  let client;
  try {
    client = await connect(server, 'pgmig history', opts.env);
  } catch (err) {
    throw redactError(err);
  }
  try {
    const db = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
    const result: HistoryResult = { database: { name: db, url: displayUrl(server) }, rows: [], failed: [] };
    const found = await findHistoryTable(client, config.flyway);
    if (!found) return result;
    if ('ambiguous' in found) {
      throw new UserError(
        `database ${db} has several ${historyTableName(config.flyway)} tables (${found.ambiguous.join(', ')}) and the search_path picks none: set historyTable.schema in .pgmig.yml, or the search_path (options=-csearch_path=… in the URL)`,
      );
    }
    result.history = found.shown;
    result.rows = await readHistory(client, found);
    const states = [...versionStates(result.rows).values()];
    const applied = states.filter((s) => s.applied).sort((a, b) => compareKeys(a.key, b.key));
    if (applied.length) result.live = applied[applied.length - 1]!.version;
    result.failed = states.filter((s) => !s.last.success).sort((a, b) => compareKeys(a.key, b.key)).map((s) => s.version);
    return result;
  } catch (err) {
    throw redactError(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One line a row: rank, version, type, script and whether it succeeded. */
export function historyText(r: HistoryResult): string {
  if (!r.history) return `database ${r.database.name} has no history table: no migration is recorded as applied\n`;
  const lines = [`${r.history} of database ${r.database.name}: ${r.rows.length} row${r.rows.length === 1 ? '' : 's'}`];
  for (const row of r.rows) {
    lines.push(`  ${String(row.rank).padStart(4)}  ${(row.version ?? '-').padEnd(10)} ${row.type.padEnd(12)} ${row.success ? 'ok    ' : 'FAILED'} ${row.script}`);
  }
  lines.push(r.live ? `live version: ${r.live}` : 'no version is applied');
  if (r.failed.length) lines.push(`failed runs on top of their version: ${r.failed.join(', ')} (flyway repair removes them)`);
  return `${lines.join('\n')}\n`;
}
