import * as core from '@actions/core';
import { issueCommentOf, postComment } from '../github/chatops.js';
import { createClient, describeApiError } from '../github/client.js';
import { environmentProtection } from '../github/environments.js';
import type { EventContext } from '../github/event.js';
import { replyHeader } from '../report/rollback.js';
import { escapeText } from '../report/markdown.js';
import { redact } from '../secrets.js';
import { describeCommand, parseMigrateCommand } from './chatops-command.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs, VERSION } from './outputs.js';

/**
 * Before /migrate plan or rollback reads the database: the environment the job runs in must make
 * a person approve the run. The database URL is that environment's secret, so without required
 * reviewers anyone who may comment could have the job read it (GitHub makes an environment with
 * no rules when a job names one that does not exist). Returns true when the command may go on;
 * otherwise it has answered on the pull request and failed the step.
 * `require-reviewers: false` (the route then asks for no gate) turns this off.
 */
export async function checkApprovalGate(event: EventContext, inputs: ActionInputs, environment: string): Promise<boolean> {
  const comment = issueCommentOf(event.payload);
  const command = parseMigrateCommand(comment?.body);
  // help, prose and refusals touch no database: the chatops session answers them
  if (!comment || !command || (command.kind !== 'plan' && command.kind !== 'rollback')) return true;
  if (!inputs.token || !event.repo) return true; // the session refuses for want of a token, and says so
  const gh = createClient(inputs.token, { log: (m) => core.info(m), userAgent: `pgmig/${VERSION}` });
  let reason: string | undefined;
  try {
    const p = await environmentProtection(gh, event.repo, environment);
    if (!p.exists) reason = `the environment "${environment}" does not exist (or the token may not read it: the job needs \`permissions: actions: read\`)`;
    else if (p.reviewers.length === 0) reason = `the environment "${environment}" has no required reviewers, so nobody would approve this run before it reads the database secret`;
    else core.info(`environment "${environment}": a run waits for ${p.reviewers.join(', ')}${p.preventSelfReview ? ' (not the one who started it)' : ''}`);
  } catch (err) {
    reason = `could not read the environment "${environment}" to check its required reviewers: ${describeApiError(err)} (the job needs \`permissions: actions: read\`)`;
  }
  if (!reason) return true;

  const what = describeCommand(command);
  const fix = `Add required reviewers to it (Settings › Environments › ${environment}), or set require-reviewers: false in the workflow to run without an approval.`;
  core.error(`${what} refused: ${reason}. ${fix}`, { title: 'pgmig: /migrate refused' });
  const body = `${replyHeader('⛔', 'not run', { login: comment.user.login, command: what, pullNumber: comment.issueNumber, runUrl: event.runUrl })}\n\n${escapeText(`${reason}. ${fix}`)}\n\nNothing was run against the database.`;
  try {
    await postComment(gh, event.repo, comment.issueNumber, redact(body));
  } catch (err) {
    core.warning(`pgmig could not reply on #${comment.issueNumber}: ${describeApiError(err)}`);
  }
  setOutputs({ errors: 1, warnings: 0, assigned: [] });
  process.exitCode = 1;
  return false;
}
