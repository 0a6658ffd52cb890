import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'adding-foreign-key-constraint';

describe(rule, () => {
  it('fires on ADD CONSTRAINT … FOREIGN KEY, naming both tables', async () => {
    const f = await lintSql('ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id);', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 1, column: 22, severity: 'warning' });
    expect(f[0]!.message).toContain('lead_owner_fk');
    expect(f[0]!.message).toContain('app_user');
  });

  it('fires on ADD COLUMN … REFERENCES, at REFERENCES', async () => {
    const f = await lintSql('ALTER TABLE lead\n  ADD COLUMN region_id bigint REFERENCES region (id);', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[2, 31]]);
  });

  it('does not fire with NOT VALID, nor on VALIDATE CONSTRAINT', async () => {
    const sql = 'ALTER TABLE lead ADD CONSTRAINT fk FOREIGN KEY (owner_id) REFERENCES app_user (id) NOT VALID;\nALTER TABLE lead VALIDATE CONSTRAINT fk;';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('does not fire on foreign keys in CREATE TABLE', async () => {
    const sql = 'CREATE TABLE note (id bigint PRIMARY KEY, lead_id bigint REFERENCES lead (id), FOREIGN KEY (id) REFERENCES x (id));';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('does not fire on a table created in the same change, even in another file', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__note.sql': 'CREATE TABLE note (id bigint PRIMARY KEY, lead_id bigint);',
        'db/migration/V2__note_fk.sql':
          'ALTER TABLE note ADD CONSTRAINT note_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id);\nALTER TABLE note ADD COLUMN b bigint REFERENCES lead (id);',
      },
      { files: ['db/migration/V1__note.sql', 'db/migration/V2__note_fk.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('fires on a table from an earlier migration', async () => {
    const f = await lintSql('ALTER TABLE note ADD CONSTRAINT note_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id);', {
      before: ['CREATE TABLE note (id bigint PRIMARY KEY, lead_id bigint);'],
      rule,
    });
    expect(f).toHaveLength(1);
  });
});
