import { describe, expect, it } from 'vitest';
import { formatResult } from '../../src/report/index.js';
import { codeSpan, escapeText, formatMarkdown, MARKDOWN_MAX_LENGTH } from '../../src/report/markdown.js';
import { RULES } from '../../src/rules/index.js';
import { indexes, lintResult, only } from './lint-result.js';

const RULE = 'require-concurrent-index-creation';
const md = (r: Parameters<typeof formatMarkdown>[0], maxLength?: number) => formatMarkdown(r, { rules: RULES, maxLength });

/** Splits a table row into cells as GitHub's (cmark-gfm) table extension does: `\x` pairs never split. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  const s = row.trim().replace(/^\|/, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      cur += s[i]! + s[i + 1]!;
      i++;
    } else if (s[i] === '|') {
      out.push(cur.trim());
      cur = '';
    } else cur += s[i];
  }
  if (cur.trim()) out.push(cur.trim());
  // within a cell the table extension turns `\|` back into `|` before inline parsing
  return out.map((c) => c.replace(/\\\|/g, '|'));
}

/** The text a code span shows (CommonMark: equal backtick runs delimit; one space each side is stripped). */
function codeSpanText(cell: string): string | undefined {
  const m = /^(`+)([^`]|[^`][\s\S]*?[^`])\1$/.exec(cell);
  if (!m) return undefined;
  const body = m[2]!;
  return body.length > 2 && body.startsWith(' ') && body.endsWith(' ') ? body.slice(1, -1) : body;
}

/** The line with its code spans removed, honouring backslash escapes (an escaped backtick opens nothing). */
function outsideCode(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i++;
      continue;
    }
    if (line[i] === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = line.indexOf(run, i + run.length);
      if (close > 0 && line[close + run.length] !== '`') {
        i = close + run.length - 1;
        continue;
      }
    }
    out += line[i];
  }
  return out;
}

const rowsOf = (out: string) => out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Line'));

