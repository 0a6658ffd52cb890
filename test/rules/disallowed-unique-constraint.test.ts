import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'disallowed-unique-constraint';

describe(rule, () => {
  it('fires on ADD CONSTRAINT … UNIQUE and ADD COLUMN … UNIQUE', async () => {
    const sql = 'ALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE (email);\nALTER TABLE lead\n  ADD COLUMN code text UNIQUE;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 22],
      [3, 24],
    ]);
    expect(f[0]).toMatchObject({ severity: 'warning' });
    expect(f[0]!.message).toContain('lead_email_key');
  });

  it('does not fire on UNIQUE USING INDEX, CREATE UNIQUE INDEX or a table created in the same change', async () => {
    const sql = [
      'ALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE USING INDEX lead_email_idx;',
      'CREATE UNIQUE INDEX CONCURRENTLY lead_code_idx ON lead (code);',
      'CREATE TABLE tag (id bigint, name text);',
      'ALTER TABLE tag ADD CONSTRAINT tag_name_key UNIQUE (name);',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
