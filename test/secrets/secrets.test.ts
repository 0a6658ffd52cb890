import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { parseDatabaseUrl, resolveTarget, toUrl, withDatabase } from '../../src/db/connect.js';
import { UserError } from '../../src/errors.js';
import { addSecret, onSecret, redact, redactDeep, redactError, resetSecrets } from '../../src/secrets.js';
import { pullRequestRepo } from '../action/fixtures.js';
import { issueCommentPayload, pullApiObject, pullRequestPayload, type ActionRun } from '../action/run-action.js';
import { BASE, CHANGE, deployedDatabase, serverUrl, stopServer, type Db } from '../chatops/fixtures.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { gitRepo } from '../helpers/git.js';
import { project } from '../helpers/project.js';
import { runSourceAction } from './source-action.js';

// The database password and the GitHub token never show in anything pgmig writes: stdout,
// stderr, the JSON/markdown/SARIF reports, the job summary, the outputs and the pull-request
// comments, even when PostgreSQL's own error message quotes the password.
//
// The test cluster authenticates TCP connections with `trust` (initdb -A trust), so a wrong
// password is not refused there: the failing connections are a closed port and a database that
// does not exist, with the password in the URL; the runs that get far use a URL with a password
// the server accepts (and ignores), and migrations that fail quoting the password.

const PW = 'Zq7-sekr1t-PW';
const TOKEN = 'ghs_T0kenForTheSecretsTest99';
/** The password once percent-encoded, as a URL carries it, must not show either. */
const PW_URI = encodeURIComponent(PW);
const LEAKS = [PW, PW_URI, TOKEN];

function expectClean(what: string, text: string): void {
  for (const s of LEAKS) expect(text.includes(s), `${what} contains ${s}:\n${text}`).toBe(false);
}

/** The test cluster's URL with a password in it (trust: the server takes any). */
async function urlWithPassword(database?: string): Promise<string> {
  const t = parseDatabaseUrl(await serverUrl(), '--database-url');
  return toUrl({ ...(database ? withDatabase(t, database) : t), password: PW });
}

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env });
  return { code, stdout, stderr };
}

/** A migration that fails with the password in PostgreSQL's message (and in the statement quoted with it). */
const RAISES = `DO $$ BEGIN RAISE EXCEPTION 'logged in with password %', '${PW}'; END $$;\n`;
const LEAD = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\n';
const CONFIG = 'rules: { require-rls: off, require-table-schema: off }\nlockTimeout: { max: 1500ms }\n';

beforeEach(() => resetSecrets());
afterAll(async () => {
  await stopServer();
});

describe('redact', () => {
  it('replaces a secret in every form it is written in, and any password in a postgresql:// URL', () => {
    addSecret('p@ss word*_1');
    expect(redact('a p@ss word*_1 b')).toBe('a *** b');
    expect(redact(`url ${encodeURIComponent('p@ss word*_1')}`)).toBe('url ***');
    expect(redact(JSON.stringify({ m: 'x "p@ss word*_1"' }))).not.toContain('p@ss');
    expect(redact('md p@&#8203;ss word\\*\\_1')).toBe('md ***');
    expect(redact('at postgresql://app:other-pw@db:5432/app and postgres://x:y@h/d')).toBe('at postgresql://app:***@db:5432/app and postgres://x:***@h/d');
    expect(redact('postgresql://app@db/app')).toBe('postgresql://app@db/app');
  });

  it('leaves very short values alone: hiding them would garble every message', () => {
    addSecret('pw');
    expect(redact('pwd pw')).toBe('pwd pw');
  });

  it('redacts reports deeply and errors in place, keeping their class', () => {
    addSecret(PW);
    expect(redactDeep({ a: [`x${PW}`, 1, { b: PW }], n: null })).toEqual({ a: ['x***', 1, { b: '***' }], n: null });
    class Special extends Error {}
    const e = Object.assign(new Special(`failed: ${PW}`), { detail: `d ${PW}` });
    expect(redactError(e)).toBe(e);
    expect(e).toBeInstanceOf(Special);
    expect(e.message).toBe('failed: ***');
    expect(e.detail).toBe('d ***');
    expect(e.stack).not.toContain(PW);
  });
});

