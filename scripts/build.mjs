// Bundles the CLI and the action entry with ncc and puts libpg-query's WASM next to each
// bundle (ncc does not carry it; the loader looks for it beside the bundle).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const ncc = join(dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm/libpg-query.wasm');

// `--out <dir>` builds elsewhere (the reproducibility test compares such a build with dist/).
const at = process.argv.indexOf('--out');
const root = at > 0 ? process.argv[at + 1] : 'dist';
if (!root) throw new Error('--out needs a directory');

const entries = [
  { src: 'src/index.ts', out: root },
  { src: 'src/cli/index.ts', out: join(root, 'cli') },
];

rmSync(root, { recursive: true, force: true });
for (const { src, out } of entries) {
  execFileSync(process.execPath, [ncc, 'build', src, '-o', out, '--no-source-map-register', '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });
  copyFileSync(wasm, join(out, 'libpg-query.wasm'));
}
// ncc keeps the shebang of the CLI entry; make sure the file is executable for `npx pgmig`
const cli = join(root, 'cli/index.js');
let text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, (text = `#!/usr/bin/env node\n${text}`));
chmodSync(cli, 0o755);
