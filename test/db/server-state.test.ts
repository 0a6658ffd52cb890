import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTestJson } from '../../src/report/test-json.js';
import { formatTestMarkdown } from '../../src/report/test-markdown.js';
import { formatTestText } from '../../src/report/test-text.js';
import { serverUrl, testProject } from './helpers.js';

const tag = `st${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const role = `${tag}_root`;
const madeDb = `${tag}_made`;
const victim = `${tag}_victim`;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${madeDb} WITH (FORCE)`);
    await c.query(`DROP DATABASE IF EXISTS ${victim} WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS ${role}`);
    await c.query(`ALTER SYSTEM RESET log_min_duration_statement`);
  });
});

describe('pgmig test: changes outside the test database are reported', () => {
  it('lists databases created and dropped, roles with their attributes, ALTER SYSTEM, in text, JSON and markdown', async () => {
    await admin((c) => c.query(`CREATE DATABASE ${victim}`));
    const r = await testProject({
      'db/migration/V1__role.sql': `CREATE ROLE ${role} SUPERUSER LOGIN;\nCREATE TABLE t (id int);\n`,
      'db/migration/V2__database.sql': `CREATE DATABASE ${madeDb};\n`,
      'db/migration/V3__drop_other.sql': `DROP DATABASE ${victim};\n`,
      'db/migration/V4__system.sql': `ALTER SYSTEM SET log_min_duration_statement = '12345';\n`,
    });
    expect(r.summary.failed).toBe(0);
    const mine = r.server.changes.filter((c) => c.name.startsWith(tag) || c.name.startsWith('log_min_duration_statement'));
    expect(mine).toEqual(
      expect.arrayContaining([
        { kind: 'database', change: 'created', name: madeDb, after: expect.stringMatching(/^owner /) },
        { kind: 'database', change: 'dropped', name: victim, before: expect.stringMatching(/^owner /) },
        { kind: 'role', change: 'created', name: role, after: 'SUPERUSER LOGIN' },
        { kind: 'server setting', change: 'created', name: 'log_min_duration_statement (postgresql.auto.conf)', after: '12345' },
      ]),
    );
    // the run's own database and its clones are not changes
    expect(r.server.changes.some((c) => c.name.startsWith(r.database.name))).toBe(false);
    const text = formatTestText(r, { color: false });
    expect(text).toMatch(/Outside the test database: \d+ server-wide changes? while the run went on \(these stay on the server after the run\)/);
    expect(text).toContain(`created role ${role} (SUPERUSER LOGIN)`);
    expect(text).toContain(`dropped database ${victim}`);
    expect(formatTestMarkdown(r)).toContain(`- ⚠️ created database ${madeDb} (owner `);
    expect(JSON.parse(formatTestJson(r)).server.changes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'role', name: role })]));
  });

  it('reports a role whose attributes a test file changed', async () => {
    await admin((c) => c.query(`CREATE ROLE ${tag}_app NOLOGIN`));
    try {
      const r = await testProject({
        'db/migration/V1__t.sql': 'CREATE TABLE t (id int);\n',
        'db/tests/t.sql': `SELECT plan(1);\nALTER ROLE ${tag}_app LOGIN BYPASSRLS;\nSELECT pass('x');\n`,
      });
      expect(r.server.changes.filter((c) => c.name === `${tag}_app`)).toEqual([
        { kind: 'role', change: 'changed', name: `${tag}_app`, before: 'no attributes', after: 'LOGIN BYPASSRLS' },
      ]);
    } finally {
      await admin((c) => c.query(`DROP ROLE IF EXISTS ${tag}_app`));
    }
  });
});

describe('pgmig test --help', () => {
  it('says plainly what --database-url exposes', async () => {
    const { runCli } = await import('../../src/cli.js');
    let out = '';
    const code = await runCli(['test', '--help'], { cwd: process.cwd(), stdout: (s) => (out += s), stderr: (s) => (out += s), isTTY: false, env: {} });
    expect(code).toBe(0);
    const flat = out.replace(/\s+/g, ' ');
    expect(flat).toMatch(/--database-url: the migrations and tests run with that user's rights on the whole server/);
    expect(flat).toMatch(/stays on that server after the run/);
    expect(flat).toMatch(/never at a shared or staging one/);
  });
});
