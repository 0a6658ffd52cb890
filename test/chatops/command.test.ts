import { describe, expect, it } from 'vitest';
import { describeCommand, parseMigrateCommand } from '../../src/action/chatops-command.js';

describe('the /migrate grammar', () => {
  it('reads the three commands and their arguments', () => {
    expect(parseMigrateCommand('/migrate help')).toEqual({ kind: 'help' });
    expect(parseMigrateCommand('/migrate')).toEqual({ kind: 'help' });
    expect(parseMigrateCommand('/migrate plan')).toEqual({ kind: 'plan' });
    expect(parseMigrateCommand('/migrate rollback')).toEqual({ kind: 'rollback', target: { kind: 'all' }, dryRun: false });
    expect(parseMigrateCommand('/migrate rollback last')).toEqual({ kind: 'rollback', target: { kind: 'last' }, dryRun: false });
    expect(parseMigrateCommand('/migrate rollback 12 --dry-run')).toEqual({ kind: 'rollback', target: { kind: 'version', version: '12' }, dryRun: true });
    expect(parseMigrateCommand('/migrate rollback --dry-run 1.2.3')).toEqual({ kind: 'rollback', target: { kind: 'version', version: '1.2.3' }, dryRun: true });
    // the whitespace a comment box leaves around it does not matter
    expect(parseMigrateCommand('  /migrate   rollback\tlast  \n\n')).toEqual({ kind: 'rollback', target: { kind: 'last' }, dryRun: false });
  });

  it('stays silent for comments not addressed to it', () => {
    for (const body of ['LGTM', '', 'please /migrate rollback', '/migrated already', '/migrate-now', '> /migrate rollback', null, undefined]) {
      expect(parseMigrateCommand(body as string)).toBeUndefined();
    }
  });

  it('answers anything else after /migrate with the help text and the reason', () => {
    const cases: Array<[string, RegExp]> = [
      ['/migrate frobnicate', /unknown subcommand/],
      ['/migrate Rollback', /unknown subcommand/],
      ['/migrate plan now', /takes no arguments/],
      ['/migrate help me', /takes no arguments/],
      ['/migrate rollback 1; DROP TABLE x', /takes a version/],
      ['/migrate rollback 1;', /takes a version/],
      ["/migrate rollback 1' OR '1'='1", /takes a version/],
      ['/migrate rollback $(rm -rf /)', /takes a version/],
      ['/migrate rollback `id`', /takes a version/],
      ['/migrate rollback -1', /takes a version/],
      ['/migrate rollback 1_2', /takes a version/],
      ['/migrate rollback ١٢', /takes a version/],
      ['/migrate rollback 1.', /takes a version/],
      ['/migrate rollback 2 3', /at most one version/],
      ['/migrate rollback last 3', /at most one version/],
      ['/migrate rollback --dry-run --dry-run', /given twice/],
      ['/migrate rollback --dry-run=true', /takes a version/],
      ['/migrate rollback\nDROP TABLE x', /alone, on one line/],
      ['/migrate plan\r\nthanks', /alone, on one line/],
    ];
    for (const [body, reason] of cases) {
      const c = parseMigrateCommand(body);
      expect(c, body).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(reason) });
      expect(describeCommand(c!)).toBe('/migrate (not understood)');
    }
  });

  it('a huge comment is not read past its limit, and never echoed', () => {
    const big = `/migrate rollback ${'9'.repeat(100_000)}`;
    const started = performance.now();
    const c = parseMigrateCommand(big);
    expect(performance.now() - started).toBeLessThan(50);
    expect(c).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/longer than 120 characters/) });
    expect(JSON.stringify(c).length).toBeLessThan(200);
    const manyLines = `/migrate rollback\n${'x'.repeat(100_000)}`;
    expect(parseMigrateCommand(manyLines)).toMatchObject({ kind: 'invalid' });
  });

  it('describes the command from what it understood, never from the comment', () => {
    expect(describeCommand(parseMigrateCommand('/migrate   rollback  --dry-run   007')!)).toBe('/migrate rollback 007 --dry-run');
    expect(describeCommand(parseMigrateCommand('/migrate rollback')!)).toBe('/migrate rollback');
    expect(describeCommand(parseMigrateCommand('/migrate plan')!)).toBe('/migrate plan');
  });
});
