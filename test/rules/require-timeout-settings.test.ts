import { describe, expect, it } from 'vitest';
import { lintSql, rulesOf } from '../helpers/project.js';

const lead = 'CREATE TABLE lead (id bigint PRIMARY KEY);';
const alter = 'ALTER TABLE lead ADD COLUMN score bigint;';
const timeouts = (f: Awaited<ReturnType<typeof lintSql>>) =>
  rulesOf(f).filter((r) => r === 'require-lock-timeout' || r === 'require-statement-timeout' || r === 'require-timeout-settings');

describe('require-timeout-settings', () => {
  it('reports nothing under its own id; the two timeout rules report as usual', async () => {
    expect(timeouts(await lintSql(alter, { before: [lead] }))).toEqual(['require-lock-timeout', 'require-statement-timeout']);
    expect(timeouts(await lintSql(alter, { before: [lead], config: 'rules: { require-timeout-settings: warning }\n' }))).toEqual([
      'require-lock-timeout',
      'require-statement-timeout',
    ]);
  });

  it('turned off in config turns both timeout rules off, as squawk --exclude does', async () => {
    expect(timeouts(await lintSql(alter, { before: [lead], config: 'rules: { require-timeout-settings: off }\n' }))).toEqual([]);
  });

  it('sets the severity of both, unless the config names a rule itself', async () => {
    const f = await lintSql(alter, {
      before: [lead],
      config: 'rules: { require-timeout-settings: warning, require-statement-timeout: error }\n',
    });
    expect(f.filter((x) => x.rule.startsWith('require-')).map((x) => [x.rule, x.severity])).toEqual([
      ['require-lock-timeout', 'warning'],
      ['require-statement-timeout', 'error'],
    ]);
  });

  it('in an ignore comment (pgmig or squawk spelling) silences both, and is not reported unused', async () => {
    for (const tool of ['pgmig', 'squawk']) {
      const f = await lintSql(`-- ${tool}-ignore require-timeout-settings\n${alter}`, { before: [lead] });
      expect(timeouts(f), tool).toEqual([]);
      expect(rulesOf(f), tool).not.toContain('unused-ignore');
    }
  });

  it('an ignore comment naming it that silences nothing is reported like any other', async () => {
    const f = await lintSql("-- pgmig-ignore require-timeout-settings\nSET lock_timeout = '2s';", { before: [lead] });
    expect(f.filter((x) => x.rule === 'unused-ignore').map((x) => x.line)).toEqual([1]);
  });
});
