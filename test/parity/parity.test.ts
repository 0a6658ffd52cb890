import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLint } from '../../src/commands/lint.js';
import { RULE_IDS, findRule } from '../../src/rules/index.js';
import { SQUAWK_RULE_IDS } from '../../src/rules/squawk-ids.js';
import { project } from '../helpers/project.js';
import { CASES as CASES_A, type ParityCase } from './cases.js';
import { casesB } from './cases-b.js';
import { COMPARED_ONLY_IN_OWN_CASES, DIFFERENCES as DIFFERENCES_A, type Difference } from './differences.js';
import { differencesB } from './differences-b.js';

const CASES = [...CASES_A, ...casesB];
const DIFFERENCES = [...DIFFERENCES_A, ...differencesB];

/**
 * pgmig against squawk (npm squawk-cli, the version in package-lock.json) on the same SQL: for
 * every squawk rule pgmig implements, the same rule ids must fire on the same lines, except for
 * the differences listed (and explained) in differences.ts, where each side must behave as listed.
 * When squawk changes, this is where it shows.
 */

const root = resolve(__dirname, '../..');
import { squawkBin } from '../helpers/squawk.js';
const MIGRATION = 'db/migration/V1__case.sql';

const SQUAWK_RULES = [...SQUAWK_RULE_IDS];

/** The ids compared: squawk's rules that pgmig has under the same id. */
const COMPARED = SQUAWK_RULES.filter((id) => RULE_IDS.has(id));

interface Setup {
  postgresVersion?: number;
  assumeInTransaction?: boolean;
  include?: string[];
}

interface Entry {
  name: string;
  rule: string;
  setup: Setup;
  sql: string;
  difference?: Difference;
  root: string;
  file: string;
  /** `rule:line` (1-based) squawk reported, for the compared rules. */
  squawk: string[];
}

function pgmigConfig(s: Setup): string | undefined {
  const lines: string[] = [];
  if (s.postgresVersion !== undefined) lines.push(`postgresVersion: ${s.postgresVersion}`);
  if (s.assumeInTransaction) lines.push('assumeInTransaction: true');
  if (s.include?.length) lines.push(`rules: { ${s.include.map((r) => `${r}: warning`).join(', ')} }`);
  return lines.length ? lines.join('\n') + '\n' : undefined;
}

function squawkArgs(s: Setup): string[] {
  const args = ['--reporter', 'json', '--pg-version', String(s.postgresVersion ?? 16)];
  if (s.assumeInTransaction) args.push('--assume-in-transaction');
  if (s.include?.length) args.push('--include', s.include.join(','));
  return args;
}

interface SquawkViolation {
  file: string;
  line: number;
  rule_name: string;
}

/** One squawk process per distinct setting, over all the files that share it. */
function runSquawk(entries: Entry[]): void {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = JSON.stringify(squawkArgs(e.setup));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(e);
  }
  for (const [key, group] of groups) {
    const res = spawnSync(squawkBin, [...(JSON.parse(key) as string[]), ...group.map((e) => e.file)], {
      encoding: 'utf8',
      // far from any .squawk.toml of the checkout
      cwd: group[0]!.root,
    });
    if (res.error) throw res.error;
    let violations: SquawkViolation[];
    try {
      violations = JSON.parse(res.stdout) as SquawkViolation[];
    } catch {
      throw new Error(`squawk gave no JSON (exit ${res.status}): ${res.stderr || res.stdout}`);
    }
    const byFile = new Map(group.map((e) => [e.file, e]));
    for (const v of violations) {
      const e = byFile.get(v.file);
      if (!e) throw new Error(`squawk reported a file it was not given: ${v.file}`);
      // squawk's lines are 0-based
      if (COMPARED.includes(v.rule_name)) e.squawk.push(`${v.rule_name}:${v.line + 1}`);
    }
  }
}

async function pgmigFindings(e: Entry): Promise<string[]> {
  const { result } = await runLint({ cwd: e.root, files: [MIGRATION] });
  return result.findings.filter((f) => COMPARED.includes(f.rule)).map((f) => `${f.rule}:${f.line}`);
}

