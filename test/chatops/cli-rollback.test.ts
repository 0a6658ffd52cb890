import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { project } from '../helpers/project.js';
import { BASE, CHANGE, deployedDatabase, stopServer, type Db } from './fixtures.js';

// `pgmig rollback` from a terminal: the same rollback as /migrate, over every migration in the folder.

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env });
  return { code, stdout, stderr };
}

const dbs: Db[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.drop().catch(() => {});
});
afterAll(async () => {
  await stopServer();
});

const ALL = ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql'];

async function deployed(files: Record<string, string> = { ...BASE, ...CHANGE }, applied = ALL): Promise<{ cwd: string; db: Db }> {
  const cwd = project(files);
  const db = await deployedDatabase(cwd, applied);
  dbs.push(db);
  return { cwd, db };
}

describe('pgmig rollback (CLI)', () => {
  it('with no version: the newest applied one; --plan and --dry-run change nothing', async () => {
    const { cwd, db } = await deployed();
    const plan = await cli(['rollback', '--plan', '--database-url', db.url], cwd);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('     3: db/migration/U3__lead_note.sql (1 statement)\n       DROP TABLE lead_note\n');
    expect(plan.stdout).toMatch(/pgmig rollback: a rollback would run 1 undo file \(version 3\)\n$/);

    const dry = await cli(['rollback', 'last', '--dry-run'], cwd, { DATABASE_URL: db.url });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^ok {3}3: db\/migration\/U3__lead_note\.sql \(1 statement, [\d.]+ m?s\)$/m);
    expect(dry.stdout).toMatch(/dry run: version 3 rolled back in .*nothing changed/);
    expect((await db.state()).history).toEqual(['1', '2', '3']);

    const run = await cli(['rollback', '--database-url', db.url, '--format', 'json'], cwd);
    expect(run.code).toBe(0);
    const j = JSON.parse(run.stdout);
    expect(j).toMatchObject({ status: 'rolled back', deletedRows: 1, lockTimeoutMs: 1500, blockers: [] });
    expect(await db.state()).toEqual({ history: ['1', '2'], tables: ['flyway_schema_history', 'lead'], leadColumns: ['id', 'owner_id', 'score'] });
  });

  it('a version with a newer one applied on top is refused (exit 1); --lock-timeout overrides the config', async () => {
    const { cwd, db } = await deployed();
    const refused = await cli(['rollback', '2', '--database-url', db.url], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('blocked: 1 newer version is applied on top (3): undo files run newest first, so roll those back before this one');
    expect((await db.state()).history).toEqual(['1', '2', '3']);

    const three = await cli(['rollback', '3', '--database-url', db.url, '--lock-timeout', '3s', '--format', 'json'], cwd);
    expect(three.code).toBe(0);
    expect(JSON.parse(three.stdout)).toMatchObject({ status: 'rolled back', lockTimeoutMs: 3000 });
    const two = await cli(['rollback', '2', '--database-url', db.url], cwd);
    expect(two.code).toBe(0);
    expect((await db.state()).leadColumns).toEqual(['id', 'owner_id']);
  });

  it('an undo file that mixes CONCURRENTLY with transactional statements is refused before anything runs', async () => {
    const { cwd, db } = await deployed({ ...BASE, ...CHANGE, 'db/migration/U3__lead_note.sql': 'DROP INDEX CONCURRENTLY IF EXISTS lead_note_idx;\nDROP TABLE lead_note;\n' });
    const r = await cli(['rollback', '--database-url', db.url], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('blocked: db/migration/U3__lead_note.sql holds DROP INDEX CONCURRENTLY, which runs outside a transaction, and also DROP TABLE lead_note (line 2), which would then not be all or nothing');
    expect((await db.state()).tables).toContain('lead_note');
  });

  it('a database no migration was recorded in: nothing to roll back, said plainly', async () => {
    const { cwd, db } = await deployed();
    await db.query('DROP TABLE flyway_schema_history');
    const plan = await cli(['rollback', '--plan', '--database-url', db.url, '--format', 'json'], cwd);
    expect(plan.code).toBe(1);
    const j = JSON.parse(plan.stdout);
    expect(j.status).toBe('planned');
    expect(j.blockers).toEqual([`database ${db.name} has no flyway_schema_history table: no migration is recorded as applied there`]);
    const run = await cli(['rollback', '3', '--database-url', db.url], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/pgmig rollback: not run: 1 problem blocks the rollback; nothing changed\n$/);
    expect((await db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.t)).toEqual(['lead', 'lead_note']);
  });

  it('usage and environment mistakes: exit 2 with what to do', async () => {
    const { cwd } = await deployed();
    const bad = await cli(['rollback', '1;DROP'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected a version such as 12 or 1\.2, or last/);
    const none = await cli(['rollback'], cwd, {});
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('pgmig: no database to roll back: give --database-url (or set DATABASE_URL)\n');
  });
});
