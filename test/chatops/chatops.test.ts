import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestRepo } from '../action/fixtures.js';
import { annotations, issueCommentPayload, pullApiObject, runAction, type ActionRun, type IssueCommentPayload } from '../action/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { gitRepo } from '../helpers/git.js';
import { BASE, CHANGE, CONFIG, deployedDatabase, stopServer, type Db } from './fixtures.js';

// /migrate comments through the built action (dist/index.js) against a real PostgreSQL and the
// fake GitHub API: who may run what, which SQL runs, and what the pull request is told.

let gh: FakeGitHub;
const dbs: Db[] = [];
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.setPermission('alice', 'write');
  gh.setPermission('rita', 'read');
  gh.setPermission('tess', 'triage');
  gh.setPermission('max', 'maintain');
});
afterEach(async () => {
  await gh.close();
  for (const d of dbs.splice(0)) await d.drop().catch(() => {});
});
afterAll(async () => {
  await stopServer();
});

const ALL = ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql'];
/** The schema and history after V1..V3, which every refused or dry command must leave as it is. */
const DEPLOYED = { history: ['1', '2', '3'], tables: ['flyway_schema_history', 'lead', 'lead_note'], leadColumns: ['id', 'owner_id', 'score'] };

interface Scenario {
  number: number;
  dir: string;
  /** GITHUB_SHA: the default branch's tip. */
  sha: string;
  db: Db;
}

/**
 * A pull request (#number) adding `change` on top of BASE, and a database where `applied` ran.
 * checkout main: the pull request is merged and the workflow checked out the default branch
 * (the issue_comment default); head: it is open and the workflow checked out its head.
 */
async function scenario(opts: { number: number; checkout: 'main' | 'head'; change?: Record<string, string>; applied?: string[]; headRepo?: string }): Promise<Scenario> {
  const change = opts.change ?? CHANGE;
  let dir: string;
  let sha: string;
  let headSha: string;
  let baseSha: string;
  if (opts.checkout === 'main') {
    const repo = gitRepo({ ...BASE, ...change });
    dir = repo.dir;
    sha = repo.git('rev-parse', 'HEAD').trim();
    headSha = 'c0ffee'.padEnd(40, '0');
    baseSha = 'ba5e'.padEnd(40, '0');
  } else {
    const pr = pullRequestRepo(BASE, change);
    dir = pr.repo.dir;
    sha = pr.baseSha;
    headSha = pr.headSha;
    baseSha = pr.baseSha;
  }
  gh.setPullFiles(
    opts.number,
    Object.keys(change).map((filename) => ({ filename, status: 'added' })),
  );
  gh.setPull(opts.number, pullApiObject({ number: opts.number, baseSha, headSha, headRepo: opts.headRepo, merged: opts.checkout === 'main' }));
  const db = await deployedDatabase(dir, opts.applied ?? ALL);
  dbs.push(db);
  return { number: opts.number, dir, sha, db };
}

function comment(s: Scenario, body: string, extra: Omit<Partial<IssueCommentPayload>, 'body'> & { inputs?: Record<string, string>; databaseUrl?: string } = {}): Promise<ActionRun> {
  const { inputs, databaseUrl, ...payload } = extra;
  return runAction({
    event: 'issue_comment',
    payload: issueCommentPayload({ number: s.number, body, ...payload }),
    workspace: s.dir,
    api: gh.url,
    ref: 'refs/heads/main',
    sha: s.sha,
    inputs: { 'github-token': 'ghs_x', 'database-url': databaseUrl ?? s.db.url, ...inputs },
  });
}

const reactions = (id = 555) => gh.reactions.filter((r) => r.commentId === id).map((r) => r.content);
const replies = (n: number) => gh.comments.filter((c) => c.issue === n);

/** The reply and the audit of a command that must not have run. */
async function expectRefused(s: Scenario, run: ActionRun, reason: RegExp): Promise<void> {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(await s.db.state()).toEqual(DEPLOYED);
  expect(reactions()).not.toContain('eyes');
  expect(run.stdout).not.toMatch(/::group::pgmig/);
  const [reply, ...more] = replies(s.number);
  expect(more).toHaveLength(0);
  expect(reply!.body).toMatch(/^⛔ \*\*pgmig: not run\*\*/);
  expect(reply!.body).toMatch(reason);
  expect(reply!.body).toContain('Nothing was run against the database.');
  expect(run.stdout).toMatch(/pgmig audit: refused /);
  expect(run.summary).toMatch(/\| refused \|/);
  expect(annotations(run.stdout).find((a) => a.kind === 'warning' && a.props.title === 'pgmig: /migrate refused')).toBeDefined();
}

