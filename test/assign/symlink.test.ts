import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAssign } from '../../src/commands/assign.js';
import { bareOrigin } from '../helpers/git.js';
import { project } from '../helpers/project.js';

// A merged pull request committed its placeholder as a symbolic link to a file outside the
// repository. pgmig assign reads the placeholder to rewrite `VXXX` in it, then writes the
// result back: through the link, onto the runner's own file.

const M = 'db/migration';
const OUTSIDE_TEXT = '# VXXX: a file on the runner that is no migration\nexport TOKEN=keep-me\n';

describe('pgmig assign and symbolic links', () => {
  it('never reads or writes through a placeholder linked outside the repository, and pushes nothing', async () => {
    const outside = project({ 'runner-file.sh': OUTSIDE_TEXT });
    const origin = bareOrigin({ [`${M}/V1__init.sql`]: 'CREATE TABLE a (id bigint);\n' });
    const dev = origin.clone();
    symlinkSync(join(outside, 'runner-file.sh'), join(dev.dir, M, 'VXXX__sneaky.sql'));
    dev.commit('merge pull request');
    dev.git('push', '--quiet', 'origin', 'HEAD:main');
    const tip = origin.tip();

    const runner = origin.clone();
    const run = runAssign({ cwd: runner.dir, backoffMs: 10 });
    await expect(run).rejects.toMatchObject({ name: 'UserError', exitCode: 2 });
    await expect(run).rejects.toThrow(/db\/migration\/VXXX__sneaky\.sql is a symbolic link to a path outside the repository/);

    expect(readFileSync(join(outside, 'runner-file.sh'), 'utf8')).toBe(OUTSIDE_TEXT);
    expect(origin.tip()).toBe(tip);
    expect(runner.git('status', '--porcelain')).toBe('');
    expect(runner.git('rev-parse', 'HEAD').trim()).toBe(tip);
  });

  it('a link inside the repository is no reason to refuse', async () => {
    const origin = bareOrigin({ [`${M}/V1__init.sql`]: 'CREATE TABLE a (id bigint);\n', 'common/a.sql': 'SELECT 1;\n' });
    const dev = origin.clone();
    symlinkSync('../../common/a.sql', join(dev.dir, M, 'VXXX__linked.sql'));
    dev.commit('merge pull request');
    dev.git('push', '--quiet', 'origin', 'HEAD:main');
    const r = await runAssign({ cwd: origin.clone().dir, backoffMs: 10 });
    expect(r.assigned.map((a) => a.to)).toEqual([`${M}/V2__linked.sql`]);
  });
});
