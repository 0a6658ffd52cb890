import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src/action/check.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import type { EventContext } from '../../src/github/event.js';
import { pullRequestOf } from '../../src/github/event.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { project } from '../helpers/project.js';
import { LEAD, pullRequestRepo, shallowCheckout, type PullRequestRepo } from './fixtures.js';
import { pullRequestPayload } from './run-action.js';

// The pull_request check from the sources (dist/ is rebuilt by hand): a real git checkout, the
// fake GitHub API, and the sticky comment's "if merged now" line.

const TOKEN = 'ghs_checkToken1';
const M = 'db/migration';
const SCORE = "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score bigint;\n";

let gh: FakeGitHub;
let log = '';
const keys = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_API_URL'] as const;
const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
beforeEach(async () => {
  gh = await startFakeGitHub();
  log = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += String(chunk);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const k of keys) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  // core.setFailed would fail the test worker too
  process.exitCode = undefined;
  await gh.close();
});

/** Runs the check of pull request `number` in `workspace` (fail-on: never, so only pgmig's own trouble fails it); returns the job summary and whether the step failed. */
async function check(pr: PullRequestRepo, number: number, workspace = pr.repo.dir) {
  const dir = project({});
  const summary = join(dir, 'summary.md');
  writeFileSync(summary, '');
  writeFileSync(join(dir, 'output.txt'), '');
  process.env.GITHUB_OUTPUT = join(dir, 'output.txt');
  process.env.GITHUB_STEP_SUMMARY = summary;
  process.env.GITHUB_API_URL = gh.url;
  const payload = pullRequestPayload({ number, baseSha: pr.baseSha, headSha: pr.headSha });
  const event: EventContext = { name: 'pull_request', payload, repo: { owner: 'acme', repo: 'crm' }, ref: `refs/pull/${number}/merge`, sha: pr.headSha, workspace };
  const inputs: ActionInputs = { command: 'auto', token: TOKEN, comment: true, annotations: true, failOn: 'never', permission: 'write', allowForks: false };
  await runCheck({ event, inputs, route: { kind: 'check', pr: pullRequestOf(payload)!, test: false }, env: { RUNNER_TEMP: join(dir, 'temp') } });
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  return { summary: readFileSync(summary, 'utf8'), failed };
}

const comment = (number: number) => gh.comments.find((c) => c.issue === number)?.body ?? '';

describe('the sticky comment says what the pending migrations would be called if merged now', () => {
  it('from git: against the base branch as it is now, a placeholder and a version taken there', async () => {
    const pr = pullRequestRepo(
      { [`${M}/V1__lead.sql`]: LEAD, [`${M}/V226__lead_owner.sql`]: SCORE.replace('score', 'owner') },
      { [`${M}/VXXX__lead_score.sql`]: SCORE, [`${M}/V226__lead_rank.sql`]: SCORE.replace('score', 'rank'), [`${M}/UXXX__lead_score.sql`]: 'ALTER TABLE lead DROP COLUMN score;\n' },
    );
    // main moved on after the branch was made: the numbers count what is there now
    pr.repo.git('checkout', '--quiet', 'main');
    pr.repo.write({ [`${M}/V227__lead_stage.sql`]: SCORE.replace('score', 'stage') }).commit('merged meanwhile');
    pr.baseSha = pr.repo.git('rev-parse', 'HEAD').trim();
    pr.repo.git('checkout', '--quiet', 'feature');

    const run = await check(pr, 21);
    expect(run.failed).toBe(false);
    const body = comment(21);
    expect(body).toContain('🔢 **If merged now:**\n\n');
    expect(body.split('\n').filter((l) => l.startsWith('- `'))).toEqual([
      '- `V226__lead_rank.sql` would become `V228__lead_rank.sql` (V226 is taken on `main` by `V226__lead_owner.sql`)',
      '- `VXXX__lead_score.sql` would become `V229__lead_score.sql`',
    ]);
    expect(body).toMatch(/merged into `main`, and works the numbers out again then/);
    expect(run.summary).toContain('`VXXX__lead_score.sql` would become `V229__lead_score.sql`');
    expect(log).toContain('if merged now: db/migration/VXXX__lead_score.sql would become db/migration/V229__lead_score.sql');
  });

  it('from the API list in a shallow checkout: the files the pull request does not touch stand for the base', async () => {
    const pr = pullRequestRepo({ [`${M}/V1__lead.sql`]: LEAD, [`${M}/V7__lead_owner.sql`]: SCORE.replace('score', 'owner') }, { [`${M}/VXXX__user_lead_protection.sql`]: SCORE });
    const checkout = shallowCheckout(pr);
    gh.setPullFiles(22, [{ filename: `${M}/VXXX__user_lead_protection.sql`, status: 'added' }]);
    const run = await check(pr, 22, checkout.dir);
    expect(run.failed).toBe(false);
    expect(log).toContain("changed migrations from the pull request's file list");
    expect(comment(22)).toContain('🔢 **If merged now:** `VXXX__user_lead_protection.sql` would become `V8__user_lead_protection.sql`<br>');
  });

  it('says nothing of numbers when none would change, and warns instead of failing when the merge could not number them', async () => {
    const plain = pullRequestRepo({ [`${M}/V1__lead.sql`]: LEAD }, { [`${M}/V2__lead_score.sql`]: SCORE });
    await check(plain, 23);
    expect(comment(23)).not.toMatch(/If merged now/);

    const full = pullRequestRepo(
      { '.pgmig.yml': 'versionRanges: [{from: 1, to: 2}]\n', [`${M}/V1__lead.sql`]: LEAD, [`${M}/V2__lead_owner.sql`]: SCORE.replace('score', 'owner') },
      { [`${M}/VXXX__lead_score.sql`]: SCORE },
    );
    log = '';
    const run = await check(full, 24);
    expect(run.failed).toBe(false);
    expect(comment(24)).toMatch(/^<!-- pgmig:sticky-comment db%2Fmigration -->\n.*\*\*pgmig: /);
    expect(comment(24)).not.toMatch(/If merged now/);
    expect(log).toMatch(/::warning title=pgmig%3A numbering at merge::pgmig assign would fail if pull request #24 were merged now: db\/migration\/VXXX__lead_score.sql: no free version left in the range 1-2/);
  });
});
