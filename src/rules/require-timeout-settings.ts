import { defineRule } from './rule.js';

/**
 * squawk's older, combined name for the two timeout rules. squawk 2.x still accepts it in
 * --include/--exclude and squawk-ignore comments, where it stands for both, and reports nothing
 * under it; pgmig does the same, so configs and ignore comments written for squawk keep working.
 */
export default defineRule({
  id: 'require-timeout-settings',
  severity: 'warning',
  optIn: true,
  aliasOf: ['require-lock-timeout', 'require-statement-timeout'],
  docs: {
    why:
      'This id reports nothing itself: it is squawk\'s former name for the pair require-lock-timeout and require-statement-timeout, kept so that squawk configs and ignore comments keep working. `rules: { require-timeout-settings: off }` turns both off (and `warning` or `error` sets both), unless the config names either rule itself; `-- pgmig-ignore require-timeout-settings` (or squawk-ignore) silences both. Without a lock_timeout a migration waiting for its lock queues every query on the table behind it; without a statement_timeout a slow statement keeps the table locked with no bound.',
    instead: "Set both before the first statement that locks an existing table: SET lock_timeout = '2s'; SET statement_timeout = '30s'; and configure require-lock-timeout and require-statement-timeout by their own ids.",
    example: {
      bad: 'ALTER TABLE lead ADD COLUMN score bigint;',
      good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score bigint;",
    },
  },
});
