import { describe, expect, it } from 'vitest';
import { lintProject } from '../helpers/project.js';

// A migration that repeats an earlier one's drops with IF EXISTS (a re-run of V5 as V6, as real
// projects write) drops nothing: no data is lost and no table is locked for a missing index.

const BASE = {
  'db/migration/V1__queue.sql': 'CREATE TABLE queue (id bigint, name text, legacy text);\nCREATE INDEX queue_name_idx ON queue (name);\nCREATE TABLE scratch (id bigint);\n',
  'db/migration/V2__drop.sql': "SET lock_timeout = '2s';\nDROP INDEX queue_name_idx;\nALTER TABLE queue DROP COLUMN legacy;\nDROP TABLE scratch;\n",
};
const RULES = ['ban-drop-column', 'require-concurrent-index-deletion', 'ban-drop-table', 'require-lock-timeout'];

async function findings(change: string) {
  const f = await lintProject({ ...BASE, 'db/migration/V3__again.sql': change }, { files: ['db/migration/V3__again.sql'] });
  return f.filter((x) => RULES.includes(x.rule)).map((x) => [x.rule, x.line]);
}

describe('DROP … IF EXISTS of what an earlier migration dropped', () => {
  it('is silent: the index, the column and the table are gone already', async () => {
    expect(await findings('DROP INDEX IF EXISTS queue_name_idx;\nALTER TABLE queue DROP COLUMN IF EXISTS legacy;\nDROP TABLE IF EXISTS scratch;\n')).toEqual([
      // the ALTER still takes ACCESS EXCLUSIVE on queue, column or not
      ['require-lock-timeout', 2],
    ]);
  });

  it('fires when the object is there again, or without IF EXISTS', async () => {
    const again = 'CREATE INDEX queue_name_idx ON queue (name);\nALTER TABLE queue ADD COLUMN legacy text;\nCREATE TABLE scratch (id bigint);\n';
    const f = await lintProject(
      {
        ...BASE,
        'db/migration/V3__back.sql': `SET lock_timeout = '2s';\n${again}`,
        'db/migration/V4__again.sql': "SET lock_timeout = '2s';\nDROP INDEX IF EXISTS queue_name_idx;\nALTER TABLE queue DROP COLUMN IF EXISTS legacy;\nDROP TABLE IF EXISTS scratch;\n",
      },
      { files: ['db/migration/V4__again.sql'] },
    );
    expect(f.filter((x) => RULES.includes(x.rule)).map((x) => [x.rule, x.line])).toEqual([
      ['require-concurrent-index-deletion', 2],
      ['ban-drop-column', 3],
      ['ban-drop-table', 4],
    ]);
    // an index pgmig never saw made or dropped may exist: reported
    expect(await findings("SET lock_timeout = '2s';\nDROP INDEX IF EXISTS other_idx;\n")).toEqual([['require-concurrent-index-deletion', 2]]);
  });
});
