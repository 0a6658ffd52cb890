import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatText, QUOTE_MAX_CHARS } from '../../src/report/text.js';
import { RULES } from '../../src/rules/index.js';
import { ensureParser, parseSql } from '../../src/sql/parse.js';
import { preprocess } from '../../src/sql/preprocess.js';
import { SourceText } from '../../src/sql/source.js';
import { lintBytes, problemsOf, spanProblems } from './pipeline.js';

/* Bugs the lint fuzzer (lint.fuzz.test.ts) and its scale inputs found, one case each. */

beforeAll(ensureParser);

const lint = (sql: string | Uint8Array) => lintBytes({ bytes: typeof sql === 'string' ? Buffer.from(sql) : sql, name: 'V100__fuzz.sql', config: 'default', withContext: true });

describe('fuzzer regressions', () => {
  it('a syntax error at the end of a line or of the input ends on that line', () => {
    // was 1:12-1:13 on an 11-character line: one column past its end
    const at = (sql: string | Uint8Array) => lint(sql).result.findings.filter((f) => f.rule === 'syntax-error').map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
    expect(at('ALTER TABLE')).toEqual(['1:12-1:12']);
    expect(at('SELECT 1;\nCREATE')).toEqual(['2:7-2:7']);
    expect(at('SELECT 1;\nCREATE\n')).toEqual(['3:1-3:1']);
    // a file that is not text: the finding is on line 1, which may be empty
    expect(at(Buffer.from('\n\0SELECT 1;'))).toEqual(['1:1-1:1']);
    // an error inside a line still marks one character
    expect(at('SELECT FROM WHERE;')).toEqual(['1:13-1:14']);
  });

  it('a psql meta-command holding non-ASCII text does not move the statements after it', () => {
    // the line was blanked to spaces, one byte each for the two bytes of `é`: the parser's byte
    // offsets then pointed one character early (statement text "SELECT " and a finding ending
    // before the `)`)
    const sql = "\\echo 'héllo ☃'\nSELECT 1;\nCREATE INDEX i ON lead (a);\n";
    const p = parseSql(sql);
    expect(p.statements.map((s) => s.text)).toEqual(['SELECT 1', 'CREATE INDEX i ON lead (a)']);
    expect(spanProblems(p)).toEqual([]);
    const f = lint(sql).result.findings.find((x) => x.rule === 'require-concurrent-index-creation')!;
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([3, 1, 3, 27]);
    // still a comment as far as the parser is concerned, whatever the line holds
    expect(parseSql("\\set x 'a; DROP TABLE lead; é'\nSELECT 1;").statements.map((s) => s.kind)).toEqual(['SelectStmt']);
    expect(preprocess('  \\i é.sql\nSELECT 1;').text).toBe('  -- é    \nSELECT 1;');
  });

  it('a Flyway placeholder with non-ASCII characters keeps the byte offsets after it', () => {
    const sql = "SELECT '${ü}', ${😀};\nDROP INDEX i;\n";
    const p = parseSql(sql);
    expect(p.error).toBeUndefined();
    expect(p.statements.map((s) => s.text)).toEqual(["SELECT '${ü}', ${😀}", 'DROP INDEX i']);
    expect(spanProblems(p)).toEqual([]);
    expect(Buffer.byteLength(preprocess(sql).text)).toBe(Buffer.byteLength(sql));
    expect(preprocess('${a-b.ü}').text).toBe('_a_b_ü__');
  });

  it('quotes no source line longer than the text report can hold per finding', () => {
    // one line holding every statement: each finding printed the whole line again, and a
    // 400 kB file of them threw RangeError: Invalid string length
    const oneLine = 'CREATE INDEX i ON lead (a); '.repeat(4000);
    const linted = lint(oneLine);
    expect(linted.result.findings.length).toBeGreaterThan(8000);
    const text = formatText(linted.result, { color: false });
    expect(text.length).toBeLessThan(10_000_000);
    expect(text).not.toContain(oneLine.slice(0, QUOTE_MAX_CHARS + 1));
    // a short line is still quoted, with its marker
    const short = formatText(lint('CREATE INDEX i ON lead (a);').result, { color: false });
    expect(short).toContain('   1 | CREATE INDEX i ON lead (a);\n     | ^^^^^^^^^^^^^^^^^^^^^^^^^^');
    // markdown quotes the start of the line, cut as before
    const md = formatMarkdown(linted.result, { rules: RULES });
    expect(md).toContain('`CREATE INDEX i ON lead (a); CREATE INDEX');
    expect(md).toContain('…`');
    expect(problemsOf({ bytes: Buffer.from(oneLine), name: 'V100__fuzz.sql', config: 'default', withContext: true }, linted, { schema: false, spans: false })).toEqual([]);
  });

  it('a file of many psql meta-commands reports each one on its own line', () => {
    // the line of each was counted from the start of the file (quadratic in the file's size)
    const sql = Array.from({ length: 50 }, (_, i) => `\\echo ${i} é\nSELECT ${i};`).join('\n');
    expect(preprocess(sql).metaCommandLines).toEqual(Array.from({ length: 50 }, (_, i) => 2 * i + 1));
  });

  it('ignore comments before many statements each cover their own statement', () => {
    // directives are looked up by statement now, not scanned in full for every finding
    const sql = Array.from({ length: 30 }, (_, i) => (i % 2 ? `-- pgmig-ignore require-concurrent-index-deletion\nDROP INDEX i${i};` : `DROP INDEX i${i};`)).join('\n');
    const dropped = lint(sql).result.findings.filter((f) => f.rule === 'require-concurrent-index-deletion');
    expect(dropped.map((f) => f.line)).toEqual(Array.from({ length: 15 }, (_, k) => 1 + k * 3));
    expect(lint(sql).result.findings.filter((f) => f.rule === 'unused-ignore')).toEqual([]);
  });

  it('columns and byte offsets agree with counting from the line start (the faster ways to find them)', () => {
    const naiveColumn = (text: string, idx: number) => {
      const start = text.lastIndexOf('\n', idx - 1) + 1;
      let column = 1;
      for (let i = start; i < idx; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx) i++;
        column++;
      }
      return column;
    };
    const unit = fc.constantFrom('a', ' ', '\n', '\r\n', 'é', '☃', '😀', '\ud83d', '\ude00', 'x'.repeat(300), '😀'.repeat(200));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 10 }), (units, at) => {
        const text = units.join('');
        const src = new SourceText(text);
        for (const a of at) {
          const idx = Math.floor(a * text.length);
          expect(src.position(idx).column).toBe(naiveColumn(text, idx));
          const line = text.slice(0, idx).split('\n').length;
          expect(src.position(idx).line).toBe(line);
          // byte offsets are asked for at character boundaries
          if (!/[\ud800-\udbff]$/.test(text.slice(0, idx))) expect(src.byteOfIndex(idx)).toBe(Buffer.byteLength(text.slice(0, idx)));
        }
        expect(src.lineText(1)).toBe(text.split('\n')[0]!.replace(/\r$/, ''));
      }),
      { seed: 7, numRuns: 400 },
    );
  });
});
