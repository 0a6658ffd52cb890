import type { LintResult } from '../rules/finding.js';
import { docsUrl } from './docs-url.js';

export interface TextOptions {
  color: boolean;
}

/**
 * Longer source lines are not quoted: a generated one-line file would be printed again for
 * every finding in it (hundreds of megabytes, past what a string can hold).
 */
export const QUOTE_MAX_CHARS = 1000;

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** For people at a terminal: where, what, the line itself with a marker, and what to do. */
export function formatText(result: LintResult, opts: TextOptions): string {
  const red = paint(opts.color, '31');
  const yellow = paint(opts.color, '33');
  const dim = paint(opts.color, '2');
  const bold = paint(opts.color, '1');
  const out: string[] = [];
  for (const f of result.findings) {
    const sev = f.severity === 'error' ? red('error') : yellow('warning');
    out.push(`${bold(`${f.file}:${f.line}:${f.column}`)} ${sev} ${f.message} ${dim(`[${f.rule}]`)}`);
    const src = result.sources.get(f.file)?.lineText(f.line);
    if (src !== undefined && src.length <= QUOTE_MAX_CHARS && src.trim()) {
      const gutter = String(f.line).padStart(4);
      out.push(dim(`${gutter} | `) + src.replace(/\t/g, ' '));
      const chars = [...src];
      const start = Math.min(f.column - 1, chars.length);
      const width = f.endLine === f.line ? Math.max(1, Math.min(f.endColumn, chars.length + 1) - f.column) : Math.max(1, chars.length - start);
      out.push(dim(`${' '.repeat(gutter.length)} | `) + ' '.repeat(start) + (f.severity === 'error' ? red : yellow)('^'.repeat(width)));
    }
    if (f.help) out.push(`  ${bold('help:')} ${f.help}`);
    const url = docsUrl(f.rule);
    out.push(`  ${dim(`docs: pgmig explain ${f.rule}${url ? `  (${url})` : ''}`)}`);
    out.push('');
  }
  const { files, errors, warnings } = result.summary;
  const verdict = errors > 0 ? red('✖') : warnings > 0 ? yellow('⚠') : '✔';
  out.push(`${verdict} ${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}
