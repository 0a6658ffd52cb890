import { describe, expect, it } from 'vitest';
import type { ActionInputs, Command } from '../../src/action/inputs.js';
import { route } from '../../src/action/route.js';
import { UserError } from '../../src/errors.js';
import type { EventContext } from '../../src/github/event.js';
import { pullRequestPayload, pushPayload } from './run-action.js';

const inputs = (command: Command = 'auto', extra: Partial<ActionInputs> = {}): ActionInputs => ({
  command,
  comment: true,
  annotations: true,
  failOn: 'error',
  permission: 'write',
  allowForks: false,
  ...extra,
});
const event = (name: string, payload: Record<string, unknown> = {}, ref?: string): EventContext => ({ name, payload, ref, workspace: '/w' });
const pr = pullRequestPayload({ number: 3, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) });

describe('route', () => {
  it('command gate runs on any event, never as a check or an assign', () => {
    const push = event('push', pushPayload({ ref: 'refs/heads/main', before: 'a'.repeat(40), after: 'b'.repeat(40) }), 'refs/heads/main');
    for (const e of [push, event('pull_request', pr), event('workflow_dispatch'), event('issue_comment')]) expect(route(e, inputs('gate'), {})).toEqual({ kind: 'gate' });
  });

  it('pull_request: lint, and test only with a database', () => {
    expect(route(event('pull_request', pr), inputs(), {})).toMatchObject({ kind: 'check', test: false, pr: { number: 3 } });
    expect(route(event('pull_request', pr), inputs('auto', { databaseUrl: 'postgresql://x' }), {})).toMatchObject({ kind: 'check', test: true });
    expect(route(event('pull_request', pr), inputs(), { DATABASE_URL: 'postgresql://x' })).toMatchObject({ kind: 'check', test: true });
    expect(route(event('pull_request', pr), inputs('lint', { databaseUrl: 'postgresql://x' }), {})).toMatchObject({ kind: 'check', test: false });
    expect(route(event('pull_request', pr), inputs('test'), {})).toMatchObject({ kind: 'check', test: true });
  });

  it('pull_request_target: never a test, and says why when one was wanted', () => {
    expect(route(event('pull_request_target', pr), inputs(), {})).toEqual(expect.objectContaining({ kind: 'check', test: false, lintOnly: undefined }));
    for (const i of [inputs('test'), inputs('auto', { databaseUrl: 'postgresql://x' })]) {
      const r = route(event('pull_request_target', pr), i, {});
      expect(r).toMatchObject({ kind: 'check', test: false });
      expect((r as { lintOnly: string }).lintOnly).toMatch(/never applies their SQL/);
    }
  });

  it('push: assign on the default branch only', () => {
    const push = (branch: string) => event('push', pushPayload({ ref: `refs/heads/${branch}`, before: 'a'.repeat(40), after: 'b'.repeat(40) }), `refs/heads/${branch}`);
    expect(route(push('main'), inputs(), {})).toEqual({ kind: 'assign', branch: 'main' });
    expect(route(push('dev'), inputs(), {})).toMatchObject({ kind: 'notice' });
    expect(route(push('dev'), inputs('lint'), {})).toEqual({ kind: 'check', test: false });
  });

  it('workflow_dispatch follows the command input', () => {
    expect(route(event('workflow_dispatch', {}, 'refs/heads/main'), inputs(), {})).toEqual({ kind: 'check', test: false });
    expect(route(event('workflow_dispatch', {}, 'refs/heads/main'), inputs('test'), {})).toEqual({ kind: 'check', test: true });
    expect(route(event('workflow_dispatch', {}, 'refs/heads/release'), inputs('assign'), {})).toEqual({ kind: 'assign', branch: 'release' });
    expect(() => route(event('workflow_dispatch', {}, 'refs/tags/v1'), inputs('assign'), {})).toThrow(/is not a branch/);
  });

  it('refuses what it must not or cannot do, as a user error', () => {
    expect(() => route(event('pull_request', pr), inputs('assign'), {})).toThrow(UserError);
    expect(() => route(event('pull_request', pr), inputs('rollback'), {})).toThrow(/issue_comment/);
    expect(() => route(event('pull_request', {}), inputs(), {})).toThrow(/without a pull_request/);
  });

  it('issue_comment: /migrate ChatOps with command auto or rollback; lint and test have nothing to do there', () => {
    expect(route(event('issue_comment', {}), inputs(), {})).toEqual({ kind: 'chatops' });
    expect(route(event('issue_comment', {}), inputs('rollback'), {})).toEqual({ kind: 'chatops' });
    expect(route(event('issue_comment', {}), inputs('lint'), {})).toMatchObject({ kind: 'notice', message: expect.stringMatching(/run with command auto/) });
    expect(() => route(event('workflow_dispatch', {}), inputs('rollback'), {})).toThrow(/pgmig rollback <version>/);
  });

  it('anything else: a notice', () => {
    expect(route(event('release', {}), inputs(), {})).toMatchObject({ kind: 'notice', message: expect.stringMatching(/nothing to do on a release event/) });
    expect(route(event('', {}), inputs(), {})).toMatchObject({ kind: 'notice', message: expect.stringMatching(/GITHUB_EVENT_NAME is not set/) });
  });
});
