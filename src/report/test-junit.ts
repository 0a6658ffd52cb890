import type { TestResult } from '../commands/test.js';
import { describeError } from './test-text.js';

/**
 * JUnit XML, the format test-report actions read (dorny/test-reporter, mikepenz/action-junit-
 * report): one suite per pgTAP file with a case per test, a suite of the migrations and one of
 * the undo rehearsals, so a failing migration is not hidden behind green tests.
 */
export function formatTestJunit(r: TestResult): string {
  const suites: string[] = [];
  const secs = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);
  const migrations = r.migrations.filter((m) => m.phase === 'new' || m.status === 'failed');
  if (migrations.length) {
    const cases = migrations.map((m) => {
      const failure = m.status === 'failed' && m.error ? `\n      <failure message="${attr(m.error.message)}" type="${attr(m.error.sqlstate ?? 'error')}">${text(describeError(m.error).join('\n'))}</failure>\n    ` : '';
      return `    <testcase classname="migrations" name="${attr(m.file)}" file="${attr(m.file)}" time="${secs(m.durationMs)}">${failure}</testcase>`;
    });
    suites.push(suite('migrations', cases, migrations.filter((m) => m.status === 'failed').length, 0, migrations.reduce((n, m) => n + m.durationMs, 0)));
  }
  for (const t of r.tests) {
    const cases = t.tests.map((x) => {
      const name = `${x.id} - ${x.description || '(no description)'}`;
      const body = x.skip !== undefined ? `\n      <skipped message="${attr(x.skip === true ? 'skipped' : x.skip)}"/>\n    ` : !x.ok && !x.todo ? `\n      <failure message="${attr(`not ok ${name}`)}">${text(x.diagnostics.join('\n'))}</failure>\n    ` : '';
      return `    <testcase classname="${attr(t.file)}" name="${attr(name)}" file="${attr(t.file)}">${body}</testcase>`;
    });
    // a file that failed beyond its tests (no TAP, a plan mismatch, an error) fails as a case of its own
    const problems = [...t.problems, ...(t.error ? describeError(t.error) : [])];
    if (problems.length) cases.push(`    <testcase classname="${attr(t.file)}" name="${attr(`${t.file}: the file as a whole`)}" file="${attr(t.file)}">\n      <failure message="${attr(problems[0]!)}">${text(problems.join('\n'))}</failure>\n    </testcase>`);
    const failures = t.tests.filter((x) => !x.ok && !x.todo && x.skip === undefined).length + (problems.length ? 1 : 0);
    suites.push(suite(t.file, cases, failures, t.tests.filter((x) => x.skip !== undefined).length, t.durationMs));
  }
  if (r.rehearsals.length) {
    const cases = r.rehearsals.map((h) => {
      const failure = h.status === 'failed' ? `\n      <failure message="${attr(h.messages[0] ?? 'the undo did not restore the schema')}">${text(h.messages.join('\n'))}</failure>\n    ` : '';
      return `    <testcase classname="undo rehearsal" name="${attr(h.undo)}" file="${attr(h.undo)}">${failure}</testcase>`;
    });
    suites.push(suite('undo rehearsal', cases, r.rehearsals.filter((h) => h.status === 'failed').length, 0, 0));
  }
  const count = (re: RegExp) => suites.reduce((n, s) => n + Number(re.exec(s)?.[1] ?? 0), 0);
  const tests = count(/ tests="(\d+)"/);
  const failures = count(/ failures="(\d+)"/);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pgmig test" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

function suite(name: string, cases: string[], failures: number, skipped: number, ms: number): string {
  return `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${(Math.max(0, ms) / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
}

/** XML 1.0 allows no control characters but tab, newline and carriage return, even escaped. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