describe('/migrate rollback by someone with write permission', () => {
  it('runs the undo files newest first in one transaction, removes the history rows, and answers once', async () => {
    const s = await scenario({ number: 41, checkout: 'main' });
    const run = await comment(s, '/migrate rollback');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    expect(await s.db.state()).toEqual({ history: ['1'], tables: ['flyway_schema_history', 'lead'], leadColumns: ['id', 'owner_id'] });
    expect(reactions()).toEqual(['eyes', 'rocket']);
    const [reply, ...more] = replies(41);
    expect(more).toHaveLength(0);
    const body = reply!.body;
    expect(body).toMatch(/^🚀 \*\*pgmig: rolled back version 3, 2 in \d/);
    expect(body).toContain('Asked by @alice: `/migrate rollback` on #41');
    expect(body).toContain(`undo files from \`${s.sha.slice(0, 7)}\` (default branch \`main\`)`);
    expect(body).toMatch(/\| 1 \| 3 \| `db\/migration\/U3__lead_note\.sql` \| 1 \| done \| [\d.]+ m?s \|\n\| 2 \| 2 \| `db\/migration\/U2__lead_score\.sql` \| 1 \| done \| [\d.]+ m?s \|/);
    expect(body).toContain("`SET LOCAL lock_timeout = '1500ms'`");
    expect(body).toContain('Removed 2 rows from `public.flyway_schema_history`');
    expect(body).toContain('[workflow run](https://github.com/acme/crm/actions/runs/4242)');

    // the audit: the log and the job summary
    expect(run.stdout).toMatch(new RegExp(`pgmig audit: accepted /migrate rollback from @alice \\(write\\) on #41 with undo files from ${s.sha.slice(0, 7)} -> rolled back version 3, 2`));
    expect(run.summary).toMatch(/\| @&#8203;alice \| write \| `\/migrate rollback` \| accepted \| rolled back version 3, 2/);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.audit).toMatchObject({ user: 'alice', role: 'write', decision: 'accepted', commit: s.sha });
    expect(report.rollback.status).toBe('rolled back');
    expect(run.outputs.errors).toBe('0');
  });

  it('each undo file runs under the configured lock_timeout, set again after a file changed it', async () => {
    const check = (ms: string) => `DO $$ BEGIN IF current_setting('lock_timeout') <> '${ms}' THEN RAISE EXCEPTION 'lock_timeout is %', current_setting('lock_timeout'); END IF; END $$;\n`;
    const s = await scenario({
      number: 42,
      checkout: 'main',
      change: {
        ...CHANGE,
        // one attempt: with lock retries the first attempts run under shorter timeouts
        '.pgmig.yml': `${CONFIG}lockRetries: { attempts: 1 }\n`,
        'db/migration/U3__lead_note.sql': `${check('1500ms')}SET lock_timeout = '9s';\nDROP TABLE lead_note;\n`,
        'db/migration/U2__lead_score.sql': `${check('1500ms')}ALTER TABLE lead DROP COLUMN score;\n`,
      },
    });
    const run = await comment(s, '/migrate rollback');
    expect(run.code).toBe(0);
    expect(replies(42)[0]!.body).toMatch(/^🚀 /);
    expect((await s.db.state()).history).toEqual(['1']);
  });

  it("an open pull request's own migrations are refused, even with its head checked out: they are not on the default branch", async () => {
    const s = await scenario({ number: 43, checkout: 'head' });
    const run = await comment(s, '/migrate rollback last', { login: 'max' });
    expect(run.code).toBe(0);
    expect(await s.db.state()).toEqual(DEPLOYED);
    const body = replies(43)[0]!.body;
    expect(body).toMatch(/^😕 \*\*pgmig: not run: 3 problems block the rollback; nothing changed\*\*/);
    expect(body).toMatch(/undo files from `[0-9a-f]{7}` \(default branch `main`\)/);
    expect(body).toContain('db/migration/V3\\_\\_lead\\_note.sql is not on the default branch (main at');
    expect(body).toContain('pull request #43 is not merged, and a rollback runs only undo files the default branch holds (reviewed and merged); merge it first');
    expect(reactions()).toEqual(['eyes', 'confused']);
  });

  it('one version by number; a version that is not the pull request\'s is refused', async () => {
    const s = await scenario({ number: 44, checkout: 'main' });
    const wrong = await comment(s, '/migrate rollback 1');
    expect(wrong.code).toBe(0);
    expect(replies(44)[0]!.body).toMatch(/^😕 \*\*pgmig: not run: 1 problem blocks the rollback; nothing changed\*\*/);
    expect(replies(44)[0]!.body).toContain("version 1 is not one of pull request #44's migrations (3, 2)");
    expect(await s.db.state()).toEqual(DEPLOYED);

    gh.comments.splice(0);
    gh.reactions.splice(0);
    const three = await comment(s, '/migrate rollback 3');
    expect(three.code).toBe(0);
    expect((await s.db.state()).history).toEqual(['1', '2']);
    // 2 now is the newest: it may go on its own
    gh.comments.splice(0);
    const two = await comment(s, '/migrate rollback 2', { commentId: 556 });
    expect(two.code).toBe(0);
    expect(replies(44)[0]!.body).toMatch(/^🚀 \*\*pgmig: rolled back version 2 /);
    expect(await s.db.state()).toEqual({ history: ['1'], tables: ['flyway_schema_history', 'lead'], leadColumns: ['id', 'owner_id'] });
  });

  it('--dry-run runs it all and rolls back: nothing changes', async () => {
    const s = await scenario({ number: 45, checkout: 'main' });
    const run = await comment(s, '/migrate rollback --dry-run');
    expect(run.code).toBe(0);
    expect(await s.db.state()).toEqual(DEPLOYED);
    const body = replies(45)[0]!.body;
    expect(body).toMatch(/^🚀 \*\*pgmig: dry run: version 3, 2 rolled back in [\d.]+ m?s, then the transaction was rolled back; nothing changed\*\*/);
    expect(body).toContain('ran (rolled back)');
    expect(body).toContain('It would remove 2 rows from `public.flyway_schema_history`. The transaction was rolled back: the database is as it was.');
    expect(reactions()).toEqual(['eyes', 'rocket']);
  });
});

describe('all or nothing', () => {
  it('a failing undo statement: nothing changes (the undo that ran is rolled back too), the reply has the file and line', async () => {
    const s = await scenario({
      number: 46,
      checkout: 'main',
      change: { ...CHANGE, 'db/migration/U2__lead_score.sql': '-- undo of V2\nALTER TABLE lead\n  DROP COLUMN scoer;\n' },
    });
    const run = await comment(s, '/migrate rollback');
    expect(run.code).toBe(1);
    expect(await s.db.state()).toEqual(DEPLOYED);
    expect(reactions()).toEqual(['eyes', 'confused']);
    const [reply, ...more] = replies(46);
    expect(more).toHaveLength(0);
    expect(reply!.body).toMatch(/^😕 \*\*pgmig: the rollback failed; the transaction was rolled back, nothing changed\*\*/);
    expect(reply!.body).toContain('**Error** at `db/migration/U2__lead_score.sql:2:1`: ERROR 42703: column "scoer" of relation "lead" does not exist');
    expect(reply!.body).toMatch(/\| 1 \| 3 \| `db\/migration\/U3__lead_note\.sql` \| 1 \| done \|/);
    expect(reply!.body).toMatch(/\| 2 \| 2 \| `db\/migration\/U2__lead_score\.sql` \| 1 \| \*\*failed\*\* \|/);
    const error = annotations(run.stdout).find((a) => a.kind === 'error' && a.props.title === 'pgmig rollback');
    expect(error?.props).toMatchObject({ file: 'db/migration/U2__lead_score.sql', line: '2' });
    expect(run.outputs.errors).toBe('1');
  });

  it('a lock not granted within lock_timeout fails the rollback instead of queueing behind it', async () => {
    const s = await scenario({ number: 47, checkout: 'main' });
    const holder = new pg.Client({ connectionString: s.db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE lead_note IN ACCESS SHARE MODE');
      const started = Date.now();
      const run = await comment(s, '/migrate rollback');
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(run.code).toBe(1);
      expect(replies(47)[0]!.body).toMatch(/\*\*Error\*\* at `db\/migration\/U3__lead_note\.sql:1:1`: ERROR 55P03: canceling statement due to lock timeout/);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await s.db.state()).toEqual(DEPLOYED);
  });

  it('a missing undo file refuses the whole rollback, naming the file to add', async () => {
    const change = { ...CHANGE, 'db/migration/V4__lead_tag.sql': 'ALTER TABLE lead ADD COLUMN tag text;\n' };
    const s = await scenario({ number: 48, checkout: 'main', change, applied: [...ALL, 'db/migration/V4__lead_tag.sql'] });
    const run = await comment(s, '/migrate rollback');
    expect(run.code).toBe(0);
    expect((await s.db.state()).history).toEqual(['1', '2', '3', '4']);
    expect((await s.db.state()).tables).toContain('lead_note');
    const body = replies(48)[0]!.body;
    expect(body).toMatch(/^😕 \*\*pgmig: not run: 1 problem blocks the rollback; nothing changed\*\*/);
    expect(body).toContain('version 4 (db/migration/V4\\_\\_lead\\_tag.sql) has no undo file: add db/migration/U4\\_\\_lead\\_tag.sql');
    expect(reactions()).toEqual(['eyes', 'confused']);
    expect(annotations(run.stdout).find((a) => a.kind === 'warning' && /was not run/.test(a.message))).toBeDefined();
  });

  it('a version that is not applied refuses it, and says so', async () => {
    const s = await scenario({ number: 49, checkout: 'main', applied: ALL.slice(0, 2) });
    const run = await comment(s, '/migrate rollback');
    expect(run.code).toBe(0);
    expect(await s.db.state()).toEqual({ history: ['1', '2'], tables: ['flyway_schema_history', 'lead'], leadColumns: ['id', 'owner_id', 'score'] });
    expect(replies(49)[0]!.body).toContain(`version 3 (db/migration/V3\\_\\_lead\\_note.sql) is not applied to database ${s.db.name.replace(/_/g, '\\_')}: public.flyway\\_schema\\_history has no row for it`);
    expect(reactions()).toEqual(['eyes', 'confused']);
  });

  it('no database-url: accepted, then answered that it could not run, and the step fails', async () => {
    const s = await scenario({ number: 53, checkout: 'main' });
    const run = await runAction({
      event: 'issue_comment',
      payload: issueCommentPayload({ number: 53, body: '/migrate rollback' }),
      workspace: s.dir,
      api: gh.url,
      sha: s.sha,
      inputs: { 'github-token': 'ghs_x' },
    });
    expect(run.code).toBe(1);
    expect(reactions()).toEqual(['eyes', 'confused']);
    const [reply, ...more] = replies(53);
    expect(more).toHaveLength(0);
    expect(reply!.body).toMatch(/^😕 \*\*pgmig: \/migrate rollback could not run\*\*/);
    expect(reply!.body).toContain('the database-url input is empty (and there is no DATABASE\\_URL): pgmig has no database to read or roll back');
    expect(reply!.body).toContain('Nothing was committed to the database.');
    expect(annotations(run.stdout).find((a) => a.kind === 'error')?.message).toMatch(/^pgmig: \/migrate rollback: the database-url input is empty/);
    expect(await s.db.state()).toEqual(DEPLOYED);
  });
});

describe('/migrate plan and help', () => {
  it('plan: what would run, in order, with the statements, and what blocks it; the database stays as it is', async () => {
    const change = { ...CHANGE, 'db/migration/V4__lead_tag.sql': 'ALTER TABLE lead ADD COLUMN tag text;\n' };
    const s = await scenario({ number: 50, checkout: 'main', change });
    const run = await comment(s, '/migrate plan', { login: 'max' });
    expect(run.code).toBe(0);
    expect(await s.db.state()).toEqual(DEPLOYED);
    const body = replies(50)[0]!.body;
    expect(body).toMatch(/^🚀 \*\*pgmig: a rollback is blocked: 2 problems\*\*/);
    expect(body).toContain('A rollback would run, newest first, in one transaction with the deletion of their rows from the history:');
    expect(body).toMatch(/\| 1 \| 3 \| `db\/migration\/U3__lead_note\.sql` \| 1 \|\n\| 2 \| 2 \| `db\/migration\/U2__lead_score\.sql` \| 1 \|/);
    expect(body).toContain('**What blocks it:**');
    expect(body).toMatch(/- version 4 \(db\/migration\/V4\\_\\_lead\\_tag\.sql\) is not applied to database/);
    expect(body).toMatch(/- version 4 \(db\/migration\/V4\\_\\_lead\\_tag\.sql\) has no undo file/);
    expect(body).toContain('`db/migration/U2__lead_score.sql`\n\n```sql\nALTER TABLE lead DROP COLUMN score;\n```');
    expect(reactions()).toEqual(['eyes', 'rocket']);
  });

  it('plan with nothing in the way says the rollback may run', async () => {
    const s = await scenario({ number: 51, checkout: 'main' });
    await comment(s, '/migrate plan');
    const body = replies(51)[0]!.body;
    expect(body).toMatch(/^🚀 \*\*pgmig: a rollback would run 2 undo files \(version 3, 2\)\*\*/);
    expect(body).toContain('Nothing blocks it: `/migrate rollback` runs it');
    expect(await s.db.state()).toEqual(DEPLOYED);
  });

  it('help, and anything it does not understand answered with the help text', async () => {
    const s = await scenario({ number: 52, checkout: 'main' });
    const help = await comment(s, '/migrate help');
    expect(help.code).toBe(0);
    expect(replies(52)[0]!.body).toMatch(/^🚀 \*\*pgmig: help\*\*/);
    expect(replies(52)[0]!.body).toContain('- `/migrate rollback last`');
    expect(reactions()).toEqual(['eyes', 'rocket']);

    gh.comments.splice(0);
    const odd = await comment(s, '/migrate frobnicate', { commentId: 600 });
    expect(odd.code).toBe(0);
    const body = replies(52)[0]!.body;
    expect(body).toMatch(/^😕 \*\*pgmig: command not understood\*\*/);
    expect(body).toContain('unknown subcommand');
    expect(body).toContain('- `/migrate plan`');
    expect(reactions(600)).toEqual(['eyes', 'confused']);
    expect(await s.db.state()).toEqual(DEPLOYED);
  });
});

describe('what is refused, with nothing run', () => {
  it('someone with read (or triage) permission; the database is never even connected to', async () => {
    const s = await scenario({ number: 60, checkout: 'main' });
    const run = await comment(s, '/migrate rollback', { login: 'rita' });
    await expectRefused(s, run, /@&#8203;rita has read permission on the repository; \/migrate commands need write or more/);
    expect(run.stdout).toMatch(/pgmig audit: refused \/migrate rollback from @rita \(read\) on #60/);

    gh.comments.splice(0);
    // a server that is not there: any attempt to connect would show
    const triage = await comment(s, '/migrate rollback', { login: 'tess', databaseUrl: 'postgresql://nobody@127.0.0.1:1/x' });
    expect(triage.code).toBe(0);
    expect(triage.stdout).not.toMatch(/cannot connect|ECONNREFUSED/);
    expect(replies(60)[0]!.body).toContain('@&#8203;tess has triage permission');

    gh.comments.splice(0);
    const stranger = await comment(s, '/migrate plan', { login: 'nobody-here' });
    expect(stranger.code).toBe(0);
    expect(replies(60)[0]!.body).toContain('@&#8203;nobody-here has no permission on the repository');
  });

  it('the permission input raises the bar: write is not enough for maintain', async () => {
    const s = await scenario({ number: 61, checkout: 'main' });
    const run = await comment(s, '/migrate rollback', { inputs: { permission: 'maintain' } });
    await expectRefused(s, run, /@&#8203;alice has write permission on the repository; \/migrate commands need maintain or more/);
  });

  it('a bot, without asking GitHub for its permission', async () => {
    const s = await scenario({ number: 62, checkout: 'main' });
    const run = await comment(s, '/migrate rollback', { login: 'dependabot[bot]', userType: 'Bot' });
    await expectRefused(s, run, /@&#8203;dependabot\\\[bot\\\] is a bot: bots may not run \/migrate commands/);
    expect(gh.requestsTo(/\/collaborators\//)).toHaveLength(0);
    gh.comments.splice(0);
    // a bot account GitHub reports as a user
    const named = await comment(s, '/migrate rollback', { login: 'deploy-helper[bot]' });
    await expectRefused(s, named, /is a bot/);
  });

  it('an edited comment is not run (only a newly posted one is); a deleted one gets no reply', async () => {
    const s = await scenario({ number: 63, checkout: 'main' });
    const run = await comment(s, '/migrate rollback', { action: 'edited' });
    await expectRefused(s, run, /the comment was edited: only a newly posted comment runs a command; post the command as a new comment/);
    expect(gh.requestsTo(/\/collaborators\//)).toHaveLength(0);
    expect(gh.reactions).toHaveLength(0);

    gh.comments.splice(0);
    const deleted = await comment(s, '/migrate rollback', { action: 'deleted' });
    expect(deleted.code).toBe(0);
    expect(gh.comments).toHaveLength(0);
    expect(deleted.stdout).toMatch(/pgmig audit: refused \/migrate rollback from @alice on #63: the comment was deleted/);
    expect(await s.db.state()).toEqual(DEPLOYED);
  });

  it('a comment on an issue that is not a pull request', async () => {
    const s = await scenario({ number: 64, checkout: 'main' });
    const run = await comment(s, '/migrate rollback', { onPullRequest: false });
    await expectRefused(s, run, /#64 is an issue, not a pull request/);
    expect(gh.requestsTo(/\/pulls\//)).toHaveLength(0);
  });

  it('a pull request from a fork, unless allow-forks; even then its head is never run', async () => {
    const s = await scenario({ number: 65, checkout: 'main', headRepo: 'mallory/crm' });
    const run = await comment(s, '/migrate rollback');
    await expectRefused(s, run, /pull request #65 comes from a fork \(mallory\/crm\): \/migrate commands are not accepted there unless the workflow sets allow-forks: true/);

    // allowed: the undo files come from the default branch the workflow checked out
    gh.comments.splice(0);
    const allowed = await comment(s, '/migrate plan', { inputs: { 'allow-forks': 'true' }, commentId: 700 });
    expect(allowed.code).toBe(0);
    expect(replies(65)[0]!.body).toMatch(/^🚀 \*\*pgmig: a rollback would run 2 undo files/);
    expect(replies(65)[0]!.body).toContain('(default branch `main`)');

    // the fork's head checked out: its files are never read, only the default branch's
    const fork = await scenario({ number: 66, checkout: 'head', headRepo: 'mallory/crm' });
    const head = await comment(fork, '/migrate rollback', { inputs: { 'allow-forks': 'true' }, commentId: 701 });
    expect(head.code).toBe(0);
    expect(replies(66)[0]!.body).toMatch(/^😕 \*\*pgmig: not run: /);
    expect(replies(66)[0]!.body).toContain('is not on the default branch (main at');
    expect(await fork.db.state()).toEqual(DEPLOYED);
  });

  it("a checkout that does not hold the default branch's commit (and cannot fetch it)", async () => {
    const s = await scenario({ number: 67, checkout: 'main' });
    const run = await runAction({
      event: 'issue_comment',
      payload: issueCommentPayload({ number: 67, body: '/migrate rollback' }),
      workspace: s.dir,
      api: gh.url,
      sha: 'dead'.padEnd(40, 'b'),
      inputs: { 'github-token': 'ghs_x', 'database-url': s.db.url },
    });
    await expectRefused(s, run, /the checkout does not hold commit deadbbb of the default branch, and git fetch origin deadbbb did not bring it: check out with actions\/checkout "fetch-depth: 0"/);
  });

  it('an injection attempt is answered with the help text, and nothing reaches the database', async () => {
    const s = await scenario({ number: 68, checkout: 'main' });
    await s.db.query('CREATE TABLE x (id int)');
    for (const [i, body] of ['/migrate rollback 1; DROP TABLE x', "/migrate rollback 3' ; DROP TABLE x; --", '/migrate rollback $(psql -c "DROP TABLE x")', '/migrate rollback\nDROP TABLE x;'].entries()) {
      gh.comments.splice(0);
      const run = await comment(s, body, { commentId: 800 + i });
      expect(run.code, body).toBe(0);
      const reply = replies(68)[0]!.body;
      expect(reply, body).toMatch(/^😕 \*\*pgmig: command not understood\*\*/);
      expect(reply).not.toContain('DROP');
      expect(run.stdout).not.toMatch(/::group::pgmig/);
    }
    const state = await s.db.state();
    expect(state.tables).toEqual(['flyway_schema_history', 'lead', 'lead_note', 'x']);
    expect(state.history).toEqual(DEPLOYED.history);
  });

  it('a 100 kB comment is answered with help, quoting none of it', async () => {
    const s = await scenario({ number: 69, checkout: 'main' });
    const run = await comment(s, `/migrate rollback ${'3 '.repeat(50_000)}`);
    expect(run.code).toBe(0);
    const reply = replies(69)[0]!.body;
    expect(reply).toMatch(/^😕 \*\*pgmig: command not understood\*\*/);
    expect(reply).toContain('longer than 120 characters');
    expect(reply.length).toBeLessThan(3000);
    expect(await s.db.state()).toEqual(DEPLOYED);
  });

  it('a comment that is not a /migrate command: silence, no API call', async () => {
    const s = await scenario({ number: 70, checkout: 'main' });
    const run = await comment(s, 'Looks good! Run /migrate plan when deployed.');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/not a \/migrate command; nothing to do/);
    expect(gh.requests).toHaveLength(0);
    expect(run.summary).toBe('');
  });
});
