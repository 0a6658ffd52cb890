import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { localDay, nextOpenDay, upcoming, windowsOn, type Calendar } from '../../src/migrations/calendar.js';
import { parseConfig } from '../../src/migrations/config.js';
import { project } from '../helpers/project.js';

const CONFIG = `calendar:
  timezone: Europe/Berlin
  blackouts:
    - { name: Oktoberfest, from: "09-16", to: "10-04", reason: five times the order load }
    - { name: Asparagus, from: "04-01", to: "04-30" }
    - { name: Year end, from: "2026-12-20", to: "2027-01-06" }
    - { name: Winter freeze, from: "12-28", to: "01-02" }
  emergency: { label: migration-emergency, approvers: [octocat, "team:db-oncall"] }
`;
const cal = parseConfig(CONFIG, '.pgmig.yml').calendar as Calendar;

async function cli(args: string[], config = CONFIG, env: NodeJS.ProcessEnv = {}) {
  const cwd = project({ '.pgmig.yml': config });
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env });
  return { code, stdout, stderr, cwd };
}

describe('the blackout calendar', () => {
  it('holds the days of a yearly window, both ends included, every year', () => {
    expect(windowsOn(cal, '2026-09-15').map((w) => w.name)).toEqual([]);
    expect(windowsOn(cal, '2026-09-16')).toEqual([{ name: 'Oktoberfest', reason: 'five times the order load', start: '2026-09-16', end: '2026-10-04' }]);
    expect(windowsOn(cal, '2031-10-04').map((w) => w.start)).toEqual(['2031-09-16']);
    expect(windowsOn(cal, '2026-10-05')).toEqual([]);
  });

  it('handles windows across the new year, yearly and dated, and overlapping ones', () => {
    expect(windowsOn(cal, '2027-01-01').map((w) => `${w.name} ${w.start}…${w.end}`)).toEqual(['Year end 2026-12-20…2027-01-06', 'Winter freeze 2026-12-28…2027-01-02']);
    expect(windowsOn(cal, '2028-01-02').map((w) => w.name)).toEqual(['Winter freeze']);
    expect(windowsOn(cal, '2028-01-03')).toEqual([]);
    // held by the dated window after the yearly one ends
    expect(nextOpenDay(cal, '2026-12-29')).toBe('2027-01-07');
  });

  it('judges the day in the calendar\'s time zone, not UTC', () => {
    // 22:30 UTC on 4 October is already 5 October in Berlin (UTC+2 in summer time)
    expect(localDay(new Date('2026-10-04T22:30:00Z'), 'Europe/Berlin')).toBe('2026-10-05');
    expect(localDay(new Date('2026-10-04T21:30:00Z'), 'Europe/Berlin')).toBe('2026-10-04');
  });

  it('lists the coming windows in order', () => {
    expect(upcoming(cal, '2026-12-03', 365).map((w) => `${w.start} ${w.name}`)).toEqual([
      '2026-12-20 Year end',
      '2026-12-28 Winter freeze',
      '2027-04-01 Asparagus',
      '2027-09-16 Oktoberfest',
    ]);
  });

  it('takes 02-29 as a yearly day and refuses days that do not exist', () => {
    const leap = parseConfig('calendar: { blackouts: [{ name: leap, from: "02-29", to: "02-29" }] }\n', '.pgmig.yml').calendar!;
    expect(windowsOn(leap, '2027-02-28').map((w) => w.name)).toEqual(['leap']);
    expect(windowsOn(leap, '2028-02-29').map((w) => w.name)).toEqual(['leap']);
    expect(() => parseConfig('calendar:\n  blackouts:\n    - { name: x, from: "02-30", to: "03-01" }\n', '.pgmig.yml')).toThrow(
      /^\.pgmig\.yml:2: calendar\.blackouts: item 1 \(x\): from "02-30" is not a day; expected "MM-DD" \(every year\) or "YYYY-MM-DD"$/,
    );
    expect(() => parseConfig('calendar: { blackouts: [{ name: x, from: "2027-01-06", to: "2026-12-20" }] }\n', '.pgmig.yml')).toThrow(/to 2026-12-20 is before from 2027-01-06/);
    expect(() => parseConfig('calendar: { blackouts: [{ name: x, from: "09-16", to: "2026-10-04" }] }\n', '.pgmig.yml')).toThrow(/both be "MM-DD"/);
    expect(() => parseConfig('calendar:\n  timezone: Europe/Munich\n', '.pgmig.yml')).toThrow(/^\.pgmig\.yml:2: calendar\.timezone: unknown time zone "Europe\/Munich"/);
    expect(() => parseConfig('calendar: { emergency: { label: x, approvers: [] } }\n', '.pgmig.yml')).toThrow(/approvers: expected a non-empty list/);
    // a bot is named with its [bot] suffix; a team by team:<slug> or team:<org>/<slug>
    expect(parseConfig('calendar: { emergency: { label: x, approvers: ["release-bot[bot]", "team:acme/db-oncall", octo-cat] } }\n', '.pgmig.yml').calendar?.emergency?.approvers).toEqual(['release-bot[bot]', 'team:acme/db-oncall', 'octo-cat']);
    for (const bad of ['octo[cat]', 'acme/octocat', 'team:']) {
      expect(() => parseConfig(`calendar: { emergency: { label: x, approvers: ["${bad}"] } }\n`, '.pgmig.yml')).toThrow(/approvers: expected a non-empty list of GitHub users \(a bot as name\[bot\]\)/);
    }
  });
});

