import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { parseSql, type ParsedFile } from '../sql/parse.js';
import { SourceText } from '../sql/source.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The largest migration or test file pgmig reads: 32 MiB. Parsing costs about a hundred times
 * the file's size in memory, so a larger file (a data dump) would exhaust a runner; load data
 * with COPY from a file the migration names, or split the file.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Throws (exit 2) when the file is past {@link MAX_FILE_BYTES}; a file that cannot be stat'ed is the reader's to report. */
export function checkFileSize(absPath: string, shownAs: string): void {
  let size: number;
  try {
    size = statSync(absPath).size;
  } catch {
    return;
  }
  if (size > MAX_FILE_BYTES) {
    const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    throw new UserError(`${shownAs} is ${mib(size)}, more than the ${mib(MAX_FILE_BYTES)} pgmig reads in one file; split it, or load bulk data with COPY from a file`);
  }
}

/**
 * Reads and parses one migration. A file that cannot be read is the user's environment
 * (UserError, exit 2); a file that is not UTF-8 text is a syntax error in that file, so the
 * other files are still linted.
 */
export function readMigration(absPath: string, shownAs: string): ParsedFile {
  let bytes: Buffer;
  checkFileSize(absPath, shownAs);
  try {
    bytes = readFileSync(absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code ?? err);
    throw new UserError(`cannot read ${shownAs}: ${why}`);
  }
  return parseBytes(bytes);
}

export function parseBytes(bytes: Uint8Array): ParsedFile {
  const nul = bytes.indexOf(0);
  let text: string | undefined;
  if (nul < 0) {
    try {
      text = decoder.decode(bytes);
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) {
    const at = nul >= 0 ? `a NUL byte at offset ${nul}` : 'bytes that are not UTF-8';
    return {
      source: new SourceText(''),
      statements: [],
      trailingGapStart: 0,
      error: { index: 0, message: `not a SQL text file: it contains ${at}; save migrations as UTF-8 text` },
    };
  }
  // the decoder already dropped a UTF-8 byte order mark, so line 1 columns match the editor
  return parseSql(withoutCopyData(text));
}

/** `COPY … FROM STDIN …;` at the start of a line, to the end of that line. */
const COPY_FROM_STDIN = /^[ \t]*COPY\b[^;]*?\bFROM\s+STDIN\b[^;]*;[^\n]*\n/gim;

/**
 * The inline data after `COPY … FROM STDIN;` (up to the `\.` line), which psql and Flyway send as
 * the COPY's input, blanked: the parser would read it as SQL. Each UTF-16 unit becomes a space and
 * the newlines stay, so every line and column after it is where it was.
 */
export function withoutCopyData(text: string): string {
  const blocks = copyDataBlocks(text);
  if (!blocks.length) return text;
  let out = '';
  let last = 0;
  for (const b of blocks) {
    out += text.slice(last, b.start) + text.slice(b.start, b.end).replace(/[^\r\n]/g, ' ');
    last = b.end;
  }
  return out + text.slice(last);
}

/**
 * The inline data blocks of a file's `COPY … FROM STDIN` statements, in order: `start`..`end`
 * spans the data and its `\.` line; `data` is what the COPY reads (the lines before `\.`).
 */
export function copyDataBlocks(text: string): Array<{ start: number; end: number; data: string }> {
  if (!/\bstdin\b/i.test(text)) return [];
  const out: Array<{ start: number; end: number; data: string }> = [];
  let last = 0;
  for (const m of text.matchAll(COPY_FROM_STDIN)) {
    const start = m.index! + m[0].length;
    if (start < last) continue;
    const end = /^\\\.[ \t]*(?:\r?\n|$)/m.exec(text.slice(start));
    const dataEnd = end ? start + end.index : text.length;
    const blockEnd = end ? start + end.index + end[0].replace(/\r?\n$/, '').length : text.length;
    out.push({ start, end: blockEnd, data: text.slice(start, dataEnd) });
    last = blockEnd;
  }
  return out;
}
