import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../helpers/project.js';

// The committed bundle is what users and the action run: it must work from a folder that has
// no node_modules (ncc bundles everything but the WASM, which the build copies beside it).
const dist = resolve(__dirname, '../../dist');

describe('the bundled CLI (dist/)', () => {
  it('exists, with the parser WASM beside each entry', () => {
    for (const f of ['index.js', 'libpg-query.wasm', 'cli/index.js', 'cli/libpg-query.wasm']) {
      expect(existsSync(join(dist, f)), f).toBe(true);
    }
  });

  it('lints from a folder without node_modules', () => {
    const where = project({
      'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint, owner_id bigint);\n',
      'db/migration/V2__idx.sql': 'CREATE INDEX i ON lead (owner_id);\n',
    });
    cpSync(join(dist, 'cli'), join(where, 'bundle'), { recursive: true });
    const r = spawnSync(process.execPath, [join(where, 'bundle/index.js'), 'lint', '--format', 'json'], { cwd: where, encoding: 'utf8' });
    // the one notice such a project gets (it uses no RLS) is all it may print on stderr
    expect(r.stderr.replace(/^pgmig: notice: require-rls is not checking.*\n/m, '')).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('require-concurrent-index-creation');
  });

  it('prints help and version', () => {
    const help = execFileSync(process.execPath, [join(dist, 'cli/index.js'), '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/Usage: pgmig/);
    const version = execFileSync(process.execPath, [join(dist, 'cli/index.js'), '--version'], { encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('version', () => {
  it('matches package.json', async () => {
    const { VERSION } = await import('../../src/version.js');
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
