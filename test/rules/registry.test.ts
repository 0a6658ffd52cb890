import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainMarkdown, withRulesTable } from '../../src/commands/rules.js';
import { RULES } from '../../src/rules/index.js';
import { lintSql } from '../helpers/project.js';

const root = resolve(__dirname, '../..');
const design = readFileSync(resolve(root, '../shared/DESIGN.md'), 'utf8');

describe('the rule registry', () => {
  it('has every mission rule of DESIGN.md', () => {
    const table = design.slice(design.indexOf('| id | fires when |'), design.indexOf('Also on by default'));
    const ids = [...table.matchAll(/^\| ([a-z]+(?:-[a-z]+)+) \|/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(15);
    for (const id of ids) expect(RULES.map((r) => r.id)).toContain(id);
  });

  it('has unique ids and complete docs', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.docs.why, r.id).not.toMatch(/TODO/);
      expect(r.docs.why.length, r.id).toBeGreaterThan(40);
      expect(r.docs.instead.length, r.id).toBeGreaterThan(20);
      expect(r.docs.example, r.id).toBeDefined();
    }
  });

  it('has a test file for every rule', () => {
    for (const r of RULES.filter((x) => !x.builtIn)) {
      expect(existsSync(join(root, 'test/rules', `${r.id}.test.ts`)), r.id).toBe(true);
    }
  });

  // the examples people read in `explain` must be true: bad fires, good does not
  for (const r of RULES.filter((x) => x.visit && x.docs.example)) {
    it(`${r.id}: the bad example fires and the good one does not`, async () => {
      // opt-in rules are turned on for their own examples
      const config = r.docs.example!.config ?? (r.optIn ? `rules: { ${r.id}: ${r.severity} }\n` : undefined);
      expect((await lintSql(r.docs.example!.bad, { rule: r.id, config })).length, 'bad').toBeGreaterThan(0);
      expect(await lintSql(r.docs.example!.good, { rule: r.id, config }), 'good').toEqual([]);
    });
  }

  it('docs/rules and the README table are generated from the rules (npm run docs)', () => {
    for (const r of RULES) {
      const file = join(root, 'docs/rules', `${r.id}.md`);
      expect(existsSync(file) && readFileSync(file, 'utf8') === explainMarkdown(r.id), `${file} is stale: npm run docs`).toBe(true);
    }
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(withRulesTable(readme) === readme, 'README rule table is stale: npm run docs').toBe(true);
  });
});
