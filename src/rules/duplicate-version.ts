import { defineRule } from './rule.js';

// TODO(helper): implement; placeholder so the registry is complete while the rule is written.
export default defineRule({
  id: 'duplicate-version',
  severity: 'error',
  docs: { why: 'TODO', instead: 'TODO' },
});
