import { describe, expect, it } from 'vitest';
import { testProject } from './helpers.js';

const reading = 'CREATE TABLE reading (taken date NOT NULL, v numeric) PARTITION BY RANGE (taken);\nCREATE TABLE reading_2020 PARTITION OF reading FOR VALUES FROM (\'2020-01-01\') TO (\'2021-01-01\');\n';

describe('pgmig test: what the migrations leave half made', () => {
  it('fails on an index left INVALID and a constraint left NOT VALID, charged to the migration that made them', async () => {
    const r = await testProject({
      'db/migration/V1__reading.sql': reading,
      'db/migration/V2__index_only_parent.sql': 'CREATE INDEX reading_v_idx ON ONLY reading (v);\n',
      'db/migration/V3__positive.sql': 'ALTER TABLE reading_2020 ADD CONSTRAINT reading_v_positive CHECK (v > 0) NOT VALID;\n',
    });
    const found = r.problems.filter((p) => p.severity === 'error');
    expect(found.map((p) => p.file)).toEqual(['db/migration/V2__index_only_parent.sql', 'db/migration/V3__positive.sql']);
    expect(found[0]!.message).toContain('index public.reading_v_idx on public.reading is INVALID');
    expect(found[1]!.message).toContain('constraint reading_v_positive on public.reading_2020 is NOT VALID');
    expect(r.summary.errors).toBe(2);
  });

  it('is satisfied when a later migration validates the constraint or attaches the partition index', async () => {
    const r = await testProject({
      'db/migration/V1__reading.sql': reading,
      'db/migration/V2__index_only_parent.sql': 'CREATE INDEX reading_v_idx ON ONLY reading (v);\n',
      'db/migration/V3__positive.sql': 'ALTER TABLE reading_2020 ADD CONSTRAINT reading_v_positive CHECK (v > 0) NOT VALID;\n',
      'db/migration/V4__finish.sql':
        'CREATE INDEX reading_2020_v_idx ON reading_2020 (v);\nALTER INDEX reading_v_idx ATTACH PARTITION reading_2020_v_idx;\nALTER TABLE reading_2020 VALIDATE CONSTRAINT reading_v_positive;\n',
    });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.summary.errors).toBe(0);
  });
});
