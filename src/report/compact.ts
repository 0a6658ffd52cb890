import type { LintResult } from '../rules/finding.js';

/**
 * One line per finding, `file:line:col: severity rule: message`, for editors' error parsers
 * (vim's errorformat, Emacs' compile mode), grep and sort; nothing else is printed. A newline in
 * a file name or message would start a line pgmig did not write, so it is shown as `\n`, and a
 * line never starts with `::` (a GitHub workflow command).
 */
export function formatCompact(result: LintResult): string {
  const one = (s: string) => s.replace(/\r\n|\r|\n/g, '\\n');
  let out = '';
  for (const f of result.findings) {
    const line = `${one(f.file)}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${one(f.message)}`;
    out += `${line.startsWith('::') ? `./${line}` : line}\n`;
  }
  return out;
}
