/**
 * Makes a migration file parseable by the server grammar without moving anything: psql
 * meta-command lines (`\set`, `\i`, `\connect`, …) become line comments and Flyway placeholders
 * (`${schema}`) become identifiers of the same length. Every UTF-16 index, and so every line
 * and column, stays where it was in the file as written; so does every UTF-8 byte offset, which
 * the parser reports and the file's SourceText maps back (each character is replaced by one of
 * the same width, characters outside ASCII by themselves).
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
    // lines are counted on from the previous match: a file of many meta-commands stays linear
    let line = 1;
    let counted = 0;
    out = out.replace(META_LINE, (match, offset: number) => {
      line += newlines(text, counted, offset);
      counted = offset;
      metaCommandLines.push(line);
      // blanks alone would shorten the line in bytes when it holds `é`; inside a comment it can stay
      const slash = match.indexOf('\\');
      // eslint-disable-next-line no-control-regex
      return `${' '.repeat(slash)}--${match.slice(slash + 2).replace(/[\x00-\x7f]/g, ' ')}`;
    });
  }
  if (out.includes('${')) {
    // `_name__` keeps the length of `${name}` (one character more than `_name_`, which moved
    // every statement after a placeholder one character left); ASCII characters that cannot be
    // in an identifier become `_` (others can, and keep their byte width)
    out = out.replace(PLACEHOLDER, (_m, name: string) => `_${name.replace(/[^A-Za-z0-9_\u0080-\uffff]/g, '_')}__`);
  }
  return { text: out, metaCommandLines };
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
