import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { gitRepo } from '../helpers/git.js';
import { pullRequestPayload, pushPayload, runAction } from './run-action.js';

// command gate, the built action against the fake GitHub API: inside Oktoberfest the emergency
// label lets a deploy through only when its newest `labeled` event is by an approver.

const CONFIG = `calendar:
  timezone: Europe/Berlin
  blackouts:
    - { name: Oktoberfest, from: "09-16", to: "10-04", reason: five times the order load }
  emergency: { label: migration-emergency, approvers: [octocat, "team:db-oncall", "release-bot[bot]"] }
`;
const LABEL = 'migration-emergency';
const IN_OKTOBERFEST = '2026-10-01T09:00:00+02:00';
const SHA = 'd'.repeat(40);

let gh: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  workspace = gitRepo({ '.pgmig.yml': CONFIG, 'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY);\n' }).dir;
});
afterEach(async () => {
  await gh.close();
});

/** The merged pull request #12 of SHA as `GET /commits/{sha}/pulls` lists it, with its labels. */
function mergedPull(labels: string[]) {
  gh.setCommitPulls(SHA, [
    {
      number: 12,
      html_url: 'https://github.com/acme/crm/pull/12',
      state: 'closed',
      title: 'Fix the checkout index',
      merged_at: '2026-09-30T20:00:00Z',
      labels: labels.map((name, i) => ({ id: i + 1, name, color: 'd73a4a', default: false })),
      base: { ref: 'main', sha: 'b'.repeat(40) },
      head: { ref: 'hotfix', sha: 'c'.repeat(40) },
    },
  ]);
}

const deploy = (extra: Record<string, string> = {}) =>
  runAction({
    event: 'push',
    payload: pushPayload({ ref: 'refs/heads/main', before: 'a'.repeat(40), after: SHA }),
    ref: 'refs/heads/main',
    sha: SHA,
    workspace,
    api: gh.url,
    inputs: { command: 'gate', 'github-token': 'ghs_gate', at: IN_OKTOBERFEST, ...extra },
  });

const replies = () => gh.comments.filter((c) => c.issue === 12 && c.body.includes('pgmig:emergency-label-refused'));

