import { describe, expect, it } from 'vitest';
import { planAssignments, type PlanInput } from '../../src/migrations/assign-plan.js';
import type { VersionRange } from '../../src/migrations/config.js';

/** Files given as path -> text; listed order is arrival order unless `arrival` says otherwise. */
function plan(files: Record<string, string>, opts: { ranges?: VersionRange[]; tests?: Record<string, string>; arrival?: Record<string, number> } = {}) {
  const text = { ...files, ...opts.tests };
  const input: PlanInput = {
    placeholder: 'VXXX',
    ranges: opts.ranges ?? [],
    migrations: Object.keys(files).map((path, i) => ({ path, arrival: opts.arrival?.[path] ?? i })),
    migrationDirs: ['m'],
    tests: Object.keys(opts.tests ?? {}).map((path) => ({ path, arrival: 0 })),
    read: (p) => text[p] ?? '',
  };
  return planAssignments(input);
}

describe('numbering plan', () => {
  it('takes the first part of the highest dotted version, plus one', () => {
    const p = plan({ 'm/V12.3__a.sql': '', 'm/V12_1__b.sql': '', 'm/VXXX__c.sql': '' });
    expect(p.assignments.map((a) => a.to)).toEqual(['m/V13__c.sql']);
  });

  it('never fills a gap and counts undo-only versions as used', () => {
    const p = plan({ 'm/V1__a.sql': '', 'm/V5__b.sql': '', 'm/U9__gone.sql': '', 'm/VXXX__c.sql': '' });
    expect(p.assignments[0]!.version).toBe('10');
  });

  it('starts an empty range at its first number', () => {
    const p = plan({ 'm/V3__a.sql': '', 'm/VXXX__c.sql': '-- pgmig-range: 20000\n' }, { ranges: [{ from: 1, to: 999 }, { from: 20000 }] });
    expect(p.assignments[0]!.version).toBe('20000');
  });

  it('puts a file of a new test folder in the last range, with no numbered neighbour to go by', () => {
    const p = plan({ 'm/V3__a.sql': '', 'm/testdata/VXXX__seed.sql': '', 'm/VXXX__real.sql': '' }, { ranges: [{ from: 1, to: 999 }, { from: 10000 }] });
    expect(p.assignments.map((a) => a.to)).toEqual(['m/V4__real.sql', 'm/testdata/V10000__seed.sql']);
  });

  it('rejects a range hint outside every range', () => {
    expect(() => plan({ 'm/VXXX__c.sql': '-- pgmig-range: 5000\n' }, { ranges: [{ from: 1, to: 999 }, { from: 10000 }] })).toThrow(
      /m\/VXXX__c.sql: the range hint "pgmig-range: 5000" is in none of the versionRanges \(1-999, 10000\+\)/,
    );
  });

  it('points full-name references at the new name of each moved file, and the bare placeholder at its own', () => {
    const p = plan({
      'm/V1__a.sql': '',
      'm/VXXX__first.sql': '-- VXXX\nSELECT 1;\n',
      'm/VXXX__second.sql': '-- VXXX: needs VXXX__first.sql before it\n-- and mentions VXXXL or XVXXX, which are not the placeholder\n',
    });
    expect(p.assignments.map((a) => a.version)).toEqual(['2', '3']);
    expect(p.assignments[0]!.edits).toEqual({ 'm/V2__first.sql': '-- V2\nSELECT 1;\n' });
    expect(p.assignments[1]!.edits).toEqual({
      'm/V3__second.sql': '-- V3: needs V2__first.sql before it\n-- and mentions VXXXL or XVXXX, which are not the placeholder\n',
    });
  });

  it('matches test files by placeholder and description, and warns about one it cannot place', () => {
    const p = plan(
      { 'm/VXXX__lead.sql': '', 'm/VXXX__user_lead.sql': '' },
      { tests: { 't/VXXX__user_lead_test.sql': '', 't/lead_VXXX.pg': '', 't/VXXX_misc.sql': '', 't/VXXX__lead.txt': '' } },
    );
    expect(p.assignments.map((a) => a.moves.map((m) => m.to))).toEqual([
      ['m/V1__lead.sql', 't/lead_V1.pg'],
      ['m/V2__user_lead.sql', 't/V2__user_lead_test.sql'],
    ]);
    expect(p.warnings).toEqual([expect.stringMatching(/^t\/VXXX_misc.sql carries VXXX but none of the pending descriptions/)]);
  });

  it('keeps the first to arrive of a version used three times and moves the others in name order, as pgmig test ran them', () => {
    const p = plan(
      { 'm/V7__c.sql': '', 'm/V7__a.sql': '', 'm/V7__b.sql': '', 'm/U7__b.sql': '' },
      { arrival: { 'm/V7__c.sql': 0, 'm/V7__a.sql': 2, 'm/V7__b.sql': 1, 'm/U7__b.sql': 1 } },
    );
    expect(p.assignments.map((a) => [a.from, a.to, a.keptBy])).toEqual([
      ['m/V7__a.sql', 'm/V8__a.sql', 'm/V7__c.sql'],
      ['m/V7__b.sql', 'm/V9__b.sql', 'm/V7__c.sql'],
    ]);
    expect(p.assignments[1]!.moves.map((m) => m.to)).toEqual(['m/V9__b.sql', 'm/U9__b.sql']);
  });

  it('numbers moved versions before placeholders, and placeholders by name whatever their arrival', () => {
    const p = plan(
      { 'm/V1__a.sql': '', 'm/VXXX__b_backfill.sql': '', 'm/VXXX__a_column.sql': '', 'm/V1__z.sql': '' },
      { arrival: { 'm/V1__a.sql': 0, 'm/VXXX__b_backfill.sql': 1, 'm/VXXX__a_column.sql': 3, 'm/V1__z.sql': 2 } },
    );
    expect(p.assignments.map((a) => [a.from, a.to])).toEqual([
      ['m/V1__z.sql', 'm/V2__z.sql'],
      ['m/VXXX__a_column.sql', 'm/V3__a_column.sql'],
      ['m/VXXX__b_backfill.sql', 'm/V4__b_backfill.sql'],
    ]);
  });

  it('ignores misnamed files and Flyway callbacks', () => {
    const p = plan({ 'm/V1__a.sql': '', 'm/beforeMigrate.sql': '', 'm/v2_bad.sql': '', 'm/VXXX__c.sql': '' });
    expect(p.assignments.map((a) => a.to)).toEqual(['m/V2__c.sql']);
  });
});
