import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flywayChecksum, flywayChecksumOfBytes } from '../../src/db/apply.js';

/** Flyway's algorithm as written: CRC32 line by line (java.util.zip.CRC32, BufferedReader.readLine). */
function reference(text: string): number {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let crc = 0xffffffff;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const bytes = Buffer.from(line, 'utf8');
    for (let i = 0; i < bytes.length; i++) crc = (crc >>> 8) ^ table[(crc ^ bytes[i]!) & 0xff]!;
  }
  return (crc ^ 0xffffffff) | 0;
}

// text with what matters to the checksum: line breaks of every kind, a BOM, multi-byte and
// astral characters, lone surrogates
const piece = fc.oneof(
  fc.constantFrom('\n', '\r', '\r\n', '\n\r', '\uFEFF', 'é', '€', '😀', '\uD800', '\uDC00', ';', ' '),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));

describe('Flyway checksums', () => {
  it('from text: the same as line by line', () => {
    fc.assert(fc.property(text, (t) => flywayChecksum(t) === reference(t)), { numRuns: 2000 });
  });

  it("from a file's bytes: the same as from its text, for UTF-8 and for bytes that are not", () => {
    fc.assert(
      fc.property(text, (t) => {
        const bytes = Buffer.from(t, 'utf8');
        return flywayChecksumOfBytes(bytes) === reference(bytes.toString('utf8'));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (raw) => {
        const bytes = Buffer.from(raw);
        return flywayChecksumOfBytes(bytes) === reference(bytes.toString('utf8'));
      }),
      { numRuns: 2000 },
    );
    // a byte order mark, and CRLF line ends, change nothing
    expect(flywayChecksumOfBytes(Buffer.from('\uFEFFSELECT 1;\r\nSELECT 2;\r\n'))).toBe(flywayChecksum('SELECT 1;\nSELECT 2;'));
    expect(flywayChecksumOfBytes(Buffer.from('SELECT 1;'))).toBe(78787420);
  });
});
