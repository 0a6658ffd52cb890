import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-alter-domain-with-add-constraint';

describe(rule, () => {
  it('fires on ADD CONSTRAINT, NOT VALID or not, at the constraint', async () => {
    const sql = "ALTER DOMAIN email ADD CONSTRAINT at CHECK (VALUE LIKE '%@%');\nALTER DOMAIN email\n  ADD CHECK (length(VALUE) < 300) NOT VALID;";
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 24],
      [3, 7],
    ]);
    expect(f[0]!.message).toContain('email');
  });

  it('fires on SET NOT NULL', async () => {
    expect((await lintSql('ALTER DOMAIN email SET NOT NULL;', { rule })).map((x) => x.line)).toEqual([1]);
  });

  it('does not fire on dropping or validating constraints', async () => {
    const sql = 'ALTER DOMAIN email DROP CONSTRAINT at;\nALTER DOMAIN email VALIDATE CONSTRAINT len;\nALTER DOMAIN email DROP NOT NULL;';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
