import type { TestResult } from '../commands/test.js';
import type { LintResult } from '../rules/finding.js';
import type { Rule } from '../rules/rule.js';
import { codeSpan, escapeText, formatMarkdown } from './markdown.js';
import { formatTestMarkdown } from './test-markdown.js';

/** What one run of the action found, for the pull-request comment and the job summary. */
export interface ActionReport {
  /** The migrations folder(s), as the user knows them. */
  title: string;
  lint: LintResult;
  test?: TestResult;
  /** pgmig test could not run (server unreachable, pgTAP missing): the reason. */
  testError?: string;
  /** Said once, under the verdict (lint only under pull_request_target, …). */
  notes: string[];
  /** How the changed migrations were found. */
  changes?: string;
  runUrl?: string;
  /** The numbers the pull request's pending migrations would get if it were merged now. */
  ifMerged?: MergePreview;
}

export interface MergePreview {
  /** The base branch. */
  branch: string;
  items: Array<{ from: string; to: string; version: string; previousVersion?: string; keptBy?: string }>;
}

/** GitHub refuses a comment longer than 65,536 characters; the marker line takes the rest. */
export const COMMENT_BUDGET = 65_000;
/** The job summary of a step may hold 1 MiB; this leaves room for what core.summary adds. */
export const SUMMARY_BUDGET_BYTES = 1_000_000;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The first line says it all: how the lint went. */
export function lintVerdict(r: ActionReport): string {
  if (r.lint.summary.files === 0) return `✅ **pgmig: no findings** (no migration changed in ${codeSpan(r.title)})`;
  // formatMarkdown's first line is its verdict
  return formatMarkdown(r.lint, { rules: [], maxLength: 4000 }).split('\n')[0]!;
}

export function testVerdict(r: ActionReport): string | undefined {
  if (r.testError) return `❌ **pgmig test could not run:** ${escapeText(r.testError)}`;
  const t = r.test;
  if (!t) return undefined;
  const s = t.summary;
  const icon = s.errors ? '❌' : s.warnings ? '⚠️' : '✅';
  const fresh = t.migrations.filter((m) => m.phase === 'new').length;
  const parts = [
    `${plural(s.applied, 'migration')} applied (${fresh} new)${s.failed ? `, **${s.failed} failed**` : ''}`,
    `${plural(s.testsPassed + s.testsFailed, 'pgTAP test')}${s.testsFailed ? ` (**${s.testsFailed} failed**)` : ''}`,
    `${plural(s.rehearsed, 'undo')} rehearsed${s.rehearsalsFailed ? ` (**${s.rehearsalsFailed} failed**)` : ''}`,
  ];
  return `${icon} **pgmig test:** ${parts.join('; ')} on PostgreSQL ${escapeText(t.database.serverVersion)}`;
}

/** formatMarkdown without its verdict line: the findings by file, then the rules' help. */
function findingsBody(lint: LintResult, rules: Rule[], maxLength: number): string {
  if (lint.findings.length === 0) return '';
  const text = formatMarkdown(lint, { rules, maxLength });
  return text.slice(text.indexOf('\n') + 1).replace(/^\n+/, '');
}

function footer(r: ActionReport): string {
  const bits = [r.changes ? escapeText(r.changes) : undefined, r.runUrl ? `[workflow run](${r.runUrl})` : undefined].filter(Boolean);
  return bits.length ? `<sub>${bits.join(' · ')}</sub>` : '';
}

function notes(r: ActionReport): string {
  return r.notes.map((n) => `> ℹ️ ${escapeText(n)}`).join('\n>\n');
}

const fileName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** The names pending files would get at a merge now, and that the merge decides. */
export function mergePreview(p: MergePreview | undefined): string | undefined {
  if (!p || p.items.length === 0) return undefined;
  const branch = p.branch ? codeSpan(p.branch) : 'the base branch';
  const one = (i: MergePreview['items'][number]) =>
    `${codeSpan(fileName(i.from))} would become ${codeSpan(fileName(i.to))}` +
    (i.previousVersion !== undefined ? ` (V${escapeText(i.previousVersion)} is taken on ${branch}${i.keptBy ? ` by ${codeSpan(fileName(i.keptBy))}` : ''})` : '');
  const note = `<sub>pgmig numbers the files when the pull request is merged into ${branch}, and works the numbers out again then: a pull request merged first may take these.</sub>`;
  if (p.items.length === 1) return `🔢 **If merged now:** ${one(p.items[0]!)}<br>\n${note}`;
  return `🔢 **If merged now:**\n\n${p.items.map((i) => `- ${one(i)}`).join('\n')}\n\n${note}`;
}

function testDetails(r: ActionReport, body: string): string {
  return `<details>\n<summary>Lock trace, pgTAP and undo rehearsal (pgmig test)</summary>\n\n${body}\n</details>`;
}

const join = (parts: Array<string | undefined>) => parts.filter((p) => p && p.trim()).join('\n\n') + '\n';

/**
 * The sticky pull-request comment, without its marker: the verdicts first; then the findings
 * grouped by file with the SQL line; then the lock trace and pgTAP results folded. A clean lint
 * with nothing else to say is the verdict alone. Kept under {@link COMMENT_BUDGET} characters:
 * what does not fit is left to the job summary, and the comment says so.
 */