describe('command gate: the emergency label', () => {
  it('without a label the window holds the deploy, and pgmig asks nothing about labels', async () => {
    mergedPull([]);
    const run = await deploy();
    expect(run.code).not.toBe(0);
    expect(run.outputs.decision).toBe('held');
    expect(run.summary).toMatch(/Migration gate: held/);
    expect(run.summary).toMatch(/Oktoberfest/);
    expect(gh.requestsTo(/\/issues\/12\/events$/)).toHaveLength(0);
  });

  it('an approver\'s label lets it through: exit 0, and the summary says emergency, who and why', async () => {
    mergedPull([LABEL]);
    gh.addIssueEvent(12, { event: 'labeled', label: 'bug', actor: 'mallory' });
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'octocat' });
    const run = await deploy();
    expect(run.stderr + run.stdout).not.toMatch(/::error::/);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ decision: 'deploy', emergency: 'octocat' });
    expect(run.summary).toMatch(/Emergency migration deploy inside Oktoberfest/);
    expect(run.summary).toMatch(/\*\*By:\*\* @octocat/);
    expect(run.summary).toMatch(/\*\*Why:\*\* label migration-emergency on pull request #12, added by @octocat/);
    expect(replies()).toHaveLength(0);
  });

  it('a non-approver\'s label is refused with a reply naming the approvers, and the deploy is held', async () => {
    mergedPull([LABEL]);
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'mallory' });
    const run = await deploy();
    expect(run.code).not.toBe(0);
    expect(run.outputs).toMatchObject({ decision: 'held', emergency: '' });
    expect(run.stdout).toMatch(/::error::pgmig gate: held: Oktoberfest/);
    expect(run.summary).toMatch(/refused/);
    expect(run.summary).toMatch(/@mallory added it and is not an approver/);
    const [reply, ...more] = replies();
    expect(more).toHaveLength(0);
    expect(reply!.body).toMatch(/@mallory added the label, but they are not an approver/);
    expect(reply!.body).toMatch(/Who may add it: @octocat, members of @acme\/db-oncall, @release-bot\[bot\]/);
    expect(reply!.body).toMatch(/held in the blackout window until 2026-10-05/);

    // a second run edits the same reply instead of adding one
    await deploy();
    expect(replies()).toHaveLength(1);
  });

  it('a member of a listed team passes through the memberships endpoint; a pending member does not', async () => {
    mergedPull([LABEL]);
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'dana' });
    gh.setTeamMember('acme', 'db-oncall', 'dana');
    const run = await deploy();
    expect(run.code).toBe(0);
    expect(run.outputs.emergency).toBe('dana');
    expect(gh.requestsTo(/^\/orgs\/acme\/teams\/db-oncall\/memberships\/dana$/, 'GET')).toHaveLength(1);

    gh.setTeamMember('acme', 'db-oncall', 'dana', 'pending');
    const pending = await deploy();
    expect(pending.code).not.toBe(0);
    expect(pending.outputs.decision).toBe('held');
  });

  it('removed by an approver and added again by someone else: the newest labeled event decides, and it is refused', async () => {
    mergedPull([LABEL]);
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'octocat' });
    gh.addIssueEvent(12, { event: 'unlabeled', label: LABEL, actor: 'octocat' });
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'mallory' });
    const run = await deploy();
    expect(run.code).not.toBe(0);
    expect(run.outputs.decision).toBe('held');
    expect(replies()[0]!.body).toMatch(/@mallory added the label/);
  });

  it('reads every page of the events: the approver\'s label on the second page is the newest and counts', async () => {
    mergedPull([LABEL]);
    for (let i = 0; i < 120; i++) gh.addIssueEvent(12, { event: i % 2 ? 'unlabeled' : 'labeled', label: 'triage', actor: 'mallory' });
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'octocat' });
    const run = await deploy();
    expect(run.code).toBe(0);
    expect(gh.requestsTo(/\/issues\/12\/events$/).length).toBeGreaterThanOrEqual(2);
  });

  it('a bot counts only when listed by name, and never through a team', async () => {
    mergedPull([LABEL]);
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'helper[bot]', actorType: 'Bot' });
    gh.setTeamMember('acme', 'db-oncall', 'helper[bot]');
    const refused = await deploy();
    expect(refused.code).not.toBe(0);
    expect(refused.summary).toMatch(/a bot, which counts only when listed by name/);
    expect(gh.requestsTo(/\/memberships\//)).toHaveLength(0);

    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'release-bot[bot]', actorType: 'Bot' });
    const listed = await deploy();
    expect(listed.code).toBe(0);
    expect(listed.outputs.emergency).toBe('release-bot[bot]');
  });

  it('a GitHub API failure refuses the label, never a pass', async () => {
    mergedPull([LABEL]);
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'octocat' });
    gh.fail({ method: 'GET', path: /\/issues\/12\/events$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 10 });
    const run = await deploy();
    expect(run.code).not.toBe(0);
    expect(run.outputs.decision).toBe('held');
    expect(run.summary).toMatch(/could not check who added the label \(403 Resource not accessible by integration/);

    // and when the commit's pull requests cannot be listed at all
    gh.fail({ method: 'GET', path: /\/commits\/[0-9a-f]+\/pulls$/, status: 404, times: 10 });
    const unlisted = await deploy();
    expect(unlisted.code).not.toBe(0);
    expect(unlisted.summary).toMatch(/could not list the pull requests of commit dddddddddddd/);
  });

  it('a team membership the API cannot tell refuses the label', async () => {
    mergedPull([LABEL]);
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'dana' });
    gh.fail({ method: 'GET', path: /\/memberships\/dana$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 10 });
    const run = await deploy();
    expect(run.code).not.toBe(0);
    expect(run.summary).toMatch(/could not check who added the label/);
  });

  it('on a pull_request event the pull request of the payload is judged, with its labels', async () => {
    const payload = pullRequestPayload({ number: 12, baseSha: 'a'.repeat(40), headSha: 'c'.repeat(40) });
    (payload.pull_request as Record<string, unknown>).labels = [{ id: 1, name: LABEL, color: 'd73a4a', default: false }];
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'octocat' });
    const run = await runAction({ event: 'pull_request', payload, workspace, api: gh.url, inputs: { command: 'gate', 'github-token': 'ghs_gate', at: IN_OKTOBERFEST } });
    expect(run.code).toBe(0);
    expect(run.outputs.emergency).toBe('octocat');
    expect(gh.requestsTo(/\/commits\//)).toHaveLength(0);
  });

  it('GitHub\'s own pull_request labeled webhook example: its label and pull request are the ones judged', async () => {
    const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, any>> }>;
    const payload = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'labeled')!;
    const label = payload.label.name as string;
    const number = payload.pull_request.number as number;
    const dir = gitRepo({ '.pgmig.yml': CONFIG.replace(`label: ${LABEL}`, `label: ${label}`).replace('[octocat,', `[${payload.sender.login},`) }).dir;
    gh.addIssueEvent(number, { event: 'labeled', label, actor: 'mallory' });
    const gate = () => runAction({ event: 'pull_request', payload, workspace: dir, api: gh.url, inputs: { command: 'gate', 'github-token': 'ghs_gate', at: IN_OKTOBERFEST } });
    const refused = await gate();
    expect(refused.code).not.toBe(0);
    expect(gh.comments.find((c) => c.issue === number)?.body).toMatch(/@mallory added the label/);
    gh.addIssueEvent(number, { event: 'labeled', label, actor: payload.sender.login });
    const passed = await gate();
    expect(passed.code).toBe(0);
    expect(passed.outputs.emergency).toBe(payload.sender.login);
  });

  it('outside a window the gate passes without looking at labels; a bad at input is a clear error', async () => {
    mergedPull([LABEL]);
    gh.addIssueEvent(12, { event: 'labeled', label: LABEL, actor: 'mallory' });
    const open = await deploy({ at: '2026-11-03T09:00:00+01:00' });
    expect(open.code).toBe(0);
    expect(open.outputs.decision).toBe('deploy');
    expect(gh.requests).toHaveLength(0);
    expect(replies()).toHaveLength(0);

    const bad = await deploy({ at: '2026-10-01 09:00' });
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/::error::pgmig: input at: "2026-10-01 09:00" is not an ISO time with its zone/);
  });
});
