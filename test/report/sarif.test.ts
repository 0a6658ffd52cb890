import type { Log, ReportingDescriptor, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatResult } from '../../src/report/index.js';
import { formatSarif, pathToUri } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { indexes, lintResult, only } from './lint-result.js';
import { sarifValidator } from '../helpers/sarif-schema.js';

const RULE = 'require-concurrent-index-creation';

/*
 * The official schema is not available offline here (no package in node_modules ships it), so
 * this checks what the SARIF 2.1.0 schema demands of every object pgmig emits: required
 * properties, no property the schema does not define (it sets additionalProperties: false),
 * enums, minimums, unique tags and URI shapes.
 */
const SHAPES: Record<string, { allowed: string[]; required?: string[] }> = {
  log: { allowed: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'], required: ['version', 'runs'] },
  run: {
    allowed: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations',
      'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage',
      'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations',
      'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'],
    required: ['tool'],
  },
  tool: { allowed: ['driver', 'extensions', 'properties'], required: ['driver'] },
  toolComponent: {
    allowed: ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName', 'version',
      'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri', 'globalMessageStrings', 'notifications',
      'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion',
      'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'properties'],
    required: ['name'],
  },
  reportingDescriptor: {
    allowed: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription',
      'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
    required: ['id'],
  },
  multiformatMessageString: { allowed: ['text', 'markdown', 'properties'], required: ['text'] },
  reportingConfiguration: { allowed: ['enabled', 'level', 'rank', 'parameters', 'properties'] },
  result: {
    allowed: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid',
      'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations',
      'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa',
      'webRequest', 'webResponse', 'properties'],
    required: ['message'],
  },
  message: { allowed: ['text', 'markdown', 'id', 'arguments', 'properties'] },
  location: { allowed: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'] },
  physicalLocation: { allowed: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'] },
  artifactLocation: { allowed: ['uri', 'uriBaseId', 'index', 'description', 'properties'] },
  region: {
    allowed: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet',
      'message', 'sourceLanguage', 'properties'],
  },
};
const LEVELS = ['none', 'note', 'warning', 'error'];
// RFC 3986: only unreserved, reserved and percent-encoded characters
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const isInt = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min;

