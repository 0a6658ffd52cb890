import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/rules/index.js';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'require-concurrent-refresh';
const view =
  'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\n' +
  'CREATE MATERIALIZED VIEW lead_stats AS SELECT owner_id, count(*) AS n FROM lead GROUP BY owner_id;\n' +
  'CREATE UNIQUE INDEX lead_stats_owner ON lead_stats (owner_id);';

describe(rule, () => {
  it('fires on REFRESH of a view from an earlier migration', async () => {
    const f = await lintSql('\n\n  REFRESH MATERIALIZED VIEW lead_stats;', { before: [view], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 3, severity: 'error' });
    expect(f[0]!.message).toBe(
      'REFRESH MATERIALIZED VIEW lead_stats without CONCURRENTLY rewrites it under an ACCESS EXCLUSIVE lock, blocking every read of lead_stats until the refresh finishes',
    );
  });

  it('fires on a view pgmig never saw created, naming its schema', async () => {
    const f = await lintSql('REFRESH MATERIALIZED VIEW reports.daily;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('reports.daily');
  });

  it('does not fire with CONCURRENTLY', async () => {
    expect(await lintSql('REFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats;', { before: [view], rule })).toEqual([]);
  });

  it('does not fire on WITH NO DATA, which CONCURRENTLY cannot be combined with', async () => {
    expect(await lintSql('REFRESH MATERIALIZED VIEW lead_stats WITH NO DATA;', { before: [view], rule })).toEqual([]);
  });

  it('does not fire on a view created in the same file or change', async () => {
    expect(await lintSql(`${view}\nREFRESH MATERIALIZED VIEW lead_stats;`, { rule })).toEqual([]);
    const f = await lintProject(
      {
        'db/migration/V1__stats.sql': view,
        'db/migration/V2__refresh.sql': 'REFRESH MATERIALIZED VIEW lead_stats;',
      },
      { files: ['db/migration/V1__stats.sql', 'db/migration/V2__refresh.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('fires when the whole folder is linted and the view came from an earlier file', async () => {
    const f = await lintProject({
      'db/migration/V1__stats.sql': view,
      'db/migration/V2__refresh.sql': 'REFRESH MATERIALIZED VIEW lead_stats;',
    });
    expect(f.filter((x) => x.rule === rule).map((x) => x.file)).toEqual(['db/migration/V2__refresh.sql']);
  });

  it('points at the statement after a multi-byte comment on the same line', async () => {
    const f = await lintSql('/* é ü 日本 */ REFRESH MATERIALIZED VIEW lead_stats;', { before: [view], rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 14]]);
  });

  it('can be silenced for one statement', async () => {
    const f = await lintSql(`-- squawk-ignore ${rule}\nREFRESH MATERIALIZED VIEW lead_stats;`, { before: [view] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('has docs whose bad example fires and whose good example is clean', async () => {
    const { docs } = findRule(rule)!;
    expect(docs.why).not.toMatch(/TODO/);
    expect(await lintSql(docs.example!.bad, { before: [view], rule })).toHaveLength(1);
    expect(await lintSql(docs.example!.good, { before: [view], rule })).toEqual([]);
  });
});
