import * as core from '@actions/core';
import { collaboratorRole, getPullRequest, issueCommentOf, roleRank } from '../github/chatops.js';
import { createClient, describeApiError } from '../github/client.js';
import type { EventContext } from '../github/event.js';
import { describeCommand, parseMigrateCommand } from './chatops-command.js';
import { runChatOps } from './chatops.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs, VERSION } from './outputs.js';

/**
 * command authorize: the cheap checks of a /migrate comment, in a job that has no environment
 * and no secret, so that the job behind it (in the environment, with the database) starts, and
 * asks for an approval, only for a plan or rollback that would run. The comment must parse
 * exactly (chatops-command.ts: `/migrate` then a space or the end, case-sensitive), be newly
 * posted on a pull request by a person with the `permission` input or more, on a pull request
 * that is not a fork's (unless allow-forks). Sets the output `authorized`.
 * Everything else is answered here by the chatops session itself (help, or the refusal with its
 * reason), which runs nothing against a database for those.
 */
export async function runAuthorize(event: EventContext, inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const comment = issueCommentOf(event.payload);
  const command = parseMigrateCommand(comment?.body);
  const decide = (authorized: boolean, why: string) => {
    core.setOutput('authorized', authorized ? 'true' : 'false');
    core.info(`pgmig authorize: ${authorized ? 'accepted' : 'not accepted'}${command ? ` ${describeCommand(command)}` : ''}: ${why}`);
  };
  if (!comment || !command) {
    decide(false, 'the comment is not a /migrate command');
    setOutputs({ errors: 0, warnings: 0, assigned: [] });
    return;
  }
  if (command.kind === 'plan' || command.kind === 'rollback') {
    const passed = await passes(event, inputs, comment);
    if (passed === true) {
      decide(true, `@${comment.user.login} may run it; the next job runs it`);
      setOutputs({ errors: 0, warnings: 0, assigned: [] });
      return;
    }
    core.info(`pgmig authorize: ${passed}; the chatops session answers`);
  }
  // help, a command not understood, or a refusal: answered now, with no database
  core.setOutput('authorized', 'false');
  await runChatOps(event, inputs, env);
}

/** true, or why not (the session finds the same reason and says it in its reply). */
async function passes(event: EventContext, inputs: ActionInputs, c: NonNullable<ReturnType<typeof issueCommentOf>>): Promise<true | string> {
  if (!inputs.token || !event.repo) return 'no github-token';
  if (c.action !== 'created') return `the comment was ${c.action || 'changed'}`;
  if (!c.onPullRequest) return 'not a pull request';
  if (c.user.type === 'Bot' || c.user.login.endsWith('[bot]') || !c.user.login) return 'a bot or no login';
  const gh = createClient(inputs.token, { log: (m) => core.info(m), userAgent: `pgmig/${VERSION}` });
  try {
    const role = await collaboratorRole(gh, event.repo, c.user.login);
    if (roleRank(role) < roleRank(inputs.permission)) return `@${c.user.login} has ${role} permission`;
    const pr = await getPullRequest(gh, event.repo, c.issueNumber);
    if (pr.fromFork && !inputs.allowForks) return 'a fork\'s pull request';
  } catch (err) {
    return `an API call failed: ${describeApiError(err)}`;
  }
  return true;
}
