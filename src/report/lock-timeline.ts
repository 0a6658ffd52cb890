import type { TestResult } from '../commands/test.js';
import type { QueueRehearsal } from '../db/lock-queue.js';
import { blocksReads, blocksWrites, lockRank, type LockMode } from '../sql/locks.js';

/**
 * A Mermaid gantt chart per new migration: time on the axis, one section per existing relation,
 * a bar for each lock from the statement that took it until it was let go (the commit of the
 * file's transaction, or the statement's end outside one). Bars that block reads and writes are
 * marked critical, bars that block writes active. GitHub renders Mermaid in comments and job
 * summaries; the lock table above it says the same in text.
 */

/** Mermaid refuses text over 50,000 characters; a chart of more bars than this is unreadable anyway. */
const MAX_BARS = 60;

type Migration = TestResult['migrations'][number];

interface Bar {
  relation: string;
  mode: LockMode;
  line: number;
  start: number;
  end: number;
}

/** The bars of one migration: per relation and mode, from the first statement to take it. */
export function lockBars(m: Migration): Bar[] {
  const statements = m.statements ?? [];
  let t = 0;
  const bars: Bar[] = [];
  const open = new Map<string, Bar>();
  for (const s of statements) {
    const start = t;
    // a statement shorter than a millisecond still gets a bar one can see
    const end = start + Math.max(1, Math.round(s.durationMs));
    t = end;
    for (const l of s.locks) {
      if (l.harmless || !blocksWrites(l.mode as LockMode)) continue;
      const key = `${l.relation}|${l.mode}`;
      const had = open.get(key);
      if (had && !s.outsideTransaction) continue;
      const bar: Bar = { relation: l.relation, mode: l.mode as LockMode, line: s.line, start, end };
      bars.push(bar);
      if (!s.outsideTransaction) open.set(key, bar);
    }
  }
  // held until the transaction commits, at the end of the file
  if (m.transactional) for (const b of open.values()) b.end = Math.max(b.end, t);
  return bars.sort((a, b) => (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : a.start - b.start || lockRank(b.mode) - lockRank(a.mode)));
}

export function lockTimeline(m: Migration, queue: QueueRehearsal[]): string | undefined {
  const bars = lockBars(m);
  if (bars.length === 0) return undefined;
  const lines = ['gantt', `  title ${label(`${m.file}: locks on existing tables (ms)`)}`, '  dateFormat x', '  axisFormat %L ms'];
  let shown = 0;
  let section = '';
  bars.forEach((b, i) => {
    if (shown >= MAX_BARS) return;
    if (b.relation !== section) {
      section = b.relation;
      lines.push(`  section ${label(section)}`);
    }
    const tag = blocksReads(b.mode) ? 'crit, ' : 'active, ';
    const what = blocksReads(b.mode) ? 'blocks reads and writes' : 'blocks writes';
    lines.push(`  ${label(`${b.mode} from line ${b.line}, ${what}`)} :${tag}b${i}, ${b.start}, ${b.end}`);
    shown++;
  });
  // what the traffic measured while each statement ran for real: a bar as long as the longest wait
  const measured = (m.statements ?? []).flatMap((s) => (s.blocking ?? []).filter((b) => b.readBlockedMs >= 1 || b.writeBlockedMs >= 1).map((b) => ({ s, b })));
  if (measured.length && shown < MAX_BARS) {
    lines.push(`  section ${label('blocked traffic, measured')}`);
    let t = 0;
    const startOf = new Map<number, number>();
    for (const s of m.statements ?? []) {
      startOf.set(s.index, t);
      t += Math.max(1, Math.round(s.durationMs));
    }
    measured.forEach(({ s, b }, i) => {
      const from = startOf.get(s.index) ?? 0;
      const worst = Math.max(1, Math.round(Math.max(b.readBlockedMs, b.writeBlockedMs)));
      const text = `line ${s.line} ${b.relation} writes blocked ${Math.round(b.writeBlockedMs)} ms, reads ${Math.round(b.readBlockedMs)} ms`;
      lines.push(`  ${label(text)} :${b.readBlockedMs >= 1 ? 'crit, ' : 'active, '}m${i}, ${from}, ${from + worst}`);
    });
  }
  const mine = queue.filter((q) => q.file === m.file && (q.outcome === 'queued' || q.outcome === 'slow timeout' || q.outcome === 'failed fast'));
  if (mine.length && shown < MAX_BARS) {
    lines.push(`  section ${label('lock-queue rehearsal')}`);
    mine.forEach((q, i) => {
      const waited = Math.max(1, Math.round(Math.max(q.readWaitMs ?? 0, q.writeWaitMs ?? 0)));
      const text = q.outcome === 'failed fast' ? `line ${q.line} traffic waited ${waited} ms, lock_timeout ended it` : `line ${q.line} traffic queued ${waited} ms behind it`;
      lines.push(`  ${label(text)} :${q.outcome === 'failed fast' ? '' : 'crit, '}q${i}, 0, ${waited}`);
    });
  }
  if (bars.length > shown) lines.push(`  section ${label(`and ${bars.length - shown} more locks, in the table above`)}`);
  return lines.join('\n');
}

/** Mermaid's gantt grammar ends a task's text at ':' and a line at ';' or '#'. */
function label(s: string): string {
  return s.replace(/[:;#\r\n%]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
}
