import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { BAD_INDEX, GOOD_INDEX, LEAD, pullRequestRepo, pushToPullRequest, shallowCheckout, WARN_ONLY } from './fixtures.js';
import { annotations, pullRequestPayload, runAction, type RunOptions } from './run-action.js';

// End to end: the built dist/index.js in a child process, a real git checkout, the event
// payload in a file, and a fake GitHub API on 127.0.0.1 that records every request.

const MARKER = '<!-- pgmig:sticky-comment db%2Fmigration -->';
const TOKEN = 'ghs_writeToken123';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

function prRun(pr: { repo: { dir: string }; baseSha: string; headSha: string }, number: number, extra: Partial<RunOptions> = {}, inputs: Record<string, string> = {}) {
  return runAction({
    event: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: pr.baseSha, headSha: pr.headSha }),
    workspace: pr.repo.dir,
    api: gh.url,
    ref: `refs/pull/${number}/merge`,
    sha: pr.headSha,
    ...extra,
    inputs: { 'github-token': TOKEN, ...inputs },
  });
}

describe('the action on a pull request', () => {
  it('reports findings everywhere: annotations, job summary, one comment, SARIF, outputs, and fails per fail-on', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    const run = await prRun(pr, 7, {}, { 'sarif-file': 'reports/pgmig.sarif', 'fail-on': 'error' });

    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/changed migrations from git/);

    // annotations: errors first, on the file and line of the statement
    const notes = annotations(run.stdout);
    const errors = notes.filter((a) => a.kind === 'error' && a.props.file);
    expect(errors.map((a) => a.props.title)).toEqual(['require-concurrent-index-creation', 'require-lock-timeout']);
    expect(errors[0]!.props).toMatchObject({ file: 'db/migration/V2__lead_owner_index.sql', line: '1', col: '1' });
    expect(notes.findIndex((a) => a.kind === 'warning')).toBeGreaterThan(notes.findIndex((a) => a.kind === 'error'));
    // the step's failure message
    expect(notes.some((a) => a.kind === 'error' && /pgmig found 2 errors and 2 warnings \(fail-on: error\)/.test(a.message))).toBe(true);

    // one comment, created, verdict first, findings grouped by file with the SQL line
    expect(gh.requestsTo(/\/issues\/7\/comments$/, 'POST')).toHaveLength(1);
    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0]!.body;
    const lines = body.split('\n');
    expect(lines[0]).toBe(MARKER);
    expect(lines[1]).toMatch(/^❌ \*\*pgmig: 2 errors, 2 warnings\*\* in 1 file/);
    expect(body).toContain('#### `db/migration/V2__lead_owner_index.sql` — 2 errors, 2 warnings');
    expect(body).toContain('`CREATE INDEX lead_owner ON lead (owner_id);`');
    expect(body).toContain('<details>');
    expect(body).toContain('[workflow run](https://github.com/acme/crm/actions/runs/4242)');
    const post = gh.requestsTo(/\/issues\/7\/comments$/, 'POST')[0]!;
    expect(post.headers.authorization).toBe(`token ${TOKEN}`);

    // job summary: verdict, per-file counts, every finding
    expect(run.summary).toContain('## pgmig · `db/migration`');
    expect(run.summary).toContain('| `db/migration/V2__lead_owner_index.sql` | 2 | 2 |');
    for (const rule of ['require-concurrent-index-creation', 'require-lock-timeout', 'require-statement-timeout', 'prefer-robust-stmts']) {
      expect(run.summary).toContain(`\`${rule}\``);
    }

    // SARIF for code scanning, where the input said
    const sarif = JSON.parse(readFileSync(join(pr.repo.dir, 'reports/pgmig.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(
      ['prefer-robust-stmts', 'require-concurrent-index-creation', 'require-lock-timeout', 'require-statement-timeout'],
    );
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('db/migration/V2__lead_owner_index.sql');

    // outputs, and the JSON report under RUNNER_TEMP
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '2', assigned: '[]' });
    expect(run.outputs.report!.startsWith(run.runnerTemp)).toBe(true);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.summary).toEqual({ files: 1, errors: 2, warnings: 2 });
    expect(report.changes.source).toBe('git');
    expect(report.findings[0]).toMatchObject({ file: 'db/migration/V2__lead_owner_index.sql', line: 1 });
  });

  it('edits the same comment after a fix instead of adding a second one, down to one line when clean', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    const first = await prRun(pr, 8);
    expect(first.code).toBe(1);
    expect(gh.comments).toHaveLength(1);
    const id = gh.comments[0]!.id;

    pushToPullRequest(pr, { 'db/migration/V2__lead_owner_index.sql': GOOD_INDEX });
    const second = await prRun(pr, 8);
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(gh.requestsTo(/\/issues\/8\/comments$/, 'POST')).toHaveLength(1);
    const patches = gh.requestsTo(/\/issues\/comments\/\d+$/, 'PATCH');
    expect(patches.map((p) => p.path)).toEqual([`/repos/acme/crm/issues/comments/${id}`]);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toBe(`${MARKER}\n✅ **pgmig: no findings** (1 file checked)\n`);

    // a third run with the same result leaves the comment alone
    const third = await prRun(pr, 8);
    expect(third.code).toBe(0);
    expect(gh.requestsTo(/\/issues\/comments\/\d+$/, 'PATCH')).toHaveLength(1);
    expect(gh.requestsTo(/\/issues\/8\/comments$/, 'POST')).toHaveLength(1);
  });

  it('fails on warnings only when fail-on is warning, and never with never', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_note.sql': WARN_ONLY });
    const byDefault = await prRun(pr, 9);
    expect(byDefault.code).toBe(0);
    expect(byDefault.outputs).toMatchObject({ errors: '0', warnings: '1' });
    const strict = await prRun(pr, 9, {}, { 'fail-on': 'warning' });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/pgmig found 0 errors and 1 warning \(fail-on: warning\)/);

    const bad = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    const never = await prRun(bad, 10, {}, { 'fail-on': 'never' });
    expect(never.code).toBe(0);
    expect(never.outputs.errors).toBe('2');
  });

  it('lists the files of a pull request with 150 changed files through the API, page by page, in a shallow checkout', async () => {
    const app: Record<string, string> = {};
    for (let i = 0; i < 140; i++) app[`src/app/module_${String(i).padStart(3, '0')}.ts`] = `export const m${i} = ${i};\n`;
    const migrations: Record<string, string> = {};
    for (let v = 2; v <= 10; v++) migrations[`db/migration/V${v}__add_col_${v}.sql`] = `BEGIN;\nSET LOCAL lock_timeout = '2s';\nSET LOCAL statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN c${v} bigint;\nCOMMIT;\n`;
    migrations['db/migration/V11__rename_owner.sql'] = 'ALTER TABLE lead RENAME COLUMN owner_id TO owner;\n';
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { ...app, ...migrations });
    const checkout = shallowCheckout(pr);
    expect(checkout.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    // GitHub lists the files in path order: the renamed column's migration is on page 2
    const listed = [...Object.keys(migrations), ...Object.keys(app)].sort((a, b) => (a < b ? -1 : 1));
    listed.reverse();
    gh.setPullFiles(11, listed.map((filename) => ({ filename, status: 'added' })));
    expect(listed.indexOf('db/migration/V11__rename_owner.sql')).toBeGreaterThanOrEqual(100);

    const run = await prRun({ repo: checkout, baseSha: pr.baseSha, headSha: pr.headSha }, 11, {}, { 'fail-on': 'never' });
    expect(run.code).toBe(0);
    const pages = gh.requestsTo(/\/pulls\/11\/files$/, 'GET');
    expect(pages.map((p) => [p.query.per_page, p.query.page ?? '1'])).toEqual([['100', '1'], ['100', '2']]);
    expect(run.stdout).toMatch(/changed migrations from the pull request's file list \(GitHub API: 150 changed files, 10 migrations\)/);
    expect(run.stdout).toMatch(/fetch-depth: 0/);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.changes.source).toBe('api');
    expect(report.changes.files).toHaveLength(10);
    expect(report.summary.files).toBe(10);
    expect(report.findings.filter((f: { file: string }) => f.file === 'db/migration/V11__rename_owner.sql').map((f: { rule: string }) => f.rule)).toContain('renaming-column');
  });

  it('on a fork pull request with a read-only token, warns that it cannot comment and does not fail', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': GOOD_INDEX });
    gh.readOnlyTokens.add('ghs_readOnly');
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 12, baseSha: pr.baseSha, headSha: pr.headSha, headRepo: 'contributor/crm' }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs: { 'github-token': 'ghs_readOnly' },
    });
    expect(run.code).toBe(0);
    const posts = gh.requestsTo(/\/issues\/12\/comments$/, 'POST');
    // a permission problem is not retried
    expect(posts).toHaveLength(1);
    expect(gh.comments).toHaveLength(0);
    const warning = annotations(run.stdout).find((a) => a.kind === 'warning' && a.props.title === 'pgmig: no pull-request comment');
    expect(warning?.message).toMatch(/comes from a fork, and GitHub gives fork pull requests a read-only token \(Resource not accessible by integration/);
    expect(run.summary).toContain('✅ **pgmig: no findings** (1 file checked)');
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
  });

  it('keeps to GitHub\'s 10 error annotations and puts every finding in the summary', async () => {
    const change: Record<string, string> = {};
    for (let v = 2; v <= 13; v++) change[`db/migration/V${v}__idx_${v}.sql`] = `CREATE INDEX lead_i${v} ON lead (owner_id);\n`;
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, change);
    const run = await prRun(pr, 13, {}, { comment: 'false' });
    expect(run.code).toBe(1);
    const found = annotations(run.stdout).filter((a) => a.props.file);
    // nine findings: the first of GitHub's ten error annotations is the verdict
    expect(found.filter((a) => a.kind === 'error')).toHaveLength(9);
    expect(annotations(run.stdout).filter((a) => a.kind === 'error')).toHaveLength(10);
    expect(found.filter((a) => a.kind === 'warning')).toHaveLength(10);
    expect(run.stdout).toMatch(/::notice title=pgmig%3A more findings than GitHub annotates::/);
    expect(run.outputs.errors).toBe('24');
    for (let v = 2; v <= 13; v++) expect(run.summary).toContain(`| \`db/migration/V${v}__idx_${v}.sql\` | 2 | 2 |`);
    // comment: false means no comment, not even a look
    expect(gh.requests).toHaveLength(0);
  });

  it('retries a 502 and a secondary rate limit, then comments once', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    gh.fail({ method: 'GET', path: /\/issues\/14\/comments$/, status: 502, headers: { 'retry-after': '0' }, body: { message: 'Server Error' } });
    gh.fail({
      method: 'POST',
      path: /\/issues\/14\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
    });
    const run = await prRun(pr, 14);
    expect(run.code).toBe(1);
    expect(gh.requestsTo(/\/issues\/14\/comments$/, 'GET')).toHaveLength(2);
    expect(gh.requestsTo(/\/issues\/14\/comments$/, 'POST')).toHaveLength(2);
    expect(gh.comments).toHaveLength(1);
    expect(run.stdout).toMatch(/server error 502/);
    expect(run.stdout).toMatch(/rate limited \(403\)/);
  });

  it('fails the step with the API error when commenting keeps failing, after writing the other reports', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': GOOD_INDEX });
    gh.fail({ method: 'POST', path: /\/issues\/15\/comments$/, status: 500, body: { message: 'Internal Server Error' }, times: 10 });
    const run = await prRun(pr, 15);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::pgmig could not update its pull-request comment: 500 Internal Server Error \(POST /);
    // a POST is not blindly repeated (GitHub may have stored it): it looks again, then tries once more
    expect(gh.requestsTo(/\/issues\/15\/comments$/, 'POST')).toHaveLength(2);
    expect(gh.requestsTo(/\/issues\/15\/comments$/, 'GET')).toHaveLength(2);
    expect(run.summary).toContain('no findings');
    expect(run.outputs.errors).toBe('0');
  });

  it('says what to fix when neither git history nor the API can tell what changed', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    const checkout = shallowCheckout(pr);
    // no setPullFiles: the fake answers 404, as GitHub does for a token that cannot see the repository
    const run = await prRun({ repo: checkout, baseSha: pr.baseSha, headSha: pr.headSha }, 16);
    expect(run.code).toBe(1);
    const failure = annotations(run.stdout).find((a) => a.kind === 'error')!;
    expect(failure.message).toMatch(/cannot tell which migrations pull request #16 changes: the base commit [0-9a-f]{7} is not in the checkout \(a shallow clone\)/);
    expect(failure.message).toMatch(/fetch-depth: 0/);
    expect(failure.message).toMatch(/404 Not Found/);
    expect(run.stderr).toBe('');
  });

  it('fails with the config error, naming the key, and no stack trace', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD, '.pgmig.yml': 'lockTimout: {max: 5s}\n' }, { 'db/migration/V2__lead_owner_index.sql': GOOD_INDEX });
    const run = await prRun(pr, 17);
    expect(run.code).toBe(1);
    const failure = annotations(run.stdout).find((a) => a.kind === 'error')!;
    expect(failure.message).toMatch(/^pgmig: .*\.pgmig\.yml:1: lockTimout: unknown key/);
    expect(failure.message).not.toMatch(/\n\s+at /);
    expect(gh.requests).toHaveLength(0);
  });

  it('does not start a comment when no migration changed, but still reports', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'README.md': 'docs only\n' });
    const run = await prRun(pr, 18);
    expect(run.code).toBe(0);
    expect(gh.requestsTo(/\/issues\/18\/comments$/, 'GET')).toHaveLength(1);
    expect(gh.requestsTo(/\/issues\/18\/comments$/, 'POST')).toHaveLength(0);
    expect(run.summary).toContain('no migration changed in `db/migration`');
    expect(existsSync(run.outputs.report!)).toBe(true);
  });

  it('on the merge commit actions/checkout makes, compares numbering with the base branch as it is now', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': GOOD_INDEX });
    // meanwhile another pull request took V2 on main
    pr.repo.git('checkout', '--quiet', 'main');
    pr.repo.write({ 'db/migration/V2__lead_note.sql': WARN_ONLY }).commit('Merge pull request #1');
    const baseSha = pr.repo.git('rev-parse', 'HEAD').trim();
    // refs/pull/N/merge: the pull request merged into the base branch's tip
    pr.repo.git('checkout', '--quiet', '--detach', baseSha);
    pr.repo.git('merge', '--quiet', '--no-ff', '--no-edit', 'feature');
    const run = await prRun({ repo: pr.repo, baseSha, headSha: pr.headSha }, 19, {}, { comment: 'false' });
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.summary.files).toBe(1);
    expect(report.findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toContain('duplicate-version db/migration/V2__lead_owner_index.sql');
  });

  it('honours the migrations and placeholder inputs, with a comment of its own for that folder', async () => {
    const pr = pullRequestRepo({ 'sql/migrations/V1__lead.sql': LEAD }, { 'sql/migrations/VNEW__lead_owner_index.sql': GOOD_INDEX });
    const plain = await prRun(pr, 20, {}, { migrations: 'sql/migrations', comment: 'false' });
    expect(JSON.parse(readFileSync(plain.outputs.report!, 'utf8')).findings.map((f: { rule: string }) => f.rule)).toContain('migration-filename');

    const run = await prRun(pr, 20, {}, { migrations: 'sql/migrations', placeholder: 'VNEW' });
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0 });
    expect(run.outputs.report).toMatch(/pgmig-report-sql_migrations\.json$/);
    expect(gh.comments.map((c) => c.body.split('\n')[0])).toEqual(['<!-- pgmig:sticky-comment sql%2Fmigrations -->']);
  });
});
