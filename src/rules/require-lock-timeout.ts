import { blocksReads, blocksWrites, statementLabel, strongestLocks, type LockMode, type LockTarget } from '../sql/locks.js';
import { displayName } from '../sql/relation.js';
import { setAssignment, setConfigCalls, type TimeoutSetting } from '../sql/session.js';
import { defineRule, type Rule, type RuleDocs, type Severity, type StatementContext } from './rule.js';

interface FileState {
  reported?: boolean;
  /** A SET LOCAL of the setting outside BEGIN…COMMIT, which the server ignores. */
  ineffectiveLocal?: boolean;
}

/** What a locking statement does to the table(s), for both timeout rules' messages. */
export interface LockSummary {
  /** e.g. `ALTER TABLE lead` */
  label: string;
  /** e.g. `ACCESS EXCLUSIVE on lead` or `SHARE ROW EXCLUSIVE on lead and account` */
  taken: string;
  /** e.g. `reads and writes` or `reads and writes on lead and writes on account` */
  blocked: string;
  /** e.g. `every query on lead` or `every write to lead and account` */
  queued: string;
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export function summarizeLocks(ctx: StatementContext, locks: ReadonlyArray<LockTarget>): LockSummary {
  const byMode = new Map<LockMode, string[]>();
  for (const l of locks) {
    const names = byMode.get(l.mode) ?? [];
    names.push(displayName(l.relation));
    byMode.set(l.mode, names);
  }
  const taken = list([...byMode].map(([mode, names]) => `${mode} on ${list(names)}`));
  const readBlocked = locks.filter((l) => blocksReads(l.mode)).map((l) => displayName(l.relation));
  const writeBlocked = locks.filter((l) => !blocksReads(l.mode)).map((l) => displayName(l.relation));
  const single = readBlocked.length === 0 || writeBlocked.length === 0;
  const blocked = single
    ? readBlocked.length
      ? 'reads and writes'
      : 'writes'
    : `reads and writes on ${list(readBlocked)} and writes on ${list(writeBlocked)}`;
  const queued = [
    readBlocked.length ? `every query on ${list(readBlocked)}` : '',
    writeBlocked.length ? `every write to ${list(writeBlocked)}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return { label: statementLabel(ctx.stmt), taken, blocked, queued };
}

export interface TimeoutRuleSpec {
  id: string;
  severity: Severity;
  setting: TimeoutSetting;
  docs: RuleDocs;
  message(s: LockSummary): string;
  /** The usual advice; the rule adds why an earlier SET did not count when one did not. */
  help: string;
}

/**
 * Both timeout rules: the first statement of a file that takes a lock blocking writes (SHARE or
 * stronger) on a relation that existed before the change, while the setting is not in force.
 * One finding per file: once the first such statement is fixed, the same SET covers the rest.
 */
export function timeoutRule(spec: TimeoutRuleSpec): Rule {
  const { setting } = spec;
  return defineRule({
    id: spec.id,
    severity: spec.severity,
    docs: spec.docs,
    visit: {
      '*'(_node, ctx) {
        const state = ctx.state as FileState;
        if (state.reported) return;
        const { stmt } = ctx;
        const assignments = stmt.kind === 'VariableSetStmt' ? [setAssignment(stmt.node)] : stmt.kind === 'SelectStmt' ? setConfigCalls(stmt.node) : [];
        for (const a of assignments) {
          if (a?.setting === setting && a.local && a.ms !== undefined && !ctx.session.inTransaction) state.ineffectiveLocal = true;
        }
        const locks = strongestLocks(ctx.locks.filter((l) => l.existing && blocksWrites(l.mode)));
        if (locks.length === 0) return;
        const value = ctx.session.timeout(setting);
        // NaN: set to an expression pgmig cannot evaluate, which is still a deliberate choice
        if (value !== undefined && value !== 0) return;
        state.reported = true;
        let help = spec.help;
        if (value === 0) help = `${setting} = 0 turns the timeout off, so it does not count. ${help}`;
        else if (state.ineffectiveLocal) {
          help = `SET LOCAL ${setting} outside BEGIN … COMMIT has no effect (PostgreSQL only warns); use SET, or put SET LOCAL and the statement in one transaction. ${help}`;
        }
        ctx.report(spec.message(summarizeLocks(ctx, locks)), { help });
      },
    },
  });
}

export default timeoutRule({
  id: 'require-lock-timeout',
  severity: 'error',
  setting: 'lock_timeout',
  docs: {
    why:
      'A statement that needs a lock conflicting with writes (SHARE or stronger) on a table in use first waits for every transaction that holds any conflicting lock on it, however long they run, and while it waits every new query that conflicts with its lock queues behind it. One long report or idle-in-transaction session turns a millisecond ALTER TABLE into an outage. With lock_timeout the migration gives up after a short wait instead, and can be retried.',
    lock: 'Whatever the statement takes on an existing table, when that is SHARE or stronger (CREATE INDEX, CREATE TRIGGER, ADD FOREIGN KEY, and ACCESS EXCLUSIVE for most ALTER TABLE forms, DROP, TRUNCATE, RENAME); the harm is the wait for it.',
    instead:
      "Put SET lock_timeout = '2s' (or SET LOCAL inside BEGIN … COMMIT) before the first statement that locks an existing table, and retry the migration when it times out. lock_timeout = 0 means no timeout and does not count; a table created in the same change needs none.",
    example: {
      bad: 'ALTER TABLE lead ADD COLUMN score integer;',
      good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score integer;",
    },
  },
  help: "Add SET lock_timeout = '2s' (at most lockTimeout.max) before this statement, or SET LOCAL inside the same BEGIN … COMMIT, and retry the migration if it times out.",
  message: (s) =>
    `${s.label} takes ${s.taken}, which blocks ${s.blocked}; with no lock_timeout it queues behind any long transaction and ${s.queued} queues behind it`,
});
