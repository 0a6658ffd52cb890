import type { ParsedFile } from '../sql/parse.js';

/** One `-- pgmig-ignore …` (or squawk's spelling) comment. */
export interface IgnoreDirective {
  /** 1-based line of the comment. */
  line: number;
  column: number;
  endColumn: number;
  fileWide: boolean;
  rules: string[];
  /** Statement index it covers (the next statement), unless fileWide. */
  statement?: number;
  /** Rules that silenced at least one finding. */
  used: Set<string>;
}

const DIRECTIVE = /--\s*(pgmig|squawk)-ignore(-file)?\b[ \t]*([^\n]*)/g;

/**
 * Finds the ignore comments between statements (never inside a string or a function body,
 * since those regions are statements). A comment in the gap before a statement covers it.
 */
export function findDirectives(parsed: ParsedFile): IgnoreDirective[] {
  const text = parsed.source.text;
  if (!text.includes('-ignore')) return [];
  const out: IgnoreDirective[] = [];
  const gaps: Array<[number, number, number | undefined]> = parsed.statements.map((s) => [s.gapStart, s.start, s.index]);
  gaps.push([parsed.trailingGapStart, text.length, undefined]);
  if (parsed.statements.length === 0) gaps[0] = [0, text.length, undefined];
  for (const [from, to, statement] of gaps) {
    const gap = text.slice(from, to);
    if (!gap.includes('-ignore')) continue;
    for (const m of gap.matchAll(DIRECTIVE)) {
      const fileWide = !!m[2];
      if (!fileWide && statement === undefined) continue;
      const rules = m[3]!
        .replace(/--.*$/, '')
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean);
      const pos = parsed.source.position(from + m.index!);
      out.push({
        line: pos.line,
        column: pos.column,
        endColumn: pos.column + m[0].trimEnd().length,
        fileWide,
        rules,
        statement: fileWide ? undefined : statement,
        used: new Set(),
      });
    }
  }
  return out;
}
