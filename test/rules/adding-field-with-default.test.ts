import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'adding-field-with-default';

describe(rule, () => {
  it('fires on a volatile default, pointing at the expression', async () => {
    const f = await lintSql('-- id\nALTER TABLE lead ADD COLUMN public_id uuid DEFAULT gen_random_uuid();', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 52, severity: 'warning' });
    expect(f[0]!.message).toContain('public_id');
    expect(f[0]!.message).toContain('lead');
  });

  it('fires on user functions, nextval, a volatile call inside an expression, and a subquery', async () => {
    const sql = [
      'ALTER TABLE lead ADD COLUMN a text DEFAULT make_code();',
      "ALTER TABLE lead ADD COLUMN b bigint DEFAULT nextval('s');",
      'ALTER TABLE lead ADD COLUMN c bigint DEFAULT 1 + random()::bigint;',
      'ALTER TABLE lead ADD COLUMN d text DEFAULT public.now()::text;',
    ].join('\n');
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([1, 2, 3, 4]);
  });

  it('fires on stored generated, identity and serial columns', async () => {
    const sql = [
      'ALTER TABLE lead ADD COLUMN total numeric GENERATED ALWAYS AS (a + b) STORED;',
      'ALTER TABLE lead ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE lead ADD COLUMN m bigserial;',
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 43],
      [2, 38],
      [3, 31],
    ]);
  });

  it('does not fire on constants and non-volatile built-ins from PostgreSQL 11', async () => {
    const sql = [
      'ALTER TABLE lead ADD COLUMN a boolean DEFAULT true;',
      'ALTER TABLE lead ADD COLUMN b timestamptz DEFAULT now();',
      'ALTER TABLE lead ADD COLUMN c timestamptz DEFAULT CURRENT_TIMESTAMP;',
      "ALTER TABLE lead ADD COLUMN d jsonb DEFAULT '{}'::jsonb;",
      'ALTER TABLE lead ADD COLUMN e bigint DEFAULT -1;',
      "ALTER TABLE lead ADD COLUMN f timestamptz DEFAULT timezone('utc', pg_catalog.now());",
      "ALTER TABLE lead ADD COLUMN g text[] DEFAULT ARRAY['x'];",
      'ALTER TABLE lead ADD COLUMN h text DEFAULT NULL;',
      'ALTER TABLE lead ADD COLUMN i text;',
      'ALTER TABLE lead ALTER COLUMN i SET DEFAULT gen_random_uuid()::text;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('fires on any non-NULL default before PostgreSQL 11 (postgresVersion)', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN a boolean DEFAULT true;\nALTER TABLE lead ADD COLUMN b text DEFAULT NULL;';
    const f = await lintSql(sql, { rule, config: 'postgresVersion: 10\n' });
    expect(f.map((x) => x.line)).toEqual([1]);
    expect(f[0]!.message).toContain('PostgreSQL 11');
  });

  it('treats a virtual generated column as free from PostgreSQL 18', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN total numeric GENERATED ALWAYS AS (a + b) VIRTUAL;';
    expect(await lintSql(sql, { rule, config: 'postgresVersion: 18\n' })).toEqual([]);
    expect(await lintSql(sql, { rule })).toHaveLength(1);
  });

  it('reports each column of a multi-line ALTER on its own line', async () => {
    const sql = "ALTER TABLE lead\n  ADD COLUMN a text DEFAULT 'x',\n  ADD COLUMN b uuid\n    DEFAULT gen_random_uuid();";
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[4, 13]]);
  });

  it('does not fire on a table created in the same change', async () => {
    const sql = 'CREATE TABLE tag (id bigint);\nALTER TABLE tag ADD COLUMN public_id uuid DEFAULT gen_random_uuid();';
    expect(await lintSql(sql, { rule })).toEqual([]);
    const f = await lintProject(
      {
        'db/migration/V1__tag.sql': 'CREATE TABLE tag (id bigint);',
        'db/migration/V2__tag_id.sql': 'ALTER TABLE tag ADD COLUMN public_id uuid DEFAULT gen_random_uuid();',
      },
      { files: ['db/migration/V1__tag.sql', 'db/migration/V2__tag_id.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('fires on a table from an earlier migration', async () => {
    const f = await lintSql('ALTER TABLE tag ADD COLUMN public_id uuid DEFAULT gen_random_uuid();', { before: ['CREATE TABLE tag (id bigint);'], rule });
    expect(f).toHaveLength(1);
  });

  it('ignores ALTER TYPE … ADD ATTRIBUTE and CREATE TABLE', async () => {
    const sql = 'ALTER TYPE address ADD ATTRIBUTE zip text;\nCREATE TABLE t (id uuid DEFAULT gen_random_uuid());';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
