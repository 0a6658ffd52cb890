import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueCommentPayload, pullApiObject, runAction, type ActionRun } from '../action/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { bareOrigin, cloneRepo, type Repo } from '../helpers/git.js';
import { BASE, CHANGE, CONFIG, deployedDatabase, stopServer, type Db } from './fixtures.js';

// The attack of issue 22 (items 1 and 2), through the built action, a real PostgreSQL, real git
// with a bare origin and the fake GitHub API: a pull request whose branch lives in the
// repository edits an undo file (or .pgmig.yml), the workflow checks out its head
// (refs/pull/N/head), and a writer comments /migrate rollback. Only the default branch's SQL
// and settings may reach the database.

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
const EVIL = 'DROP TABLE lead_note;\nDROP TABLE orders;\n';

interface Setup {
  number: number;
  /** The workflow's checkout: the pull request's head. */
  workspace: Repo;
  /** GITHUB_SHA: the default branch's tip. */
  main: string;
  head: string;
  db: Db;
}

/**
 * origin's main holds `main` (merged and deployed: `applied` ran, and a production table
 * `orders` exists); the branch `feature` of the same repository changes `change` on top.
 */
async function setup(o: { number: number; main?: Record<string, string>; change: Record<string, string>; applied?: string[]; merged?: boolean; shallow?: boolean }): Promise<Setup> {
  const origin = bareOrigin({ ...BASE, ...(o.main ?? CHANGE) });
  const dev = origin.clone();
  dev.git('checkout', '--quiet', '-b', 'feature');
  dev.write(o.change).commit('the pull request');
  dev.git('push', '--quiet', 'origin', 'feature');
  const head = dev.git('rev-parse', 'HEAD').trim();
  const main = origin.tip('main');
  // actions/checkout of refs/pull/N/head: fetch-depth 0 (every branch), or 1 (that commit only)
  const workspace = o.shallow ? cloneRepo(`file://${origin.dir}`, '--depth', '1', '--branch', 'feature') : cloneRepo(origin.dir, '--branch', 'feature');
  gh.setPullFiles(o.number, Object.keys(o.change).map((filename) => ({ filename, status: 'modified' })));
  gh.setPull(o.number, pullApiObject({ number: o.number, baseSha: main, headSha: head, merged: o.merged ?? false }));
  // deploy what main holds, from main's own files
  const deployer = origin.clone();
  const deployed = await deployedDatabase(deployer.dir, o.applied ?? ALL);
  dbs.push(deployed);
  await deployed.query('CREATE TABLE orders (id bigint PRIMARY KEY, total numeric)');
  await deployed.query('INSERT INTO orders VALUES (1, 9.99)');
  return { number: o.number, workspace, main, head, db: deployed };
}

function comment(s: Setup, body: string): Promise<ActionRun> {
  return runAction({
    event: 'issue_comment',
    payload: issueCommentPayload({ number: s.number, body }),
    workspace: s.workspace.dir,
    api: gh.url,
    ref: 'refs/heads/main',
    sha: s.main,
    inputs: { 'github-token': 'ghs_x', 'database-url': s.db.url },
  });
}

const replies = (n: number) => gh.comments.filter((c) => c.issue === n);
const tables = async (db: Db) => (await db.state()).tables;

