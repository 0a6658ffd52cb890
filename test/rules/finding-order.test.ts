import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/github.js';
import { lintProject } from '../helpers/project.js';

// each file holds a finding: DROP TABLE (ban-drop-table) or a CREATE INDEX on an existing table
const files = {
  'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY, a int, b int, c int);\n',
  'db/migration/V7__a.sql': 'CREATE INDEX lead_a ON lead (a);\n',
  'db/migration/V10__b.sql': 'CREATE INDEX lead_b ON lead (b);\n',
  'db/migration/V12__c.sql': 'CREATE INDEX lead_c ON lead (c);\n',
  'db/migration/U7__a.sql': 'DROP INDEX lead_a;\n',
  'db/migration/U10__b.sql': 'DROP INDEX lead_b;\n',
  'db/migration/U12__c.sql': 'DROP INDEX lead_c;\n',
};

describe('finding order', () => {
  it('follows the run order: versions by number, then the undo files (issue 18 item 10)', async () => {
    const f = await lintProject(files);
    const order = [...new Set(f.map((x) => x.file.replace('db/migration/', '')))];
    expect(order).toEqual(['V1__lead.sql', 'V7__a.sql', 'V10__b.sql', 'V12__c.sql', 'U12__c.sql', 'U10__b.sql', 'U7__a.sql']);
  });

  it('puts errors first in the GitHub annotations, then warnings, each in run order', async () => {
    const f = await lintProject(files);
    const out = formatGithub({ findings: f, summary: { files: 7, errors: 0, warnings: 0 }, sources: new Map() } as never);
    const lines = out.split('\n').filter((l) => /^::(error|warning)/.test(l));
    const kinds = lines.map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds).toEqual([...kinds].sort());
    const runOrder = ['V1__lead.sql', 'V7__a.sql', 'V10__b.sql', 'V12__c.sql', 'U12__c.sql', 'U10__b.sql', 'U7__a.sql'];
    const errorFiles = lines.filter((l) => l.startsWith('::error')).map((l) => runOrder.indexOf(/file=db\/migration\/([^,]+)/.exec(l)![1]!));
    expect(errorFiles).toEqual([...errorFiles].sort((a, b) => a - b));
  });
});
