import { UserError } from '../errors.js';
import { defaultBranchOf, pullRequestOf, type EventContext, type PullRequestInfo } from '../github/event.js';
import type { ActionInputs } from './inputs.js';

export type Route =
  | {
      kind: 'check';
      /** The pull request whose migrations are checked; none: every migration. */
      pr?: PullRequestInfo;
      test: boolean;
      /** Why the SQL is not applied although a test was asked for or possible. */
      lintOnly?: string;
      /** merge_group: the queued merge commit, checked against the queue's base. */
      mergeGroup?: MergeGroupInfo;
    }
  | { kind: 'assign'; branch: string }
  /**
   * A pull-request comment: `/migrate …` (action/chatops.ts). With `approval`, a plan or
   * rollback first checks that the environment the job runs in waits for a reviewer
   * (action/approval-gate.ts).
   */
  | { kind: 'chatops'; approval?: { environment: string } }
  /** command authorize: only the cheap checks of a comment, before a gated job (action/authorize.ts). */
  | { kind: 'authorize' }
  /** command merge-reports: one summary and one comment from the test shards' JSON reports (action/merge-reports.ts). */
  | { kind: 'merge-reports'; pr?: PullRequestInfo }
  /** command gate: pgmig gate before a deploy, the emergency label judged by who added it (action/gate.ts). */
  | { kind: 'gate' }
  | { kind: 'notice'; message: string };

export const LINT_ONLY_TARGET =
  'pull_request_target runs with the base repository\'s secrets and a write token, so pgmig only lints the pull request\'s migrations there and never applies their SQL; run `pgmig test` under pull_request';

const HANDLED = 'pull_request (lint, and test with a database-url), merge_group (the same, on the queued merge commit), pull_request_target (lint), push to the default branch (assign), issue_comment (/migrate commands) and workflow_dispatch (the command input)';

export interface MergeGroupInfo {
  headSha: string;
  baseSha: string;
  baseRef: string;
}

/** The queued merge commit of a merge_group event (checks_requested). */
export function mergeGroupOf(payload: Record<string, unknown>): MergeGroupInfo | undefined {
  const g = payload.merge_group as Record<string, unknown> | undefined;
  if (!g || typeof g !== 'object') return undefined;
  const headSha = typeof g.head_sha === 'string' ? g.head_sha : '';
  const baseSha = typeof g.base_sha === 'string' ? g.base_sha : '';
  if (!/^[0-9a-f]{40}$/.test(headSha) || !/^[0-9a-f]{40}$/.test(baseSha)) return undefined;
  const baseRef = typeof g.base_ref === 'string' ? (branchOf(g.base_ref) ?? g.base_ref) : '';
  return { headSha, baseSha, baseRef };
}

const branchOf = (ref: string | undefined) => (ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);

/**
 * What to do for this event and `command` input. `auto` follows the event; an explicit command
 * runs where it makes sense, and pgmig refuses what it must not do (apply a pull request's SQL
 * under pull_request_target) or cannot do here.
 */
export function route(event: EventContext, inputs: ActionInputs, env: NodeJS.ProcessEnv): Route {
  const { command } = inputs;
  const name = event.name;
  const haveDatabase = !!(inputs.databaseUrl || env.DATABASE_URL);

  if (command === 'authorize') {
    if (name !== 'issue_comment') throw new UserError(`command authorize checks a /migrate comment, so it runs on issue_comment, not on ${name || 'this event'}`);
    return { kind: 'authorize' };
  }
  if (command === 'merge-reports') {
    if (!inputs.reports) throw new UserError('command merge-reports: set the input reports to the folder the shards\' JSON reports were downloaded to');
    return { kind: 'merge-reports', pr: name === 'pull_request' ? pullRequestOf(event.payload) : undefined };
  }
  if (command === 'gate') return { kind: 'gate' };
  if (name === 'issue_comment' && (command === 'auto' || command === 'rollback')) {
    return inputs.environment && inputs.requireReviewers !== false ? { kind: 'chatops', approval: { environment: inputs.environment } } : { kind: 'chatops' };
  }
  if (command === 'rollback') {
    throw new UserError(
      `command rollback: it answers /migrate comments on pull requests, so it runs on issue_comment, not on ${name || 'this event'}; to roll back from a workflow step, run \`pgmig rollback <version> --database-url …\``,
    );
  }

  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = pullRequestOf(event.payload);
    if (!pr) throw new UserError(`a ${name} event without a pull_request in its payload (GITHUB_EVENT_PATH); is this step running on the runner?`);
    if (command === 'assign') {
      throw new UserError(`command assign on ${name}: placeholders are numbered when the pull request is merged; run assign on push to the default branch`);
    }
    if (name === 'pull_request_target') {
      const wanted = command === 'test' || (command === 'auto' && haveDatabase);
      return { kind: 'check', pr, test: false, lintOnly: wanted ? LINT_ONLY_TARGET : undefined };
    }
    return { kind: 'check', pr, test: command === 'test' || (command === 'auto' && haveDatabase) };
  }

  if (name === 'merge_group') {
    const mergeGroup = mergeGroupOf(event.payload);
    if (!mergeGroup) throw new UserError('a merge_group event without merge_group.head_sha and base_sha in its payload (GITHUB_EVENT_PATH); is this step running on the runner?');
    if (command === 'assign') throw new UserError('command assign on merge_group: the queue merges first; assign runs on the push to the default branch that follows');
    return { kind: 'check', test: command === 'test' || (command === 'auto' && haveDatabase), mergeGroup };
  }

  if (name === 'issue_comment' && (command === 'lint' || command === 'test')) {
    return {
      kind: 'notice',
      message: `pgmig: command ${command} on issue_comment: nothing to do; /migrate commands in pull-request comments run with command auto (or rollback)`,
    };
  }

  if (command === 'assign' || (command === 'auto' && name === 'push')) {
    const branch = branchOf(event.ref);
    if (command === 'auto') {
      const main = defaultBranchOf(event.payload);
      if (!branch || !main || branch !== main) {
        return {
          kind: 'notice',
          message: `pgmig: a push to ${branch ?? event.ref ?? 'an unknown ref'}, not to the default branch${main ? ` ${main}` : ''}: nothing to assign (placeholders are numbered on the default branch)`,
        };
      }
    }
    if (!branch) throw new UserError(`command assign: GITHUB_REF ${event.ref ?? '(unset)'} is not a branch; assign commits to a branch`);
    return { kind: 'assign', branch };
  }

  if (command === 'lint' || command === 'test') return { kind: 'check', test: command === 'test' };
  if (name === 'workflow_dispatch') return { kind: 'check', test: false };

  return {
    kind: 'notice',
    message: `pgmig has nothing to do on ${name ? `a ${name} event` : 'this event (GITHUB_EVENT_NAME is not set)'}: it handles ${HANDLED}. Set the command input to run lint or test anyway.`,
  };
}
