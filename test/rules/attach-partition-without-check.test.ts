import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'attach-partition-without-check';
const parent = "CREATE TABLE reading (taken date NOT NULL, v numeric) PARTITION BY RANGE (taken);\nCREATE TABLE reading_old (taken date NOT NULL, v numeric);";
const attach = "ALTER TABLE reading ATTACH PARTITION reading_old FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');";

describe(rule, () => {
  it('fires on ATTACH PARTITION of a table with no CHECK on the key', async () => {
    const f = await lintSql(attach, { before: [parent], rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 21]]);
    expect(f[0]!.message).toContain('scans all of reading_old');
  });

  it('names the default partition, and does not count a CHECK still NOT VALID', async () => {
    const before = [parent + "\nCREATE TABLE reading_rest PARTITION OF reading DEFAULT;\nALTER TABLE reading_old ADD CONSTRAINT b CHECK (taken >= '2020-01-01' AND taken < '2021-01-01') NOT VALID;"];
    const f = await lintSql(attach, { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('default partition reading_rest');
  });

  it('does not fire with a validated CHECK on the key, or on a partition made in the same change', async () => {
    const staged = [parent, "ALTER TABLE reading_old ADD CONSTRAINT b CHECK (taken >= '2020-01-01' AND taken < '2021-01-01') NOT VALID;", 'ALTER TABLE reading_old VALIDATE CONSTRAINT b;'];
    expect(await lintSql(attach, { before: staged, rule })).toEqual([]);
    expect(await lintSql("CREATE TABLE reading_new (taken date NOT NULL, v numeric);\nALTER TABLE reading ATTACH PARTITION reading_new FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');", { before: [parent], rule })).toEqual([]);
  });
  it('fires on a partition made in the same change once the change has put rows in it', async () => {
    const sql = "CREATE TABLE reading_new (taken date NOT NULL, v numeric);\nINSERT INTO reading_new SELECT * FROM reading_old WHERE taken >= '2030-01-01';\nALTER TABLE reading ATTACH PARTITION reading_new FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');";
    const f = await lintSql(sql, { before: [parent], rule });
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.message).toContain('scans all of reading_new');
  });

  it('fires on a partition made in the same change when the parent has a default partition, naming only the default', async () => {
    const before = [parent + "\nCREATE TABLE reading_rest PARTITION OF reading DEFAULT;"];
    const f = await lintSql("CREATE TABLE reading_new (taken date NOT NULL, v numeric);\nALTER TABLE reading ATTACH PARTITION reading_new FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');", { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('default partition reading_rest');
    expect(f[0]!.message).not.toContain('scans all of reading_new');
  });
});
