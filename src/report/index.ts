import type { LintResult } from '../rules/finding.js';
import type { Rule } from '../rules/rule.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

import type { Format } from './formats.js';

export { FORMATS, type Format } from './formats.js';

export interface FormatContext {
  color: boolean;
  rules: Rule[];
  /** pgmig's version, recorded in SARIF's tool.driver.version. */
  version?: string;
}

type Formatter = (result: LintResult, ctx: FormatContext) => string;

const FORMATTERS: Partial<Record<Format, Formatter>> = {
  text: (r, c) => formatText(r, { color: c.color }),
  json: (r) => formatJson(r),
  github: (r) => formatGithub(r),
  sarif: (r, c) => formatSarif(r, { rules: c.rules, version: c.version }),
  markdown: (r, c) => formatMarkdown(r, { rules: c.rules }),
  compact: (r) => formatCompact(r),
};

export function formatResult(format: Format, result: LintResult, ctx: FormatContext): string {
  const f = FORMATTERS[format];
  if (!f) throw new Error(`format ${format} is not available`);
  return f(result, ctx);
}
