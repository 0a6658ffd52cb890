import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { parseSql, type ParsedFile } from '../sql/parse.js';
import { SourceText } from '../sql/source.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and parses one migration. A file that cannot be read is the user's environment
 * (UserError, exit 2); a file that is not UTF-8 text is a syntax error in that file, so the
 * other files are still linted.
 */
export function readMigration(absPath: string, shownAs: string): ParsedFile {
  let bytes: Buffer;
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
  return parseSql(text);
}
