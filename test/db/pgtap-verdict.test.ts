import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { testProject } from './helpers.js';

// Each verdict here is the one pg_prove 3.36 (TAP::Harness) gives the same file: checked by hand
// with `pg_prove -d <db> <file>` from libtap-parser-sourcehandler-pgtap-perl.
const migrations = {
  'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n',
};

async function verdict(test: string) {
  const r = await testProject({ ...migrations, 'db/tests/t.sql': test });
  const t = r.tests[0]!;
  return { status: t.status, problems: t.problems.join('\n'), t, errors: r.summary.errors };
}

describe('pgmig test: a file that prints no TAP fails', () => {
  it.each([
    ['a query with no test', 'SELECT 1;\n'],
    ['an empty file', ''],
    ['a comment only', '-- nothing to see here\n/* or here */\n'],
    ['text that is not TAP', "SELECT 'hello';\n"],
  ])('%s', async (_what, sql) => {
    const v = await verdict(sql);
    expect(v.status).toBe('failed');
    expect(v.problems).toMatch(/^printed no TAP/);
    expect(v.errors).toBe(1);
  });

  it('a real skip-all plan (1..0) passes', async () => {
    const v = await verdict("SELECT '1..0 # Skip nothing to test on this server';\n");
    expect(v).toMatchObject({ status: 'passed', problems: '' });
  });
});

describe('pgmig test: judged by the whole TAP stream, as TAP::Harness does', () => {
  it('fails a failing test printed after a trailing plan', async () => {
    const v = await verdict("SELECT * FROM no_plan();\nSELECT pass('first');\nSELECT * FROM finish();\nSELECT fail('after the plan');\n");
    expect(v.status).toBe('failed');
    expect(v.problems).toMatch(/plan \(1\.\.1\) must be at the beginning or end of its TAP output/);
    expect(v.t.tests.map((x) => [x.id, x.ok, x.description])).toEqual([
      [1, true, 'first'],
      [2, false, 'after the plan'],
    ]);
    expect(v.t.failed).toBe(1);
  });

  it('fails a passing test printed after a trailing plan', async () => {
    const v = await verdict("SELECT 'ok 1 - a';\nSELECT '1..1';\nSELECT 'ok 2 - b';\n");
    expect(v.status).toBe('failed');
    expect(v.problems).toMatch(/must be at the beginning or end/);
  });

  it('fails a second plan (a second batch of tests)', async () => {
    const v = await verdict("SELECT 'ok 1 - a';\nSELECT '1..1';\nSELECT 'ok 2 - b';\nSELECT '1..2';\n");
    expect(v.status).toBe('failed');
    expect(v.problems).toMatch(/more than one plan/);
  });

  it('fails two plans around the tests', async () => {
    const v = await verdict("SELECT '1..1';\nSELECT 'ok 1 - a';\nSELECT '1..1';\n");
    expect(v.status).toBe('failed');
    expect(v.problems).toMatch(/more than one plan/);
  });

  it('fails tests out of sequence', async () => {
    const v = await verdict("SELECT '1..2';\nSELECT 'ok 1';\nSELECT 'ok 3';\n");
    expect(v.status).toBe('failed');
    expect(v.problems).toMatch(/out of sequence: found test 3 where 2 was expected/);
  });

  it('fails a bail out', async () => {
    const v = await verdict("SELECT '1..2';\nSELECT 'ok 1';\nSELECT 'Bail out! the fixture is gone';\n");
    expect(v.status).toBe('failed');
    expect(v.problems).toMatch(/bailed out: the fixture is gone/);
  });

  it('fails tests run under a skip-all plan', async () => {
    const v = await verdict("SELECT '1..0';\nSELECT 'ok 1';\n");
    expect(v.status).toBe('failed');
  });

  it('passes a well-formed stream with a trailing plan and a failing TODO', async () => {
    const v = await verdict("SELECT * FROM no_plan();\nSELECT pass('a');\nSELECT todo('later', 1);\nSELECT fail('not yet');\nSELECT * FROM finish();\n");
    expect(v).toMatchObject({ status: 'passed', problems: '' });
    expect(v.t).toMatchObject({ planned: 2, ran: 2, todo: 1 });
  });
});

describe('pgmig test: a tests folder that is not there', () => {
  it('is an error when .pgmig.yml names it', async () => {
    const run = testProject({ ...migrations, '.pgmig.yml': 'tests: db/tets\n', 'db/tests/t.sql': "SELECT plan(1);\nSELECT pass('x');\n" });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/tests folder db\/tets does not exist \("tests: db\/tets" in \.pgmig\.yml\)/);
  });

  it('is an error when --tests names it', async () => {
    await expect(testProject({ ...migrations }, { tests: 'db/nosuch' })).rejects.toThrow(/tests folder db\/nosuch does not exist \(--tests db\/nosuch\)/);
  });

  it('is no error when neither names it (a project without tests)', async () => {
    const r = await testProject({ ...migrations });
    expect(r.summary).toMatchObject({ testFiles: 0, errors: 0 });
  });
});

describe('pgmig test <file>: the tests see the whole schema', () => {
  it('applies the migrations after the given file too (untraced, phase later), so every pgTAP file can pass', async () => {
    const r = await testProject(
      {
        ...migrations,
        'db/migration/V2__orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n',
        'db/migration/V3__invoices.sql': 'CREATE TABLE invoices (id bigint PRIMARY KEY);\n',
        'db/tests/orders.sql': "SELECT plan(1);\nSELECT has_table('orders');\n",
        'db/tests/invoices.sql': "SELECT plan(1);\nSELECT has_table('invoices');\n",
      },
      { files: ['db/migration/V2__orders.sql'] },
    );
    expect(r.migrations.map((m) => [m.script, m.phase, m.status])).toEqual([
      ['V1__create_users.sql', 'base', 'applied'],
      ['V2__orders.sql', 'new', 'applied'],
      ['V3__invoices.sql', 'later', 'applied'],
    ]);
    expect(r.migrations.find((m) => m.phase === 'later')!.statements).toBeUndefined();
    expect(r.tests.map((t) => [t.file, t.status])).toEqual([
      ['db/tests/invoices.sql', 'passed'],
      ['db/tests/orders.sql', 'passed'],
    ]);
    expect(r.summary.errors).toBe(0);
    const { formatTestText } = await import('../../src/report/test-text.js');
    expect(formatTestText(r, { color: false })).toMatch(/Later migrations: 1 applied after the change \(untraced\), so the pgTAP files see the whole schema/);
  });
});