describe('rollback runs only the default branch’s undo files', () => {
  it('a pull request that edits an applied undo file to drop a production table: refused, nothing runs', async () => {
    const s = await setup({
      number: 81,
      change: { 'db/migration/V3__lead_note.sql': `-- notes on leads\n${CHANGE['db/migration/V3__lead_note.sql']}`, 'db/migration/U3__lead_note.sql': EVIL },
    });
    const run = await comment(s, '/migrate rollback');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await tables(s.db)).toEqual(['flyway_schema_history', 'lead', 'lead_note', 'orders']);
    expect((await s.db.state()).history).toEqual(['1', '2', '3']);
    const body = replies(81)[0]!.body;
    expect(body).toMatch(/^😕 \*\*pgmig: not run: 1 problem blocks the rollback; nothing changed\*\*/);
    expect(body).toContain(`undo files from \`${s.main.slice(0, 7)}\` (default branch \`main\`)`);
    expect(body).toContain('pull request #81 changes its undo file (db/migration/U3\\_\\_lead\\_note.sql), and the change is not merged');
    expect(body).toContain('merge pull request #81 first');
    expect(body).not.toContain('DROP TABLE orders');
    // --dry-run and plan neither
    gh.comments.splice(0);
    await comment(s, '/migrate rollback --dry-run');
    expect(replies(81)[0]!.body).toMatch(/^😕 \*\*pgmig: not run: /);
    expect(await tables(s.db)).toContain('orders');
  });

  it("an open pull request's new migration, deployed from its branch, with an undo file that drops a production table: refused until merged", async () => {
    const s = await setup({
      number: 82,
      main: { 'db/migration/V2__lead_score.sql': CHANGE['db/migration/V2__lead_score.sql'], 'db/migration/U2__lead_score.sql': CHANGE['db/migration/U2__lead_score.sql'] },
      change: { 'db/migration/V3__lead_note.sql': CHANGE['db/migration/V3__lead_note.sql'], 'db/migration/U3__lead_note.sql': EVIL },
      applied: ALL.slice(0, 2),
    });
    // the branch's V3 reached the database (a deploy from the branch)
    await s.db.query(CHANGE['db/migration/V3__lead_note.sql']);
    await s.db.query("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) VALUES (3, '3', 'lead note', 'SQL', 'V3__lead_note.sql', 0, 'ci', 1, true)");
    const run = await comment(s, '/migrate rollback');
    expect(run.code).toBe(0);
    expect(await tables(s.db)).toEqual(['flyway_schema_history', 'lead', 'lead_note', 'orders']);
    const body = replies(82)[0]!.body;
    expect(body).toMatch(/^😕 \*\*pgmig: not run: /);
    expect(body).toContain(`db/migration/V3\\_\\_lead\\_note.sql is not on the default branch (main at ${s.main.slice(0, 7)}): pull request #82 is not merged`);
    expect(body).toContain('merge it first (its undo file with it), then roll back');
  });

  it("a merged pull request whose head checkout differs: the default branch's commit is read with git (fetched into a shallow checkout), never the work tree", async () => {
    const s = await setup({ number: 83, change: { 'db/migration/U3__lead_note.sql': EVIL }, merged: true, shallow: true });
    gh.setPullFiles(83, [
      { filename: 'db/migration/V3__lead_note.sql', status: 'added' },
      { filename: 'db/migration/U3__lead_note.sql', status: 'added' },
    ]);
    const run = await comment(s, '/migrate rollback');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await tables(s.db)).toEqual(['flyway_schema_history', 'lead', 'orders']);
    expect((await s.db.state()).history).toEqual(['1', '2']);
    const body = replies(83)[0]!.body;
    expect(body).toMatch(/^🚀 \*\*pgmig: rolled back version 3 in /);
    expect(body).toContain(`undo files from \`${s.main.slice(0, 7)}\` (default branch \`main\`)`);
    expect(run.stdout).toContain(`undo files and config from main at ${s.main.slice(0, 7)} (commit ${s.main})`);
  });
});

describe('settings that reach production come from the default branch', () => {
  it("a pull request's .pgmig.yml raising lockTimeout.max to a day: the rollback still runs under the default branch's 1500ms", async () => {
    const check = "DO $$ BEGIN IF current_setting('lock_timeout') <> '1500ms' THEN RAISE EXCEPTION 'lock_timeout is %', current_setting('lock_timeout'); END IF; END $$;\n";
    const s = await setup({
      number: 84,
      main: { ...CHANGE, '.pgmig.yml': `${CONFIG}lockRetries: { attempts: 1 }\n`, 'db/migration/U3__lead_note.sql': `${check}DROP TABLE lead_note;\n` },
      change: { '.pgmig.yml': `${CONFIG.replace('1500ms', '86400s')}lockRetries: { attempts: 1 }\n`, 'db/migration/V3__lead_note.sql': `-- notes\n${CHANGE['db/migration/V3__lead_note.sql']}` },
    });
    const run = await comment(s, '/migrate rollback');
    expect(run.code).toBe(0);
    const body = replies(84)[0]!.body;
    expect(body).toMatch(/^🚀 \*\*pgmig: rolled back version 3 in /);
    expect(body).toContain("`SET LOCAL lock_timeout = '1500ms'`");
    expect(body).not.toContain('86400000ms');
    expect(await tables(s.db)).toEqual(['flyway_schema_history', 'lead', 'orders']);
  });
});

