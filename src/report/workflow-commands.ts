/*
 * The GitHub Actions runner reads every line a step prints (stdout and stderr) and treats one
 * that starts with `::` (after blanks) as a workflow command: `::error::` makes an annotation,
 * `::stop-commands::<token>` silences pgmig's own. It also still reads the older form,
 * `##[command]data`, anywhere in a line. Folder and file names, identifiers, SQL and server
 * error texts come from the pull request, so nothing printed may hold either unless pgmig
 * itself composed the command with the toolkit's escaping.
 */

/** Escaping of a workflow command's message (data), as the Actions toolkit does it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value: `:` and `,` would end the value early. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A workflow command line (no line break), data and properties escaped. */
export function workflowCommand(name: string, props: Array<[string, string | number]>, message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

/**
 * Text for the runner's log, the one place plain output is made safe: any line (the runner
 * splits on CR as well as LF) that would read as a command gets its first `:` escaped as the
 * toolkit escapes it in a property, `%3A`, and `##[` becomes `##%5B`. In JSON (text that opens
 * with `{` or `[`) `##[` can only be inside a string, so it is written `##\u005b` there, which
 * a JSON reader reads back as `##[`: the report's data stays exact.
 */
export function runnerSafe(text: string): string {
  const lines = text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, '$1$2%3A:');
  if (!lines.includes('##[')) return lines;
  return /^\s*[[{]/.test(lines) ? lines.replace(/##\[/g, '##\\u005b') : lines.replace(/##\[/g, '##%5B');
}
