import * as core from '@actions/core';
import { appendFileSync } from 'node:fs';
import { formatGateMarkdown, formatGateText, runGate } from '../commands/gate.js';
import { UserError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { createClient, describeApiError } from '../github/client.js';
import { upsertStickyComment } from '../github/comments.js';
import type { EventContext } from '../github/event.js';
import { mergedPullsOfCommit } from '../github/merged-pulls.js';
import type { RepoRef } from '../github/pulls.js';
import { localDay, windowsOn } from '../migrations/calendar.js';
import { loadConfig } from '../migrations/config.js';
import type { ActionInputs } from './inputs.js';
import { VERSION } from './outputs.js';

/** The hidden first line of pgmig's reply to an emergency label it did not accept (one per pull request, edited in place). */
export const REFUSED_MARKER = '<!-- pgmig:emergency-label-refused -->';

export type LabelVerdict =
  /** The label's newest `labeled` event is by an approver. */
  | { kind: 'approved'; pr: number; by: string }
  /** Someone else added it, or pgmig could not tell (an API failure is never a pass). */
  | { kind: 'refused'; pr: number; by?: string; why: string }
  /** The pull request does not carry the label (or it was taken off again). */
  | { kind: 'absent'; pr: number };

interface LabelEvent {
  id?: number;
  event?: string;
  created_at?: string;
  actor?: { login?: string; type?: string } | null;
  label?: { name?: string } | null;
}

const isBot = (a: { login?: string; type?: string }) => a.type === 'Bot' || !!a.login?.endsWith('[bot]');

/**
 * command gate: `pgmig gate` before a deploy, with the calendar's emergency label as the
 * `--emergency` of the action. The label counts only when its newest `labeled` event on the pull
 * request (the issue's events, not the label list, which says nothing of who) is by a listed user
 * or an active member of a listed team of the repository's owner; a bot only when it is listed
 * by name. A label anyone else added is refused with a reply on the pull request, and the day is
 * judged as without it.
 */
export async function runGateStep(event: EventContext, inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const config = loadConfig(event.workspace, inputs.config);
  const at = inputs.at ?? new Date();
  const cal = config.calendar;
  let emergency: { reason: string; by: string } | undefined;
  const refusals: LabelVerdict[] = [];
  const held = cal ? windowsOn(cal, localDay(at, cal.timezone)) : [];

  if (cal?.emergency && held.length > 0) {
    const { label, approvers } = cal.emergency;
    const verdicts = await labelVerdicts(event, inputs, label, approvers);
    const ok = verdicts.find((v) => v.kind === 'approved');
    if (ok && ok.kind === 'approved') {
      emergency = { reason: `label ${label} on pull request #${ok.pr}, added by @${ok.by} (an approver)`, by: `@${ok.by}` };
    } else {
      refusals.push(...verdicts.filter((v) => v.kind === 'refused'));
    }
  }

  const r = await runGate({ cwd: event.workspace, env, config: inputs.config, at: inputs.at, emergency: emergency?.reason, emergencyBy: emergency?.by });
  core.info(formatGateText(r).trimEnd());
  let summary = formatGateMarkdown(r);
  if (refusals.length && cal?.emergency) {
    const lines = refusals.map((v) => `- ${v.pr ? `pull request #${v.pr}: ` : ''}${v.kind === 'refused' ? v.why : ''}`);
    summary += `### Emergency label \`${cal.emergency.label}\` refused\n\n${lines.join('\n')}\n\nWho may add it: ${whoMay(cal.emergency.approvers, event.repo)}\n\n`;
    for (const v of refusals) if (v.kind === 'refused') core.warning(`pgmig gate: the emergency label${v.pr ? ` on pull request #${v.pr}` : ''} does not count: ${v.why}`);
    await reply(event, inputs, refusals, cal.emergency.label, cal.emergency.approvers, r.heldUntil);
  }
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  core.setOutput('decision', r.decision);
  core.setOutput('emergency', emergency ? emergency.by.replace(/^@/, '') : '');
  if (r.emergency) core.warning(`pgmig gate: EMERGENCY deploy inside ${r.emergency.windows.join(', ')}: ${r.emergency.reason}`);
  if (r.decision !== 'deploy') core.setFailed(`pgmig gate: held: ${r.reasons.join('; ')}${r.heldUntil ? ` (until ${r.heldUntil})` : ''}`);
}

/** The pull requests of this deploy and what their emergency label says. */
async function labelVerdicts(event: EventContext, inputs: ActionInputs, label: string, approvers: string[]): Promise<LabelVerdict[]> {
  if (!inputs.token || !event.repo) throw new UserError('command gate: the calendar has an emergency label, and pgmig needs the github-token input to see who added it');
  const repo = event.repo;
  const gh = createClient(inputs.token, { log: (m) => core.info(m), userAgent: `pgmig/${VERSION}` });
  let pulls: Array<{ number: number; labels: string[] }>;
  const pr = event.payload.pull_request as { number?: unknown; labels?: Array<{ name?: string }> } | undefined;
  if ((event.name === 'pull_request' || event.name === 'pull_request_target') && pr && typeof pr.number === 'number') {
    pulls = [{ number: pr.number, labels: (pr.labels ?? []).map((l) => l?.name ?? '') }];
  } else {
    const branch = event.ref?.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : undefined;
    if (!event.sha || !branch) return [];
    try {
      pulls = await mergedPullsOfCommit(gh, repo, event.sha, branch);
    } catch (err) {
      // the label cannot be seen, so it cannot count; say so rather than let anything through
      return [{ kind: 'refused', pr: 0, why: `pgmig could not list the pull requests of commit ${event.sha.slice(0, 12)} (${describeApiError(err)}), so no emergency label can count` }];
    }
  }
  const out: LabelVerdict[] = [];
  for (const p of pulls.filter((x) => x.labels.includes(label))) {
    try {
      out.push(await judge(gh, repo, p.number, label, approvers));
    } catch (err) {
      out.push({ kind: 'refused', pr: p.number, why: `pgmig could not check who added the label (${describeApiError(err)}), so it does not count` });
    }
  }
  return out;
}

/** Who added `label` to the pull request last, and whether they may. */
export async function judge(gh: GitHubClient, repo: RepoRef, pr: number, label: string, approvers: string[]): Promise<LabelVerdict> {
  const events = (await gh.paginate(gh.rest.issues.listEvents, { ...repo, issue_number: pr, per_page: 100 })) as LabelEvent[];
  const mine = events.filter((e) => (e.event === 'labeled' || e.event === 'unlabeled') && e.label?.name === label);
  // GitHub lists oldest first; the time (then the id) orders them should a page come out of order
  mine.sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || (a.id ?? 0) - (b.id ?? 0));
  const last = mine[mine.length - 1];
  if (!last) return { kind: 'refused', pr, why: `the label is on the pull request but its events do not say who added it, so it does not count` };
  if (last.event === 'unlabeled') return { kind: 'absent', pr };
  const actor = last.actor ?? {};
  const login = actor.login ?? '';
  if (!login) return { kind: 'refused', pr, why: 'the label was added by a deleted or unknown account, which is not an approver' };
  const users = approvers.filter((a) => !a.startsWith('team:'));
  if (users.some((u) => u.toLowerCase() === login.toLowerCase())) return { kind: 'approved', pr, by: login };
  if (!isBot(actor)) {
    for (const t of approvers.filter((a) => a.startsWith('team:'))) {
      const [org, slug] = t.includes('/') ? t.slice(5).split('/') : [repo.owner, t.slice(5)];
      if (await isActiveMember(gh, org!, slug!, login)) return { kind: 'approved', pr, by: login };
    }
  }
  return { kind: 'refused', pr, by: login, why: `@${login} added it${isBot(actor) ? ' (a bot, which counts only when listed by name)' : ''} and is not an approver` };
}

async function isActiveMember(gh: GitHubClient, org: string, slug: string, login: string): Promise<boolean> {
  try {
    const { data } = await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
    return data.state === 'active';
  } catch (err) {
    // 404: not a member (or no such team); anything else is a failure the caller reports
    if ((err as { status?: number }).status === 404) return false;
    throw err;
  }
}

function whoMay(approvers: string[], repo?: RepoRef): string {
  return approvers.map((a) => (a.startsWith('team:') ? `members of @${a.includes('/') ? a.slice(5) : `${repo?.owner ?? ''}/${a.slice(5)}`}` : `@${a}`)).join(', ');
}

/** The reply on each pull request whose label was refused: who added it, why it does not count, who may. */
async function reply(event: EventContext, inputs: ActionInputs, refusals: LabelVerdict[], label: string, approvers: string[], heldUntil?: string): Promise<void> {
  if (!inputs.token || !event.repo || !inputs.comment) return;
  const gh = createClient(inputs.token, { log: (m) => core.info(m), userAgent: `pgmig/${VERSION}` });
  for (const v of refusals) {
    if (v.kind !== 'refused' || !v.pr) continue;
    const body = [
      `### pgmig: the emergency label \`${label}\` does not count`,
      '',
      `${v.by ? `@${v.by} added the label, but they are not an approver of emergency deploys.` : v.why.charAt(0).toUpperCase() + v.why.slice(1) + '.'} The deploy was judged as without the label: it is held in the blackout window${heldUntil ? ` until ${heldUntil}` : ''}.`,
      '',
      `Who may add it: ${whoMay(approvers, event.repo)} (\`calendar.emergency.approvers\` in the config). One of them removes the label and adds it again; then re-run the deploy.`,
    ].join('\n');
    try {
      const out = await upsertStickyComment(gh, event.repo, { issueNumber: v.pr, marker: REFUSED_MARKER, body, create: true });
      if (out.action === 'forbidden') core.warning(`pgmig gate: cannot reply on pull request #${v.pr} (the token may not comment): ${out.message}`);
    } catch (err) {
      core.warning(`pgmig gate: cannot reply on pull request #${v.pr}: ${describeApiError(err)}`);
    }
  }
}
