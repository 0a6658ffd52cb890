import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { issueCommentOf } from '../../src/github/chatops.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import { mergeGroupOf, route } from '../../src/action/route.js';
import { pullRequestOf } from '../../src/github/event.js';

// GitHub's own webhook payloads (@octokit/webhooks-examples), not hand-made ones: the action
// reads each event it handles as GitHub sends it.

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, any>> }>;
const of = (name: string) => examples.find((e) => e.name === name)!.examples;
const inputs: ActionInputs = { command: 'auto', comment: true, annotations: true, failOn: 'error', permission: 'write', allowForks: false };

describe('GitHub\'s webhook examples', () => {
  it('pull_request: every example is a check of its pull request', () => {
    expect(of('pull_request').length).toBeGreaterThan(10);
    for (const payload of of('pull_request')) {
      const pr = pullRequestOf(payload)!;
      expect(pr.number).toBe(payload.pull_request.number);
      expect(pr.headSha).toMatch(/^[0-9a-f]{40}$/);
      expect(pr.fromFork).toBe(payload.pull_request.head.repo?.full_name !== payload.pull_request.base.repo.full_name);
      expect(route({ name: 'pull_request', payload, workspace: '/w' }, inputs, {})).toMatchObject({ kind: 'check', pr: { number: pr.number } });
    }
  });

  it('merge_group: the queued merge commit and its base', () => {
    expect(of('merge_group').length).toBeGreaterThan(0);
    for (const payload of of('merge_group')) {
      const g = mergeGroupOf(payload)!;
      expect(g).toEqual({ headSha: payload.merge_group.head_sha, baseSha: payload.merge_group.base_sha, baseRef: payload.merge_group.base_ref.replace('refs/heads/', '') });
      expect(route({ name: 'merge_group', payload, workspace: '/w' }, { ...inputs, command: 'test' }, {})).toMatchObject({ kind: 'check', test: true, mergeGroup: g });
    }
  });

  it('issue_comment: the comment, its author and whether it is on a pull request', () => {
    for (const payload of of('issue_comment')) {
      const c = issueCommentOf(payload)!;
      expect(c).toMatchObject({ action: payload.action, commentId: payload.comment.id, body: payload.comment.body, issueNumber: payload.issue.number, user: { login: payload.comment.user.login, type: payload.comment.user.type } });
      expect(c.onPullRequest).toBe(!!payload.issue.pull_request);
      expect(route({ name: 'issue_comment', payload, workspace: '/w' }, { ...inputs, command: 'authorize' }, {})).toEqual({ kind: 'authorize' });
    }
  });

  it('push: assign on the default branch, a notice elsewhere', () => {
    for (const payload of of('push')) {
      const r = route({ name: 'push', payload, ref: payload.ref, workspace: '/w' }, inputs, {});
      const onDefault = payload.ref === `refs/heads/${payload.repository.default_branch}`;
      expect(r.kind, payload.ref).toBe(onDefault ? 'assign' : 'notice');
    }
  });
});
