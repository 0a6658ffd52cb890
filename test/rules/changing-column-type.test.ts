import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'changing-column-type';

describe(rule, () => {
  it('fires on ALTER COLUMN … TYPE, at the new type', async () => {
    const sql = 'ALTER TABLE lead ALTER COLUMN score TYPE bigint;\nALTER TABLE lead\n  ALTER COLUMN a SET DEFAULT 0,\n  ALTER b SET DATA TYPE text USING b::text;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 42],
      [4, 25],
    ]);
    expect(f[0]!.message).toContain('lead.score');
  });

  it('does not fire on composite types, other column changes or a table created in the same change', async () => {
    const sql = [
      'ALTER TYPE address ALTER ATTRIBUTE street TYPE text;',
      'ALTER TABLE lead ALTER COLUMN c SET STATISTICS 100;',
      'CREATE TABLE tag (id integer);',
      'ALTER TABLE tag ALTER COLUMN id TYPE bigint;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('fires on a table from an earlier migration', async () => {
    expect(await lintSql('ALTER TABLE tag ALTER COLUMN id TYPE bigint;', { before: ['CREATE TABLE tag (id integer);'], rule })).toHaveLength(1);
  });

  it('stays silent on binary-compatible changes of a column an earlier migration made (PostgreSQL rewrites nothing)', async () => {
    const before = ['CREATE TABLE lead (id bigint, title varchar(50), code varchar(20), body text, amount numeric(10,2), n numeric(8));'];
    const sql = [
      'ALTER TABLE lead ALTER COLUMN title TYPE varchar(100);',
      'ALTER TABLE lead ALTER COLUMN code TYPE text;',
      'ALTER TABLE lead ALTER COLUMN code TYPE varchar;',
      'ALTER TABLE lead ALTER COLUMN body TYPE varchar;',
      'ALTER TABLE lead ALTER COLUMN amount TYPE numeric(12,2);',
      'ALTER TABLE lead ALTER COLUMN n TYPE numeric(12);',
      'ALTER TABLE lead ALTER COLUMN amount TYPE numeric;',
    ].join('\n');
    expect(await lintSql(sql, { before, rule })).toEqual([]);
  });

  it('says the table is rewritten when the old type is known and the change is not binary compatible', async () => {
    const before = ['CREATE TABLE lead (id bigint, title varchar(50), amount numeric(10,2), score integer, body text);'];
    const sql = [
      'ALTER TABLE lead ALTER COLUMN title TYPE varchar(10);',
      'ALTER TABLE lead ALTER COLUMN amount TYPE numeric(12,3);',
      'ALTER TABLE lead ALTER COLUMN score TYPE bigint;',
      'ALTER TABLE lead ALTER COLUMN body TYPE varchar(20);',
      'ALTER TABLE lead ALTER COLUMN title TYPE varchar(100) USING upper(title);',
    ].join('\n');
    const f = await lintSql(sql, { before, rule });
    expect(f.map((x) => x.line)).toEqual([1, 2, 3, 4, 5]);
    expect(f[0]!.message).toBe('changing the type of lead.title locks lead against reads and writes and rewrites the whole table and its indexes');
  });

  it('follows the column through a rename and an earlier type change', async () => {
    const before = ['CREATE TABLE lead (id bigint, t varchar(50));', 'ALTER TABLE lead RENAME COLUMN t TO title;', 'ALTER TABLE lead ALTER COLUMN title TYPE varchar(80);'];
    expect(await lintSql('ALTER TABLE lead ALTER COLUMN title TYPE varchar(90);', { before, rule })).toEqual([]);
    const f = await lintSql('ALTER TABLE lead ALTER COLUMN title TYPE varchar(60);', { before, rule });
    expect(f).toHaveLength(1);
  });
});
