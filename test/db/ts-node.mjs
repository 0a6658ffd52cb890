// Runs the TypeScript sources in a plain Node process, for tests that need the CLI as a child
// process of its own (signals, a process kept alive): `node --import ./test/db/ts-node.mjs
// src/cli/index.ts test …`. dist/ is rebuilt by hand and may lag the sources; vitest transforms
// TypeScript only inside its own workers. Node 20 cannot strip types itself, so the module hooks
// below hand every .ts file to the TypeScript compiler the project pins (types are dropped,
// nothing is checked) and let `./x.js` imports find `./x.ts`, as NodeNext resolution does. The
// output is cached under node_modules/.cache by content, so only changed files are compiled again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

// the same file is the hooks module: registered from the main thread, loaded again off it
if (isMainThread) register(import.meta.url);

let ts;
const cache = fileURLToPath(new URL('../../node_modules/.cache/pgmig-ts-node/', import.meta.url));

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && (specifier.startsWith('.') || specifier.startsWith('file:')) && context.parentURL?.endsWith('.ts')) {
    const url = new URL(specifier, context.parentURL);
    const tsUrl = new URL(url.href.replace(/\.js$/, '.ts'));
    if (!existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(tsUrl))) return { url: tsUrl.href, format: 'module', shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const text = readFileSync(file, 'utf8');
  const cached = join(cache, `${createHash('sha256').update(file).update('\0').update(text).digest('hex')}.js`);
  if (existsSync(cached)) return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
  ts ??= (await import('typescript')).default;
  const out = ts.transpileModule(text, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true, inlineSources: true },
  }).outputText;
  // written aside and renamed: processes started together never read half a file
  mkdirSync(cache, { recursive: true });
  const part = `${cached}.${process.pid}.part`;
  writeFileSync(part, out);
  renameSync(part, cached);
  return { format: 'module', source: out, shortCircuit: true };
}
