import type { RollbackResult } from '../commands/rollback.js';
import type { ApplyError } from '../db/apply.js';
import type { LockAttempt } from '../db/lock-retries.js';
import { codeSpan, escapeText } from './markdown.js';

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : n >= 10 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
/** A configured duration: whole seconds as such. */
const duration = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000} s` : ms(n));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Statements quoted in a reply, all files together: the comment must stay well under GitHub's limit. */
const SQL_BUDGET = 30_000;

/** One line for the verdict, the same words in the terminal, the reply and the audit. */
export function rollbackVerdict(r: RollbackResult): string {
  const versions = r.steps.map((s) => s.version).join(', ');
  switch (r.status) {
    case 'planned':
      return r.blockers.length
        ? `a rollback is blocked: ${plural(r.blockers.length, 'problem')}`
        : r.steps.length
          ? `a rollback would run ${plural(r.steps.length, 'undo file')} (version ${versions})`
          : 'nothing to roll back';
    case 'refused':
      return `not run: ${plural(r.blockers.length, 'problem')} block${r.blockers.length === 1 ? 's' : ''} the rollback; nothing changed`;
    case 'rolled back':
      return `rolled back version ${versions} in ${ms(r.durationMs)}${retried(r) ? ` (got the locks on attempt ${r.attempts.length})` : ''}`;
    case 'dry run':
      if (r.unexecuted?.length) return `dry run: version ${versions} checked against the history but not executed (${plural(r.unexecuted.length, 'statement')} a rolled-back transaction might not take back); nothing changed`;
      return `dry run: version ${versions} rolled back in ${ms(r.durationMs)}, then the transaction was rolled back; nothing changed`;
    case 'failed':
      return r.uncertain
        ? 'the connection broke during COMMIT: whether the rollback was committed is unknown'
        : 'the rollback failed; the transaction was rolled back, nothing changed';
  }
}

/** More than one run of the transaction: a lock was not granted in time at first. */
const retried = (r: RollbackResult) => (r.attempts?.length ?? 0) > 1;

const attemptResult = (a: LockAttempt) => (a.result === 'ok' ? 'got the locks' : a.result === 'lock timeout' ? 'lock not granted in time' : 'failed');

/** One line per run of the transaction, when there was more than one. */
function attemptLines(r: RollbackResult): string[] {
  if (!retried(r)) return [];
  const n = r.lockRetries?.attempts ?? r.attempts.length;
  return r.attempts.map(
    (a) => `lock attempt ${a.attempt}/${n}: ${a.waitedMs ? `after ${ms(a.waitedMs)}, ` : ''}lock_timeout ${ms(a.lockTimeoutMs)}: ${attemptResult(a)}${a.result !== 'ok' && a.message ? ` (${a.message})` : ''}`,
  );
}

function errorLines(e: ApplyError): string[] {
  const out = [`${e.file}:${e.line}:${e.column}: ${e.sqlstate ? `ERROR ${e.sqlstate}: ` : ''}${e.message}`];
  if (e.statementLine !== undefined && e.statementLine !== e.line) out.push(`in the statement starting at line ${e.statementLine}`);
  if (e.inFunction) out.push(`raised in ${e.inFunction.name} at ${e.inFunction.file}:${e.inFunction.line}:${e.inFunction.column}`);
  if (e.hint) out.push(`hint: ${e.hint}`);
  return out;
}

/** For the terminal (`pgmig rollback`). */
export function formatRollbackText(r: RollbackResult): string {
  const lines: string[] = [];
  const retries = r.lockRetries && r.lockRetries.attempts > 1 ? `, up to ${r.lockRetries.attempts} attempts within ${duration(r.lockRetries.maxTotalMs)}` : '';
  lines.push(`database ${r.database.name} (PostgreSQL ${r.database.serverVersion})${r.history ? `, history ${r.history}` : ''}, lock_timeout ${r.lockTimeoutMs} ms${retries}`);
  if (r.source) lines.push(`undo files and config from ${r.source.label} (commit ${r.source.commit})`);
  const ran = r.runs.length > 0;
  for (const [i, s] of r.steps.entries()) {
    const run = r.runs[i];
    const status = run ? (run.status === 'done' ? 'ok  ' : run.status === 'failed' ? 'FAIL' : 'skip') : ran ? 'skip' : '    ';
    lines.push(`${status} ${s.version}: ${s.undo} (${plural(s.statements.length, 'statement')}${run && run.status !== 'not run' ? `, ${ms(run.durationMs)}` : ''})`);
    if (r.status === 'planned') for (const st of s.statements) lines.push(`       ${st.replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push(...attemptLines(r));
  for (const b of r.blockers) lines.push(`blocked: ${b}`);
  if (r.error) lines.push(...errorLines(r.error).map((l, i) => (i ? `  ${l}` : `error: ${l}`)));
  if (r.problem) lines.push(`error: ${r.problem}`);
  for (const u of r.unexecuted ?? []) lines.push(`not executed: ${u}`);
  for (const n of r.notes) lines.push(`note: ${n}`);
  if (r.status === 'rolled back') lines.push(`removed ${plural(r.deletedRows, 'row')} from ${r.history}`);
  lines.push(`pgmig rollback: ${rollbackVerdict(r)}`);
  return lines.join('\n') + '\n';
}

