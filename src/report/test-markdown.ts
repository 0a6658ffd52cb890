import type { TestResult } from '../commands/test.js';
import { describeBroken } from '../db/compat.js';
import { describeServerChange } from '../db/server-state.js';
import { describeImpact } from '../db/impact.js';
import { describeQueue } from '../db/lock-queue.js';
import { lockTimeline } from './lock-timeline.js';
import { bytesText, describeError } from './test-text.js';

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.max(0, Math.round(n))} ms`);
/** Text inside a table cell: no pipes or newlines to break the row. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => (s ? `\`${cell(s).replace(/`/g, 'ˋ')}\`` : '');

/**
 * For the pull-request comment: a verdict, then a lock table a reviewer can read at a glance
 * (one row per statement of the new migrations), failing tests, undo differences and problems.
 */
export function formatTestMarkdown(r: TestResult): string {
  const s = r.summary;
  const out: string[] = [];
  const icon = s.errors ? '❌' : s.warnings ? '⚠️' : '✅';
  out.push(`### ${icon} pgmig test`, '');
  out.push(
    `${s.applied} migration${s.applied === 1 ? '' : 's'} applied${s.failed ? `, **${s.failed} failed**` : ''} on PostgreSQL ${r.database.serverVersion}; ` +
      `${s.testsPassed + s.testsFailed} pgTAP test${s.testsPassed + s.testsFailed === 1 ? '' : 's'}${s.testsFailed ? ` (**${s.testsFailed} failed**)` : ''}; ` +
      `${s.rehearsed} undo${s.rehearsed === 1 ? '' : 's'} rehearsed${s.rehearsalsFailed ? ` (**${s.rehearsalsFailed} failed**)` : ''}.`,
  );
  const later = r.migrations.filter((m) => m.phase === 'later').length;
  if (later) out.push('', `_${later} migration${later === 1 ? '' : 's'} after the change ${later === 1 ? 'was' : 'were'} applied after it (untraced), so the pgTAP files see the whole schema._`);
  const fresh = r.migrations.filter((m) => m.phase === 'new');
  const touches = (st: NonNullable<(typeof fresh)[number]['statements']>[number]) =>
    st.locks.length > 0 || st.rewrites.length > 0 || st.rebuiltIndexes.length > 0 || st.heldAccessExclusive.length > 0;
  const traced = fresh.reduce((n, m) => n + (m.statements?.length ?? 0), 0);
  const rows = fresh.reduce((n, m) => n + (m.statements?.filter(touches).length ?? 0), 0);
  if (traced && !rows) out.push('', `No statement of the new migrations took a lock on a table that existed before them (${traced} traced).`);
  if (rows) {
    out.push('', '#### Locks on existing tables', '');
    out.push('| Migration | Line | Statement | Locks | Rewrites | Held ACCESS EXCLUSIVE from earlier | Duration |', '|---|---:|---|---|---|---|---:|');
    for (const m of fresh) {
      for (const st of (m.statements ?? []).filter(touches)) {
        const blocked = (st.blocking ?? []).map((b) => `writes to ${code(b.relation)} blocked ${Math.round(b.writeBlockedMs)} ms, reads ${Math.round(b.readBlockedMs)} ms`);
        const locks = [...st.locks.map((l) => (l.harmless ? `${l.mode} ${code(l.relation)} (dead index: harmless)` : `${l.mode === 'ACCESS EXCLUSIVE' ? '**ACCESS EXCLUSIVE**' : l.mode} ${code(l.relation)}`)), ...blocked].join('<br>') || '—';
        const rewrites = [...st.rewrites.map((x) => `**${code(x)}**`), ...st.rebuiltIndexes.map((x) => `${code(x)} (index)`)].join('<br>') || '—';
        const held = st.heldAccessExclusive.map((h) => `${code(h.relation)} (line ${h.sinceLine})`).join('<br>') || '—';
        const stmt = code(st.sql) + (st.outsideTransaction ? ' _(no transaction)_' : '');
        out.push(`| ${cell(m.file)} | ${st.line} | ${stmt} | ${locks} | ${rewrites} | ${held} | ${ms(st.durationMs)} |`);
      }
    }
    if (traced > rows) out.push('', `_${traced - rows} other statement${traced - rows === 1 ? '' : 's'} took no lock on an existing table._`);
    for (const m of fresh) {
      const chart = lockTimeline(m, r.lockQueue ?? []);
      if (chart) out.push('', '```mermaid', chart, '```');
    }
  }
  const impact = r.impact ?? [];
  if (impact.length) {
    out.push('', '#### Production impact', '', '_Measured on synthetic copies of the tables at two sizes and scaled to the production statistics; no production data is used._', '');
    out.push('| Migration | Line | Statement | Table | Size | Lock | Blocks | Estimate |', '|---|---:|---|---|---|---|---|---|');
    for (const i of impact) {
      const size = [i.rows === null ? 'rows unknown' : `${i.rows.toLocaleString('en')} rows`, bytesText(i.bytes), i.writesPerSecond === null ? '' : `≈ ${Math.round(i.writesPerSecond)} writes/s`].filter(Boolean).join(', ');
      const lock = i.lock === 'ACCESS EXCLUSIVE' ? '**ACCESS EXCLUSIVE**' : i.lock;
      out.push(`| ${cell(i.file)} | ${i.line} | ${code(i.statement)} | ${code(i.relation)} | ${size} | ${lock} | ${i.blocks} | ${cell(describeImpact(i))} |`);
    }
  }
  if (r.release) {
    const rel = r.release;
    const counted = rel.broken.filter((b) => !b.ignored);
    out.push('', `#### Running release: ${counted.length ? `❌ ${counted.length} of ${rel.checked} queries broken` : `✅ ${rel.checked} queries still prepare`}`, '');
    if (rel.setAside) out.push(`_${rel.setAside} set aside: they do not prepare on the schema before the change either._`, '');
    for (const b of rel.broken) out.push(`- ${b.ignored ? `➖ intended (${cell(b.ignored)}):` : '❌'} ${cell(describeBroken(b))}`);
    for (const p of rel.planRegressions) out.push(`- ⚠️ ${cell(p.source)} ${code(p.query.slice(0, 80))} no longer uses ${p.lost.map(code).join(', ')}`);
  }
  const queue = r.lockQueue ?? [];
  if (queue.length) {
    out.push('', '#### Lock-queue rehearsal', '', '_Each statement ran once behind a transaction holding its table while other sessions read and wrote it, then was rolled back._', '');
    out.push('| Migration | Line | Statement | Table | Lock | Verdict |', '|---|---:|---|---|---|---|');
    for (const q of queue) {
      const icon = q.outcome === 'queued' ? '❌' : q.outcome === 'failed fast' ? '✅' : '➖';
      out.push(`| ${cell(q.file)} | ${q.line} | ${code(q.statement)} | ${code(q.relation)} | ${q.lock} | ${icon} ${cell(describeQueue(q))} |`);
    }
  }
  const grown = fresh.filter((m) => m.growth);
  if (grown.length) {
    out.push('', '#### Written by the new migrations', '', '| Migration | WAL | Database growth |', '|---|---:|---:|');
    for (const m of grown) out.push(`| ${cell(m.file)} | ${bytesText(m.growth!.walBytes)} | ${bytesText(m.growth!.databaseBytes)} |`);
  }
  for (const n of r.notices ?? []) out.push('', `_Notice: ${cell(n)}_`);
  const failedMigrations = r.migrations.filter((m) => m.status === 'failed');
  if (failedMigrations.length) {
    out.push('', '#### Failed migration', '');
    for (const m of failedMigrations) out.push('```', ...describeError(m.error!), '```');
  }
  const failedTests = r.tests.filter((t) => t.status === 'failed');
  if (r.tests.length) {
    out.push('', `#### pgTAP: ${r.tests.length - failedTests.length} of ${r.tests.length} file${r.tests.length === 1 ? '' : 's'} passed`, '');
    for (const t of failedTests) {
      out.push(`- ❌ \`${t.file}\`: ${t.passed}/${t.ran} passed${t.problems.length ? `; ${t.problems.join('; ')}` : ''}`);
      for (const x of t.tests.filter((x) => !x.ok && !x.todo)) {
        out.push(`  - not ok ${x.id} - ${x.description}`);
        if (x.diagnostics.length) out.push('    ```', ...x.diagnostics.map((d) => `    ${d}`), '    ```');
      }
    }
  }
  if (r.rehearsals.length) {
    out.push('', '#### Undo rehearsal', '');
    for (const h of r.rehearsals) {
      out.push(`- ${h.status === 'passed' ? '✅' : '❌'} \`${h.undo}\` (undo of \`${h.migration}\`)`);
      for (const msg of h.messages) out.push(`  - ${msg}`);
    }
  }
  const server = r.server ?? { changes: [], unreadable: [] };
  if (server.changes.length || server.unreadable.length) {
    out.push('', '#### Outside the test database', '');
    out.push(r.database.throwaway ? '_Server-wide changes while the run went on (gone with the throwaway cluster):_' : '_Server-wide changes while the run went on; they stay on the server after it:_', '');
    for (const c of server.changes) out.push(`- ⚠️ ${cell(describeServerChange(c))}`);
    for (const u of server.unreadable) out.push(`- not checked: ${cell(u)}`);
  }
  if (r.problems.length) {
    out.push('', '#### Problems', '');
    for (const p of r.problems) out.push(`- ${p.severity === 'error' ? '❌' : '⚠️'} ${p.file ? `\`${p.file}\`: ` : ''}${p.message}`);
  }
  return out.join('\n') + '\n';
}
