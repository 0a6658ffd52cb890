import { describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/commands/test.js';
import { COMMENT_BUDGET, formatActionComment, formatActionSummary, type ActionReport } from '../../src/report/action-markdown.js';
import type { Finding, LintResult } from '../../src/rules/finding.js';
import { RULES } from '../../src/rules/index.js';

const finding = (file: string, line: number, severity: 'error' | 'warning', message: string): Finding => ({
  rule: severity === 'error' ? 'require-concurrent-index-creation' : 'prefer-robust-stmts',
  severity,
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 10,
  message,
  help: '',
});

function lint(findings: Finding[], files = [...new Set(findings.map((f) => f.file))]): LintResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    summary: { files: files.length, errors, warnings: findings.length - errors },
    sources: new Map(files.map((f) => [f, { lineText: (n: number) => `CREATE INDEX idx_${n} ON lead (owner_id); -- ${'x'.repeat(200)}` }])),
  };
}

/** A test result whose lock table has `rows` rows of long SQL. */
function bigTest(rows: number): TestResult {
  const statements = Array.from({ length: rows }, (_, i) => ({
    index: i,
    line: i + 1,
    endLine: i + 1,
    kind: 'AlterTableStmt',
    sql: `ALTER TABLE lead ADD COLUMN c${i} bigint DEFAULT 0 -- ${'y'.repeat(120)}`,
    durationMs: 1.5,
    outsideTransaction: false,
    locks: [{ relation: 'public.lead', relationKind: 'table', mode: 'ACCESS EXCLUSIVE' }],
    rewrites: ['public.lead'],
    rebuiltIndexes: [],
    heldAccessExclusive: [],
  }));
  return {
    database: { kept: false, throwaway: true, serverVersion: '16.4', name: 't' },
    migrations: [{ file: 'db/migration/V2__big.sql', script: 'V2__big.sql', version: '2', description: 'big', transactional: true, status: 'applied', durationMs: 5, checksum: 1, statements, phase: 'new' }],
    tests: [],
    rehearsals: [],
    problems: [],
    summary: { migrations: 1, applied: 1, failed: 0, statements: rows, testFiles: 0, testsPassed: 0, testsFailed: 0, rehearsed: 0, rehearsalsFailed: 0, errors: 0, warnings: 0 },
  } as unknown as TestResult;
}

const report = (l: LintResult, extra: Partial<ActionReport> = {}): ActionReport => ({ title: 'db/migration', lint: l, notes: [], ...extra });

describe('the sticky comment body', () => {
  it('is the verdict alone when the lint is clean and there is nothing else to say', () => {
    expect(formatActionComment(report(lint([], ['db/migration/V2__a.sql'])), { rules: RULES })).toBe('✅ **pgmig: no findings** (1 file checked)\n');
  });

  it('puts the verdicts first, then the findings by file, then the test report folded', () => {
    const body = formatActionComment(report(lint([finding('db/migration/V2__a.sql', 3, 'error', 'blocks writes on lead')]), { test: bigTest(2), changes: 'from git', runUrl: 'https://x/run' }), { rules: RULES });
    const lines = body.split('\n');
    expect(lines[0]).toMatch(/^❌ \*\*pgmig: 1 error, 0 warnings\*\*/);
    expect(lines[1]).toMatch(/^✅ \*\*pgmig test:\*\* 1 migration applied \(1 new\)/);
    const at = (s: string) => body.indexOf(s);
    expect(at('#### `db/migration/V2__a.sql`')).toBeGreaterThan(0);
    expect(at('<summary>Lock trace, pgTAP and undo rehearsal (pgmig test)</summary>')).toBeGreaterThan(at('#### `db/migration/V2__a.sql`'));
    expect(body.trimEnd().endsWith('<sub>from git · [workflow run](https://x/run)</sub>')).toBe(true);
  });

  it('stays under GitHub\'s limit with thousands of findings and a huge lock trace', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding(`db/migration/V${2 + (i % 40)}__f.sql`, i + 1, i % 3 ? 'warning' : 'error', `message ${i} ${'z'.repeat(150)}`));
    const body = formatActionComment(report(lint(many), { test: bigTest(2000), runUrl: 'https://x/run' }), { rules: RULES });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(body.split('\n')[0]).toMatch(/^❌ \*\*pgmig: 1000 errors, 2000 warnings\*\*/);
    expect(body).toContain('not shown');
    expect(body).toContain('The lock trace and test results are too long for a comment; they are in [the job summary](https://x/run).');
  });

  it('a long lock trace alone goes to the summary, the findings stay', () => {
    const body = formatActionComment(report(lint([finding('db/migration/V2__a.sql', 3, 'error', 'blocks writes')]), { test: bigTest(3000) }), { rules: RULES });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(body).toContain('#### `db/migration/V2__a.sql`');
    expect(body).toContain('too long for a comment; they are in the job summary');
  });
});

describe('the job summary', () => {
  it('counts per file, lists every finding, and includes the test report', () => {
    const l = lint([finding('db/migration/V2__a.sql', 1, 'error', 'e'), finding('db/migration/V2__a.sql', 2, 'warning', 'w')], ['db/migration/V2__a.sql', 'db/migration/V3__b.sql']);
    const s = formatActionSummary(report(l, { test: bigTest(1), notes: ['lint only'] }), { rules: RULES });
    expect(s).toContain('## pgmig · `db/migration`');
    expect(s).toContain('| `db/migration/V2__a.sql` | 1 | 1 |');
    expect(s).toContain('| `db/migration/V3__b.sql` | 0 | 0 |');
    expect(s).toContain('- ℹ️ lint only');
    expect(s).toContain('### ✅ pgmig test');
  });

  it('stays under 1 MiB however much there is', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => finding(`db/migration/V${2 + (i % 400)}__f.sql`, i + 1, 'error', `message ${i} ${'é'.repeat(120)}`));
    const s = formatActionSummary(report(lint(many), { test: bigTest(20_000) }), { rules: RULES });
    expect(Buffer.byteLength(s)).toBeLessThan(1024 * 1024);
    expect(s).toContain('not shown');
    expect(s).toContain('does not fit in the 1 MiB job summary');
    // a cut never leaves a code fence open
    expect((s.match(/^\s*```/gm) ?? []).length % 2).toBe(0);
  });
});
