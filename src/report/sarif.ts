import { gzipSync } from 'node:zlib';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, LintResult } from '../rules/finding.js';
import type { Rule } from '../rules/rule.js';
import { docsUrl } from './docs-url.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where code scanning sends people who click the tool's name. */
export const INFORMATION_URI = 'https://www.npmjs.com/package/pgmig';
/** Consumers (GitHub code scanning) resolve relative artifact URIs against the checkout root. */
export const SRCROOT = '%SRCROOT%';

/** GitHub code scanning rejects a run with more results than this (the upload fails, silently here). */
export const SARIF_MAX_RESULTS = 25_000;
/** …and an upload larger than this, gzipped. */
export const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024;
/** GitHub cuts a rule's fullDescription past this many characters. */
export const FULL_DESCRIPTION_MAX = 1024;

export interface SarifOptions {
  rules: Rule[];
  /** pgmig's own version, for `tool.driver.version`. */
  version?: string;
  informationUri?: string;
  /** Absolute path of the checkout, for `originalUriBaseIds`; without it the base is only described. */
  srcRoot?: string;
  /** Default {@link SARIF_MAX_RESULTS}. */
  maxResults?: number;
  /** Default {@link SARIF_MAX_GZIP_BYTES}. */
  maxGzipBytes?: number;
}

export interface SarifReport {
  text: string;
  /** Findings in the log, and in the lint: fewer when the log was cut to GitHub's limits. */
  shown: number;
  total: number;
  /** Why findings were left out, as the run's properties and the job summary say it. */
  notice?: string;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(text);
  return (m ? m[0] : text).trim();
}

/** Code scanning filters alerts by tag; the tag says what kind of harm the rule prevents. */
function tagsOf(rule: Rule): string[] {
  const tags = ['postgresql', 'migrations'];
  const id = rule.id;
  if (rule.docs.lock || /concurrent|lock|timeout|reindex|refresh|transaction/.test(id)) tags.push('locking');
  if (/rls|security|search-path/.test(id)) tags.push('security');
  if (/version|filename|applied/.test(id)) tags.push('versioning');
  if (id === 'syntax-error') tags.push('correctness');
  if (id === 'unused-ignore') tags.push('maintainability');
  return tags;
}

/** A fence that the content cannot close: longer than any run of backticks inside it. */
function fence(content: string, lang = ''): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  const f = '`'.repeat(Math.max(3, longest + 1));
  return `${f}${lang}\n${content}\n${f}`;
}

function descriptor(rule: Rule): ReportingDescriptor {
  const { why, instead, lock, example } = rule.docs;
  const text = [why, lock && `Lock: ${lock}`, `Instead: ${instead}`];
  const markdown = [why, lock && `**Lock:** ${lock}`, `**Instead:** ${instead}`];
  if (example) {
    const indent = (s: string) => s.replace(/^/gm, '    ');
    text.push(`Bad:\n${indent(example.bad)}`, `Good:\n${indent(example.good)}`);
    markdown.push(`Bad:\n\n${fence(example.bad, 'sql')}`, `Good:\n\n${fence(example.good, 'sql')}`);
  }
  text.push(`More: pgmig explain ${rule.id}`);
  markdown.push(`More: \`pgmig explain ${rule.id}\``);
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: firstSentence(why) },
    fullDescription: { text: lock ? `${why} Lock: ${lock}` : why },
    help: { text: text.filter(Boolean).join('\n\n'), markdown: markdown.filter(Boolean).join('\n\n') },
    ...(docsUrl(rule.id) ? { helpUri: docsUrl(rule.id) } : {}),
    defaultConfiguration: { level: rule.severity, enabled: !rule.optIn },
    properties: { tags: tagsOf(rule) },
  };
}

/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function result(f: Finding, index: Map<string, number>, rules: Rule[]): Result {
  const i = index.get(f.rule);
  const instead = i === undefined ? undefined : rules[i]!.docs.instead;
  // the rule's help is in its descriptor; a finding-specific one would be lost without this
  const text = f.help && f.help !== instead ? `${f.message}\n\n${f.help}` : f.message;
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn);
  return {
    ruleId: f.rule,
    ...(i === undefined ? {} : { ruleIndex: i }),
    level: f.severity,
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file), uriBaseId: SRCROOT },
          region: { startLine, startColumn, endLine, endColumn },
        },
      },
    ],
    ...(f.relation ? { properties: { relation: f.relation } } : {}),
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule, then every finding
 * (`pgmig lint --format sarif`; the action uses {@link formatSarifReport} with GitHub's limits).
 */
export function formatSarif(lint: LintResult, opts: SarifOptions): string {
  return formatSarifReport(lint, { maxResults: Infinity, maxGzipBytes: Infinity, ...opts }).text;
}

function srcRootUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const abs = p.startsWith('/') ? p : `/${p}`;
  return `file://${abs.split('/').map(encodeURIComponent).join('/')}${abs.endsWith('/') ? '' : '/'}`;
}

/**
 * The SARIF log within GitHub's limits: at most `maxResults` results and `maxGzipBytes`
 * gzipped, errors before warnings (each in the lint's order) when findings must be left out;
 * the run's properties and {@link SarifReport.notice} say how many and where the rest is.
 */
export function formatSarifReport(lint: LintResult, opts: SarifOptions): SarifReport {
  const total = lint.findings.length;
  const ordered = [...lint.findings.filter((f) => f.severity === 'error'), ...lint.findings.filter((f) => f.severity !== 'error')];
  const maxResults = opts.maxResults ?? SARIF_MAX_RESULTS;
  const maxBytes = opts.maxGzipBytes ?? SARIF_MAX_GZIP_BYTES;
  let keep = Math.min(total, maxResults);
  for (;;) {
    const cut = keep < total;
    const notice = cut
      ? `${total - keep} of ${total} findings are left out of this SARIF log (errors kept first): GitHub code scanning accepts at most ${maxResults.toLocaleString('en-US')} results and ${Math.round(maxBytes / 1024 / 1024)} MB gzipped per upload. The job summary, the log and the JSON report have them all.`
      : undefined;
    const text = render(cut ? ordered.slice(0, keep) : lint.findings, opts, cut ? { truncated: true, findingsTotal: total, findingsInLog: keep, notice } : undefined);
    if (keep === 0 || !Number.isFinite(maxBytes) || gzipSync(text).length <= maxBytes) return { text, shown: keep, total, notice };
    keep = Math.floor(keep / 2);
  }
}

function render(findings: LintResult['findings'], opts: SarifOptions, cut?: Record<string, unknown>): string {
  const index = new Map(opts.rules.map((r, i) => [r.id, i]));
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pgmig',
            ...(opts.version ? { version: opts.version } : {}),
            ...(opts.version && SEMVER.test(opts.version) ? { semanticVersion: opts.version } : {}),
            informationUri: opts.informationUri ?? INFORMATION_URI,
            rules: opts.rules.map(descriptor),
          },
        },
        // every result's artifactLocation is relative to this base: the checkout's root
        originalUriBaseIds: {
          [SRCROOT]: opts.srcRoot ? { uri: srcRootUri(opts.srcRoot) } : { description: { text: 'The root of the repository checkout the paths are relative to.' } },
        },
        // the engine counts columns in characters (code points), as editors show them
        columnKind: 'unicodeCodePoints',
        results: findings.map((f) => result(f, index, opts.rules)),
        ...(cut ? { properties: cut } : {}),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
