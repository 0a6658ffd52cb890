import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'require-table-schema';
const on = `rules: { ${rule}: warning }\n`;

describe(rule, () => {
  it('is off by default, as in squawk', async () => {
    expect(await lintSql('CREATE TABLE lead (id bigint);', { rule })).toEqual([]);
  });

  it('fires on unqualified names in CREATE TABLE [AS], ALTER TABLE and DROP TABLE, at the name', async () => {
    const sql = [
      'CREATE TABLE lead (id bigint);',
      'CREATE UNLOGGED TABLE scratch AS SELECT 1;',
      'ALTER TABLE lead ADD COLUMN n bigint;',
      'ALTER TABLE lead RENAME TO client;',
      'ALTER TABLE client SET SCHEMA app;',
      'DROP TABLE app.old,\n  older;',
    ].join('\n');
    const f = await lintSql(sql, { rule, config: on });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 14],
      [2, 23],
      [3, 13],
      [4, 13],
      [5, 13],
      [7, 3],
    ]);
    expect(f[0]!.message).toBe(
      'CREATE TABLE lead names no schema, so it depends on the search_path of whoever runs it; write public.lead (or the schema meant)',
    );
    expect(f[5]!.message).toContain('DROP TABLE older');
  });

  it('does not fire on qualified names, temporary tables, or other statements', async () => {
    const sql = [
      'CREATE TABLE public.lead (id bigint REFERENCES account (id));',
      'CREATE TEMP TABLE scratch (id bigint);',
      'CREATE TEMPORARY TABLE s2 AS SELECT 1;',
      'ALTER TABLE public.lead ADD COLUMN n bigint;',
      'DROP TABLE public.old;',
      'CREATE INDEX i ON lead (id);',
      'INSERT INTO lead VALUES (1);',
      'CREATE MATERIALIZED VIEW mv AS SELECT 1;',
      'ALTER INDEX i RENAME TO j;',
    ].join('\n');
    expect(await lintSql(sql, { rule, config: on })).toEqual([]);
  });
});

describe(`${rule} docs`, () => {
  it('the example holds under the config it names', async () => {
    const { default: r } = await import('../../src/rules/require-table-schema.js');
    const ex = r.docs.example!;
    expect(await lintSql(ex.bad, { rule, config: ex.config })).toHaveLength(1);
    expect(await lintSql(ex.good, { rule, config: ex.config })).toEqual([]);
  });
});
