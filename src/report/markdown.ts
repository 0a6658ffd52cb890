import type { Finding, LintResult } from '../rules/finding.js';
import type { Rule } from '../rules/rule.js';

/** A pull-request comment holds 65,536 characters; the rest is room for the caller's wrapper. */
export const MARKDOWN_MAX_LENGTH = 60_000;
/** SQL quoted in the table is cut after this many characters to keep rows readable. */
const SQL_MAX_CHARS = 160;

export interface MarkdownOptions {
  rules: Rule[];
  maxLength?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Text from findings (messages name tables, so they carry SQL identifiers) as inert markdown:
 * HTML-significant characters become entities, markdown punctuation is backslash-escaped
 * (`|` included, so a table cell stays one cell), line breaks become spaces, and `@name` gets a
 * zero-width space so a table called `@org/team` notifies nobody.
 */
export function escapeText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/@(?=\w)/g, '@&#8203;');
}

/**
 * A code span that shows `s` as written. Code-span content is never parsed as HTML or
 * markdown, so `<script>` stays text there (and entities would show literally, so none are
 * used); only backticks can end it, so the fence is one longer than any run inside. In a table
 * cell a `|` must still be escaped; the row scanner pairs backslashes, so a backslash run
 * before a pipe is doubled to keep the escape intact (it then shows one backslash more).
 */
export function codeSpan(s: string, inTable = false): string {
  // eslint-disable-next-line no-control-regex
  let body = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (body === '') return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const f = '`'.repeat(longest + 1);
  if (body.startsWith('`') || body.endsWith('`')) body = ` ${body} `;
  if (inTable) body = body.replace(/(\\*)\|/g, (_m, bs: string) => `${bs}${bs}\\|`);
  return `${f}${body}${f}`;
}

function fenced(content: string, lang: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  const f = '`'.repeat(Math.max(3, longest + 1));
  return `${f}${lang}\n${content}\n${f}`;
}

function counts(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

function tally(errors: number, warnings: number): string {
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

function verdict(result: LintResult): string {
  const { files, errors, warnings } = result.summary;
  const checked = `${plural(files, 'file')} checked`;
  if (errors + warnings === 0) return `✅ **pgmig: no findings** (${checked})`;
  const withFindings = new Set(result.findings.map((f) => f.file)).size;
  const icon = errors > 0 ? '❌' : '⚠️';
  return `${icon} **pgmig: ${tally(errors, warnings)}** in ${plural(withFindings, 'file')} (${checked})`;
}

function quoteSql(result: LintResult, f: Finding): string {
  const line = result.sources.get(f.file)?.lineText(f.line) ?? '';
  // only the part that can be shown is split into characters: a line can be the whole file
  const chars = [...line.trim().slice(0, 2 * SQL_MAX_CHARS + 1)];
  const text = chars.length > SQL_MAX_CHARS ? `${chars.slice(0, SQL_MAX_CHARS).join('')}…` : chars.join('');
  return codeSpan(text, true);
}

function row(result: LintResult, f: Finding, rules: Map<string, Rule>): string {
  const icon = f.severity === 'error' ? '❌' : '⚠️';
  const instead = rules.get(f.rule)?.docs.instead;
  // the rule's own help is in the details below; a finding-specific one belongs to the row
  const help = f.help && f.help !== instead ? `<br>help: ${escapeText(f.help)}` : '';
  return `| ${f.line}:${f.column} | ${icon} ${codeSpan(f.rule, true)} | ${escapeText(f.message)}${help} | ${quoteSql(result, f)} |\n`;
}

function fileHeader(file: string, findings: Finding[]): string {
  const c = counts(findings);
  return `\n#### ${codeSpan(file)} — ${tally(c.errors, c.warnings)}\n\n| Line | Rule | Finding | SQL |\n|---:|---|---|---|\n`;
}

function ruleHelp(rule: Rule, severity: string): string {
  const { why, lock, instead, example } = rule.docs;
  const parts = [`##### ${codeSpan(rule.id)} (${severity})`, why];
  if (lock) parts.push(`**Lock:** ${lock}`);
  parts.push(`**Instead:** ${instead}`);
  if (example) parts.push(`Bad:\n\n${fenced(example.bad, 'sql')}`, `Good:\n\n${fenced(example.good, 'sql')}`);
  parts.push(`More: ${codeSpan(`pgmig explain ${rule.id}`)}`);
  return parts.join('\n\n');
}

function details(used: Rule[], result: LintResult, short: boolean): string {
  if (used.length === 0) return '';
  const severityOf = (r: Rule) => result.findings.find((f) => f.rule === r.id)?.severity ?? r.severity;
  const body = short
    ? `Run ${used.map((r) => codeSpan(`pgmig explain ${r.id}`)).join(', ')} for why each rule matters and what to do instead.`
    : used.map((r) => ruleHelp(r, severityOf(r))).join('\n\n');
  return `\n<details>\n<summary>How to fix: help for ${plural(used.length, 'rule')}</summary>\n\n${body}\n\n</details>\n`;
}

/**
 * For pull-request comments and job summaries: the verdict on the first line, the findings
 * grouped by file with the SQL line quoted, then the help of each rule that fired, folded.
 * Findings that would take the text past `maxLength` are left out and counted.
 */
export function formatMarkdown(result: LintResult, opts: MarkdownOptions): string {
  const max = opts.maxLength ?? MARKDOWN_MAX_LENGTH;
  const byId = new Map(opts.rules.map((r) => [r.id, r]));
  const head = verdict(result) + '\n';
  if (result.findings.length === 0) return head;

  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const used = [...new Set(result.findings.map((f) => f.rule))].map((id) => byId.get(id)).filter((r): r is Rule => !!r);
  // room for the "left out" note, whose numbers are not known yet
  const noteRoom = 400;
  let tail = details(used, result, false);
  if (head.length + tail.length + noteRoom > max / 2) tail = details(used, result, true);
  const budget = max - head.length - tail.length - noteRoom;

  let body = '';
  const shown = new Set<Finding>();
  let full = true;
  for (const [file, findings] of byFile) {
    const header = fileHeader(file, findings);
    let block = '';
    for (const f of findings) {
      const r = row(result, f, byId);
      if (body.length + header.length + block.length + r.length > budget) {
        full = false;
        break;
      }
      block += r;
      shown.add(f);
    }
    if (block) body += header + block;
    if (!full) break;
  }

  let note = '';
  if (!full) {
    const left = counts(result.findings.filter((f) => !shown.has(f)));
    note =
      `\n> ✂️ ${plural(left.errors + left.warnings, 'more finding')} (${tally(left.errors, left.warnings)}) not shown, ` +
      `to keep this under ${max.toLocaleString('en-US')} characters. The job log and ${codeSpan('pgmig lint')} list them all.\n`;
  }
  return head + body + note + tail;
}
