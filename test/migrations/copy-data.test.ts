import { describe, expect, it } from 'vitest';
import { parseBytes, withoutCopyData } from '../../src/migrations/read.js';
import { lintProject } from '../helpers/project.js';

// COPY … FROM stdin with its data inline, as pg_dump writes it and Flyway runs it (issue 25 item 10)
const file = [
  'CREATE TABLE lead (id bigint PRIMARY KEY, name text);',
  'COPY lead (id, name) FROM stdin;',
  '1\tÉmile; DROP TABLE x',
  '2\t\\N',
  '\\.',
  'CREATE INDEX lead_name_idx ON lead (name);',
  '',
].join('\n');

describe('COPY … FROM stdin with inline data', () => {
  it('parses: the data is the COPY\'s input, not SQL; what follows keeps its lines', () => {
    const p = parseBytes(Buffer.from(file));
    expect(p.error).toBeUndefined();
    expect(p.statements.map((s) => [s.kind, p.source.position(s.start).line])).toEqual([
      ['CreateStmt', 1],
      ['CopyStmt', 2],
      ['IndexStmt', 6],
    ]);
    expect(withoutCopyData(file).length).toBe(file.length);
  });

  it('lints without a syntax error, and the rules see the statements after it', async () => {
    const f = await lintProject({ 'db/migration/V1__lead.sql': 'CREATE TABLE old (id int);\n', 'db/migration/V2__copy.sql': file });
    expect(f.filter((x) => x.rule === 'syntax-error')).toEqual([]);
  });

  it('leaves a COPY without inline data (FROM a file, TO stdout) alone', () => {
    const text = "COPY lead TO stdout;\nSELECT 1;\nCOPY lead FROM '/tmp/x';\nSELECT 2;\n";
    expect(withoutCopyData(text)).toBe(text);
  });
});