export function formatActionComment(r: ActionReport, opts: { rules: Rule[]; maxLength?: number }): string {
  const max = opts.maxLength ?? COMMENT_BUDGET;
  const head = [lintVerdict(r), testVerdict(r)].filter(Boolean).join('<br>\n');
  const n = notes(r);
  const foot = footer(r);
  const preview = mergePreview(r.ifMerged);
  const findings = findingsBody(r.lint, opts.rules, Math.min(60_000, max));
  const test = r.test ? testDetails(r, formatTestMarkdown(r.test)) : undefined;
  if (!n && !findings && !test && !r.testError && !preview) return head + '\n';

  const summaryLink = r.runUrl ? `[the job summary](${r.runUrl})` : 'the job summary';
  let text = join([head, n, preview, findings, test, foot]);
  if (text.length <= max) return text;
  // the lock trace of a large migration is what grows: the job summary keeps it
  const shortTest = r.test ? `_The lock trace and test results are too long for a comment; they are in ${summaryLink}._` : undefined;
  text = join([head, n, preview, findings, shortTest, foot]);
  if (text.length <= max) return text;
  const room = max - join([head, n, preview, shortTest, foot]).length - 200;
  if (room > 2000) {
    text = join([head, n, preview, findingsBody(r.lint, opts.rules, room), shortTest, foot]);
    if (text.length <= max) return text;
  }
  return join([head, `_The full report is too long for a comment; it is in ${summaryLink} and the job log._`]);
}

/**
 * The job summary: the verdicts, how changes were found, counts per file, every finding that
 * fits, the full test report. It uses the step's 1 MiB: the findings get what the rest leaves
 * (the test report at most half of it when both are long); what is left out is counted, with
 * where the JSON report that holds it all is (`reportWhere`).
 */
export function formatActionSummary(r: ActionReport, opts: { rules: Rule[]; maxBytes?: number; reportWhere?: string }): string {
  const max = opts.maxBytes ?? SUMMARY_BUDGET_BYTES;
  const title = `## pgmig · ${codeSpan(r.title)}`;
  const head = [lintVerdict(r), testVerdict(r)].filter(Boolean).join('<br>\n');
  const where = opts.reportWhere ? `- 📄 Every finding and test result, as JSON: ${escapeText(opts.reportWhere)}` : undefined;
  const about = [...r.notes.map((x) => `- ℹ️ ${escapeText(x)}`), r.changes ? `- ${escapeText(r.changes)}` : undefined, where].filter(Boolean).join('\n');
  const fixed = join([title, head, about, mergePreview(r.ifMerged), fileTable(r.lint)]);
  const fullTest = r.test ? formatTestMarkdown(r.test) : undefined;
  const margin = 2000;
  const room = Math.max(0, max - bytes(fixed) - margin);
  const testShare = fullTest ? Math.min(bytes(fullTest), Math.floor(room / 2)) : 0;
  let findings = fitFindings(r.lint, opts.rules, room - testShare);
  if (findings.includes(CUT_MARK) && opts.reportWhere) findings += `\n> 📄 All of them are in the JSON report: ${escapeText(opts.reportWhere)}.\n`;
  const before = join([fixed, findings]);
  let test = fullTest;
  if (test && bytes(before) + bytes(test) > max) test = cutToBytes(test, max - bytes(before) - 300);
  return join([before, test]);
}

/** formatMarkdown's note when it leaves findings out. */
const CUT_MARK = 'not shown, to keep this under';

/** The findings body within `room` bytes: formatMarkdown measures characters, so shrink until the bytes fit. */
function fitFindings(lint: LintResult, rules: Rule[], room: number): string {
  let chars = room;
  for (let i = 0; i < 6; i++) {
    const text = findingsBody(lint, rules, Math.max(1000, chars));
    const b = bytes(text);
    if (b <= room || chars <= 1000) return text;
    chars = Math.floor((chars * room) / b) - 100;
  }
  return findingsBody(lint, rules, 1000);
}

function fileTable(lint: LintResult): string | undefined {
  const files = [...lint.sources.keys()];
  if (files.length === 0) return undefined;
  const count = new Map(files.map((f) => [f, { errors: 0, warnings: 0 }]));
  for (const f of lint.findings) {
    const c = count.get(f.file) ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
    count.set(f.file, c);
  }
  const rows = [...count].map(([file, c]) => `| ${codeSpan(file, true)} | ${c.errors} | ${c.warnings} |`);
  return `| Migration | Errors | Warnings |\n|---|---:|---:|\n${rows.join('\n')}`;
}

/** The longest run of whole lines that fits, with a code fence left open closed, and a note. */
function cutToBytes(text: string, max: number): string {
  const note = '\n\n_Cut here: the rest does not fit in the 1 MiB job summary; run `pgmig test --format markdown` for all of it._\n';
  const lines = text.split('\n');
  let size = 0;
  let fenceOpen = false;
  const kept: string[] = [];
  for (const line of lines) {
    const b = bytes(line) + 1;
    if (size + b + bytes(note) + 8 > max) break;
    kept.push(line);
    size += b;
    if (/^\s*```/.test(line)) fenceOpen = !fenceOpen;
  }
  if (fenceOpen) kept.push('```');
  return kept.join('\n') + note;
}
