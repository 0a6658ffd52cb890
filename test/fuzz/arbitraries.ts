import fc from 'fast-check';
import type { Corpus } from './corpus.js';

/*
 * Inputs for the lint fuzzer. Each arbitrary yields the bytes of a migration file. Positions
 * inside a text are drawn as fractions of its length, so a mutation stays meaningful while
 * fast-check shrinks the text it applies to.
 */

/** Pieces that open or close something the scanner tracks, or that stages treat specially. */
export const HAZARDS = [
  '$$', '$tag$', '$a$', '$1', '$', '/*', '*/', '/* /* */', "'", "''", '"', '""', "E'\\", "E'\\'", "U&'\\", 'U&"', 'B\'', '--', ';', ';;',
  '\n', '\r\n', '\r', '\t', '\f', '\v', '\0', '\u0001', '\\', '\\\\', '(', ')', '[', ']', '::', ',', '.', '*',
  'BEGIN;', 'COMMIT;', 'ROLLBACK;', 'END;', 'CONCURRENTLY', 'CREATE', 'ALTER TABLE', 'DO $$ BEGIN', 'END $$;',
  '\n\\set ON_ERROR_STOP on\n', '\n\\i other.sql\n', '\n\\connect crm\n', '\n\\echo \'héllo ☃\'\n', '\n\\gset\n', '\n  \\if :x\n', '\n\\;\n',
  '${schema}', '${flyway:defaultSchema}', '${ü}', '${a b}', '${', '${}', '}', '${😀}',
  '-- pgmig-ignore require-lock-timeout\n', '-- pgmig-ignore-file\n', '-- squawk-ignore-file ban-drop-table\n', '-- pgmig-ignore nope, \n',
  'é', 'ß', '😀', '\u2028', '\u00a0', '\ufeff', '\ud83d', '\u200b', '\u0301', '`', '``` ', '|', '<script>', '::error::x', '%0A', '@org',
] as const;

const HUGE_NAMES = [64, 100, 1_000, 10_001, 20_000];

/** An identifier longer than PostgreSQL's 63 bytes, bare or quoted (and in UTF-8 or not). */
export const hugeIdentifier: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...HUGE_NAMES), fc.constantFrom('x', 'é', 'a_b', '😀'), fc.boolean())
  .map(([n, unit, quoted]) => {
    const body = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    return quoted || unit !== 'x' ? `"${body}"` : body;
  });

/** Statements that put a huge identifier where rules look at names. */
export const hugeIdentifierStatement: fc.Arbitrary<string> = fc
  .tuple(
    hugeIdentifier,
    fc.constantFrom(
      (id: string) => `CREATE TABLE ${id} (${id} bigint PRIMARY KEY);`,
      (id: string) => `CREATE INDEX ${id} ON lead (${id});`,
      (id: string) => `ALTER TABLE lead ADD COLUMN ${id} text DEFAULT now();`,
      (id: string) => `ALTER TABLE ${id} RENAME TO ${id};`,
      (id: string) => `CREATE POLICY ${id} ON lead USING (current_setting('${id}') = 'x');`,
      (id: string) => `SET lock_timeout = '${id}';`,
      (id: string) => `DROP INDEX ${id};`,
      (id: string) => `SELECT ${id} FROM ${id}.${id};`,
    ),
  )
  .map(([id, make]) => make(id));

type TextMutation =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; piece: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'line-start'; at: number; piece: string }
  | { op: 'crlf' };

type ByteMutation = { op: 'insert-bytes'; at: number; bytes: readonly number[] } | { op: 'delete-byte'; at: number } | { op: 'truncate-bytes'; at: number };

const frac = fc.double({ min: 0, max: 1, noNaN: true });

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HAZARDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: hugeIdentifier },
);

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: frac }),
  fc.record({ op: fc.constant('insert' as const), at: frac, piece }),
  fc.record({ op: fc.constant('insert' as const), at: frac, piece }),
  fc.record({ op: fc.constant('delete' as const), at: frac, len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: frac, len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('crlf' as const) }),
  fc.record({ op: fc.constant('line-start' as const), at: frac, piece: fc.constantFrom('\\set x 1', '\\i a.sql', '\\echo é', '${x}', '-- c', '/*', '$$', "'") }),
);

