import { defineRule } from './rule.js';

// Reported by the engine after suppression; this file carries its id, severity and docs.
export default defineRule({
  id: 'unused-ignore',
  severity: 'warning',
  builtIn: true,
  docs: {
    why: 'An ignore comment that silences nothing (or names a rule that does not exist) hides the next real problem at that spot and misleads readers.',
    instead: 'Remove the comment, or correct the rule id (`pgmig rules` lists them).',
    example: {
      bad: '-- pgmig-ignore require-concurrent-index-creaton\nCREATE INDEX CONCURRENTLY i ON t (x);',
      good: 'CREATE INDEX CONCURRENTLY i ON t (x);',
    },
  },
});