function fence(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((x) => x.length));
  const f = '`'.repeat(Math.max(3, longest + 1));
  return `${f}sql\n${content}\n${f}`;
}

export interface ReplyContext {
  /** The commenter's login, already checked to be a GitHub login. */
  login: string;
  /** The command as pgmig understood it. */
  command: string;
  pullNumber: number;
  /** Where the undo files came from, e.g. "`1a2b3c4` (default branch main)". */
  source?: string;
  runUrl?: string;
}

/** The first lines of every reply: who asked what, and where the scripts came from. */
export function replyHeader(icon: string, verdict: string, c: ReplyContext): string {
  const who = `Asked by @${c.login}: ${codeSpan(c.command)} on #${c.pullNumber}`;
  const from = c.source ? ` · undo files from ${c.source}` : '';
  const run = c.runUrl ? ` · [workflow run](${c.runUrl})` : '';
  // the reply must never start with `/migrate`, or a workflow reading it would see a command
  return `${icon} **pgmig: ${escapeText(verdict)}**\n\n${who}${from}${run}`;
}

/** The reply to `/migrate plan` or `/migrate rollback`, after the header. */
export function formatRollbackMarkdown(r: RollbackResult): string {
  const parts: string[] = [];
  const retries = r.lockRetries && r.lockRetries.attempts > 1 ? r.lockRetries : undefined;
  const db =
    `Database ${codeSpan(r.database.name)} (PostgreSQL ${escapeText(r.database.serverVersion)})${r.history ? `, history ${codeSpan(r.history)}` : ''}, each undo file under ${codeSpan(`SET LOCAL lock_timeout = '${r.lockTimeoutMs}ms'`)}` +
    (retries
      ? ` at most: a lock not granted in time runs the whole transaction again after a pause, shorter lock_timeout first (up to ${retries.attempts} attempts within ${duration(retries.maxTotalMs)}).`
      : '.');
  parts.push(db);
  if (retried(r)) {
    const last = r.attempts[r.attempts.length - 1]!;
    const head = last.result === 'ok' ? `Got the locks on attempt ${last.attempt}:` : `The locks were not granted in ${plural(r.attempts.length, 'attempt')}:`;
    const rows = r.attempts.map((a) => `| ${a.attempt} | ${a.waitedMs ? ms(a.waitedMs) : ''} | ${ms(a.lockTimeoutMs)} | ${escapeText(attemptResult(a))} |`);
    parts.push(`${head}\n\n| Attempt | Pause before | lock_timeout | Result |\n|---:|---:|---:|---|\n${rows.join('\n')}`);
  }
  if (r.steps.length) {
    const ran = r.runs.length > 0;
    const head = ran ? '| # | Version | Undo file | Statements | Result | Duration |\n|---:|---|---|---:|---|---:|' : '| # | Version | Undo file | Statements |\n|---:|---|---|---:|';
    const rows = r.steps.map((s, i) => {
      const base = `| ${i + 1} | ${escapeText(s.version)} | ${codeSpan(s.undo, true)} | ${s.statements.length} |`;
      if (!ran) return base;
      const run = r.runs[i];
      const res = !run || run.status === 'not run' ? 'not run' : run.status === 'done' ? (r.status === 'dry run' ? 'ran (rolled back)' : 'done') : '**failed**';
      return `${base} ${res} | ${run && run.status !== 'not run' ? ms(run.durationMs) : ''} |`;
    });
    const intro =
      r.status === 'planned' || r.status === 'refused'
        ? `${r.status === 'planned' ? 'A rollback would run' : 'It would have run'}, newest first, in one transaction with the deletion of their rows from the history:`
        : 'In one transaction, newest first:';
    parts.push(`${intro}\n\n${head}\n${rows.join('\n')}`);
  }
  if (r.blockers.length) {
    parts.push(`**${r.status === 'planned' ? 'What blocks it' : 'Why it was not run'}:**\n\n${r.blockers.map((b) => `- ${escapeText(b)}`).join('\n')}`);
  } else if (r.status === 'planned' && r.steps.length) {
    parts.push(`Nothing blocks it: ${codeSpan('/migrate rollback')} runs it (${codeSpan('--dry-run')} to try it and roll back).`);
  }
  if (r.error) {
    const [first, ...more] = errorLines(r.error);
    parts.push(`**Error** at ${codeSpan(`${r.error.file}:${r.error.line}:${r.error.column}`)}: ${escapeText(first!.slice(first!.indexOf(': ') + 2))}${more.length ? `\n${more.map((m) => `> ${escapeText(m)}`).join('\n')}` : ''}`);
  }
  if (r.problem) parts.push(`**Error:** ${escapeText(r.problem)}`);
  if (r.status === 'rolled back') parts.push(`Removed ${plural(r.deletedRows, 'row')} from ${codeSpan(r.history ?? 'flyway_schema_history')}; committed in ${ms(r.durationMs)}.`);
  if (r.unexecuted?.length) {
    parts.push(
      `**Not executed:** a dry run executes undo files only when rolling the transaction back takes all of it back, and here it might not:\n\n${r.unexecuted.map((u) => `- ${escapeText(u)}`).join('\n')}\n\nNothing was executed; the plan and the history were checked.`,
    );
  }
  if (r.status === 'dry run') parts.push(`It would remove ${plural(r.deletedRows, 'row')} from ${codeSpan(r.history ?? 'flyway_schema_history')}. ${r.unexecuted?.length ? 'The database is as it was.' : 'The transaction was rolled back: the database is as it was.'}`);
  if (r.status === 'failed' && !r.uncertain) parts.push('The transaction was rolled back: the database is as it was, the history untouched.');
  if (r.notes.length) parts.push(r.notes.map((n) => `> ℹ️ ${escapeText(n)}`).join('\n'));
  if (r.status === 'planned' && r.steps.some((s) => s.statements.length)) {
    let budget = SQL_BUDGET;
    const blocks: string[] = [];
    for (const s of r.steps) {
      const sql = s.statements.map((x) => `${x.trim()};`).join('\n');
      const shown = sql.length <= budget ? sql : `${sql.slice(0, Math.max(0, budget))}\n-- … (cut; the file has it all)`;
      budget = Math.max(0, budget - sql.length);
      blocks.push(`${codeSpan(s.undo)}\n\n${fence(shown)}`);
    }
    parts.push(`<details>\n<summary>Statements</summary>\n\n${blocks.join('\n\n')}\n\n</details>`);
  }
  return parts.join('\n\n');
}
