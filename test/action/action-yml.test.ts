import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { BAD_INDEX, LEAD, pullRequestRepo } from './fixtures.js';
import { pullRequestPayload, runAction } from './run-action.js';

const root = resolve(__dirname, '../..');
const action = parse(readFileSync(resolve(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

describe('action.yml', () => {
  it('declares the inputs and outputs of the contract, and runs the bundle on node24', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      ['allow-forks', 'annotations', 'at', 'command', 'comment', 'config', 'database-url', 'environment', 'fail-on', 'github-token', 'migrations', 'permission', 'placeholder', 'queries', 'report-artifact', 'require-reviewers', 'sarif-file', 'stats-file', 'tests', 'shard', 'junit-file', 'snapshot-cache', 'reports'].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual(['assigned', 'authorized', 'decision', 'deploy-commit', 'emergency', 'errors', 'report', 'warnings']);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    for (const [name, i] of Object.entries(action.inputs)) expect(i.description, name).toBeTruthy();
  });

  it('every input is read by the action, and nothing it reads is undeclared', () => {
    const src = readFileSync(resolve(root, 'src/action/inputs.ts'), 'utf8');
    const read = new Set([...src.matchAll(/\b(?:input|oneOf|flag)\('([a-z-]+)'/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('runs with every input at its action.yml default, as the runner passes them', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, k === 'github-token' ? 'ghs_default' : (v.default ?? '')]));
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 41, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '2', assigned: '[]' });
    expect(gh.comments).toHaveLength(1);
  });
});
