import { JSDOM } from 'jsdom';
import { Parser } from 'tap-parser';
import { describe, expect, it } from 'vitest';
import { formatTestJunit } from '../../src/report/test-junit.js';
import { formatTestTap } from '../../src/report/test-tap.js';
import { testProject } from './helpers.js';

const files = {
  '.pgmig.yml': 'lockQueue: { budget: 0s }\n',
  'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY, owner text);\n',
  'db/migration/V2__note.sql': 'CREATE TABLE note (id bigint PRIMARY KEY);\n',
  'db/migration/U2__note.sql': 'DROP TABLE note;\n',
  'db/tests/lead_test.sql': "SELECT plan(2);\nSELECT has_table('lead');\nSELECT has_column('lead', 'owner');\n",
  'db/tests/note <&" test.sql': "SELECT plan(2);\nSELECT has_table('note');\nSELECT is(1, 2, 'one is <two> & \"more\"');\n",
  'db/tests/silent_test.sql': 'SELECT 1;\n',
};

describe('pgmig test --format junit and tap', () => {
  it('JUnit XML: a suite per file with a case per test, the migrations and the undo rehearsals; well-formed whatever the names', async () => {
    const r = await testProject(files, { files: ['db/migration/V2__note.sql'] });
    const xml = formatTestJunit(r);
    const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.tagName).toBe('testsuites');
    const suites = [...doc.getElementsByTagName('testsuite')].map((s) => [s.getAttribute('name'), s.getAttribute('tests'), s.getAttribute('failures')]);
    expect(suites).toEqual([
      ['migrations', '1', '0'],
      ['db/tests/lead_test.sql', '2', '0'],
      ['db/tests/note <&" test.sql', '2', '1'],
      ['db/tests/silent_test.sql', '1', '1'],
      ['undo rehearsal', '1', '0'],
    ]);
    expect(root.getAttribute('tests')).toBe('7');
    expect(root.getAttribute('failures')).toBe('2');
    const failed = [...doc.getElementsByTagName('testcase')].filter((c) => c.getElementsByTagName('failure').length);
    expect(failed.map((c) => c.getAttribute('name'))).toEqual(['2 - one is <two> & "more"', 'db/tests/silent_test.sql: the file as a whole']);
    expect(failed[0]!.getElementsByTagName('failure')[0]!.textContent).toMatch(/have: 1/);
  });

  it('TAP 14: a subtest per file, a point per migration, file and undo; tap-parser reads it and sees the failures', async () => {
    const r = await testProject(files, { files: ['db/migration/V2__note.sql'] });
    const tap = formatTestTap(r);
    const results = await new Promise<{ ok: boolean; count: number; fail: number; plan: { end: number } }>((resolve) => {
      const p = new Parser((final) => resolve(final as never));
      p.end(tap);
    });
    expect(results.plan.end).toBe(5);
    expect(results.count).toBe(5);
    expect(results.fail).toBe(2);
    expect(results.ok).toBe(false);
    expect(tap).toMatch(/^TAP version 14\n1\.\.5\nok 1 - migration db\/migration\/V2__note\.sql\n# Subtest: db\/tests\/lead_test\.sql\n {4}1\.\.2\n {4}ok 1 - /);
    expect(tap).toMatch(/not ok 4 - pgTAP db\/tests\/silent_test\.sql\n {2}---\n {2}message: "printed no TAP/);
  });
});
