import type { TestResult } from '../commands/test.js';
import { describeError } from './test-text.js';

/**
 * A TAP 14 stream: one subtest per pgTAP file (its tests as it printed them), then a point for
 * the migrations and one per undo rehearsal, so a consumer that reads only the top level still
 * sees every failure.
 */
export function formatTestTap(r: TestResult): string {
  const out = ['TAP version 14'];
  const points: string[] = [];
  const newOnes = r.migrations.filter((m) => m.phase === 'new' || m.status === 'failed');
  for (const m of newOnes) {
    points.push(point(m.status === 'applied', `migration ${m.file}`, m.error ? describeError(m.error) : []));
  }
  for (const t of r.tests) {
    const sub = [`# Subtest: ${oneLine(t.file)}`, `    1..${t.tests.length}`];
    for (const x of t.tests) {
      const directive = x.skip !== undefined ? ` # SKIP${x.skip === true ? '' : ` ${oneLine(x.skip)}`}` : x.todo !== undefined ? ` # TODO${x.todo === true ? '' : ` ${oneLine(x.todo)}`}` : '';
      sub.push(`    ${x.ok ? 'ok' : 'not ok'} ${x.id} - ${oneLine(x.description)}${directive}`);
      for (const d of x.diagnostics) sub.push(`    # ${oneLine(d.replace(/^#\s?/, ''))}`);
    }
    points.push(sub.join('\n') + '\n' + point(t.status === 'passed', `pgTAP ${t.file}`, [...t.problems, ...(t.error ? describeError(t.error) : [])]));
  }
  for (const h of r.rehearsals) points.push(point(h.status === 'passed', `undo ${h.undo}`, h.messages));
  out.push(`1..${points.length}`);
  points.forEach((p, i) => out.push(p.replace(/^(ok|not ok) #/m, `$1 ${i + 1}`)));
  return out.join('\n') + '\n';
}

function point(ok: boolean, description: string, why: string[]): string {
  const head = `${ok ? 'ok' : 'not ok'} # - ${oneLine(description)}`;
  if (ok || why.length === 0) return head;
  // YAML diagnostics, as TAP 14 puts them under a failed point
  return [head, '  ---', `  message: ${JSON.stringify(why[0])}`, ...(why.length > 1 ? ['  details:', ...why.slice(1).map((w) => `    - ${JSON.stringify(w)}`)] : []), '  ...'].join('\n');
}

/** A newline in a name would end the TAP line; `#` would start a directive. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/#/g, '\\#');
}