describe('a pull request with pending (VXXX) migrations', () => {
  const PENDING = { 'db/migration/VXXX__lead_score.sql': CHANGE['db/migration/V2__lead_score.sql'], 'db/migration/UXXX__lead_score.sql': CHANGE['db/migration/U2__lead_score.sql'] };

  it('merged and numbered by assign: the head checkout still says VXXX, the rollback maps it to the number and runs the default branch\'s undo (issue 20 item 2)', async () => {
    // main after the merge and assign's commit: V2 and U2; refs/pull/N/head keeps the VXXX names
    const s = await setup({
      number: 85,
      main: { 'db/migration/V2__lead_score.sql': CHANGE['db/migration/V2__lead_score.sql'], 'db/migration/U2__lead_score.sql': CHANGE['db/migration/U2__lead_score.sql'] },
      change: { ...PENDING },
      applied: ALL.slice(0, 2),
      merged: true,
    });
    gh.setPullFiles(85, Object.keys(PENDING).map((filename) => ({ filename, status: 'added' })));
    const plan = await comment(s, '/migrate plan');
    expect(plan.code).toBe(0);
    expect(replies(85)[0]!.body).toMatch(/^🚀 \*\*pgmig: a rollback would run 1 undo file \(version 2\)\*\*/);
    expect(replies(85)[0]!.body).toContain('db/migration/VXXX\\_\\_lead\\_score.sql is db/migration/V2\\_\\_lead\\_score.sql since the merge');
    gh.comments.splice(0);
    const run = await comment(s, '/migrate rollback');
    expect(run.code).toBe(0);
    expect(replies(85)[0]!.body).toMatch(/^🚀 \*\*pgmig: rolled back version 2 in /);
    expect((await s.db.state()).leadColumns).toEqual(['id', 'owner_id']);
    expect((await s.db.state()).history).toEqual(['1']);
  });

  it('not merged yet: says what will happen, runs nothing', async () => {
    const s = await setup({ number: 86, main: {}, change: { ...PENDING }, applied: ALL.slice(0, 1) });
    gh.setPullFiles(86, Object.keys(PENDING).map((filename) => ({ filename, status: 'added' })));
    const run = await comment(s, '/migrate plan');
    expect(run.code).toBe(0);
    const body = replies(86)[0]!.body;
    expect(body).toContain(
      'db/migration/VXXX\\_\\_lead\\_score.sql has no version yet: once pull request #86 is merged, pgmig assign numbers it and its undo file on the default branch, and /migrate plan or rollback here then takes it back by that number, with the undo file as merged',
    );
    expect((await s.db.state()).history).toEqual(['1']);
  });
});

describe('how assign numbered the pull request', () => {
  it("two numbered files share the pending file's description: assign's rename after the merge commit decides", async () => {
    // V2__lead_score came from an older pull request; this one added VXXX__lead_score (merged),
    // and assign renamed it to V3__lead_score in the next commit
    const origin = bareOrigin({ ...BASE, 'db/migration/V2__lead_score.sql': CHANGE['db/migration/V2__lead_score.sql'], 'db/migration/U2__lead_score.sql': CHANGE['db/migration/U2__lead_score.sql'] });
    const dev = origin.clone();
    dev.git('checkout', '--quiet', '-b', 'feature');
    dev.write({ 'db/migration/VXXX__lead_score.sql': 'ALTER TABLE lead ADD COLUMN score_at timestamptz;\n', 'db/migration/UXXX__lead_score.sql': 'ALTER TABLE lead DROP COLUMN score_at;\n' }).commit('the pull request');
    const head = dev.git('rev-parse', 'HEAD').trim();
    dev.git('push', '--quiet', 'origin', 'feature');
    dev.git('checkout', '--quiet', 'main');
    dev.git('merge', '--quiet', '--no-ff', '-m', 'Merge pull request #87', 'feature');
    const merge = dev.git('rev-parse', 'HEAD').trim();
    dev.move('db/migration/VXXX__lead_score.sql', 'db/migration/V3__lead_score.sql').move('db/migration/UXXX__lead_score.sql', 'db/migration/U3__lead_score.sql').commit('migrations: assign V3 to lead_score');
    dev.git('push', '--quiet', 'origin', 'main');
    const main = origin.tip('main');
    const workspace = cloneRepo(origin.dir, '--branch', 'feature');
    gh.setPullFiles(87, [
      { filename: 'db/migration/VXXX__lead_score.sql', status: 'added' },
      { filename: 'db/migration/UXXX__lead_score.sql', status: 'added' },
    ]);
    gh.setPull(87, { ...pullApiObject({ number: 87, baseSha: main, headSha: head, merged: true }), merge_commit_sha: merge });
    const db = await deployedDatabase(origin.clone().dir, ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_score.sql']);
    dbs.push(db);
    const run = await comment({ number: 87, workspace, main, head, db }, '/migrate rollback');
    expect(run.code).toBe(0);
    const body = replies(87)[0]!.body;
    expect(body).toMatch(/^🚀 \*\*pgmig: rolled back version 3 in /);
    expect(body).toContain('db/migration/VXXX\\_\\_lead\\_score.sql is db/migration/V3\\_\\_lead\\_score.sql since the merge (pgmig assign renamed it)');
    expect((await db.state()).leadColumns).toEqual(['id', 'owner_id', 'score']);
    expect((await db.state()).history).toEqual(['1', '2']);
  });
});
