import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAssignStep, tellPullRequests } from '../../src/action/assign.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import type { AssignResult } from '../../src/commands/assign.js';
import type { EventContext } from '../../src/github/event.js';
import { assignedMarker } from '../../src/github/merged-pulls.js';
import { parseOutputs, pushPayload } from '../action/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { bareOrigin, type Origin } from '../helpers/git.js';
import { project } from '../helpers/project.js';

// The action's assign step, driven from the sources (dist/ is rebuilt by hand): a real bare
// origin and runner clone, the fake GitHub API for finding and commenting on the merged pull
// requests. @actions/core writes the outputs to GITHUB_OUTPUT and the log to stdout, as on a runner.

const M = 'db/migration';
const TOKEN = 'ghs_assignToken1';

let gh: FakeGitHub;
let log = '';
const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };
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
  process.env.GITHUB_OUTPUT = saved.output;
  process.env.GITHUB_STEP_SUMMARY = saved.summary;
  if (saved.output === undefined) delete process.env.GITHUB_OUTPUT;
  if (saved.summary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  await gh.close();
});

function origin(): Origin {
  return bareOrigin({
    [`${M}/V1__init.sql`]: 'CREATE TABLE a (id bigint);\n',
    [`${M}/V226__lead.sql`]: 'CREATE TABLE lead (id bigint);\n',
    'db/tests/01_base_test.sql': 'SELECT plan(1); SELECT pass(); SELECT * FROM finish();\n',
  });
}

/** A pull request squash-merged into main: one commit with its files; returns that commit. */
function squashMerge(o: Origin, files: Record<string, string>, title: string): string {
  const dev = o.clone();
  dev.write(files).commit(title);
  dev.git('push', '--quiet', 'origin', 'HEAD:main');
  return o.tip();
}

/** A pull request as `GET /repos/{o}/{r}/commits/{sha}/pulls` lists it (pull-request-simple: merged_at, no `merged`). */
function listed(number: number, base: string, mergedAt: string | null) {
  return {
    number,
    html_url: `https://github.com/acme/crm/pull/${number}`,
    state: mergedAt ? 'closed' : 'open',
    title: `PR ${number}`,
    merged_at: mergedAt,
    base: { ref: base, sha: 'b'.repeat(40) },
    head: { ref: `feature-${number}`, sha: 'c'.repeat(40) },
  };
}

function inputs(extra: Partial<ActionInputs> = {}): ActionInputs {
  return { command: 'auto', token: TOKEN, comment: true, annotations: true, failOn: 'error', permission: 'write', allowForks: false, ...extra };
}

