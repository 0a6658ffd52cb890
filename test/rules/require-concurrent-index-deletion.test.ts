import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/rules/index.js';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'require-concurrent-index-deletion';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\nCREATE INDEX lead_owner_idx ON lead (owner_id);';

describe(rule, () => {
  it('fires on DROP INDEX of an index from an earlier migration and names index and table', async () => {
    const f = await lintSql('-- tidy up\nDROP INDEX lead_owner_idx;', { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 26, severity: 'error' });
    expect(f[0]!.message).toContain('lead_owner_idx');
    expect(f[0]!.message).toMatch(/locks lead against reads and writes/);
  });

  it('fires on an index pgmig never saw created, with IF EXISTS and a schema', async () => {
    const f = await lintSql('DROP INDEX IF EXISTS app.old_idx;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('app.old_idx');
    expect(f[0]!.message).toContain('its table');
  });

  it('does not fire with CONCURRENTLY', async () => {
    expect(await lintSql('DROP INDEX CONCURRENTLY IF EXISTS lead_owner_idx;', { before: [table], rule })).toEqual([]);
  });

  it('does not fire for DROP TABLE or other objects', async () => {
    expect(await lintSql('DROP TABLE lead;', { before: [table], rule })).toEqual([]);
  });

  it('does not fire on an index created earlier in the same file', async () => {
    const sql = 'CREATE INDEX CONCURRENTLY tmp_idx ON lead (owner_id);\nDROP INDEX tmp_idx;';
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
  });

  it('does not fire on an index created in another file of the same change', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint, owner_id bigint);',
        'db/migration/V2__idx.sql': 'CREATE INDEX CONCURRENTLY tmp_idx ON lead (owner_id);',
        'db/migration/V3__drop.sql': 'DROP INDEX tmp_idx;',
      },
      { files: ['db/migration/V2__idx.sql', 'db/migration/V3__drop.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('names only the existing indexes when one statement drops new and old ones', async () => {
    const sql = 'CREATE INDEX new_idx ON lead (id);\nDROP INDEX new_idx, lead_owner_idx;';
    const f = await lintSql(sql, { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1 });
    expect(f[0]!.message).toMatch(/^DROP INDEX lead_owner_idx without/);
  });

  it('counts columns in characters after multi-byte text before the statement on its line', async () => {
    const f = await lintSql("/* é ü 日本 😀 */ DROP INDEX lead_owner_idx;\nSELECT 'ß'; DROP INDEX lead_owner_idx;", { before: [table], rule });
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([
      [1, 16, 41],
      [2, 13, 38],
    ]);
  });

  it('can be silenced for one statement', async () => {
    const f = await lintSql(`-- pgmig-ignore ${rule}\nDROP INDEX lead_owner_idx;`, { before: [table] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('has docs whose bad example fires and whose good example is clean', async () => {
    const { docs } = findRule(rule)!;
    expect(docs.why).not.toMatch(/TODO/);
    expect(await lintSql(docs.example!.bad, { before: [table], rule })).toHaveLength(1);
    expect(await lintSql(docs.example!.good, { before: [table], rule })).toEqual([]);
  });
});
