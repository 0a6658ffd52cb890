import { gzipSync } from 'node:zlib';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatActionSummary } from '../../src/report/action-markdown.js';
import { FULL_DESCRIPTION_MAX, formatSarif, formatSarifReport, SARIF_MAX_RESULTS, SRCROOT } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
import type { LintResult } from '../../src/rules/finding.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { indexes, lintResult, only } from './lint-result.js';

const RULE = 'require-concurrent-index-creation';

/** `n` findings of one rule, with a few errors at the end (the engine's order is by file and line). */
async function findings(n: number): Promise<LintResult> {
  const r = only(await lintResult({ 'db/migration/V1__a.sql': indexes(n) }), RULE);
  // warnings first in the lint's order, errors last: a cut must still keep the errors
  const fs = r.findings.map((f, i) => ({ ...f, severity: i >= n - 3 ? ('error' as const) : ('warning' as const) }));
  return { ...r, findings: fs, summary: { files: 1, errors: 3, warnings: n - 3 } };
}

describe('SARIF within GitHub code scanning\'s limits', () => {
  it('caps the results (errors first), says so in the run\'s properties, and stays valid SARIF', async () => {
    const lint = await findings(12);
    const report = formatSarifReport(lint, { rules: RULES, maxResults: 5 });
    expect(report).toMatchObject({ shown: 5, total: 12 });
    expect(report.notice).toMatch(/^7 of 12 findings are left out of this SARIF log \(errors kept first\): GitHub code scanning accepts at most 5 results/);
    const log = JSON.parse(report.text) as Log;
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(5);
    expect(run.results!.slice(0, 3).map((r) => r.level)).toEqual(['error', 'error', 'error']);
    expect(run.properties).toMatchObject({ truncated: true, findingsTotal: 12, findingsInLog: 5, notice: report.notice });
    expect(sarifValidator()(log)).toBe(true);
    expect(SARIF_MAX_RESULTS).toBe(25_000);
  });

  it('a log under the limits is whole and says nothing', async () => {
    const lint = await findings(12);
    const report = formatSarifReport(lint, { rules: RULES });
    expect(report).toMatchObject({ shown: 12, total: 12, notice: undefined });
    expect((JSON.parse(report.text) as Log).runs[0]!.properties).toBeUndefined();
  });

  it('halves the results until the gzipped log fits', async () => {
    const lint = await findings(400);
    const whole = gzipSync(formatSarif(lint, { rules: RULES })).length;
    const report = formatSarifReport(lint, { rules: RULES, maxGzipBytes: whole - 1 });
    expect(report.shown).toBe(200);
    expect(gzipSync(report.text).length).toBeLessThan(whole);
  });

  it('declares %SRCROOT% in originalUriBaseIds: the checkout when known, else described', async () => {
    const lint = await findings(4);
    const known = JSON.parse(formatSarif(lint, { rules: RULES, srcRoot: '/home/runner/work/crm crm/crm' })) as Log;
    expect(known.runs[0]!.originalUriBaseIds).toEqual({ [SRCROOT]: { uri: 'file:///home/runner/work/crm%20crm/crm/' } });
    const unknown = JSON.parse(formatSarif(lint, { rules: RULES })) as Log;
    expect(unknown.runs[0]!.originalUriBaseIds![SRCROOT]!.description!.text).toMatch(/root of the repository checkout/);
    for (const log of [known, unknown]) expect(sarifValidator()(log)).toBe(true);
  });

  it(`every rule's fullDescription is at most ${FULL_DESCRIPTION_MAX} characters (GitHub cuts longer ones)`, async () => {
    const log = JSON.parse(formatSarif(await findings(1), { rules: RULES })) as Log;
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules).toHaveLength(RULES.length);
    const tooLong = rules.filter((r) => r.fullDescription!.text.length > FULL_DESCRIPTION_MAX).map((r) => `${r.id}: ${r.fullDescription!.text.length}`);
    expect(tooLong).toEqual([]);
  });
});

describe('the job summary uses its room', () => {
  it('lists 1,500 findings in full (the old budget cut near 850), and says where the JSON report is', async () => {
    const lint = await findings(1500);
    const md = formatActionSummary({ title: 'db/migration', lint, notes: [] }, { rules: RULES, reportWhere: 'the artifact pgmig-report-lint of this run' });
    expect(md).not.toContain('not shown, to keep this under');
    expect(md.match(/`CREATE INDEX lead_\d+_idx/g)?.length ?? 0).toBeGreaterThanOrEqual(1500);
    expect(md).toContain('Every finding and test result, as JSON: the artifact pgmig-report-lint of this run');
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1_000_000);
  });

  it('past its room, counts what is left out and points at the JSON report', async () => {
    const lint = await findings(300);
    const md = formatActionSummary({ title: 'db/migration', lint, notes: [] }, { rules: RULES, maxBytes: 30_000, reportWhere: 'the artifact pgmig-report-lint of this run' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(30_000);
    expect(md).toMatch(/✂️ \d+ more findings \(.*\) not shown/);
    expect(md).toContain('All of them are in the JSON report: the artifact pgmig-report-lint of this run.');
  });
});
