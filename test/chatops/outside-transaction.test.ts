import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { runRollback } from '../../src/commands/rollback.js';
import { project } from '../helpers/project.js';
import { BASE, CHANGE, deployedDatabase, stopServer, type Db } from './fixtures.js';

// issue 18 item 6: an undo file that cannot run in a transaction (the index-concurrently
// template's DROP INDEX CONCURRENTLY) is rolled back the way Flyway and pgmig test run it:
// outside a transaction, alone, its history rows removed after it.

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const dbs: Db[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.drop().catch(() => {});
});
afterAll(async () => {
  await stopServer();
});

const V4 = "SET lock_timeout = '2s';\nSET statement_timeout = '30min';\n\nDROP INDEX CONCURRENTLY IF EXISTS lead_owner;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner\n  ON lead (owner_id);\n";
const U4 = "-- Undo of V4: drops lead_owner without blocking lead\nSET lock_timeout = '2s';\nSET statement_timeout = '10min';\n\nDROP INDEX CONCURRENTLY IF EXISTS lead_owner;\n";
const FILES = { ...BASE, ...CHANGE, 'db/migration/V4__lead_owner_index.sql': V4, 'db/migration/U4__lead_owner_index.sql': U4 };
const APPLIED = ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql', 'db/migration/V4__lead_owner_index.sql'];
const indexes = async (db: Db) => (await db.query<{ i: string }>("SELECT indexname AS i FROM pg_indexes WHERE tablename = 'lead' ORDER BY 1")).map((r) => r.i);

describe('an undo file that runs outside a transaction', () => {
  it('the index-concurrently undo: dry run executes nothing, the rollback drops the index and then the history row', async () => {
    const cwd = project(FILES);
    const db = await deployedDatabase(cwd, APPLIED);
    dbs.push(db);
    expect(await indexes(db)).toEqual(['lead_owner', 'lead_pkey']);

    const dry = await cli(['rollback', '4', '--dry-run', '--database-url', db.url], cwd);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('not executed: db/migration/U4__lead_owner_index.sql:5: DROP INDEX CONCURRENTLY runs outside a transaction, so nothing could take it back');
    expect(await indexes(db)).toEqual(['lead_owner', 'lead_pkey']);

    const run = await cli(['rollback', '4', '--database-url', db.url], cwd);
    expect(run.stdout).toContain('pgmig rollback: rolled back version 4');
    expect(run.stdout).toContain('note: db/migration/U4__lead_owner_index.sql holds DROP INDEX CONCURRENTLY: it runs outside a transaction');
    expect(run.code).toBe(0);
    expect(await indexes(db)).toEqual(['lead_pkey']);
    expect((await db.state()).history).toEqual(['1', '2', '3']);
  });

  it('with other versions in the same rollback: refused, saying to roll it back on its own', async () => {
    const cwd = project(FILES);
    const db = await deployedDatabase(cwd, APPLIED);
    dbs.push(db);
    const files = ['db/migration/V3__lead_note.sql', 'db/migration/V4__lead_owner_index.sql'].map((p) => ({ path: p, abs: join(cwd, p) }));
    const r = await runRollback({ cwd, env: {}, databaseUrl: db.url, target: { kind: 'all' }, scope: { label: 'pull request #9', files } });
    expect(r.status).toBe('refused');
    expect(r.blockers).toEqual([
      'db/migration/U4__lead_owner_index.sql holds DROP INDEX CONCURRENTLY, which runs outside a transaction, so version 4 is rolled back on its own, its history rows removed after it: roll back version 4 first, one command each (by version)',
    ]);
    expect(await indexes(db)).toEqual(['lead_owner', 'lead_pkey']);
  });

  it('a file mixing CONCURRENTLY with transactional statements is refused, naming the line', async () => {
    const cwd = project({ ...FILES, 'db/migration/U4__lead_owner_index.sql': 'DROP INDEX CONCURRENTLY IF EXISTS lead_owner;\nALTER TABLE lead DROP COLUMN score;\n' });
    const db = await deployedDatabase(cwd, APPLIED);
    dbs.push(db);
    const run = await cli(['rollback', '4', '--database-url', db.url], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('blocked: db/migration/U4__lead_owner_index.sql holds DROP INDEX CONCURRENTLY, which runs outside a transaction, and also ALTER TABLE lead (line 2)');
    expect(await indexes(db)).toEqual(['lead_owner', 'lead_pkey']);
  });
});
