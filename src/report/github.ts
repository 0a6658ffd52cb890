import type { Finding, LintResult } from '../rules/finding.js';
import { runnerSafe, workflowCommand as command } from './workflow-commands.js';

export { escapeData, escapeProperty } from './workflow-commands.js';

/**
 * GitHub keeps at most this many annotations of each kind per step and silently drops the
 * rest, so pgmig chooses which ones are seen and says how many were left out.
 */
export const ANNOTATIONS_PER_KIND = 10;

function annotation(f: Finding): string {
  const props: Array<[string, string | number]> = [['file', f.file]];
  if (f.line >= 1) {
    const endLine = Math.max(f.endLine, f.line);
    props.push(['line', f.line], ['col', f.column], ['endLine', endLine], ['endColumn', f.endColumn]);
  }
  props.push(['title', f.rule]);
  const body = f.help ? `${f.message}\n\nhelp: ${f.help}\ndocs: pgmig explain ${f.rule}` : f.message;
  return command(f.severity === 'error' ? 'error' : 'warning', props, body);
}

/**
 * A plain log line. The runner reads any line that starts with `::` (after spaces) as a command,
 * and a file name or a quoted identifier may hold a newline followed by one, so line breaks
 * are flattened and the line starts with `- `.
 */
function plain(f: Finding): string {
  const flat = (s: string) => s.replace(/[\r\n]+/g, ' ');
  return runnerSafe(`- ${flat(f.file)}:${f.line}:${f.column} ${f.severity} ${flat(f.message)} [${f.rule}]`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Workflow commands for GitHub Actions: one annotation per finding (errors first, at most
 * {@link ANNOTATIONS_PER_KIND} of each kind), a notice for what did not fit, the findings left
 * out as plain log lines, and a summary line.
 */
export function formatGithub(result: LintResult, slots: { errors?: number; warnings?: number } = {}): string {
  // the action keeps a slot or two for its own verdict and warnings, which GitHub would drop
  // as the 11th annotation of their kind
  const errorSlots = Math.max(0, Math.min(ANNOTATIONS_PER_KIND, slots.errors ?? ANNOTATIONS_PER_KIND));
  const warningSlots = Math.max(0, Math.min(ANNOTATIONS_PER_KIND, slots.warnings ?? ANNOTATIONS_PER_KIND));
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity !== 'error');
  const shown = [...errors.slice(0, errorSlots), ...warnings.slice(0, warningSlots)];
  const leftErrors = errors.slice(errorSlots);
  const leftWarnings = warnings.slice(warningSlots);
  const out = shown.map(annotation);
  const left = leftErrors.length + leftWarnings.length;
  if (left > 0) {
    const parts = [leftErrors.length && plural(leftErrors.length, 'error'), leftWarnings.length && plural(leftWarnings.length, 'warning')].filter(Boolean);
    out.push(
      command(
        'notice',
        [['title', 'pgmig: more findings than GitHub annotates']],
        `${left} more finding${left === 1 ? '' : 's'} (${parts.join(', ')}) not annotated: GitHub shows at most ` +
          `${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step` +
          (errorSlots < ANNOTATIONS_PER_KIND || warningSlots < ANNOTATIONS_PER_KIND ? ', and pgmig keeps some for its verdict. ' : '. ') +
          'The full list is in the job summary and in the text output (pgmig lint --format text); the ones left out are listed in this log.',
      ),
    );
    out.push('pgmig: findings without an annotation:');
    // one by one: spreading 200,000 findings into push() overflows the call stack
    for (const f of leftErrors) out.push(plain(f));
    for (const f of leftWarnings) out.push(plain(f));
  }
  const { files, errors: e, warnings: w } = result.summary;
  out.push(
    e + w === 0
      ? `pgmig: ${plural(files, 'file')} checked, no findings`
      : `pgmig: ${plural(files, 'file')} checked: ${plural(e, 'error')}, ${plural(w, 'warning')}`,
  );
  return out.join('\n') + '\n';
}
