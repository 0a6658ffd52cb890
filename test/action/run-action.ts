import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

/** The bundle the action runs (action.yml: main: dist/index.js), never the sources. */
export const DIST = resolve(__dirname, '../../dist/index.js');

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the step wrote to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** RUNNER_TEMP of the run. */
  runnerTemp: string;
}

export interface RunOptions {
  event: string;
  payload?: unknown;
  workspace: string;
  api?: string;
  repository?: string;
  /** Action inputs by their action.yml name, e.g. `fail-on`. */
  inputs?: Record<string, string>;
  ref?: string;
  sha?: string;
  env?: Record<string, string>;
}

/**
 * Runs dist/index.js the way the runner does: a child process whose environment carries the
 * GITHUB_* variables, the event payload in a file, INPUT_<NAME> per input (upper-cased, spaces
 * to `_`, dashes kept, as @actions/core reads them) and the output and summary files.
 * Nothing is inherited from the test's own environment but PATH and HOME, so a test run inside
 * GitHub Actions does not write to the real job's files.
 */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pgmig-runner-'));
  made.push(dir);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload ?? {}, null, 2));
  const outputFile = join(dir, 'output.txt');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const runnerTemp = join(dir, 'temp');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/crm',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...(opts.api ? { GITHUB_API_URL: opts.api } : {}),
    ...(opts.ref ? { GITHUB_REF: opts.ref } : {}),
    ...(opts.sha ? { GITHUB_SHA: opts.sha } : {}),
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  // spawn, not spawnSync: the fake API server lives in this process and must keep answering
  const child = spawn(process.execPath, [DIST], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const code = await new Promise<number | null>((ok) => child.on('close', (c) => ok(c)));
  clearTimeout(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    runnerTemp,
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const end = lines.indexOf(m[2]!, i + 1);
      out[m[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

/** Workflow commands (`::error file=…::message`) in the log, with their properties decoded. */
export function annotations(stdout: string): Array<{ kind: string; props: Record<string, string>; message: string }> {
  const unescape = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const out = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const p of (m[2] ?? '').split(',').filter(Boolean)) {
      const [k, ...v] = p.split('=');
      props[k!] = unescape(v.join('='));
    }
    out.push({ kind: m[1]!, props, message: unescape(m[3]!) });
  }
  return out;
}

export interface PullRequestPayload {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
  /** The head repository's full name; a fork when it is not acme/crm. */
  headRepo?: string;
  action?: string;
}

const repository = (full: string) => {
  const [owner, name] = full.split('/');
  return {
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name,
    full_name: full,
    private: false,
    owner: { login: owner, id: 1, type: 'Organization' },
    html_url: `https://github.com/${full}`,
    fork: full !== 'acme/crm',
    default_branch: 'main',
  };
};

/** A pull_request (or pull_request_target) payload with the fields GitHub sends that pgmig reads, and a few around them. */
export function pullRequestPayload(p: PullRequestPayload): Record<string, unknown> {
  const headRepo = p.headRepo ?? 'acme/crm';
  return {
    action: p.action ?? 'synchronize',
    number: p.number,
    pull_request: {
      url: `https://api.github.com/repos/acme/crm/pulls/${p.number}`,
      id: 1_000_000 + p.number,
      html_url: `https://github.com/acme/crm/pull/${p.number}`,
      number: p.number,
      state: 'open',
      title: 'Add an index on lead.owner_id',
      user: { login: 'octocat', id: 583231, type: 'User' },
      draft: false,
      merged: false,
      head: { label: `${headRepo.split('/')[0]}:${p.headRef ?? 'feature'}`, ref: p.headRef ?? 'feature', sha: p.headSha, repo: repository(headRepo) },
      base: { label: `acme:${p.baseRef ?? 'main'}`, ref: p.baseRef ?? 'main', sha: p.baseSha, repo: repository('acme/crm') },
      author_association: headRepo === 'acme/crm' ? 'MEMBER' : 'CONTRIBUTOR',
    },
    repository: repository('acme/crm'),
    sender: { login: 'octocat', id: 583231, type: 'User' },
  };
}

export function pushPayload(p: { ref: string; before: string; after: string }): Record<string, unknown> {
  return {
    ref: p.ref,
    before: p.before,
    after: p.after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/acme/crm/compare/${p.before.slice(0, 12)}...${p.after.slice(0, 12)}`,
    commits: [],
    head_commit: { id: p.after, message: 'Merge pull request #7', timestamp: new Date().toISOString() },
    repository: { ...repository('acme/crm'), master_branch: 'main' },
    pusher: { name: 'octocat', email: 'octocat@github.com' },
    sender: { login: 'octocat', id: 583231, type: 'User' },
  };
}

export interface IssueCommentPayload {
  /** The issue (or pull request) number. */
  number: number;
  body: string;
  commentId?: number;
  login?: string;
  /** User or Bot. */
  userType?: string;
  /** created, edited or deleted. */
  action?: string;
  /** false: a comment on a plain issue. */
  onPullRequest?: boolean;
}

/** An issue_comment payload as GitHub sends it for a comment on a pull request (or an issue). */
export function issueCommentPayload(p: IssueCommentPayload): Record<string, unknown> {
  const id = p.commentId ?? 555;
  const user = { login: p.login ?? 'alice', id: 4242, type: p.userType ?? 'User' };
  const onPr = p.onPullRequest ?? true;
  return {
    action: p.action ?? 'created',
    issue: {
      url: `https://api.github.com/repos/acme/crm/issues/${p.number}`,
      html_url: `https://github.com/acme/crm/${onPr ? 'pull' : 'issues'}/${p.number}`,
      number: p.number,
      title: 'Add a score to leads',
      user: { login: 'octocat', id: 583231, type: 'User' },
      state: 'open',
      ...(onPr ? { pull_request: { url: `https://api.github.com/repos/acme/crm/pulls/${p.number}`, html_url: `https://github.com/acme/crm/pull/${p.number}` } } : {}),
    },
    comment: {
      id,
      node_id: `IC_${id}`,
      html_url: `https://github.com/acme/crm/pull/${p.number}#issuecomment-${id}`,
      body: p.body,
      user,
      created_at: '2024-05-01T10:00:00Z',
      updated_at: p.action === 'edited' ? '2024-05-01T10:05:00Z' : '2024-05-01T10:00:00Z',
      author_association: 'MEMBER',
    },
    ...(p.action === 'edited' ? { changes: { body: { from: '/migrate plan' } } } : {}),
    repository: repository('acme/crm'),
    sender: user,
  };
}

/** The pull request as `GET /repos/acme/crm/pulls/{n}` returns it (for the fake API's setPull). */
export function pullApiObject(p: PullRequestPayload & { merged?: boolean }): Record<string, unknown> {
  const pr = pullRequestPayload(p).pull_request as Record<string, unknown>;
  return { ...pr, merged: p.merged ?? false, state: p.merged ? 'closed' : 'open' };
}
