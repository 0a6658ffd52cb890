import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueCommentPayload, pullApiObject, runAction, type ActionRun } from '../action/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { gitRepo } from '../helpers/git.js';
import { BASE, CHANGE, deployedDatabase, stopServer, type Db } from './fixtures.js';

// issue 22 item 1, the dry run: it executes nothing a rolled-back transaction cannot take back,
// and no server error quotes the database's rows in the reply, the log or the job summary.

let gh: FakeGitHub;
const dbs: Db[] = [];
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.setPermission('alice', 'write');
});
afterEach(async () => {
  await gh.close();
  for (const d of dbs.splice(0)) await d.drop().catch(() => {});
});
afterAll(async () => {
  await stopServer();
});

const ALL = ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql'];

/** A merged pull request (#number) adding `change` on top of BASE; the default branch checked out; V1..V3 deployed. */
async function merged(number: number, change: Record<string, string>): Promise<{ dir: string; sha: string; db: Db; run(body: string): Promise<ActionRun> }> {
  const repo = gitRepo({ ...BASE, ...change });
  const sha = repo.git('rev-parse', 'HEAD').trim();
  gh.setPullFiles(number, Object.keys(change).map((filename) => ({ filename, status: 'added' })));
  gh.setPull(number, pullApiObject({ number, baseSha: 'ba5e'.padEnd(40, '0'), headSha: 'c0ffee'.padEnd(40, '0'), merged: true }));
  const db = await deployedDatabase(repo.dir, ALL);
  dbs.push(db);
  const run = (body: string) =>
    runAction({
      event: 'issue_comment',
      payload: issueCommentPayload({ number, body }),
      workspace: repo.dir,
      api: gh.url,
      ref: 'refs/heads/main',
      sha,
      inputs: { 'github-token': 'ghs_x', 'database-url': db.url },
    });
  return { dir: repo.dir, sha, db, run };
}

const replies = (n: number) => gh.comments.filter((c) => c.issue === n);

describe('/migrate rollback --dry-run', () => {
  it('an undo file that moves a sequence is not executed (setval is not taken back by ROLLBACK): checked, and the sequence is where it was', async () => {
    const s = await merged(91, {
      ...CHANGE,
      'db/migration/V3__lead_note.sql': 'CREATE SEQUENCE lead_note_seq;\nCREATE TABLE lead_note (id bigint PRIMARY KEY, lead_id bigint REFERENCES lead, body text);\n',
      'db/migration/U3__lead_note.sql': "DROP TABLE lead_note;\nSELECT setval('lead_note_seq', 1000);\nDROP SEQUENCE lead_note_seq;\n",
    });
    await s.db.query("SELECT setval('lead_note_seq', 7)");
    const run = await s.run('/migrate rollback --dry-run');
    expect(run.code).toBe(0);
    expect((await s.db.query<{ v: string }>('SELECT last_value::text AS v FROM lead_note_seq'))[0]!.v).toBe('7');
    expect((await s.db.state()).history).toEqual(['1', '2', '3']);
    const body = replies(91)[0]!.body;
    expect(body).toMatch(/^🚀 \*\*pgmig: dry run: version 3, 2 checked against the history but not executed \(1 statement a rolled-back transaction might not take back\); nothing changed\*\*/);
    expect(body).toContain('db/migration/U3\\_\\_lead\\_note.sql:2: SELECT may have effects a transaction rollback does not take back');
    expect(body).toContain('It would remove 2 rows from `public.flyway_schema_history`. The database is as it was.');
  });

  it('a DEFAULT that calls nextval is not executed either; plain DDL is (in a transaction, rolled back)', async () => {
    const s = await merged(92, { ...CHANGE, 'db/migration/U2__lead_score.sql': "ALTER TABLE lead DROP COLUMN score;\nALTER TABLE lead ADD COLUMN seq bigint DEFAULT nextval('lead_seq');\n" });
    const run = await s.run('/migrate rollback 3 --dry-run');
    expect(run.code).toBe(0);
    expect(replies(92)[0]!.body).toMatch(/^🚀 \*\*pgmig: dry run: version 3 rolled back in .*then the transaction was rolled back; nothing changed/);
    gh.comments.splice(0);
    await s.run('/migrate rollback --dry-run');
    expect(replies(92)[0]!.body).toContain('U2\\_\\_lead\\_score.sql:2: it calls nextval(), whose effects');
    expect((await s.db.state()).leadColumns).toEqual(['id', 'owner_id', 'score']);
  });

  it("an error that quotes a row: the reply, the log, the summary and the report name the SQLSTATE, never the row's value", async () => {
    const s = await merged(93, {
      ...CHANGE,
      'db/migration/V2__lead_score.sql': 'ALTER TABLE lead ADD COLUMN score text;\n',
      'db/migration/U2__lead_score.sql': 'ALTER TABLE lead ALTER COLUMN score TYPE bigint USING score::bigint;\nALTER TABLE lead DROP COLUMN score;\n',
    });
    await s.db.query("INSERT INTO lead VALUES (1, 1, 'tok_live_51HsecretROW')");
    for (const cmd of ['/migrate rollback --dry-run', '/migrate rollback']) {
      gh.comments.splice(0);
      const run = await s.run(cmd);
      expect(run.code, cmd).toBe(1);
      const body = replies(93)[0]!.body;
      expect(body).toContain('invalid\\_text\\_representation (SQLSTATE 22P02); the server\'s message is not shown, as it may quote rows of the database');
      for (const where of [body, run.stdout, run.summary, readFileSync(run.outputs.report!, 'utf8')]) expect(where).not.toContain('tok_live_51HsecretROW');
    }
    expect((await s.db.state()).history).toEqual(['1', '2', '3']);
  });
});
