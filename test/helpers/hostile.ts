import { expect } from 'vitest';

/** Newlines in every flavour the runner splits lines on, each followed by a command. */
export const HOSTILE = ['\n::error::forged', '\r::stop-commands::deadbeef', '\r\n  ::warning file=x::forged', '\n\t::add-mask::x', 'x##[error]forged'];

/** The lines the runner would read (it splits on CR and LF and trims blanks). */
export function runnerLines(out: string): string[] {
  return out.split(/\r\n|\r|\n/).map((l) => l.trim());
}

/** pgmig's own commands: an annotation or notice with escaped properties, always titled (the forged ones are not). */
const OWN = /^::(error|warning|notice) ((file|line|col|endLine|endColumn|title)=[^,:\r\n]*,)*title=[^,:\r\n]*(,[a-zA-Z]+=[^,:\r\n]*)*::/;

export function expectNoForgedCommand(out: string, where: string) {
  for (const line of runnerLines(out)) {
    // the older command form, read anywhere in a line that is not already a (pgmig's) command
    if (!line.startsWith('::')) expect(line, `${where}: a line holding a legacy command`).not.toContain('##[');
    if (!line.startsWith('::')) continue;
    expect(line, `${where}: a line the runner would take for a command`).toMatch(OWN);
  }
  expect(out, where).not.toMatch(/(^|[\r\n])\s*::stop-commands/);
}
