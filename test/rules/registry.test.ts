import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainMarkdown, withRulesTable } from '../../src/commands/rules.js';
import { RULES } from '../../src/rules/index.js';
import { lintSql } from '../helpers/project.js';

const root = resolve(__dirname, '../..');

// The mission rules the design fixes (its rules table), kept here because a user's clone has
// only the project: the tests read nothing outside it.
const MISSION_RULES = [
  'require-concurrent-index-creation', 'require-concurrent-index-deletion', 'require-concurrent-reindex',
  'require-concurrent-refresh', 'ban-concurrent-index-creation-in-transaction', 'mixed-non-transactional-statements',
  'require-lock-timeout', 'require-statement-timeout', 'lock-timeout-too-long', 'require-rls', 'require-rls-policy',
  'ban-disable-rls', 'rls-setting-missing-ok', 'rls-permissive-policy', 'security-definer-search-path',
  'migration-filename', 'duplicate-version', 'version-out-of-order', 'version-range', 'modified-applied-migration',
  'syntax-error',
];

describe('the rule registry', () => {
  it('has every mission rule of the design', () => {
    for (const id of MISSION_RULES) expect(RULES.map((r) => r.id)).toContain(id);
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

  it('docs/rules and the table in docs/lint.md are generated from the rules (npm run docs)', () => {
    for (const r of RULES) {
      const file = join(root, 'docs/rules', `${r.id}.md`);
      expect(existsSync(file) && readFileSync(file, 'utf8') === explainMarkdown(r.id), `${file} is stale: npm run docs`).toBe(true);
    }
    const readme = readFileSync(join(root, 'docs/lint.md'), 'utf8');
    expect(withRulesTable(readme) === readme, 'the rule table in docs/lint.md is stale: npm run docs').toBe(true);
  });
});