describe('pgmig gate and pgmig calendar', () => {
  it('holds a deploy inside a window and says until when (exit 1)', async () => {
    const r = await cli(['gate', '--at', '2026-10-01T09:00:00+02:00']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'pgmig gate: HELD on 2026-10-01 (Europe/Berlin)\n' +
        '  Oktoberfest (2026-09-16 to 2026-10-04, Europe/Berlin): five times the order load\n' +
        '  held until 2026-10-05, the next open day\n' +
        '  checks: no health checks configured (gates.checks)\n',
    );
  });

  it('lets a deploy through outside the windows (exit 0), and says so in JSON', async () => {
    const r = await cli(['gate', '--at', '2026-10-05', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: 'deploy', day: '2026-10-05', windows: [] });
  });

  it('an emergency goes through a window, loudly, with who and why, in the job summary too', async () => {
    const summary = `${project({})}/summary.md`;
    const r = await cli(['gate', '--at', '2026-09-20', '--emergency', 'checkout fails (INC-4711)'], CONFIG, { GITHUB_ACTOR: 'octocat', GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^pgmig gate: EMERGENCY — deploy let through Oktoberfest on 2026-09-20 \(Europe\/Berlin\)\n  EMERGENCY DEPLOY inside Oktoberfest by octocat: checkout fails \(INC-4711\)\n/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(summary, 'utf8')).toMatch(/## ⚠️ Emergency migration deploy inside Oktoberfest\n\n\*\*By:\*\* octocat {2}\n\*\*Why:\*\* checkout fails \(INC-4711\)/);
    const empty = await cli(['gate', '--at', '2026-09-20', '--emergency', '  ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--emergency needs the reason/);
  });

  it('refuses an --at without a zone, and a config error is exit 2 with the line', async () => {
    const r = await cli(['gate', '--at', '2026-10-01T09:00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected an ISO time with its zone/);
    const bad = await cli(['gate'], 'calendar:\n  timezone: Mars/Olympus\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pgmig: .*\.pgmig\.yml:2: calendar\.timezone: unknown time zone "Mars\/Olympus"/);
  });

  it('pgmig calendar prints the coming windows', async () => {
    const r = await cli(['calendar', '--from', '2026-12-03', '--days', '200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Blackout windows from 2026-12-03 (Europe/Berlin):\n' +
        '  2026-12-20 to 2027-01-06  Year end\n' +
        '  2026-12-28 to 2027-01-02  Winter freeze\n' +
        '  2027-04-01 to 2027-04-30  Asparagus\n',
    );
    const none = await cli(['calendar'], 'tests: db/tests\n');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no calendar in .*\.pgmig\.yml: add calendar:/);
  });
});