describe('a password that is the user name (postgres:postgres, the service containers\' default)', () => {
  const told: string[] = [];
  beforeEach(() => {
    told.length = 0;
    onSecret((s) => told.push(s));
  });
  const shown = 'role postgres owns it; app_user too; postgresql://postgres@db/postgres';

  it('in a URL, a connection string or PGPASSWORD: neither masked nor handed to the runner', () => {
    resolveTarget('postgresql://postgres:postgres@db:5432/postgres', {});
    resolveTarget("host=db user=app_user password='app_user' dbname=x", {});
    resolveTarget(undefined, { PGHOST: 'db', PGUSER: 'postgres', PGPASSWORD: 'postgres' });
    expect(redact(shown)).toBe(shown);
    expect(told).toEqual([]);
  });

  it('any other password still is both, in every spelling it was read in', () => {
    resolveTarget('postgresql://postgres:p%40ssw0rd@db:5432/postgres', {});
    expect(redact('pw p@ssw0rd or p%40ssw0rd')).toBe('pw *** or ***');
    expect(told).toEqual(expect.arrayContaining(['p@ssw0rd']));
    // the same word as another user's password is a secret there, and stays one
    resolveTarget('postgresql://app:postgres@db:5432/postgres', {});
    resolveTarget('postgresql://postgres:postgres@db:5432/postgres', {});
    expect(redact('role postgres')).toBe('role ***');
    expect(told).toContain('postgres');
  });

  it('a connection string that cannot be read keeps its password hidden in the error', () => {
    expect(() => resolveTarget("user=app password=hunter22 host=db nonsense", {})).toThrow(UserError);
    expect(redact('said hunter22')).toBe('said ***');
  });
});