/** Bytes that are not UTF-8: lone continuation bytes, cut sequences, overlong forms, surrogates. */
export const INVALID_UTF8: number[][] = [[0xff], [0x80], [0xc3], [0xe2, 0x82], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xfe]];

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({
    op: fc.constant('insert-bytes' as const),
    at: frac,
    // (a byte order mark is valid, and dropped by the decoder, anywhere but at the start)
    bytes: fc.oneof(fc.constantFrom(...INVALID_UTF8), fc.constant<number[]>([0]), fc.constant<number[]>([0xef, 0xbb, 0xbf]), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 })),
  }),
  fc.record({ op: fc.constant('delete-byte' as const), at: frac }),
  fc.record({ op: fc.constant('truncate-bytes' as const), at: frac }),
);

const pos = (at: number, len: number) => Math.min(len, Math.floor(at * (len + 1)));

function applyText(text: string, m: TextMutation): string {
  if (m.op === 'crlf') return text.replace(/\n/g, '\r\n');
  const at = pos(m.at, text.length);
  switch (m.op) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + m.piece + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'duplicate':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'line-start': {
      const nl = text.lastIndexOf('\n', at - 1) + 1;
      return `${text.slice(0, nl)}${m.piece}\n${text.slice(nl)}`;
    }
  }
}

function applyBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const at = pos(m.at, bytes.length);
  const b = Buffer.from(bytes);
  switch (m.op) {
    case 'insert-bytes':
      return Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    case 'delete-byte':
      return Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
    case 'truncate-bytes':
      return b.subarray(0, at);
  }
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/** A migration made of real statements (or whole files), possibly with a huge-identifier statement among them. */
function migration(corpus: Corpus): fc.Arbitrary<string> {
  const statement = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...corpus.statements) }, { weight: 1, arbitrary: hugeIdentifierStatement });
  return fc.oneof(
    fc.constantFrom(...corpus.files),
    fc.array(statement, { minLength: 1, maxLength: 8 }).chain((stmts) => fc.constantFrom('\n', '\n\n', ' ', '\r\n').map((sep) => stmts.join(sep))),
  );
}

/** Real migrations put through text mutations (truncation, hazards, deletion, duplication). */
export function mutatedSql(corpus: Corpus): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(migration(corpus), fc.array(textMutation, { minLength: 1, maxLength: 5 }))
    .map(([sql, ms]) => utf8(ms.reduce(applyText, sql)));
}

/** Real migrations, mutated as text and then as bytes (invalid UTF-8, NUL, cut characters). */
export function mutatedBytes(corpus: Corpus): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(migration(corpus), fc.array(textMutation, { maxLength: 3 }), fc.array(byteMutation, { minLength: 1, maxLength: 3 }))
    .map(([sql, ts, bs]) => bs.reduce(applyBytes, utf8(ts.reduce(applyText, sql))));
}

/** Text with no relation to SQL, and raw bytes. */
export const randomInput: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.string({ maxLength: 200 }).map(utf8),
  fc.string({ unit: 'grapheme', maxLength: 100 }).map(utf8),
  fc.string({ unit: 'binary', maxLength: 100 }).map(utf8),
  fc.array(fc.constantFrom(...HAZARDS), { maxLength: 40 }).map((p) => utf8(p.join(''))),
  fc.array(fc.constantFrom(...HAZARDS, ' ', 'x', 'lead', 'SELECT', 'CREATE INDEX i ON lead (a)', 'TABLE'), { maxLength: 60 }).map((p) => utf8(p.join(' '))),
  fc.uint8Array({ maxLength: 300 }),
);

/**
 * File names as a checkout may hold them: valid, misnamed, and ones whose characters mean
 * something to a report (GitHub command separators, markdown, URI escapes, a newline).
 */
export const fileName: fc.Arbitrary<string> = fc.constantFrom(
  'V100__fuzz.sql',
  'V100__fuzz.sql',
  'V100__fuzz.sql',
  'V1__duplicate.sql',
  'VXXX__pending.sql',
  'U100__undo.sql',
  'R__repeatable.sql',
  'bad name.sql',
  'V100__ünïcode_☃.sql',
  'V100__a%2C:b,c|`x`.sql',
  'V100__line\n::error::injected.sql',
);
