import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLint } from '../../src/commands/lint.js';
import { ensureParser } from '../../src/sql/parse.js';
import { project } from '../helpers/project.js';
import { fileName, hugeIdentifierStatement, mutatedBytes, mutatedSql, randomInput } from './arbitraries.js';
import { loadCorpus, type Corpus } from './corpus.js';
import { ALL_CHECKS, CONFIG_KINDS, editorLines, lintBytes, problemsOf, spanProblems, type FuzzInput } from './pipeline.js';

/*
 * Property-based fuzzing of parse → rules → every report format. Over 10,000 generated inputs:
 * nothing throws, every finding points into the file, JSON and SARIF are always valid. The seed
 * is fixed so a run is reproducible; fast-check prints the seed and the shrunk counterexample
 * of a failure (pass `seed` and `path` from it to replay just that case). PGMIG_FUZZ_SEED picks
 * another seed, PGMIG_FUZZ_RUNS scales every property (e.g. 10 for a long hunt).
 */
const SEED = Number(process.env.PGMIG_FUZZ_SEED ?? 20240611);
const SCALE = Number(process.env.PGMIG_FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.round(n * SCALE);
/**
 * Validating a log against the schema, and parsing each statement again alone, cost more than
 * linting a small file: every 25th input gets those checks.
 */
const DEEP_EVERY = 25;

let corpus: Corpus;
beforeAll(async () => {
  await ensureParser();
  corpus = loadCorpus();
});

function inputs(bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<FuzzInput> {
  return fc.record({ bytes, name: fileName, config: fc.constantFrom(...CONFIG_KINDS), withContext: fc.boolean() });
}

let checked = 0;
/** Lints one input and fails with everything that went wrong (an exception escaping is one). */
function check(input: FuzzInput): void {
  const deep = checked++ % DEEP_EVERY === 0;
  const linted = lintBytes(input, deep);
  const problems = problemsOf(input, linted, { schema: deep, spans: deep });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

describe('lint fuzzing', () => {
  it('the corpus is real migration SQL', () => {
    expect(corpus.files.length).toBeGreaterThan(50);
    expect(corpus.statements.length).toBeGreaterThan(200);
  });

  it('survives real migrations mutated as text (truncated, unbalanced quotes and comments, meta-commands, placeholders)', () => {
    fc.assert(fc.property(inputs(mutatedSql(corpus)), check), { seed: SEED, numRuns: runs(5_000) });
  });

  it('survives real migrations mutated as bytes (invalid UTF-8, NUL bytes, cut characters)', () => {
    fc.assert(fc.property(inputs(mutatedBytes(corpus)), check), { seed: SEED + 1, numRuns: runs(2_500) });
  });

  it('survives random text and random bytes', () => {
    fc.assert(fc.property(inputs(randomInput), check), { seed: SEED + 2, numRuns: runs(2_500) });
  });

  it('survives mutated earlier migrations read as context', () => {
    const withBefore = fc
      .tuple(inputs(fc.oneof(mutatedSql(corpus), fc.constantFrom(...corpus.files).map((f) => Buffer.from(f)))), mutatedSql(corpus))
      .map(([input, before]) => ({ ...input, before }));
    fc.assert(fc.property(withBefore, check), { seed: SEED + 5, numRuns: runs(600) });
  });

  it('survives huge identifiers', () => {
    const statements = fc.array(hugeIdentifierStatement, { minLength: 1, maxLength: 3 }).map((s) => Buffer.from(s.join('\n'), 'utf8'));
    fc.assert(fc.property(inputs(statements), check), { seed: SEED + 3, numRuns: runs(300) });
  });

  it('gives the same findings when the bytes are read from a file by pgmig lint', async () => {
    // the shortcut above (parseBytes on the bytes, the engine, no folder walk) against the real command
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedSql(corpus), mutatedBytes(corpus), randomInput), async (bytes) => {
        const cwd = project({ 'db/migration/V100__fuzz.sql': bytes });
        const { result } = await runLint({ cwd, files: ['db/migration/V100__fuzz.sql'] });
        const direct = lintBytes({ bytes, name: 'V100__fuzz.sql', config: 'default', withContext: false });
        expect(result.findings).toEqual(direct.result.findings);
      }),
      { seed: SEED + 4, numRuns: runs(100) },
    );
  });

  it('lints a 10,000-statement file: every statement read, per-statement findings grow with the file', () => {
    // the same 10 statements on an existing table, 100 and 1,000 times over: a rule that fires
    // per statement fires ten times as often, a once-per-file rule as often
    const block = (k: number) =>
      [
        `DROP INDEX ix_${k};`,
        `ALTER TABLE lead ADD COLUMN c${k} int;`,
        `CREATE INDEX ix_${k} ON lead (c${k});`,
        `ALTER TABLE lead ALTER COLUMN c${k} SET NOT NULL;`,
        `ALTER TABLE lead ADD CONSTRAINT k${k} FOREIGN KEY (c${k}) REFERENCES account (id);`,
        `UPDATE lead SET c${k} = 1 WHERE c${k} IS NULL;`,
        `COMMENT ON COLUMN lead.c${k} IS 'é ☃ 😀 ${k}';`,
        `ALTER TABLE lead RENAME COLUMN c${k} TO d${k};`,
        `CREATE TABLE t${k} (id serial PRIMARY KEY, at timestamp, name varchar(20));`,
        `REFRESH MATERIALIZED VIEW mv_${k};`,
      ].join('\n');
    const file = (blocks: number) => Buffer.from(Array.from({ length: blocks }, (_, k) => block(k)).join('\n') + '\n');
    const counts = (bytes: Buffer) => {
      const input: FuzzInput = { bytes, name: 'V100__fuzz.sql', config: 'all-rules', withContext: true };
      const linted = lintBytes(input);
      expect(problemsOf(input, linted, ALL_CHECKS)).toEqual([]);
      const by = new Map<string, number>();
      for (const f of linted.result.findings) by.set(f.rule, (by.get(f.rule) ?? 0) + 1);
      return { statements: linted.parsed.statements.length, by };
    };
    const small = counts(file(100));
    const big = counts(file(1_000));
    expect(small.statements).toBe(1_000);
    expect(big.statements).toBe(10_000);
    expect([...big.by.keys()].sort()).toEqual([...small.by.keys()].sort());
    const perStatement = [...small.by].filter(([rule, n]) => big.by.get(rule) === 10 * n).map(([rule]) => rule);
    const perFile = [...small.by].filter(([rule, n]) => big.by.get(rule) === n).map(([rule]) => rule);
    expect([...perStatement, ...perFile].sort()).toEqual([...small.by.keys()].sort());
    expect(perStatement.length).toBeGreaterThan(8);
  });

  it('lints a 5 MB file of real migrations, with a syntax error near its start', () => {
    const parts: string[] = ['SELECT FROM WHERE;\n'];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const f = corpus.files[i % corpus.files.length]!;
      parts.push(f);
      size += Buffer.byteLength(f) + 1;
    }
    const bytes = Buffer.from(parts.join('\n'));
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const input: FuzzInput = { bytes, name: 'V100__fuzz.sql', config: 'default', withContext: false };
    const linted = lintBytes(input);
    expect(linted.result.findings.filter((f) => f.rule === 'syntax-error')).toHaveLength(1);
    // the statements after the error are still read and checked
    expect(linted.parsed.statements.length).toBeGreaterThan(50_000);
    expect(linted.result.findings.length).toBeGreaterThan(10_000);
    // (each of the 50,000 statements parsed again alone would double the time: the fuzz inputs do that)
    expect(problemsOf(input, linted, { schema: true, spans: false })).toEqual([]);
  });

  it('checks what it claims: an out-of-file position and a broken report are caught', () => {
    const bytes = Buffer.from('SELECT 1;\nCREATE INDEX i ON lead (a);\n');
    const input: FuzzInput = { bytes, name: 'V100__fuzz.sql', config: 'default', withContext: true };
    const linted = lintBytes(input);
    expect(linted.result.findings.length).toBeGreaterThan(0);
    expect(problemsOf(input, linted, ALL_CHECKS)).toEqual([]);
    const f = linted.result.findings[0]!;
    const broken = {
      ...linted,
      result: { ...linted.result, findings: [{ ...f, line: 4 }, { ...f, column: 40 }, ...linted.result.findings.slice(1)] },
      outputs: { ...linted.outputs, json: '{"findings": [', sarif: linted.outputs.sarif.replace('"level": "error"', '"level": "fatal"') },
    };
    const problems = problemsOf(input, broken, ALL_CHECKS).join('\n');
    expect(problems).toContain('line 4 outside the file');
    expect(problems).toContain('column 40 outside line 2');
    expect(problems).toContain('json report does not parse');
    expect(problems).toContain('sarif fails the 2.1.0 schema');
    // and a statement span that drifted by one character
    const drifted = { ...linted.parsed, statements: linted.parsed.statements.map((x) => ({ ...x, end: x.end - 1 })) };
    expect(spanProblems(drifted).join('\n')).toMatch(/statement 1 \(IndexStmt\) .* reads "CREATE INDEX i ON lead \(a"/);
    const lines = editorLines(Buffer.from('\ufeffé😀\r\nb\n'));
    expect([lines.count, lines.width(1), lines.width(2), lines.width(3)]).toEqual([3, 2, 1, 0]);
  });
});