describe('pgmig test and rollback with a password (real PostgreSQL)', () => {
  const dbs: Db[] = [];
  afterEach(async () => {
    for (const d of dbs.splice(0)) await d.drop().catch(() => {});
  });

  it('a failing migration that quotes the password: every format of `pgmig test`, --keep shows the URL with ***', async () => {
    const cwd = project({ '.pgmig.yml': CONFIG, 'db/migration/V1__lead.sql': LEAD, 'db/migration/V2__raise.sql': RAISES });
    const url = await urlWithPassword();
    const kept: string[] = [];
    try {
      for (const format of ['text', 'json', 'markdown']) {
        const r = await cli(['test', '--database-url', url, '--format', format, '--keep'], cwd);
        expect(r.code).toBe(1);
        expectClean(`${format} stdout`, r.stdout);
        expectClean(`${format} stderr`, r.stderr);
        // the failure itself is reported, the password in it masked
        expect(r.stdout).toMatch(/logged in with password \*\*\*/);
        const shown = /postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/(pgmig_test_\w+)/.exec(r.stdout + r.stderr);
        expect(shown, `${format}: the kept database's URL, password masked`).not.toBeNull();
        kept.push(shown![1]!);
      }
    } finally {
      const admin = new pg.Client({ connectionString: await serverUrl() });
      await admin.connect();
      for (const name of kept) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('a password from PGPASSWORD is as secret as one in the URL', async () => {
    const cwd = project({ '.pgmig.yml': CONFIG, 'db/migration/V1__lead.sql': LEAD, 'db/migration/V2__raise.sql': RAISES });
    const r = await cli(['test', '--format', 'json'], cwd, { DATABASE_URL: await serverUrl(), PGPASSWORD: PW });
    expect(r.code).toBe(1);
    expectClean('stdout', r.stdout);
    expectClean('stderr', r.stderr);
    expect(JSON.parse(r.stdout).summary.failed).toBe(1);
  });

  it('connection failures name the server, never the password: a closed port, a database that does not exist', async () => {
    const cwd = project({ '.pgmig.yml': CONFIG, 'db/migration/V1__lead.sql': LEAD });
    const closed = await cli(['test', '--database-url', `postgresql://nobody:${PW_URI}@127.0.0.1:1/x`], cwd);
    expect(closed.code).toBe(2);
    expect(closed.stderr).toMatch(/^pgmig: cannot connect to PostgreSQL at postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/x \(from --database-url\): .*ECONNREFUSED/);
    const missing = await cli(['rollback', '--database-url', await urlWithPassword('no_such_db_for_secrets')], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/postgres:\*\*\*@127\.0\.0\.1:\d+\/no_such_db_for_secrets.*database "no_such_db_for_secrets" does not exist/);
    for (const r of [closed, missing]) {
      expectClean('stdout', r.stdout);
      expectClean('stderr', r.stderr);
    }
  });

  it('connection strings pgmig cannot read are refused without quoting the password', async () => {
    const cwd = project({ '.pgmig.yml': CONFIG, 'db/migration/V1__lead.sql': LEAD });
    const runs = [
      await cli(['test', '--database-url', `postgresql://app:${PW}%zz@127.0.0.1:1/x`], cwd),
      await cli(['test', '--database-url', `host=127.0.0.1 password=${PW} tail`], cwd),
      await cli(['test', '--database-url', `host=127.0.0.1 password=${PW} !oops`], cwd),
    ];
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs[0]!.stderr).toBe('pgmig: --database-url: invalid percent-encoding in the password (write % as %25)\n');
    expect(runs[1]!.stderr).toMatch(/missing "=" after the value of password: quote a value with spaces/);
    for (const r of runs) {
      expectClean('stdout', r.stdout);
      expectClean('stderr', r.stderr);
    }
  });

  it('`pgmig rollback` whose undo file fails quoting the password: text and JSON', async () => {
    const cwd = project({ ...BASE, ...CHANGE, 'db/migration/U3__lead_note.sql': RAISES });
    const db = await deployedDatabase(cwd, ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql']);
    dbs.push(db);
    const url = toUrl({ ...parseDatabaseUrl(db.url, '--database-url'), password: PW });
    for (const format of ['text', 'json']) {
      const r = await cli(['rollback', '3', '--database-url', url, '--format', format], cwd);
      expect(r.code).toBe(1);
      // an error raised by production SQL may quote rows: the rollback names it by SQLSTATE only
      expect(r.stdout).toMatch(/P0001/);
      // (the undo's own SQL is listed in the JSON plan; the server's message is what must not be)
      const said = format === 'json' ? JSON.stringify(JSON.parse(r.stdout).error ?? {}) : r.stdout;
      expect(said).not.toMatch(/logged in with password/);
      expectClean(`${format} stdout`, r.stdout);
      expectClean(`${format} stderr`, r.stderr);
    }
    const json = JSON.parse((await cli(['rollback', '3', '--database-url', url, '--format', 'json'], cwd)).stdout);
    expect(json.database.url).toMatch(/^postgresql:\/\/postgres:\*\*\*@/);
  });
});

describe('the action, run from the sources (real PostgreSQL, fake GitHub API)', () => {
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

  /** Everything the step left: log, error stream, outputs, summary, every file in RUNNER_TEMP, what was sent to GitHub. */
  function everything(run: ActionRun, extra: string[] = []): Array<[string, string]> {
    const files = (() => {
      try {
        return readdirSync(run.runnerTemp).map((f) => [`RUNNER_TEMP/${f}`, readFileSync(join(run.runnerTemp, f), 'utf8')] as [string, string]);
      } catch {
        return [];
      }
    })();
    // the runner reads ::add-mask:: lines to hide the value: the only place a secret may be
    const log = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    return [
      ['stdout', log],
      ['stderr', run.stderr],
      ['outputs', JSON.stringify(run.outputs)],
      ['summary', run.summary],
      ...files,
      ['GitHub requests', JSON.stringify(gh.requests.map((r) => ({ path: r.path, body: r.body })))],
      ['comments', JSON.stringify(gh.comments)],
      ...extra.map((f) => [f, readFileSync(f, 'utf8')] as [string, string]),
    ];
  }

  it('/migrate rollback whose undo file fails quoting the password: the reply, summary, report and log are clean', async () => {
    const repo = gitRepo({ ...BASE, ...CHANGE, 'db/migration/U3__lead_note.sql': RAISES });
    const sha = repo.git('rev-parse', 'HEAD').trim();
    gh.setPullFiles(61, Object.keys(CHANGE).map((filename) => ({ filename, status: 'added' })));
    gh.setPull(61, pullApiObject({ number: 61, baseSha: 'ba5e'.padEnd(40, '0'), headSha: 'c0ffee'.padEnd(40, '0'), merged: true }));
    const db = await deployedDatabase(repo.dir, ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql']);
    dbs.push(db);
    const url = toUrl({ ...parseDatabaseUrl(db.url, '--database-url'), password: PW });
    const run = await runSourceAction({
      event: 'issue_comment',
      payload: issueCommentPayload({ number: 61, body: '/migrate rollback' }),
      workspace: repo.dir,
      api: gh.url,
      ref: 'refs/heads/main',
      sha,
      inputs: { 'github-token': TOKEN, 'database-url': url },
    });
    expect(run.code).toBe(1);
    // the runner is told to hide both
    expect(run.stdout.split('\n')).toEqual(expect.arrayContaining([`::add-mask::${PW}`, `::add-mask::${TOKEN}`]));
    const reply = gh.comments.find((c) => c.issue === 61)!.body;
    // the server's message is withheld (it may quote rows), so nothing of it reaches the reply
    expect(reply).toMatch(/the server's message is not shown/);
    expect(reply).not.toMatch(/logged in with password/);
    for (const [what, text] of everything(run)) expectClean(what, text);
    // and the token did reach GitHub, where it belongs: in the header, not in anything written
    expect(gh.requests.some((r) => JSON.stringify(r.headers).includes(TOKEN))).toBe(true);
  });

  it('a pull request tested with a password, a migration failing with it: comment, summary, SARIF, report and log are clean', async () => {
    const pr = pullRequestRepo({ '.pgmig.yml': CONFIG, 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__raise.sql': RAISES });
    const run = await runSourceAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 62, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs: { 'github-token': TOKEN, 'database-url': await urlWithPassword(), 'sarif-file': 'pgmig.sarif', 'fail-on': 'error' },
    });
    expect(run.code).toBe(1);
    const comment = gh.comments.find((c) => c.issue === 62)!.body;
    expect(comment).toMatch(/logged in with password/);
    for (const [what, text] of everything(run, [join(pr.repo.dir, 'pgmig.sarif')])) expectClean(what, text);
  });
});