describe('markdown report', () => {
  it('starts with a one-line verdict', async () => {
    const clean = only(await lintResult({ 'db/migration/V1__a.sql': indexes(1), 'db/migration/V2__b.sql': 'SELECT 1;' }), 'no-rule');
    expect(md(clean)).toBe('✅ **pgmig: no findings** (2 files checked)\n');

    const r = only(
      await lintResult({
        'db/migration/V1__a.sql': indexes(2),
        'db/migration/V2__b.sql': '-- pgmig-ignore no-such-rule\nSELECT 1;\n',
        'db/migration/V3__c.sql': 'SELECT 1;\n',
      }),
      RULE,
      'unused-ignore',
    );
    expect(md(r).split('\n')[0]).toBe('❌ **pgmig: 2 errors, 1 warning** in 2 files (3 files checked)');
    expect(md(only(r, 'unused-ignore')).split('\n')[0]).toBe('⚠️ **pgmig: 0 errors, 1 warning** in 1 file (3 files checked)');
  });

  it('groups findings by file, each row with line, rule, message and the SQL line', async () => {
    const r = only(
      await lintResult({
        'db/migration/V1__a.sql': indexes(2),
        'db/migration/V2__b.sql': 'SELECT 1;\n\n   CREATE INDEX b_idx ON other (y);\nSELECT FROM WHERE;\n',
      }),
      RULE,
      'syntax-error',
    );
    const out = md(r);
    const headings = out.split('\n').filter((l) => l.startsWith('#### '));
    expect(headings).toEqual(['#### `db/migration/V1__a.sql` — 2 errors, 0 warnings', '#### `db/migration/V2__b.sql` — 2 errors, 0 warnings']);
    const rows = rowsOf(out).map(cells);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['1:1', `❌ \`${RULE}\``, r.findings[0]!.message, '`CREATE INDEX lead_0_idx ON lead (c0);`']);
    expect(rows[2]![0]).toBe('3:4');
    expect(rows[2]![3]).toBe('`CREATE INDEX b_idx ON other (y);`');
    expect(rows[3]!.slice(0, 2)).toEqual(['4:13', '❌ `syntax-error`']);
    // a help that is not the rule's usual one goes with the finding
    expect(rows[3]![2]).toContain(`<br>help: ${r.findings[3]!.help}`);
    // rows of the second file come after its heading
    expect(out.indexOf('CREATE INDEX b_idx')).toBeGreaterThan(out.indexOf(headings[1]!));
  });

  it('keeps SQL with |, backticks and HTML inert and the table intact', async () => {
    const sql = "CREATE INDEX i ON t (x) WHERE note = '<script>alert(1)</script> | a`b ``c' AND y = 'p\\|q';";
    const r = only(
      await lintResult({
        'db/migration/V1__a.sql': `${sql}\nCREATE INDEX j ON "<img src=x onerror=alert(1)>|@octocat*_[x](y)" (z);\n`,
      }),
      RULE,
    );
    expect(r.findings).toHaveLength(2);
    const out = md(r);
    const rows = rowsOf(out);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(cells(row)).toHaveLength(4);
      // outside code spans nothing is raw HTML except the line break pgmig itself adds
      expect(outsideCode(row).replace(/<br>/g, '')).not.toMatch(/<[a-z/!]/i);
    }
    // the SQL shows as written: code spans are literal, so no entities there
    const shown = codeSpanText(cells(rows[0]!)[3]!)!;
    // the one lossy case: a backslash right before | shows doubled (the table needs the escape)
    expect(shown).toBe(sql.replace('p\\|q', 'p\\\\|q'));
    expect(shown).toContain('<script>alert(1)</script> | a`b ``c');
    // the message names the table: HTML escaped as entities, markdown punctuation escaped, nobody mentioned
    const msg = cells(rows[1]!)[2]!;
    expect(msg).toContain('&lt;img src=x onerror=alert(1)&gt;|@&#8203;octocat\\*\\_\\[x\\](y)');
  });

  it('escapes text and code spans for every awkward character', () => {
    expect(escapeText('a|b <x> & `c` *d* _e_ [f] \\ ~g\nh @me')).toBe(
      'a\\|b &lt;x&gt; &amp; \\`c\\` \\*d\\* \\_e\\_ \\[f\\] \\\\ \\~g h @&#8203;me',
    );
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`start')).toBe('`` `start ``');
    expect(codeSpan('x | y', true)).toBe('`x \\| y`');
    expect(codeSpan('x\\|y', true)).toBe('`x\\\\\\|y`');
    expect(codeSpan('two\nlines')).toBe('`two lines`');
  });

  it('folds the help of each rule that fired into <details>', async () => {
    const r = only(await lintResult({ 'db/migration/V1__a.sql': `${indexes(3)}SELECT FROM WHERE;\n` }), RULE, 'syntax-error');
    const out = md(r);
    const start = out.indexOf('<details>');
    expect(start).toBeGreaterThan(out.lastIndexOf('| '));
    const details = out.slice(start);
    expect(details).toMatch(/^<details>\n<summary>How to fix: help for 2 rules<\/summary>\n\n/);
    expect(details.trimEnd().endsWith('</details>')).toBe(true);
    for (const id of [RULE, 'syntax-error']) {
      const rule = RULES.find((x) => x.id === id)!;
      expect(details).toContain(`##### \`${id}\` (error)`);
      expect(details).toContain(rule.docs.why);
      expect(details).toContain(`**Instead:** ${rule.docs.instead}`);
      expect(details).toContain('```sql\n' + rule.docs.example!.good + '\n```');
      expect(details).toContain(`\`pgmig explain ${id}\``);
    }
    expect(details).toContain(`**Lock:** ${RULES.find((x) => x.id === RULE)!.docs.lock}`);
    // only the rules that fired, once each
    expect(details.match(/^##### /gm)).toHaveLength(2);
    expect(details).not.toContain('require-rls');
  });

  it('stays under 60,000 characters and counts the findings it leaves out', async () => {
    const r = only(await lintResult({ 'db/migration/V1__a.sql': indexes(600) }), RULE);
    expect(r.findings).toHaveLength(600);
    const out = md(r);
    expect(out.length).toBeLessThanOrEqual(MARKDOWN_MAX_LENGTH);
    const shown = rowsOf(out).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(600);
    expect(out).toContain(`> ✂️ ${600 - shown} more findings (${600 - shown} errors, 0 warnings) not shown, to keep this under 60,000 characters.`);
    // the verdict still counts everything, and the help is still there
    expect(out.split('\n')[0]).toBe('❌ **pgmig: 600 errors, 0 warnings** in 1 file (1 file checked)');
    expect(out).toContain(`**Instead:** ${RULES.find((x) => x.id === RULE)!.docs.instead}`);
    // rows are whole: the last one shown is the finding before the first one left out
    expect(cells(rowsOf(out).at(-1)!)[0]).toBe(`${shown}:1`);
  });

  it('truncates across files with a smaller limit, counting errors and warnings apart', async () => {
    const ignores = Array.from({ length: 8 }, (_, i) => `-- pgmig-ignore no-such-rule-${i}\nSELECT ${i};`).join('\n');
    const r = only(await lintResult({ 'db/migration/V1__a.sql': indexes(8), 'db/migration/V2__b.sql': ignores }), RULE, 'unused-ignore');
    const full = md(r, 1_000_000);
    expect(full).not.toContain('✂️');
    expect(rowsOf(full)).toHaveLength(16);
    const cut = md(r, 2_500);
    expect(cut.length).toBeLessThanOrEqual(2_500);
    // the full help would not leave room for findings: the help shrinks to the commands that print it
    expect(cut).toContain('<details>');
    expect(cut).not.toContain('**Instead:**');
    expect(cut).toContain(`\`pgmig explain ${RULE}\`, \`pgmig explain unused-ignore\``);
    const shown = rowsOf(cut).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(16);
    const leftErrors = Math.max(0, 8 - shown);
    const leftWarnings = 16 - shown - leftErrors;
    expect(cut).toMatch(new RegExp(`✂️ ${16 - shown} more findings? \\(${leftErrors} errors?, ${leftWarnings} warnings?\\) not shown`));
  });

  it('is what --format markdown prints', async () => {
    const r = only(await lintResult({ 'db/migration/V1__a.sql': indexes(1) }), RULE);
    expect(formatResult('markdown', r, { color: false, rules: RULES })).toBe(md(r));
  });
});
