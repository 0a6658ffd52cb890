import type { TestResult } from '../commands/test.js';
import { describeBroken } from '../db/compat.js';
import type { ApplyError } from '../db/apply.js';
import { describeServerChange } from '../db/server-state.js';
import { describeImpact } from '../db/impact.js';
import { describeQueue } from '../db/lock-queue.js';
import type { StatementTrace } from '../db/trace.js';

export interface TestTextOptions {
  color: boolean;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : n >= 10 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
export function bytesText(n: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let v = Math.abs(n);
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${n < 0 ? '-' : ''}${i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The locks and rewrites of one statement, in words: `ACCESS EXCLUSIVE on public.users; rewrote public.users`. */
export function describeStatement(s: StatementTrace): string[] {
  const parts: string[] = [];
  const byMode = new Map<string, string[]>();
  for (const l of s.locks) if (!l.harmless) byMode.set(l.mode, [...(byMode.get(l.mode) ?? []), l.relation]);
  for (const [mode, rels] of byMode) parts.push(`${mode} on ${rels.join(', ')}`);
  for (const l of s.locks) if (l.harmless) parts.push(`${l.mode} on ${l.relation}, already marked dead: harmless, no query uses it`);
  for (const b of s.blocking ?? []) parts.push(`writes to ${b.relation} blocked ${Math.round(b.writeBlockedMs)} ms, reads ${Math.round(b.readBlockedMs)} ms`);
  if (s.rewrites.length) parts.push(`rewrote ${s.rewrites.join(', ')}`);
  if (s.rebuiltIndexes.length) parts.push(`rebuilt ${s.rebuiltIndexes.join(', ')}`);
  if (parts.length && s.coalesced) {
    parts.push(`read once after lines ${s.coalesced.fromLine}-${s.line}: ${plural(s.coalesced.statements, 'statement')} of the same shape, any of which may have taken it`);
  }
  if (s.heldAccessExclusive.length) {
    parts.push(`ran while ACCESS EXCLUSIVE was held on ${s.heldAccessExclusive.map((h) => `${h.relation} (since line ${h.sinceLine})`).join(', ')}`);
  }
  return parts;
}

export function describeError(e: ApplyError): string[] {
  const out = [`${e.file}:${e.line}:${e.column}: ${e.sqlstate ? `ERROR ${e.sqlstate}: ` : ''}${e.message}`];
  if (e.statementLine !== undefined && e.statementLine !== e.line) out.push(`in the statement starting at line ${e.statementLine}`);
  if (e.inFunction) out.push(`raised in ${e.inFunction.name} at ${e.inFunction.file}:${e.inFunction.line}:${e.inFunction.column}`);
  if (e.detail) out.push(`detail: ${e.detail}`);
  if (e.hint) out.push(`hint: ${e.hint}`);
  if (e.where) out.push(`where: ${e.where.replace(/\n/g, ' / ')}`);
  return out;
}

/** For people at a terminal: what ran, what it locked, what failed, and a one-line verdict. */
export function formatTestText(r: TestResult, opts: TestTextOptions): string {
  const red = paint(opts.color, '31');
  const green = paint(opts.color, '32');
  const yellow = paint(opts.color, '33');
  const dim = paint(opts.color, '2');
  const bold = paint(opts.color, '1');
  const ok = green('ok  ');
  const fail = red('FAIL');
  const out: string[] = [];
  const where = r.database.throwaway ? 'throwaway cluster' : 'given server';
  out.push(bold(`PostgreSQL ${r.database.serverVersion}, database ${r.database.name} (${where})`));

  const base = r.migrations.filter((m) => m.phase === 'base');
  if (base.length) {
    const failed = base.filter((m) => m.status === 'failed');
    out.push('', `${bold('Base migrations:')} ${base.length - failed.length} applied in ${ms(base.reduce((n, m) => n + m.durationMs, 0))}`);
    for (const m of failed) out.push(`  ${fail} ${m.file}`, ...describeError(m.error!).map((l) => `       ${l}`));
  }
  const fresh = r.migrations.filter((m) => m.phase === 'new');
  if (fresh.length) {
    out.push('', bold('New migrations:'));
    for (const m of fresh) {
      const how = m.transactional ? 'in one transaction' : `statement by statement, outside a transaction (${m.nonTransactionalReason})`;
      out.push(`  ${m.status === 'applied' ? ok : fail} ${bold(m.file)} ${dim(`${how}, ${ms(m.durationMs)}`)}`);
      // only what touched a relation that existed before: the rest is new objects, no risk to traffic
      let quiet = 0;
      for (const s of m.statements ?? []) {
        const notes = describeStatement(s);
        if (!notes.length) {
          quiet++;
          continue;
        }
        out.push(`       ${dim(`line ${String(s.line).padEnd(4)}`)} ${s.sql} ${dim(ms(s.durationMs))}`);
        for (const n of notes) out.push(`                 ${/ACCESS EXCLUSIVE|rewrote/.test(n) ? yellow(n) : dim(n)}`);
      }
      if (quiet) out.push(dim(`       ${quiet} of ${plural(m.statements!.length, 'statement')} took no lock on a relation that existed before the change`));
      if (m.error) out.push(...describeError(m.error).map((l) => `       ${red(l)}`));
    }
  }
  const impact = r.impact ?? [];
  if (impact.length) {
    out.push('', `${bold('Production impact:')} ${dim('measured on synthetic copies of the tables, scaled to the production statistics')}`);
    for (const i of impact) {
      out.push(`  ${i.file}:${i.line} ${i.statement}`);
      const size = [i.rows === null ? 'rows unknown' : `${i.rows.toLocaleString('en')} rows`, bytesText(i.bytes), i.writesPerSecond === null ? '' : `≈ ${Math.round(i.writesPerSecond)} writes/s`].filter(Boolean).join(', ');
      out.push(`       ${i.relation} (${size}): ${i.lock}, blocks ${i.blocks}`);
      const text = describeImpact(i);
      out.push(`       ${i.estimate.modelled ? (i.blocks === 'nothing' ? dim(text) : yellow(text)) : dim(text)}`);
    }
  }
  if (r.release) {
    const rel = r.release;
    const counted = rel.broken.filter((b) => !b.ignored);
    out.push('', `${bold('Running release:')} ${rel.checked} queries checked${rel.setAside ? ` (${rel.setAside} set aside: they do not prepare before the change either)` : ''}, ${counted.length ? red(`${counted.length} broken`) : green('none broken')}${rel.planRegressions.length ? `, ${yellow(`${rel.planRegressions.length} lost an index`)}` : ''}`);
    for (const b of rel.broken) out.push(`  ${b.ignored ? dim(`intended (${b.ignored}): ${describeBroken(b)}`) : red(describeBroken(b))}`);
    for (const p of rel.planRegressions) out.push(`  ${yellow(`${p.source}: no longer uses ${p.lost.join(', ')}`)}`);
  }
  const queue = r.lockQueue ?? [];
  if (queue.length) {
    out.push('', `${bold('Lock-queue rehearsal:')} ${dim('each statement run once behind a transaction holding its table, with traffic')}`);
    for (const q of queue) {
      const text = describeQueue(q);
      out.push(`  ${q.file}:${q.line} ${q.statement}`, `       ${q.outcome === 'queued' ? red(text) : q.outcome === 'failed fast' ? green(text) : dim(text)}`);
    }
  }
  const grown = fresh.filter((m) => m.growth);
  if (grown.length) {
    const written = (m: (typeof grown)[number]) => `${m.file} ${bytesText(m.growth!.walBytes)} of WAL, database ${m.growth!.databaseBytes >= 0 ? '+' : ''}${bytesText(m.growth!.databaseBytes)}`;
    if (grown.length === 1) out.push('', `${bold('Written:')} ${written(grown[0]!)}`);
    else out.push('', bold('Written:'), ...grown.map((m) => `  ${written(m)}`));
  }
  for (const n of r.notices ?? []) out.push('', dim(`notice: ${n}`));
  const later = r.migrations.filter((m) => m.phase === 'later');
  if (later.length) {
    const failed = later.filter((m) => m.status === 'failed');
    out.push('', `${bold('Later migrations:')} ${later.length - failed.length} applied after the change (untraced), so the pgTAP files see the whole schema`);
    for (const m of failed) out.push(`  ${fail} ${m.file}`, ...describeError(m.error!).map((l) => `       ${l}`));
  }
  if (r.tests.length) {
    out.push('', bold('pgTAP:'));
    for (const t of r.tests) {
      out.push(`  ${t.status === 'passed' ? ok : fail} ${t.file} ${dim(`${t.passed}/${t.ran} passed${t.skipped ? `, ${t.skipped} skipped` : ''}${t.todo ? `, ${t.todo} todo` : ''}, ${ms(t.durationMs)}`)}`);
      for (const x of t.tests) {
        if (x.ok || x.todo) continue;
        out.push(`       ${red(`not ok ${x.id} - ${x.description}`)}`);
        for (const d of x.diagnostics) out.push(`         ${dim(d)}`);
      }
      for (const p of t.problems) out.push(`       ${red(p)}`);
      if (t.error) out.push(...describeError(t.error).slice(1).map((l) => `       ${dim(l)}`));
    }
  }
  if (r.rehearsals.length) {
    out.push('', bold('Undo rehearsal:'));
    for (const h of r.rehearsals) {
      out.push(`  ${h.status === 'passed' ? ok : fail} ${h.undo} ${dim(h.status === 'passed' ? `restores the schema before ${h.migration}, which then applies again identically` : `(undo of ${h.migration})`)}`);
      for (const msg of h.messages) out.push(`       ${red(msg)}`);
      if (h.error) out.push(...describeError(h.error).slice(1).map((l) => `       ${dim(l)}`));
    }
  }
  const server = r.server ?? { changes: [], unreadable: [] };
  if (server.changes.length || server.unreadable.length) {
    const stays = r.database.throwaway ? 'gone with the throwaway cluster' : 'these stay on the server after the run';
    out.push('', `${bold('Outside the test database:')} ${plural(server.changes.length, 'server-wide change')} while the run went on (${stays})`);
    for (const c of server.changes) out.push(`  ${yellow(describeServerChange(c))}`);
    for (const u of server.unreadable) out.push(`  ${dim(`not checked: ${u}`)}`);
  }
  if (r.problems.length) {
    out.push('');
    // a history adopted without undo files would give one line per file: past a few, one line
    const noUndo = r.problems.filter((p) => p.severity === 'warning' && p.file && p.message.startsWith('no undo file'));
    const grouped = noUndo.length > 3 ? new Set(noUndo) : new Set();
    for (const p of r.problems) {
      if (!grouped.has(p)) out.push(`${p.severity === 'error' ? red('error') : yellow('warning')} ${p.file ? `${p.file}: ` : ''}${p.message}`);
    }
    if (grouped.size) {
      const names = noUndo.map((p) => p.file!.split('/').pop()!);
      out.push(`${yellow('warning')} ${noUndo.length} migrations have no undo file (U<version>__<description>.sql next to each; requireUndo: true makes it an error): ${names.join(', ')}`);
    }
  }
  if (r.database.kept && r.database.url) {
    out.push('', `kept the test database: ${r.database.url}`);
    if (r.database.note) out.push(`  ${r.database.note}`);
  }
  const s = r.summary;
  const verdict = s.errors > 0 ? red('✖') : s.warnings > 0 ? yellow('⚠') : green('✔');
  out.push(
    '',
    `${verdict} ${plural(s.applied, 'migration')} applied${s.failed ? `, ${s.failed} failed` : ''}, ${plural(s.statements, 'statement')} traced, ` +
      `${plural(s.testsPassed + s.testsFailed, 'test')} in ${plural(s.testFiles, 'file')}${s.testsFailed ? ` (${s.testsFailed} failed)` : ''}, ` +
      `${plural(s.rehearsed, 'undo')} rehearsed${s.rehearsalsFailed ? ` (${s.rehearsalsFailed} failed)` : ''}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`,
  );
  return out.join('\n') + '\n';
}
