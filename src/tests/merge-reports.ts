import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { summarise, type TestResult } from '../commands/test.js';
import { UserError } from '../errors.js';

/**
 * One report from the JSON reports of the shards of one run (`pgmig test --shard i/n --format
 * json`). Every shard applied the same migrations and rehearsed the same undos, so those come
 * from the first report; the pgTAP files are the union, in path order (the order of an unsharded
 * run), and problems are kept once each. A file reported by two shards is a mistake in the split
 * (two different --shard counts, say) and is refused rather than counted twice.
 */
export function mergeReports(reports: Array<{ file: string; report: TestResult }>): TestResult {
  if (!reports.length) throw new UserError('merge-reports: give the JSON reports of the shards (pgmig test --shard i/n --format json)');
  const seen = new Map<string, string>();
  for (const { file, report } of reports) {
    for (const t of report.tests) {
      const other = seen.get(t.file);
      if (other) throw new UserError(`merge-reports: ${t.file} is in both ${other} and ${file}; were the shards cut with different --shard counts?`);
      seen.set(t.file, file);
    }
  }
  const first = reports[0]!.report;
  const problems = new Map<string, TestResult['problems'][number]>();
  for (const { report } of reports) for (const p of report.problems) problems.set(`${p.severity}\0${p.file ?? ''}\0${p.message}`, p);
  const merged: TestResult = {
    ...first,
    tests: reports.flatMap((r) => r.report.tests).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    problems: [...problems.values()],
    summary: { ...first.summary },
  };
  summarise(merged);
  return merged;
}

export function readReport(cwd: string, file: string): { file: string; report: TestResult } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (err) {
    throw new UserError(`merge-reports: cannot read ${file} as JSON (${(err as Error).message}); give the output of pgmig test --format json`);
  }
  const r = data as Partial<TestResult>;
  if (!r || typeof r !== 'object' || !Array.isArray(r.tests) || !Array.isArray(r.migrations) || !r.summary) {
    throw new UserError(`merge-reports: ${file} is not a pgmig test JSON report (no tests, migrations and summary); give the output of pgmig test --format json`);
  }
  return { file, report: r as TestResult };
}
