import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-drop-primary-key';

describe(rule, () => {
  it('fires on DROP CONSTRAINT <table>_pkey, at the action', async () => {
    const f = await lintSql('ALTER TABLE invoice\n  ADD COLUMN note text,\n  DROP CONSTRAINT invoice_pkey;', { rule });
    expect(f.map((x) => [x.line, x.column, x.severity])).toEqual([[3, 3, 'error']]);
  });

  it('knows a primary key by the name an earlier migration gave it', async () => {
    const before = ['CREATE TABLE invoice (id bigint, CONSTRAINT invoice_id_pk PRIMARY KEY (id));'];
    expect(await lintSql('ALTER TABLE invoice DROP CONSTRAINT invoice_id_pk;', { before, rule })).toHaveLength(1);
    expect(await lintSql('ALTER TABLE invoice DROP CONSTRAINT invoice_id_check;', { before, rule })).toEqual([]);
  });

  it('does not fire when the statement adds a new primary key, or on a table of the same change', async () => {
    expect(await lintSql('ALTER TABLE invoice DROP CONSTRAINT invoice_pkey, ADD CONSTRAINT invoice_pkey PRIMARY KEY USING INDEX invoice_uuid_idx;', { rule })).toEqual([]);
    expect(await lintSql('CREATE TABLE draft (id bigint PRIMARY KEY);\nALTER TABLE draft DROP CONSTRAINT draft_pkey;', { rule })).toEqual([]);
  });
});
