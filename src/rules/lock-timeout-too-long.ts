import { setAssignment, setConfigCalls, type TimeoutAssignment } from '../sql/session.js';
import { defineRule, type StatementContext } from './rule.js';

/** Milliseconds the way PostgreSQL would print them: 500ms, 2s, 1min, 1h. */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

function check(a: TimeoutAssignment | undefined, ctx: StatementContext) {
  // DEFAULT/RESET and values pgmig cannot read say nothing about the wait
  if (a?.setting !== 'lock_timeout' || a.ms === undefined || Number.isNaN(a.ms)) return;
  const max = ctx.config.lockTimeout.maxMs;
  const written = a.text ?? String(a.ms);
  if (a.ms === 0) {
    ctx.report(
      `lock_timeout = ${written} turns the lock timeout off: every later statement waits for its locks as long as it takes, and every query on the table queues behind it meanwhile`,
      {
        location: a.location,
        help: `Set a bounded value (at most ${formatDuration(max)}, lockTimeout.max) and retry the migration when it times out. To hand the session back to the server's setting at the end of a migration, write RESET lock_timeout.`,
      },
    );
  } else if (a.ms > max) {
    const shown = written.replace(/^'|'$/g, '') === formatDuration(a.ms) ? written : `${written} (${formatDuration(a.ms)})`;
    ctx.report(
      `lock_timeout ${shown} is above the ${formatDuration(max)} limit (lockTimeout.max): while the migration waits that long for a lock, every query on the table queues behind it`,
      {
        location: a.location,
        help: `Lower it to ${formatDuration(max)} or less and retry the migration when it times out; if a longer wait is really acceptable here, raise lockTimeout.max in .pgmig.yml.`,
      },
    );
  }
}

export default defineRule({
  id: 'lock-timeout-too-long',
  severity: 'error',
  docs: {
    why:
      'lock_timeout only protects production if it is short: while a DDL statement waits for its lock, every query that conflicts with that lock queues behind it, so a 1-minute lock_timeout can still mean a 1-minute outage. lock_timeout = 0 is worse: it turns the timeout off and the statement waits forever.',
    instead:
      "Keep lock_timeout at or below lockTimeout.max (default 5s; a bare number is milliseconds, strings take units: '500ms', '2s', '1min') and retry the migration when it times out. To restore the server's setting, use RESET lock_timeout rather than SET lock_timeout = 0.",
    example: {
      bad: "SET lock_timeout = '1min';\nALTER TABLE lead ADD COLUMN score integer;",
      good: "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score integer;\nRESET lock_timeout;",
    },
  },
  visit: {
    VariableSetStmt(node, ctx) {
      check(setAssignment(node), ctx);
    },
    SelectStmt(node, ctx) {
      for (const a of setConfigCalls(node)) check(a, ctx);
    },
  },
});
