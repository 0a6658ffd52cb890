import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'prefer-repack';
const pg19 = 'postgresVersion: 19\n';

describe(rule, () => {
  it('fires on CLUSTER and VACUUM FULL from PostgreSQL 19', async () => {
    const sql = 'CLUSTER lead USING lead_pkey;\nVACUUM FULL lead;\nVACUUM (FULL, ANALYZE) lead, account;\nCLUSTER;\nVACUUM (FULL true);';
    const f = await lintSql(sql, { rule, config: pg19 });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(f[0]!.message).toBe(
      'CLUSTER rewrites lead under an ACCESS EXCLUSIVE lock, blocking reads and writes until done; PostgreSQL 19 has REPACK (CONCURRENTLY), which does not',
    );
    expect(f[2]!.message).toContain('VACUUM FULL rewrites lead, account');
    expect(f[3]!.message).toContain('every table clustered before');
  });

  it('reports the rewrite before PostgreSQL 19 too, advising pg_repack or a maintenance window', async () => {
    for (const config of ['postgresVersion: 18\n', undefined]) {
      const f = await lintSql('CLUSTER lead;\nVACUUM FULL lead;', { rule, config });
      expect(f.map((x) => x.line)).toEqual([1, 2]);
      expect(f[0]!.message).toMatch(/^CLUSTER rewrites lead under an ACCESS EXCLUSIVE lock, blocking reads and writes until done; PostgreSQL 1[68] has no online form/);
      expect(f[1]!.help).toContain('pg_repack');
      expect(f[1]!.help).toContain('maintenance window');
      expect(f[1]!.help).not.toMatch(/^Use REPACK/);
    }
  });

  it('does not fire on plain VACUUM, VACUUM (FULL false), ANALYZE', async () => {
    expect(await lintSql('VACUUM lead;\nVACUUM (FULL false) lead;\nVACUUM (ANALYZE) lead;\nANALYZE lead;', { rule, config: pg19 })).toEqual([]);
  });

  it('does not fire on a table created in the same change', async () => {
    const sql = 'CREATE TABLE scratch (id bigint);\nCLUSTER scratch USING scratch_pkey;\nVACUUM FULL scratch;';
    expect(await lintSql(sql, { rule, config: pg19 })).toEqual([]);
  });
});

describe(`${rule} docs`, () => {
  it('the example holds under the config it names', async () => {
    const { default: r } = await import('../../src/rules/prefer-repack.js');
    const ex = r.docs.example!;
    expect(await lintSql(ex.bad, { rule, config: ex.config })).toHaveLength(1);
    expect(await lintSql(ex.good, { rule, config: ex.config })).toEqual([]);
  });
});