/** One run of the step in `workspace`, as on a push to main; returns its outputs and log. */
async function step(o: Origin, workspace: string, extra: Partial<ActionInputs> = {}) {
  const dir = project({});
  const output = join(dir, 'output.txt');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  process.env.GITHUB_OUTPUT = output;
  process.env.GITHUB_STEP_SUMMARY = summary;
  const tip = o.tip();
  const event: EventContext = {
    name: 'push',
    payload: pushPayload({ ref: 'refs/heads/main', before: '0'.repeat(40), after: tip }),
    repo: { owner: 'acme', repo: 'crm' },
    ref: 'refs/heads/main',
    sha: tip,
    workspace,
  };
  const env = { GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: 'https://github.com', RUNNER_TEMP: join(dir, 'temp'), GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' };
  const before = log.length;
  await runAssignStep(event, inputs(extra), 'main', env);
  const outputs = parseOutputs(readFileSync(output, 'utf8'));
  return { outputs, log: log.slice(before), event, env, report: JSON.parse(readFileSync(outputs.report!, 'utf8')) as AssignResult };
}

describe('telling merged pull requests their numbers', () => {
  it('comments once on each merged pull request, with the sha; the output has the commit; a re-run posts nothing more', async () => {
    const o = origin();
    const sha7 = squashMerge(
      o,
      { [`${M}/VXXX__user_lead_protection.sql`]: 'CREATE TABLE lead_protection (id bigint);\n', [`${M}/UXXX__user_lead_protection.sql`]: 'DROP TABLE lead_protection;\n' },
      'Lead protection (#7)',
    );
    const sha9 = squashMerge(o, { [`${M}/VXXX__user_payments.sql`]: 'CREATE TABLE contact (email text);\n' }, 'Contact email (#9)');
    // the first commit also sits in an open pull request; the second also came to a release branch through #8
    gh.setCommitPulls(sha7, [listed(17, 'main', null), listed(7, 'main', '2024-05-01T10:00:00Z')]);
    gh.setCommitPulls(sha9, [listed(8, 'release', '2024-05-02T10:00:00Z'), listed(9, 'main', '2024-05-02T11:00:00Z')]);

    const first = await step(o, o.clone().dir);
    expect(first.log).not.toMatch(/::warning/);
    const commit = o.tip();
    expect(commit).not.toBe(sha9);
    expect(JSON.parse(first.outputs.assigned!)).toEqual([
      { from: `${M}/VXXX__user_lead_protection.sql`, to: `${M}/V227__user_lead_protection.sql`, version: '227', commit },
      { from: `${M}/VXXX__user_payments.sql`, to: `${M}/V228__user_payments.sql`, version: '228', commit },
    ]);
    expect(gh.requestsTo(/\/commits\/[0-9a-f]+\/pulls$/, 'GET').map((r) => r.path)).toEqual([`/repos/acme/crm/commits/${sha7}/pulls`, `/repos/acme/crm/commits/${sha9}/pulls`]);

    // one comment on #7 and one on #9, none on the open #17 or on #8 (merged elsewhere)
    expect(gh.comments.map((c) => c.issue)).toEqual([7, 9]);
    const [on7, on9] = gh.comments;
    expect(on7!.body.split('\n')[0]).toBe(assignedMarker(commit));
    expect(on7!.body).toContain(
      `pgmig assigned **V227** to \`user_lead_protection\` (\`VXXX__user_lead_protection.sql\` → \`V227__user_lead_protection.sql\`) in [\`${commit.slice(0, 7)}\`](https://github.com/acme/crm/commit/${commit}). Renamed with it: \`UXXX__user_lead_protection.sql\` → \`U227__user_lead_protection.sql\`.`,
    );
    expect(on7!.body).not.toContain('user_payments');
    expect(on9!.body).toContain('**V228** to `user_payments`');
    expect(on9!.body).toContain(`https://github.com/acme/crm/commit/${commit}`);
    // which commit to deploy: the numbering commit, in the comment, the output, the log and the summary
    expect(on7!.body).toContain(`Deploy [\`${commit.slice(0, 7)}\`](https://github.com/acme/crm/commit/${commit}) (or a later commit of \`main\`), not the merge commit before it`);
    expect(first.outputs['deploy-commit']).toBe(commit);
    expect(first.log).toContain(`Deploy ${commit} (or a later commit of main)`);
    expect(first.log).toMatch(/told pull request #7: https:\/\/github.com\/acme\/crm\/pull\/7#issuecomment-\d+/);
    expect(first.report).toMatchObject({ commit, pullRequests: [{ number: 7, action: 'created' }, { number: 9, action: 'created' }] });

    // the workflow run again (from a fresh checkout): nothing left to number, nothing said
    const again = await step(o, o.clone().dir);
    expect(JSON.parse(again.outputs.assigned!)).toEqual([]);
    expect(o.tip()).toBe(commit);
    expect(again.outputs['deploy-commit']).toBe(commit);
    // and telling the same assign commit again (a step that died after the push) finds the comments
    const told = await tellPullRequests(first.report, first.event, inputs(), 'main', first.env);
    expect(told.map((t) => [t.number, t.action])).toEqual([
      [7, 'exists'],
      [9, 'exists'],
    ]);
    expect(gh.comments).toHaveLength(2);
    expect(gh.requestsTo(/\/comments$/, 'POST')).toHaveLength(2);
  });

  it('puts the migrations of a pull request merged by rebase, two commits, into one comment', async () => {
    const o = origin();
    const a = squashMerge(o, { [`${M}/VXXX__first.sql`]: 'SELECT 1;\n' }, 'first');
    const b = squashMerge(o, { [`${M}/VXXX__second.sql`]: 'SELECT 2;\n' }, 'second');
    gh.setCommitPulls(a, [listed(12, 'main', '2024-05-03T10:00:00Z')]);
    gh.setCommitPulls(b, [listed(12, 'main', '2024-05-03T10:00:00Z')]);
    await step(o, o.clone().dir);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.issue).toBe(12);
    expect(gh.comments[0]!.body).toMatch(/numbered this pull request's migrations in .*\n\n- \*\*V227\*\* to `first`.*\n- \*\*V228\*\* to `second`/);
  });

  it('warns, never fails, without a token, when the lookup fails, or when the token may not comment; the numbers are pushed all the same', async () => {
    const o = origin();
    squashMerge(o, { [`${M}/VXXX__one.sql`]: 'SELECT 1;\n' }, 'one (#3)');
    const noToken = await step(o, o.clone().dir, { token: undefined });
    expect(noToken.log).toMatch(/::warning::pgmig: no github-token .*merged pull requests are not told their numbers/);
    expect(JSON.parse(noToken.outputs.assigned!)).toEqual([expect.objectContaining({ version: '227', commit: o.tip() })]);
    expect(gh.requests).toHaveLength(0);

    const two = squashMerge(o, { [`${M}/VXXX__two.sql`]: 'SELECT 2;\n' }, 'two (#4)');
    const three = squashMerge(o, { [`${M}/VXXX__three.sql`]: 'SELECT 3;\n' }, 'three (#5)');
    gh.setCommitPulls(three, [listed(5, 'main', '2024-05-04T10:00:00Z')]);
    gh.fail({ method: 'GET', path: new RegExp(`/commits/${two}/pulls$`), status: 404, body: { message: 'Not Found' } });
    gh.readOnlyTokens.add(TOKEN);
    const failing = await step(o, o.clone().dir);
    expect(JSON.parse(failing.outputs.assigned!).map((a: { version: string }) => a.version)).toEqual(['228', '229']);
    // numbered by name, as pgmig test ran them
    expect(o.files(M)).toEqual(expect.arrayContaining([`${M}/V228__three.sql`, `${M}/V229__two.sql`]));
    const warnings = failing.log.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`could not find the pull request that merged ${two.slice(0, 7)} \\(db/migration/VXXX__two.sql\\): 404 Not Found`));
    expect(warnings[1]).toMatch(/could not comment on pull request #5: the token may not write comments .*pull-requests: write/);
    expect(gh.comments).toHaveLength(0);
    expect(process.exitCode ?? 0).toBe(0);
  });
});
