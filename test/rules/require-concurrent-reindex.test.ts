import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/rules/index.js';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'require-concurrent-reindex';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\nCREATE INDEX lead_owner_idx ON lead (owner_id);';

describe(rule, () => {
  it('fires on REINDEX INDEX of an existing index and names its table', async () => {
    const f = await lintSql("SET lock_timeout = '2s';\nREINDEX INDEX lead_owner_idx;", { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1, severity: 'error' });
    expect(f[0]!.message).toBe(
      'REINDEX INDEX lead_owner_idx without CONCURRENTLY blocks every query on lead while it rebuilds: writes wait for its SHARE lock on the table, and reads too, since planning any query on the table locks each of its indexes and this one is held ACCESS EXCLUSIVE',
    );
  });

  it('fires on REINDEX TABLE, SCHEMA and DATABASE', async () => {
    const f = await lintSql('REINDEX TABLE lead;\nREINDEX (VERBOSE) SCHEMA app;\nREINDEX DATABASE app;', { before: [table], rule });
    expect(f.map((x) => x.line)).toEqual([1, 2, 3]);
    expect(f[0]!.message).toContain('REINDEX TABLE lead without CONCURRENTLY blocks every query on lead while it rebuilds');
    expect(f[0]!.message).toContain('reads for the ACCESS EXCLUSIVE lock on each of its indexes');
    expect(f[1]!.message).toContain('REINDEX SCHEMA app without CONCURRENTLY');
    expect(f[2]!.message).toContain('REINDEX DATABASE app without CONCURRENTLY');
  });

  it('fires when CONCURRENTLY is switched off in the option list', async () => {
    expect(await lintSql('REINDEX (CONCURRENTLY false) TABLE lead;', { before: [table], rule })).toHaveLength(1);
    expect(await lintSql('REINDEX (CONCURRENTLY 0) TABLE lead;', { before: [table], rule })).toHaveLength(1);
  });

  it('fires on REINDEX SYSTEM with its own advice, since it has no CONCURRENTLY form', async () => {
    const f = await lintSql('REINDEX SYSTEM;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/no CONCURRENTLY form/);
    expect(f[0]!.help).toMatch(/maintenance window/);
  });

  it('does not fire with CONCURRENTLY in any spelling', async () => {
    const sql = [
      'REINDEX INDEX CONCURRENTLY lead_owner_idx;',
      'REINDEX TABLE CONCURRENTLY lead;',
      'REINDEX (CONCURRENTLY) TABLE lead;',
      'REINDEX (VERBOSE, CONCURRENTLY true) INDEX lead_owner_idx;',
      'REINDEX SCHEMA CONCURRENTLY app;',
    ].join('\n');
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
  });

  it('does not fire on a table or index created in the same change', async () => {
    const sql = `${table}\nREINDEX TABLE lead;\nREINDEX INDEX lead_owner_idx;`;
    expect(await lintSql(sql, { rule })).toEqual([]);
    const f = await lintProject(
      {
        'db/migration/V1__lead.sql': table,
        'db/migration/V2__reindex.sql': 'REINDEX INDEX lead_owner_idx;',
      },
      { files: ['db/migration/V1__lead.sql', 'db/migration/V2__reindex.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('points at the statement after multi-byte text on the same line', async () => {
    const f = await lintSql("SELECT 'é ü 日本'; REINDEX TABLE lead;", { before: [table], rule });
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([[1, 18, 36]]);
  });

  it('can be silenced for one statement', async () => {
    const f = await lintSql(`-- pgmig-ignore ${rule}\nREINDEX TABLE lead;`, { before: [table] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('has docs whose bad example fires and whose good example is clean', async () => {
    const { docs } = findRule(rule)!;
    expect(docs.why).not.toMatch(/TODO/);
    expect(await lintSql(docs.example!.bad, { before: [table], rule })).toHaveLength(1);
    expect(await lintSql(docs.example!.good, { before: [table], rule })).toEqual([]);
  });
});
