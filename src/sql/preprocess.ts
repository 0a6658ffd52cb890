/**
 * Makes a migration file parseable by the server grammar without moving anything: psql
 * meta-command lines (`\set`, `\i`, `\connect`, …) become blanks and Flyway placeholders
 * (`${schema}`) become identifiers of the same length. Every UTF-16 index, and so every line
 * and column, stays where it was in the file as written.
 */
export interface Preprocessed {
  text: string;
  /** 1-based lines that held a psql meta-command. */
  metaCommandLines: number[];
}

const META_LINE = /^[ \t]*\\[A-Za-z!?;][^\n]*/gm;
const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;

export function preprocess(text: string): Preprocessed {
  const metaCommandLines: number[] = [];
  let out = text;
  if (out.includes('\\')) {
    out = out.replace(META_LINE, (match, offset: number) => {
      metaCommandLines.push(lineOf(text, offset));
      return ' '.repeat(match.length);
    });
  }
  if (out.includes('${')) {
    // `_name__` keeps the length of `${name}` (one character more than `_name_`, which moved
    // every statement after a placeholder one character left); characters that cannot be in an
    // identifier become `_`
    out = out.replace(PLACEHOLDER, (_m, name: string) => `_${name.replace(/[^A-Za-z0-9_]/g, '_')}__`);
  }
  return { text: out, metaCommandLines };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
