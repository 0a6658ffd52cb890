import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'sequence-restart';

describe(rule, () => {
  it('fires on ALTER SEQUENCE … RESTART, ALTER COLUMN … RESTART and setval to a constant', async () => {
    const sql = "ALTER SEQUENCE order_id_seq RESTART WITH 1000;\nALTER TABLE orders ALTER COLUMN id RESTART;\nSELECT setval('order_id_seq', 1);\nSELECT pg_catalog.setval('s.seq', '42'::bigint, false);";
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 29],
      [2, 20],
      [3, 8],
      [4, 8],
    ]);
    expect(f[3]!.message).toContain("'s.seq'");
  });

  it('does not fire on setval from the data, other identity changes, or sequences and tables of the same change', async () => {
    const safe =
      "SELECT setval('order_id_seq', (SELECT max(id) FROM orders));\nSELECT setval('order_id_seq', coalesce(max(id), 1)) FROM orders;\nALTER TABLE orders ALTER COLUMN id SET INCREMENT BY 1;\nALTER SEQUENCE order_id_seq CACHE 10;";
    expect(await lintSql(safe, { rule })).toEqual([]);
    const made = "CREATE SEQUENCE ticket_seq;\nALTER SEQUENCE ticket_seq RESTART WITH 100;\nSELECT setval('ticket_seq', 100);\nCREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY);\nALTER TABLE t ALTER COLUMN id RESTART WITH 5;";
    expect(await lintSql(made, { rule })).toEqual([]);
  });
});
