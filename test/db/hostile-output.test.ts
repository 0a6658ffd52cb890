import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { project } from '../helpers/project.js';
import { expectNoForgedCommand, HOSTILE } from '../helpers/hostile.js';
import { serverUrl } from './helpers.js';

// pgmig test prints the server's own error texts, which quote identifiers and values from the
// migration: `RAISE EXCEPTION` can say anything, newlines and `::stop-commands::` included.

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

describe('pgmig test output is safe for the runner', () => {
  it('hostile identifiers, file names and server error texts in text, json and markdown', async () => {
    const files: Record<string, string> = { 'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY);\n' };
    HOSTILE.forEach((h, i) => {
      files[`db/migration/V${10 + i}__t${h.replace(/\//g, '')}${i}.sql`] = `CREATE TABLE "t${h}${i}" (id int);\n`;
    });
    files['db/migration/V20__raise.sql'] = `DO $$ BEGIN RAISE EXCEPTION '%', ${quote(HOSTILE.join(''))}; END $$;\n`;
    files['db/tests/t.sql'] = `SELECT plan(1);\nSELECT ok(false, ${quote(`x${HOSTILE.join('')}`)});\n`;
    const cwd = project(files);
    for (const format of ['text', 'json', 'markdown']) {
      const r = await cli(['test', '--database-url', serverUrl(), '--format', format], cwd);
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      expect(r.stdout).toContain('forged');
      expectNoForgedCommand(r.stdout, `test --format ${format} stdout`);
      expectNoForgedCommand(r.stderr, `test --format ${format} stderr`);
    }
  });
});
