import * as core from '@actions/core';
import { info } from './log.js';
import { resolve } from 'node:path';
import { runAssign, type AssignedMigration, type AssignResult } from '../commands/assign.js';
import { createClient, describeApiError } from '../github/client.js';
import type { EventContext } from '../github/event.js';
import { assignedMarker, commentOnce, mergedPullsOfCommit, type MergedPull } from '../github/merged-pulls.js';
import { formatAssignComment } from '../report/assign-comment.js';
import { codeSpan } from '../report/markdown.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs, VERSION, writeJsonReport, writeSummary } from './outputs.js';

/**
 * On the default branch after a merge: number the pending migrations, commit and push (through
 * the checkout's credentials), then tell each merged pull request what its migrations became.
 * The `assigned` output lists what was renamed, as JSON.
 */
export async function runAssignStep(event: EventContext, inputs: ActionInputs, branch: string, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = resolve(event.workspace);
  info(`pgmig: numbering pending migrations on ${branch}`);
  const result = await runAssign({
    cwd: workspace,
    config: inputs.config,
    branch,
    push: true,
    migrations: inputs.migrations,
    tests: inputs.tests,
    placeholder: inputs.placeholder,
    env,
    log: (line) => info(line),
  });
  for (const w of result.warnings ?? []) core.warning(w);
  for (const a of result.assigned) info(`${a.from} -> ${a.to} (version ${a.version})`);
  const assigned = result.assigned.map((a) => ({ from: a.from, to: a.to, version: a.version, ...(result.commit ? { commit: result.commit } : {}) }));
  const earlier = result.earlier?.length ? ' (committed by an earlier run that did not push it)' : '';
  const verdict = assigned.length
    ? `pgmig assigned ${assigned.length} version${assigned.length === 1 ? '' : 's'}${result.commit ? ` in ${result.commit.slice(0, 7)}` : ''}${earlier}${result.pushed ? `, pushed to ${branch}` : ''}`
    : 'pgmig: no pending migration to number';
  // a push made with GITHUB_TOKEN starts no workflow, so a deploy on push sees only the merge commit
  const deploy = result.deploy ? `Deploy ${result.deploy} (or a later commit of ${branch}): the first commit with every migration numbered.` : '';
  info(verdict);
  if (deploy) info(deploy);
  const rows = assigned.map((a) => `| ${codeSpan(a.from, true)} | ${codeSpan(a.to, true)} | ${a.version} |`);
  await writeSummary(`## pgmig assign\n\n${verdict}\n\n${deploy ? `${deploy}\n\n` : ''}${rows.length ? `| From | To | Version |\n|---|---|---:|\n${rows.join('\n')}\n` : ''}`);
  // the numbers are pushed by now: nothing below may fail the step
  const told = await tellPullRequests(result, event, inputs, branch, env);
  const report = writeJsonReport(env, 'assign', { event: event.name, branch, ...result, pullRequests: told });
  setOutputs({ errors: 0, warnings: result.warnings?.length ?? 0, assigned, report });
  core.setOutput('deploy-commit', result.deploy ?? '');
}

export interface ToldPull {
  number: number;
  action: 'created' | 'exists';
  url?: string;
}

/**
 * One comment on each merged pull request whose migrations were numbered, found through the
 * commit that brought them to the branch. A missing token, a token that may not comment, or a
 * failing API is a warning: the renames are already on the branch, and the output says them.
 */
export async function tellPullRequests(result: AssignResult, event: EventContext, inputs: ActionInputs, branch: string, env: NodeJS.ProcessEnv): Promise<ToldPull[]> {
  const commit = result.commit;
  if (!commit || !result.pushed || result.assigned.length === 0) return [];
  if (!inputs.comment) {
    info('comment: false, so the merged pull requests are not told their numbers');
    return [];
  }
  if (!inputs.token || !event.repo) {
    core.warning('pgmig: no github-token (or GITHUB_REPOSITORY), so the merged pull requests are not told their numbers; the `assigned` output and the job summary have them');
    return [];
  }
  const repo = event.repo;
  const gh = createClient(inputs.token, { apiUrl: env.GITHUB_API_URL, log: (m) => info(m), userAgent: `pgmig/${VERSION}` });

  const unknown = result.assigned.filter((a) => !a.arrivedIn);
  if (unknown.length) info(`not known which commit brought ${unknown.map((a) => a.from).join(', ')} to ${branch}, so no pull request is told about ${unknown.length === 1 ? 'it' : 'them'}`);
  const bySha = new Map<string, AssignedMigration[]>();
  for (const a of result.assigned) if (a.arrivedIn) bySha.set(a.arrivedIn, [...(bySha.get(a.arrivedIn) ?? []), a]);

  // a pull request merged by rebase brings several commits: still one comment for it
  const byPull = new Map<number, { pull: MergedPull; items: AssignedMigration[] }>();
  for (const [sha, items] of bySha) {
    let pulls: MergedPull[];
    try {
      pulls = await mergedPullsOfCommit(gh, repo, sha, branch);
    } catch (err) {
      core.warning(`pgmig could not find the pull request that merged ${sha.slice(0, 7)} (${items.map((a) => a.from).join(', ')}): ${describeApiError(err)}. The numbers are assigned and pushed; only the comment is missing.`);
      continue;
    }
    if (pulls.length === 0) info(`${sha.slice(0, 7)} came to ${branch} without a merged pull request (a direct push?): nobody to tell about ${items.map((a) => a.from).join(', ')}`);
    for (const pull of pulls) {
      const entry = byPull.get(pull.number) ?? { pull, items: [] };
      for (const a of items) if (!entry.items.includes(a)) entry.items.push(a);
      byPull.set(pull.number, entry);
    }
  }

  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const body = (items: AssignedMigration[]) =>
    formatAssignComment({ items, commit, commitUrl: `${server}/${repo.owner}/${repo.repo}/commit/${commit}`, branch });
  const told: ToldPull[] = [];
  for (const { pull, items } of byPull.values()) {
    try {
      const outcome = await commentOnce(gh, repo, pull.number, assignedMarker(commit), body(items));
      if (outcome.action === 'forbidden') {
        core.warning(
          `pgmig could not comment on pull request #${pull.number}: the token may not write comments (${outcome.message}). Give the job \`permissions: pull-requests: write\` (besides contents: write), or set comment: false. The numbers are assigned and pushed.`,
          { title: 'pgmig: no pull-request comment' },
        );
        continue;
      }
      info(outcome.action === 'created' ? `told pull request #${pull.number}${outcome.url ? `: ${outcome.url}` : ''}` : `pull request #${pull.number} was already told about ${commit.slice(0, 7)}`);
      told.push({ number: pull.number, action: outcome.action, ...(outcome.url ? { url: outcome.url } : {}) });
    } catch (err) {
      core.warning(`pgmig could not comment on pull request #${pull.number}: ${describeApiError(err)}. The numbers are assigned and pushed; only the comment is missing.`);
    }
  }
  return told;
}
