import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The packages src/ imports for real (not types only): ncc bundles each into dist/. */
function imported(): string[] {
  const names = new Set<string>();
  for (const f of files(join(root, 'src')).filter((x) => x.endsWith('.ts'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/^import (?!type )(?:[^;]*? from )?'([^.'][^']*)'/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('node:')) continue;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return [...names].sort();
}

describe('runtime dependencies', () => {
  // all bundled into dist/, so the package declares none: installing it fetches nothing
  const runtime = imported().map((name) => [name, pkg.devDependencies[name] ?? ''] as const);

  it('are bundled, so the package declares no dependencies for npm to fetch', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(runtime.map(([n]) => n)).toContain('libpg-query');
  });

  it('are few, and each is pinned to one exact version that the lockfile installs', () => {
    // each one is justified in the README; a tenth needs a reason strong enough to raise this
    expect(runtime.length).toBeLessThanOrEqual(9);
    for (const [name, range] of runtime) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
    }
  });

  it('are each justified in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Runtime dependencies'));
    for (const [name, version] of runtime) expect(section, name).toContain(`\`${name}\` ${version}`);
  });

  it('development tools are pinned exactly too', () => {
    for (const [name, range] of Object.entries(pkg.devDependencies)) expect(range, name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });
});

// The committed bundle is what the action runs, so it must be what the sources and the lockfile
// give: build again into a temporary folder and compare byte for byte.
describe('dist/', () => {
  const out = mkdtempSync(join(tmpdir(), 'pgmig-dist-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is reproduced byte for byte by a fresh build', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { cwd: root, stdio: 'pipe' });
    const committed = files(join(root, 'dist')).map((f) => relative(join(root, 'dist'), f)).sort();
    const rebuilt = files(out).map((f) => relative(out, f)).sort();
    expect(rebuilt).toEqual(committed);
    const differ = committed.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(root, 'dist', f))));
    expect(differ, 'run `npm run build` and commit dist/').toEqual([]);
  }, 240_000);
});
