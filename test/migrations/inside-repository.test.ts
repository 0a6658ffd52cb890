import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { runNew } from '../../src/commands/new.js';
import { discoverMigrations } from '../../src/migrations/discover.js';
import { gitRepo } from '../helpers/git.js';
import { project } from '../helpers/project.js';

// A pull request can commit symbolic links. One named like a migration that points at the
// runner's ~/.pgpass had its lines quoted in every report; none of them may leave the checkout.

const SECRET = 's3cr3t-pgpass-token-9f8e7d';
const PGPASS = `localhost:5432:*:deploy:${SECRET}\n`;
const TABLE = 'CREATE TABLE lead (id bigint PRIMARY KEY);\n';

/** A checkout (a git work tree) next to a folder outside it that holds a fake .pgpass. */
function checkout(files: Record<string, string> = {}) {
  const outside = project({ '.pgpass': PGPASS, 'V3__also_secret.sql': PGPASS, 'tap/secret_test.sql': PGPASS });
  const repo = gitRepo({ 'db/migration/V1__lead.sql': TABLE, ...files });
  return { dir: repo.dir, outside, repo };
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

function expectRefused(r: { code: number; stdout: string; stderr: string }, link: string) {
  expect(r.code).toBe(2);
  expect(r.stdout + r.stderr).not.toContain(SECRET);
  expect(r.stdout + r.stderr).not.toContain('deploy');
  expect(r.stderr).toContain(link);
  expect(r.stderr).toMatch(/symbolic link .*outside the repository/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('symbolic links that leave the repository', () => {
  it('a migration linked to ~/.pgpass is refused by lint in every format, naming the link, quoting nothing', async () => {
    const c = checkout();
    symlinkSync(join(c.outside, '.pgpass'), join(c.dir, 'db/migration/V2__leak.sql'));
    for (const format of ['text', 'json', 'markdown', 'github', 'sarif']) {
      const whole = await cli(['lint', '--format', format], c.dir);
      expectRefused(whole, 'db/migration/V2__leak.sql');
      const named = await cli(['lint', '--format', format, 'db/migration/V2__leak.sql'], c.dir);
      expectRefused(named, 'db/migration/V2__leak.sql');
    }
  });

  it('lint --changed-since refuses a link the branch added', async () => {
    const c = checkout();
    c.repo.git('checkout', '--quiet', '-b', 'feature');
    symlinkSync(join(c.outside, '.pgpass'), join(c.dir, 'db/migration/V2__leak.sql'));
    c.repo.commit('add a link');
    expectRefused(await cli(['lint', '--changed-since', 'main', '--format', 'json'], c.dir), 'db/migration/V2__leak.sql');
  });

  it('a folder inside the migrations folder linked outside is refused, naming the folder', async () => {
    const c = checkout();
    symlinkSync(c.outside, join(c.dir, 'db/migration/more'));
    const r = await cli(['lint'], c.dir);
    expectRefused(r, 'db/migration/more');
  });

  it('a migrations folder that is itself a link outside is refused', async () => {
    const c = checkout({ '.pgmig.yml': 'migrations: db/elsewhere\n' });
    symlinkSync(c.outside, join(c.dir, 'db/elsewhere'));
    expectRefused(await cli(['lint'], c.dir), 'db/elsewhere');
  });

  it('a .pgmig.yml linked outside is refused before its lines can be quoted in a YAML error', async () => {
    const c = checkout();
    symlinkSync(join(c.outside, '.pgpass'), join(c.dir, '.pgmig.yml'));
    expectRefused(await cli(['lint'], c.dir), '.pgmig.yml');
  });

  it('pgmig test refuses a linked migration and a linked pgTAP file before it touches a server', async () => {
    const c = checkout();
    symlinkSync(join(c.outside, '.pgpass'), join(c.dir, 'db/migration/V2__leak.sql'));
    expectRefused(await cli(['test', '--format', 'json'], c.dir), 'db/migration/V2__leak.sql');

    const t = checkout();
    mkdirSync(join(t.dir, 'db/tests'), { recursive: true });
    symlinkSync(join(t.outside, 'tap/secret_test.sql'), join(t.dir, 'db/tests/secret_test.sql'));
    expectRefused(await cli(['test'], t.dir), 'db/tests/secret_test.sql');
  });

  it('discovery (which rollback plans from) refuses a linked undo file', () => {
    const c = checkout();
    symlinkSync(join(c.outside, '.pgpass'), join(c.dir, 'db/migration/U1__lead.sql'));
    expect(() => discoverMigrations(c.dir, ['db/migration'], 'VXXX')).toThrow(/db\/migration\/U1__lead\.sql is a symbolic link/);
  });

  it('links that stay inside the repository are fine, and so is a checkout reached through a link', async () => {
    const c = checkout({ 'common/V2__idx.sql': "SET lock_timeout = '1s';\nSELECT 1;\n" });
    symlinkSync(join(c.dir, 'common/V2__idx.sql'), join(c.dir, 'db/migration/V2__idx.sql'));
    const r = await cli(['lint', '--format', 'json'], c.dir);
    // no complaint about the link (a notice that this project does not use RLS is no complaint)
    const complaints = (stderr: string) => stderr.replace(/^pgmig: notice: require-rls is not checking.*\n/m, '');
    expect(complaints(r.stderr)).toBe('');
    expect(JSON.parse(r.stdout).summary.files).toBe(2);
    const via = join(project({}), 'link-to-checkout');
    symlinkSync(c.dir, via);
    const throughLink = await cli(['lint', '--format', 'json'], via);
    expect(complaints(throughLink.stderr)).toBe('');
    expect(JSON.parse(throughLink.stdout).summary.files).toBe(2);
  });

  it('pgmig new writes nothing through a migrations folder linked outside', () => {
    const c = checkout({ '.pgmig.yml': 'migrations: db/linked\n' });
    symlinkSync(c.outside, join(c.dir, 'db/linked'));
    expect(() => runNew({ cwd: c.dir, description: 'add_note' })).toThrow(/db\/linked.*symbolic link/);
    expect(existsSync(join(c.outside, 'VXXX__add_note.sql'))).toBe(false);
    // a dangling link would create its target when written
    const d = checkout();
    symlinkSync(join(d.outside, 'created-by-pgmig.sql'), join(d.dir, 'db/migration/VXXX__add_note.sql'));
    expect(() => runNew({ cwd: d.dir, description: 'add_note' })).toThrow(/VXXX__add_note\.sql is a symbolic link/);
    expect(existsSync(join(d.outside, 'created-by-pgmig.sql'))).toBe(false);
    writeFileSync(join(d.outside, 'untouched'), 'x');
    expect(readFileSync(join(d.outside, '.pgpass'), 'utf8')).toBe(PGPASS);
  });
});
