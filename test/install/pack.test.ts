import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The README's install from a checkout: `npm pack`, then `npm install -g ./pgmig-<version>.tgz`.
// pgmig is on no registry yet, so this is how a newcomer gets the command. The bundle is
// self-contained, so the install must work with the registry out of reach: npm is pointed at a
// closed port and told to stay offline, and any fetch would fail the install.

const root = resolve(__dirname, '../..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'pgmig-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npmEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: work,
  npm_config_cache: join(work, 'cache'),
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });

describe('installing pgmig from a checkout', () => {
  it('npm pack makes a tarball that npm install -g installs offline, and pgmig --version runs from it', () => {
    const out = npm(['pack', '--pack-destination', work, '--json', '--ignore-scripts'], root);
    const [packed] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
    expect(packed!.filename).toBe(`pgmig-${version}.tgz`);
    const files = packed!.files.map((f) => f.path);
    for (const f of ['dist/cli/index.js', 'dist/cli/libpg-query.wasm', 'dist/index.js', 'action.yml', 'templates/workflows/migrations.yml', 'package.json']) expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);

    const prefix = join(work, 'prefix');
    npm(['install', '-g', '--prefix', prefix, join(work, packed!.filename)], work);
    const bin = join(prefix, 'bin', 'pgmig');
    expect(existsSync(bin)).toBe(true);
    // nothing but the bundle came along: no dependency was fetched
    expect(existsSync(join(prefix, 'lib/node_modules/pgmig/node_modules'))).toBe(false);
    const shown = execFileSync(bin, ['--version'], { cwd: work, env: { PATH: npmEnv.PATH, HOME: work }, encoding: 'utf8' });
    expect(shown.trim()).toBe(version);
    // the templates ship with it: init finds them from the installed package
    const help = execFileSync(bin, ['init', '--help'], { cwd: work, env: { PATH: npmEnv.PATH, HOME: work }, encoding: 'utf8' });
    expect(help).toContain('--action-repo');
  }, 180_000);
});
