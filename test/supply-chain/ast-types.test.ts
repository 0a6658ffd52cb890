import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
};
const major = (v: string) => Number(/^(\d+)\./.exec(v)?.[1]);

describe('the AST types and the parser', () => {
  // the rules are typed by @pgsql/types but read the JSON libpg-query emits: a parser of
  // another PostgreSQL generation renames and reshapes nodes the types would still promise
  it('are pinned exactly, to the same PostgreSQL major version', () => {
    const types = pkg.devDependencies['@pgsql/types']!;
    const parser = pkg.devDependencies['libpg-query']!;
    expect(types).toMatch(/^\d+\.\d+\.\d+$/);
    expect(parser).toMatch(/^\d+\.\d+\.\d+$/);
    expect(major(types)).toBe(major(parser));
    expect(lock.packages['node_modules/@pgsql/types']?.version).toBe(types);
    expect(lock.packages['node_modules/libpg-query']?.version).toBe(parser);
  });

  it('are the pair the parser itself was built with (it installs no other copy of the types)', () => {
    expect(lock.packages['node_modules/libpg-query']?.dependencies?.['@pgsql/types']).toMatch(new RegExp(`^\\^?${major(pkg.devDependencies['@pgsql/types']!)}\\.`));
    expect(lock.packages['node_modules/libpg-query/node_modules/@pgsql/types']).toBeUndefined();
  });
});

describe('a rule visitor', () => {
  // written inside the repository so that the fixture resolves @pgsql/types and src/ as a rule does
  const dir = mkdtempSync(join(root, '.ast-types-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** tsc's error lines for `body` (empty when it compiles), with the project's compiler options. */
  function typecheck(body: string): string[] {
    writeFileSync(join(dir, 'fixture.ts'), `import type { Visitors } from '../src/rules/rule.js';\nimport { walk } from '../src/sql/walk.js';\n${body}\n`);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: [], files: ['fixture.ts'] }));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
      return [];
    } catch (e) {
      const out = (e as { stdout?: string }).stdout ?? String(e);
      return out.split('\n').filter((l) => l.includes('error TS'));
    }
  }

  it('compiles when it reads fields its node type has', () => {
    const errors = typecheck(`
export const v: Visitors = {
  IndexStmt(node) { void node.concurrent; void node.relation?.relname; },
  AlterTableStmt(node) { void node.cmds?.length; },
};
walk({}, (type, node) => { if (type === 'FuncCall') void node.funcname; });
`);
    expect(errors).toEqual([]);
  }, 120_000);

  it('fails to compile on a misspelt field, node type or walk type', () => {
    const errors = typecheck(`
export const v: Visitors = {
  IndexStmt(node) { void node.concurent; },
  AlterTableStm(node: unknown) { void node; },
};
walk({}, (type, node) => { if (type === 'FuncCall') void node.funcnme; });
walk({}, (type, _node) => type === 'FunCall');
`);
    expect(errors.join('\n')).toMatch(/fixture\.ts\(5,.*'concurent' does not exist on type 'IndexStmt'/);
    expect(errors.join('\n')).toMatch(/fixture\.ts\(6,.*AlterTableStm/);
    expect(errors.join('\n')).toMatch(/fixture\.ts\(8,.*'funcnme' does not exist on type 'FuncCall'/);
    expect(errors.join('\n')).toMatch(/fixture\.ts\(9,.*no overlap.*"FunCall"|fixture\.ts\(9,.*"FunCall".*no overlap/);
    expect(errors).toHaveLength(4);
  }, 120_000);
});