// lines are compared, not counts: squawk reports both halves of a duplicate assignment
const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort();
const ruleOf = (key: string) => key.slice(0, key.lastIndexOf(':'));
const sameInput = (a: ParityCase | Difference, b: ParityCase | Difference) =>
  a.sql === b.sql && a.postgresVersion === b.postgresVersion && !!a.assumeInTransaction === !!b.assumeInTransaction;

/**
 * The rules an entry compares: every squawk rule pgmig has, but not the ones compared only in
 * their own entries, and not those a difference on the same SQL documents.
 */
function comparedFor(e: Entry): (rule: string) => boolean {
  const documented = new Set(DIFFERENCES.filter((d) => e.difference && sameInput(d, e.difference)).map((d) => d.rule));
  return (rule) => !documented.has(rule) && (rule === e.rule || !(rule in COMPARED_ONLY_IN_OWN_CASES));
}

function entryFor(name: string, c: ParityCase | Difference, difference?: Difference): Entry {
  const setup: Setup = { postgresVersion: c.postgresVersion, assumeInTransaction: c.assumeInTransaction, include: 'include' in c ? c.include : undefined };
  const files: Record<string, string> = { [MIGRATION]: c.sql };
  const config = pgmigConfig(setup);
  if (config) files['.pgmig.yml'] = config;
  const dir = project(files);
  return { name, rule: c.rule, setup, sql: c.sql, difference, root: dir, file: join(dir, MIGRATION), squawk: [] };
}

const entries: Entry[] = [
  ...CASES.map((c, i) => entryFor(`${c.rule} #${i + 1}`, c)),
  ...DIFFERENCES.map((d, i) => entryFor(`${d.rule} (difference #${i + 1})`, d, d)),
];

describe('parity with squawk', () => {
  beforeAll(() => runSquawk(entries), 60_000);

  it('knows every squawk rule id by the name squawk accepts', () => {
    const res = spawnSync(squawkBin, ['--exclude', SQUAWK_RULES.join(','), '--reporter', 'json', entries[0]!.file], { encoding: 'utf8' });
    expect(res.stderr).not.toMatch(/invalid/i);
    for (const c of [...CASES, ...DIFFERENCES]) expect(SQUAWK_RULES, `case rule ${c.rule}`).toContain(c.rule);
  });

  it('has a case where squawk fires, for every squawk rule pgmig implements', () => {
    // an alias (require-timeout-settings) reports nothing under its own id in either tool
    for (const id of COMPARED.filter((r) => !findRule(r)?.aliasOf)) {
      const fired = entries.some((e) => !e.difference && e.squawk.some((k) => ruleOf(k) === id));
      expect(fired, `no parity case makes squawk fire ${id}; add one to test/parity/cases.ts`).toBe(true);
    }
  });

  for (const e of entries) {
    it(e.name, async () => {
      const all = { ours: uniqueSorted(await pgmigFindings(e)), theirs: uniqueSorted(e.squawk) };
      const compared = comparedFor(e);
      const ours = all.ours.filter((k) => compared(ruleOf(k)));
      const theirs = all.theirs.filter((k) => compared(ruleOf(k)));
      const context = `SQL:\n${e.sql}\nsquawk: ${all.theirs.join(' ') || '(nothing)'}\npgmig:  ${all.ours.join(' ') || '(nothing)'}`;
      const d = e.difference;
      if (!d) {
        expect(ours, context).toEqual(theirs);
        return;
      }
      // the documented difference, on both sides: if squawk changes, the entry must go
      expect(all.theirs.some((k) => ruleOf(k) === d.rule) ? 'fires' : 'silent', `squawk on ${d.rule}\n${context}`).toBe(d.squawk);
      expect(all.ours.some((k) => ruleOf(k) === d.rule) ? 'fires' : 'silent', `pgmig on ${d.rule}\n${context}`).toBe(d.pgmig);
      // every other rule still agrees
      expect(ours, context).toEqual(theirs);
    });
  }
});
