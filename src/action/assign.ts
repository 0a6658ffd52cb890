import * as core from '@actions/core';
import { resolve } from 'node:path';
import { runAssign } from '../commands/assign.js';
import type { EventContext } from '../github/event.js';
import { codeSpan } from '../report/markdown.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs, writeJsonReport, writeSummary } from './outputs.js';

/**
 * On the default branch after a merge: number the pending migrations, commit and push (through
 * the checkout's credentials). The `assigned` output lists what was renamed, as JSON.
 */
export async function runAssignStep(event: EventContext, inputs: ActionInputs, branch: string, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = resolve(event.workspace);
  core.info(`pgmig: numbering pending migrations on ${branch}`);
  const result = await runAssign({
    cwd: workspace,
    config: inputs.config,
    branch,
    push: true,
    migrations: inputs.migrations,
    tests: inputs.tests,
    placeholder: inputs.placeholder,
    env,
    log: (line) => core.info(line),
  });
  for (const w of result.warnings ?? []) core.warning(w);
  for (const a of result.assigned) core.info(`${a.from} -> ${a.to} (version ${a.version})`);
  const assigned = result.assigned.map((a) => ({ from: a.from, to: a.to, version: a.version }));
  const verdict = assigned.length
    ? `pgmig assigned ${assigned.length} version${assigned.length === 1 ? '' : 's'}${result.commit ? ` in ${result.commit.slice(0, 7)}` : ''}${result.pushed ? `, pushed to ${branch}` : ''}`
    : 'pgmig: no pending migration to number';
  core.info(verdict);
  const rows = assigned.map((a) => `| ${codeSpan(a.from, true)} | ${codeSpan(a.to, true)} | ${a.version} |`);
  await writeSummary(`## pgmig assign\n\n${verdict}\n\n${rows.length ? `| From | To | Version |\n|---|---|---:|\n${rows.join('\n')}\n` : ''}`);
  const report = writeJsonReport(env, 'assign', { event: event.name, branch, ...result });
  setOutputs({ errors: 0, warnings: result.warnings?.length ?? 0, assigned, report });
}
