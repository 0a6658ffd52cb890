import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { RULES, findRule } from '../rules/index.js';
import { suggestRuleId } from '../did-you-mean.js';

export function listRules(json: boolean): string {
  const rows = RULES.map((r) => ({ id: r.id, severity: r.optIn ? 'off' : r.severity, why: r.docs.why, ...(r.sincePostgres ? { sincePostgres: r.sincePostgres } : {}) }));
  if (json) return JSON.stringify(rows, null, 2) + '\n';
  const width = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${firstSentence(r.why)}${needs(r.sincePostgres)}`).join('\n') + '\n';
}

/** Said of a rule that is silent below a PostgreSQL version, so nobody wonders why it never fires. */
function needs(version: number | undefined): string {
  return version ? ` (needs postgresVersion: ${version} or later in .pgmig.yml)` : '';
}

/** A rule by its id as a person types it: ids are lower case, so `Require-RLS` finds require-rls. */
function ruleNamed(id: string) {
  const rule = findRule(id.trim().toLowerCase());
  if (rule) return rule;
  const meant = suggestRuleId(id, RULES.map((r) => r.id));
  const near = meant ? [meant] : RULES.map((r) => r.id).filter((r) => r.includes(id) || id.includes(r.split('-').slice(0, 2).join('-')));
  throw new UserError(`unknown rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; \`pgmig rules\` lists them`);
}

export function explainRule(id: string): string {
  const rule = ruleNamed(id);
  const d = rule.docs;
  const out = [`${rule.id} (default: ${rule.optIn ? 'off' : rule.severity})${needs(rule.sincePostgres)}`, '', `Why: ${d.why}`];
  if (d.lock) out.push('', `Lock: ${d.lock}`);
  out.push('', `Instead: ${d.instead}`);
  if (d.example) {
    if (d.example.config) out.push('', 'With this .pgmig.yml:', indent(d.example.config.trimEnd()));
    out.push('', 'Bad:', indent(d.example.bad), '', 'Good:', indent(d.example.good));
  }
  out.push('', `Silence once: -- pgmig-ignore ${rule.id}   (on the line above the statement)`);
  return out.join('\n') + '\n';
}

/** The rule's page under docs/rules/, generated from the same metadata as `explain`. */
export function explainMarkdown(id: string): string {
  const rule = ruleNamed(id);
  const d = rule.docs;
  const out = [
    `# ${rule.id}`,
    '',
    `Default severity: **${rule.optIn ? 'off' : rule.severity}**${rule.optIn ? ` (turn it on with \`rules: { ${rule.id}: error }\`)` : ''}`,
    '',
    '## Why it matters',
    '',
    d.why,
  ];
  if (d.lock) out.push('', '## Lock', '', d.lock);
  out.push('', '## Instead', '', d.instead);
  if (d.example) {
    out.push('', '## Example', '');
    if (d.example.config) out.push('With this `.pgmig.yml`:', '', '```yaml', d.example.config.trimEnd(), '```', '');
    out.push('Before:', '', '```sql', d.example.bad, '```', '', 'After:', '', '```sql', d.example.good, '```');
  }
  out.push(
    '',
    '## Silencing',
    '',
    '```sql',
    `-- pgmig-ignore ${rule.id}`,
    '```',
    '',
    'on the line above the statement, or `-- pgmig-ignore-file ' + rule.id + '` anywhere in the file.',
    '',
    '_Generated from `src/rules/' + rule.id + '.ts` by `npm run docs`._',
  );
  return out.join('\n') + '\n';
}

/** The rule table of docs/lint.md (links relative to docs/). */
export function rulesTable(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.optIn ? 'off' : r.severity} | ${firstSentence(r.docs.why).replace(/\|/g, '\\|')} |`);
  return ['| rule | default | why |', '|---|---|---|', ...rows].join('\n') + '\n';
}

function indent(s: string): string {
  return s.split('\n').map((l) => `    ${l}`).join('\n');
}

function firstSentence(s: string): string {
  const m = /^(.*?[.!?])(\s|$)/.exec(s);
  return m ? m[1]! : s;
}

const TABLE_START = '<!-- rules-table:start -->';
const TABLE_END = '<!-- rules-table:end -->';

/** Regenerates docs/rules/ and the table in docs/lint.md (run by `npm run docs`; a test checks they are current). */
export function writeDocs(root: string): void {
  const dir = join(root, 'docs', 'rules');
  mkdirSync(dir, { recursive: true });
  for (const r of RULES) writeFileSync(join(dir, `${r.id}.md`), explainMarkdown(r.id));
  const page = join(root, 'docs', 'lint.md');
  writeFileSync(page, withRulesTable(readFileSync(page, 'utf8')));
}

export function withRulesTable(readme: string): string {
  const a = readme.indexOf(TABLE_START);
  const b = readme.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new UserError(`docs/lint.md has no ${TABLE_START} … ${TABLE_END} markers`);
  return readme.slice(0, a + TABLE_START.length) + '\n' + rulesTable() + readme.slice(b);
}
