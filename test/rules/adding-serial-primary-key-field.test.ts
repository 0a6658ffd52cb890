import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'adding-serial-primary-key-field';

describe(rule, () => {
  it('fires on ADD PRIMARY KEY and ADD COLUMN … PRIMARY KEY', async () => {
    const sql = 'ALTER TABLE lead ADD PRIMARY KEY (id);\nALTER TABLE lead ADD COLUMN id2 serial PRIMARY KEY;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 22],
      [2, 40],
    ]);
    expect(f[0]!.message).toContain('lead');
    expect(f[0]!.severity).toBe('warning');
  });

  it('does not fire on PRIMARY KEY USING INDEX', async () => {
    expect(await lintSql('ALTER TABLE lead ADD CONSTRAINT lead_pkey PRIMARY KEY USING INDEX lead_pkey_idx;', { rule })).toEqual([]);
  });

  it('does not fire on CREATE TABLE, nor on a table created in the same change', async () => {
    const sql = 'CREATE TABLE tag (id serial PRIMARY KEY, name text);\nCREATE TABLE t2 (name text);\nALTER TABLE t2 ADD COLUMN id serial PRIMARY KEY;';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('fires on a table from an earlier migration', async () => {
    expect(await lintSql('ALTER TABLE t2 ADD PRIMARY KEY (name);', { before: ['CREATE TABLE t2 (name text NOT NULL);'], rule })).toHaveLength(1);
  });
});
