import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { project } from '../helpers/project.js';
import { BASE, CHANGE, deployedDatabase, stopServer, type Db } from './fixtures.js';

// issue 25 items 3 and 4: Flyway's BASELINE row and a failed newest row, as real Flyway leaves them.

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

const row = (rank: number, version: string, type: string, script: string, success = true) =>
  `INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) VALUES (${rank}, '${version}', '${script}', '${type}', '${script}', ${type === 'BASELINE' ? 'NULL' : 0}, 'flyway', 1, ${success})`;

const allRows = async (db: Db) => (await db.query<{ r: string }>("SELECT installed_rank || ':' || version || ':' || type || ':' || success AS r FROM flyway_schema_history ORDER BY installed_rank")).map((x) => x.r);

describe('pgmig rollback and Flyway history edges', () => {
  it('never rolls back at or below a BASELINE row: the second `rollback last` is refused and the baseline stays', async () => {
    const cwd = project({ ...BASE, ...CHANGE });
    const db = await deployedDatabase(cwd, []);
    dbs.push(db);
    // flyway baseline -baselineVersion=2 on a database whose lead table predates Flyway, then migrate V3
    await db.query(`${BASE['db/migration/V1__lead.sql']}${CHANGE['db/migration/V2__lead_score.sql']}`);
    await db.query(row(1, '2', 'BASELINE', '<< Flyway Baseline >>'));
    await db.query(CHANGE['db/migration/V3__lead_note.sql']);
    await db.query(row(2, '3', 'SQL', 'V3__lead_note.sql'));

    const first = await cli(['rollback', 'last', '--database-url', db.url], cwd);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('pgmig rollback: rolled back version 3');

    for (const target of ['last', '2', '1']) {
      const again = await cli(['rollback', target, '--database-url', db.url], cwd);
      expect(again.code, target).toBe(1);
      expect(again.stdout).toMatch(/blocked: version \d+ is at or below public\.flyway_schema_history's BASELINE \(version 2, rank 1\)/);
    }
    expect(await allRows(db)).toEqual(['1:2:BASELINE:true']);
    expect((await db.state()).leadColumns).toEqual(['id', 'owner_id', 'score']);
  });

  it('a failed newest row: `rollback last` is refused with what to do; `rollback <that version>` runs its undo and removes the failed row', async () => {
    const files = {
      ...BASE,
      ...CHANGE,
      'db/migration/V4__lead_tag.sql': 'CREATE TABLE lead_tag (id bigint);\nCREATE INDEX CONCURRENTLY lead_tag_id ON lead_tag (id);\n',
      'db/migration/U4__lead_tag.sql': 'DROP TABLE IF EXISTS lead_tag;\n',
    };
    const cwd = project(files);
    const db = await deployedDatabase(cwd, ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql']);
    dbs.push(db);
    // Flyway ran V4 outside a transaction; it failed half way and left its table and a failed row
    await db.query('CREATE TABLE lead_tag (id bigint)');
    await db.query(row(4, '4', 'SQL', 'V4__lead_tag.sql', false));

    const last = await cli(['rollback', 'last', '--database-url', db.url], cwd);
    expect(last.code).toBe(1);
    expect(last.stdout).toContain(
      'blocked: the newest row of public.flyway_schema_history (rank 4) is a failed run of version 4: Flyway refuses to migrate until it is repaired. Run flyway repair first (it removes the failed row), or roll back version 4 itself (pgmig rollback 4)',
    );
    expect((await db.state()).history).toEqual(['1', '2', '3']);
    expect((await db.state()).tables).toContain('lead_note');

    const three = await cli(['rollback', '3', '--database-url', db.url], cwd);
    expect(three.code).toBe(1);
    expect(three.stdout).toContain('is a failed run of version 4');

    const four = await cli(['rollback', '4', '--database-url', db.url], cwd);
    expect(four.stdout).toContain('pgmig rollback: rolled back version 4');
    expect(four.code).toBe(0);
    expect(await allRows(db)).toEqual(['1:1:SQL:true', '2:2:SQL:true', '3:3:SQL:true']);
    expect((await db.state()).tables).not.toContain('lead_tag');
  });
});
