import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'renaming-schema';

describe(rule, () => {
  it('fires on ALTER SCHEMA … RENAME, at RENAME', async () => {
    const f = await lintSql('ALTER SCHEMA billing\n  RENAME TO invoicing;', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[2, 3]]);
    expect(f[0]!.message).toContain('billing');
  });

  it('does not fire on a schema created in the same change, nor on other renames', async () => {
    expect(await lintSql('CREATE SCHEMA draft;\nALTER SCHEMA draft RENAME TO final;\nALTER SCHEMA final OWNER TO app;', { rule })).toEqual([]);
    expect(await lintSql('ALTER TABLE billing.invoice RENAME COLUMN x TO y;', { rule })).toEqual([]);
  });
});
