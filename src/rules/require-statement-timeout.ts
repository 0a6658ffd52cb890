import { timeoutRule } from './require-lock-timeout.js';

export default timeoutRule({
  id: 'require-statement-timeout',
  severity: 'warning',
  setting: 'statement_timeout',
  docs: {
    why:
      'Once a statement holds a lock that blocks writes (or, for ACCESS EXCLUSIVE, reads too), the table stays blocked for as long as the statement runs: a table rewrite, a full scan to check a constraint, a slow index build. lock_timeout only bounds the wait for the lock; statement_timeout bounds the whole run, so a migration that turns out slower than on the developer\'s laptop fails and rolls back instead of holding the table for minutes.',
    lock: 'Whatever the statement takes on an existing table, when that is SHARE or stronger; the harm is how long it is held.',
    instead:
      "Put SET statement_timeout = '30s' (a bound the statement comfortably meets on production data; SET LOCAL inside BEGIN … COMMIT also counts) before the first statement that locks an existing table. statement_timeout = 0 means no timeout and does not count; a table created in the same change needs none. Do not set it for CREATE INDEX CONCURRENTLY, which is meant to run long.",
    example: {
      bad: "SET lock_timeout = '2s';\nALTER TABLE lead ADD CONSTRAINT lead_score_check CHECK (score >= 0);",
      good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD CONSTRAINT lead_score_check CHECK (score >= 0);",
    },
  },
  help: "Add SET statement_timeout = '30s' (a bound this statement meets on production data) before this statement, or SET LOCAL inside the same BEGIN … COMMIT.",
  message: (s) =>
    `${s.label} holds ${s.taken}, which blocks ${s.blocked}, for as long as it runs; with no statement_timeout a slow run (a rewrite, a scan, a long lock wait) keeps ${s.queued} waiting with no bound`,
});
