import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'renaming-table';
const customer = 'CREATE TABLE customer (id bigint PRIMARY KEY);';

describe(rule, () => {
  it('fires on ALTER TABLE … RENAME TO of an existing table, at RENAME', async () => {
    const f = await lintSql('-- new name\nALTER TABLE IF EXISTS customer\n  RENAME TO account;', { before: [customer], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 3, severity: 'warning' });
    expect(f[0]!.message).toBe(
      'renaming table customer to account breaks every query and client still using customer, including the application version running during the deploy',
    );
  });

  it('fires on a table pgmig never saw created', async () => {
    expect(await lintSql('ALTER TABLE app.legacy RENAME TO old_legacy;', { rule })).toHaveLength(1);
  });

  it('does not fire on a table created in the same change', async () => {
    expect(await lintSql(`${customer}\nALTER TABLE customer RENAME TO account;`, { rule })).toEqual([]);
    const f = await lintProject(
      { 'db/migration/V1__c.sql': customer, 'db/migration/V2__r.sql': 'ALTER TABLE customer RENAME TO account;' },
      { files: ['db/migration/V1__c.sql', 'db/migration/V2__r.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('does not fire on renaming views, indexes, sequences, columns', async () => {
    const sql = [
      'ALTER VIEW v RENAME TO w;',
      'ALTER INDEX i RENAME TO j;',
      'ALTER SEQUENCE s RENAME TO s2;',
      'ALTER MATERIALIZED VIEW m RENAME TO n;',
      'ALTER TABLE customer RENAME COLUMN id TO customer_id;',
    ].join('\n');
    expect(await lintSql(sql, { before: [customer], rule })).toEqual([]);
  });
});