function checkSarif(log: unknown): string[] {
  const problems: string[] = [];
  const obj = (v: unknown, kind: string, at: string): Record<string, unknown> | undefined => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      problems.push(`${at}: expected a ${kind} object`);
      return undefined;
    }
    const o = v as Record<string, unknown>;
    const shape = SHAPES[kind]!;
    for (const k of Object.keys(o)) if (!shape.allowed.includes(k)) problems.push(`${at}: ${kind} has no property ${k}`);
    for (const k of shape.required ?? []) if (o[k] === undefined) problems.push(`${at}: ${kind} needs ${k}`);
    return o;
  };
  const text = (v: unknown, at: string) => {
    const m = obj(v, 'multiformatMessageString', at);
    if (m && typeof m.text !== 'string') problems.push(`${at}.text: expected a string`);
  };
  const props = (v: unknown, at: string) => {
    if (v === undefined) return;
    const tags = (v as { tags?: unknown }).tags;
    if (tags === undefined) return;
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) problems.push(`${at}.tags: expected strings`);
    else if (new Set(tags).size !== tags.length) problems.push(`${at}.tags: not unique`);
  };

  const l = obj(log, 'log', '$');
  if (!l) return problems;
  if (l.version !== '2.1.0') problems.push('$.version: must be "2.1.0"');
  if (typeof l.$schema !== 'string' || !/^https:\/\//.test(l.$schema)) problems.push('$.$schema: expected an https URI');
  if (!Array.isArray(l.runs)) return [...problems, '$.runs: expected an array'];
  l.runs.forEach((r, ri) => {
    const run = obj(r, 'run', `runs[${ri}]`);
    if (!run) return;
    if (run.columnKind !== undefined && !['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind as string)) problems.push('columnKind');
    const tool = obj(run.tool, 'tool', `runs[${ri}].tool`);
    const driver = tool && obj(tool.driver, 'toolComponent', `runs[${ri}].tool.driver`);
    if (!driver) return;
    if (typeof driver.name !== 'string') problems.push('driver.name: expected a string');
    if (driver.informationUri !== undefined && !/^https?:\/\/[^\s]+$/.test(driver.informationUri as string)) problems.push('driver.informationUri: not an absolute URI');
    const rules = (driver.rules ?? []) as unknown[];
    rules.forEach((d, di) => {
      const at = `rules[${di}]`;
      const rd = obj(d, 'reportingDescriptor', at);
      if (!rd) return;
      if (typeof rd.id !== 'string') problems.push(`${at}.id: expected a string`);
      for (const k of ['shortDescription', 'fullDescription', 'help'] as const) if (rd[k] !== undefined) text(rd[k], `${at}.${k}`);
      const conf = rd.defaultConfiguration === undefined ? undefined : obj(rd.defaultConfiguration, 'reportingConfiguration', `${at}.defaultConfiguration`);
      if (conf && conf.level !== undefined && !LEVELS.includes(conf.level as string)) problems.push(`${at}: bad level ${String(conf.level)}`);
      props(rd.properties, `${at}.properties`);
    });
    if (run.results !== undefined && !Array.isArray(run.results)) problems.push('results: expected an array');
    ((run.results ?? []) as unknown[]).forEach((x, i) => {
      const at = `results[${i}]`;
      const res = obj(x, 'result', at);
      if (!res) return;
      if (res.level !== undefined && !LEVELS.includes(res.level as string)) problems.push(`${at}: bad level ${String(res.level)}`);
      if (res.ruleIndex !== undefined && !isInt(res.ruleIndex, -1)) problems.push(`${at}.ruleIndex: expected an integer >= -1`);
      const msg = obj(res.message, 'message', `${at}.message`);
      if (msg && typeof msg.text !== 'string' && typeof msg.id !== 'string') problems.push(`${at}.message: needs text or id`);
      ((res.locations ?? []) as unknown[]).forEach((lv, li) => {
        const loc = obj(lv, 'location', `${at}.locations[${li}]`);
        const phys = loc?.physicalLocation === undefined ? undefined : obj(loc.physicalLocation, 'physicalLocation', `${at}.physicalLocation`);
        if (!phys) return;
        if (phys.artifactLocation === undefined && phys.address === undefined) problems.push(`${at}: physicalLocation needs artifactLocation`);
        const art = phys.artifactLocation === undefined ? undefined : obj(phys.artifactLocation, 'artifactLocation', `${at}.artifactLocation`);
        if (art && (typeof art.uri !== 'string' || !URI_CHARS.test(art.uri))) problems.push(`${at}.artifactLocation.uri: not a URI reference: ${String(art.uri)}`);
        const reg = phys.region === undefined ? undefined : obj(phys.region, 'region', `${at}.region`);
        if (reg) {
          for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
            if (reg[k] !== undefined && !isInt(reg[k], 1)) problems.push(`${at}.region.${k}: expected an integer >= 1`);
          }
          if ((reg.endLine as number) < (reg.startLine as number)) problems.push(`${at}.region: ends before it starts`);
        }
      });
      props(res.properties, `${at}.properties`);
    });
  });
  return problems;
}

const parse = (s: string) => JSON.parse(s) as Log;

describe('sarif', () => {
  it('the structure check rejects what the schema rejects (so a pass means something)', () => {
    const bad = {
      version: '2.0.0',
      runs: [
        {
          tool: { driver: { rules: [{ name: 'x', help: { markdown: 'm' }, properties: { tags: ['a', 'a'] } }] } },
          results: [{ level: 'fatal', message: {}, colour: 1, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b\\c' }, region: { startLine: 0 } } }] }],
        },
      ],
    };
    const problems = checkSarif(bad).join('\n');
    for (const p of ['version', 'needs name', 'needs id', 'help.text', 'not unique', 'bad level fatal', 'needs text or id', 'no property colour', 'not a URI', 'startLine']) {
      expect(problems).toContain(p);
    }
  });

  it('validates against the official SARIF 2.1.0 JSON schema', async () => {
    const validate = sarifValidator();
    const r = await lintResult({ 'db/migration/V1__idx.sql': indexes(3) + 'SELECT FROM WHERE;\n', 'db/migration/V2 odd name.sql': 'SELECT 1;' });
    const log = JSON.parse(formatSarif(r, { rules: RULES, version: '0.1.0' }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // and the validator does reject a broken log, so the pass above means something
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('is SARIF 2.1.0 with one run, the tool, and one descriptor per rule of the registry', async () => {
    const r = only(await lintResult({ 'db/migration/V1__idx.sql': indexes(2) }), RULE);
    const out = formatSarif(r, { rules: RULES, version: '1.2.3' });
    const log = parse(out);
    expect(checkSarif(log)).toEqual([]);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('unicodeCodePoints');
    expect(run.tool.driver).toMatchObject({ name: 'pgmig', version: '1.2.3', semanticVersion: '1.2.3', informationUri: expect.stringMatching(/^https:\/\//) });
    const rules = run.tool.driver.rules!;
    expect(rules.map((d) => d.id)).toEqual(RULES.map((x) => x.id));
    for (const [i, rule] of RULES.entries()) {
      const d: ReportingDescriptor = rules[i]!;
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(rule.docs.why.startsWith(d.shortDescription!.text)).toBe(true);
      expect(d.fullDescription!.text).toContain(rule.docs.why);
      expect(d.help!.text).toContain(rule.docs.instead);
      expect(d.help!.markdown).toContain(rule.docs.instead);
      if (rule.docs.lock) expect(d.help!.text).toContain(rule.docs.lock);
      if (rule.docs.example) {
        expect(d.help!.markdown).toContain('```sql\n' + rule.docs.example.bad + '\n```');
        expect(d.help!.markdown).toContain('```sql\n' + rule.docs.example.good + '\n```');
        expect(d.help!.text).toContain(rule.docs.example.good.split('\n')[0]!);
      }
      expect(d.defaultConfiguration).toEqual({ level: rule.severity, enabled: !rule.optIn });
      expect(d.properties!.tags).toEqual(expect.arrayContaining(['postgresql', 'migrations']));
    }
    const descriptor = rules.find((d) => d.id === RULE)!;
    expect(descriptor.name).toBe('RequireConcurrentIndexCreation');
    expect(descriptor.properties!.tags).toContain('locking');
    expect(rules.find((d) => d.id === 'require-rls')!.properties!.tags).toContain('security');
  });

  it('gives each finding a result with rule, level, message and its region', async () => {
    const r = only(await lintResult({ 'db/migration/V1__idx.sql': '-- c\n  CREATE INDEX i ON lead (x);\nSELECT FROM WHERE;\n' }), RULE, 'syntax-error');
    expect(r.findings.map((f) => f.rule)).toEqual([RULE, 'syntax-error']);
    const log = parse(formatSarif(r, { rules: RULES }));
    expect(checkSarif(log)).toEqual([]);
    const run = log.runs[0]!;
    const results: Result[] = run.results!;
    expect(results).toHaveLength(2);
    for (const [i, f] of r.findings.entries()) {
      const res = results[i]!;
      expect(res.ruleId).toBe(f.rule);
      expect(run.tool.driver.rules![res.ruleIndex!]!.id).toBe(f.rule);
      expect(res.level).toBe('error');
      expect(res.message.text!.startsWith(f.message)).toBe(true);
      expect(res.locations).toEqual([
        {
          physicalLocation: {
            artifactLocation: { uri: 'db/migration/V1__idx.sql', uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ]);
    }
    expect(results[0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 29 });
    // the syntax error points at the token the parser stopped at
    expect(results[1]!.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 3, startColumn: 13 });
    // the rule's usual help lives in its descriptor; the syntax error's own help is in the message
    expect(results[0]!.message.text).toBe(r.findings[0]!.message);
    expect(results[1]!.message.text).toBe(`${r.findings[1]!.message}\n\n${r.findings[1]!.help}`);
    // without a version the driver has none rather than a made-up one
    expect(run.tool.driver.version).toBeUndefined();
  });

  it('reports the configured severity while the descriptor keeps the default', async () => {
    const r = await lintResult({
      '.pgmig.yml': `rules: { ${RULE}: warning }\n`,
      'db/migration/V1__idx.sql': indexes(1),
    });
    const log = parse(formatSarif(only(r, RULE), { rules: RULES }));
    expect(log.runs[0]!.results![0]!.level).toBe('warning');
    expect(log.runs[0]!.tool.driver.rules!.find((d) => d.id === RULE)!.defaultConfiguration!.level).toBe('error');
  });

  it('percent-encodes paths into relative URI references', async () => {
    const dir = 'db/my migrations 50%#1';
    const r = only(await lintResult({ [`${dir}/V1__idx.sql`]: indexes(1) }, { migrations: [dir] }), RULE);
    const log = parse(formatSarif(r, { rules: RULES }));
    expect(checkSarif(log)).toEqual([]);
    const uri = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    expect(uri).toBe('db/my%20migrations%2050%25%231/V1__idx.sql');
    expect(decodeURIComponent(uri)).toBe(`${dir}/V1__idx.sql`);
    expect(pathToUri('db\\migration\\V1__a.sql')).toBe('db/migration/V1__a.sql');
  });

  it('still lists every rule, and an empty results array, when nothing is found', async () => {
    const r = only(await lintResult({ 'db/migration/V1__idx.sql': 'CREATE INDEX CONCURRENTLY i ON lead (x);\n' }), RULE);
    const log = parse(formatResult('sarif', r, { color: false, rules: RULES, version: '0.1.0' }));
    expect(checkSarif(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(RULES.length);
    expect(log.runs[0]!.tool.driver.version).toBe('0.1.0');
  });
});
