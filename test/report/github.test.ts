import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_KIND, escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { formatResult } from '../../src/report/index.js';
import { RULES } from '../../src/rules/index.js';
import { indexes, lintResult, only } from './lint-result.js';

const RULE = 'require-concurrent-index-creation';

interface Command {
  name: string;
  props: Record<string, string>;
  message: string;
}

/** Reads a workflow command the way the Actions runner does, undoing the escapes. */
function parseCommand(line: string): Command | undefined {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line.trimStart());
  if (!m) return undefined;
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string) => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = kv.indexOf('=');
    props[kv.slice(0, eq)] = unProp(kv.slice(eq + 1));
  }
  return { name: m[1]!, props, message: unData(m[3]!) };
}

const lines = (out: string) => out.trimEnd().split('\n');

describe('github annotations', () => {
  it('annotates a finding with file, position, rule and the help after the message', async () => {
    const r = only(await lintResult({ 'db/migration/V1__idx.sql': '-- the index\nCREATE INDEX lead_owner_idx ON lead (owner_id);\n' }), RULE);
    const out = lines(formatGithub(r));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(
      /^::error file=db\/migration\/V1__idx\.sql,line=2,col=1,endLine=2,endColumn=47,title=require-concurrent-index-creation::CREATE INDEX on existing table lead /,
    );
    const cmd = parseCommand(out[0]!)!;
    const f = r.findings[0]!;
    expect(cmd.message.startsWith(f.message)).toBe(true);
    expect(cmd.message).toContain(`help: ${f.help}`);
    expect(cmd.message).toContain(`pgmig explain ${RULE}`);
    expect(out[1]).toBe('pgmig: 1 file checked: 1 error, 0 warnings');
  });

  it('uses ::warning for warnings', async () => {
    const r = await lintResult({
      '.pgmig.yml': `rules: { ${RULE}: warning }\n`,
      'db/migration/V1__idx.sql': 'CREATE INDEX i ON lead (x);\n',
    });
    const cmds = lines(formatGithub(only(r, RULE))).map(parseCommand).filter((c) => c);
    expect(cmds.map((c) => [c!.name, c!.props.title])).toEqual([['warning', RULE]]);
  });

  it('escapes %, :, "," and line breaks in messages and properties so they round-trip', async () => {
    const dir = 'db/50%,a:b';
    const table = '"50%, a:b\r\nc::set-env name=X::1"';
    const r = only(
      await lintResult({ [`${dir}/V1__idx.sql`]: `CREATE INDEX i ON ${table} (x);\n` }, { migrations: [dir] }),
      RULE,
    );
    const f = r.findings[0]!;
    expect(f.message).toContain('50%, a:b\r\nc::set-env');
    const out = formatGithub(r);
    // the annotation is one line: every CR and LF of the message is escaped
    expect(lines(out)).toHaveLength(2);
    const line = lines(out)[0]!;
    expect(line).toContain('file=db/50%25%2Ca%3Ab/V1__idx.sql,');
    expect(line).toContain('50%25, a:b%0D%0Ac::set-env');
    const cmd = parseCommand(line)!;
    expect(cmd.props).toEqual({ file: f.file, line: '1', col: '1', endLine: String(f.endLine), endColumn: String(f.endColumn), title: RULE });
    expect(cmd.message).toBe(`${f.message}\n\nhelp: ${f.help}\ndocs: pgmig explain ${RULE}`);
  });

  it('escapes like the Actions toolkit', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
    // % first, or the escapes themselves would be escaped again
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('annotates at most 10 errors and 10 warnings, errors first, then says how many more', async () => {
    const ignores = Array.from({ length: 12 }, (_, i) => `-- pgmig-ignore no-such-rule-${i}\nSELECT ${i};`).join('\n');
    const r = only(
      await lintResult({ 'db/migration/V1__warn.sql': ignores, 'db/migration/V2__idx.sql': indexes(12) }),
      RULE,
      'unused-ignore',
    );
    expect(r.summary).toMatchObject({ errors: 12, warnings: 12 });
    const out = lines(formatGithub(r));
    const cmds = out.map(parseCommand);
    const kinds = cmds.map((c) => c?.name ?? 'plain');
    expect(kinds.filter((k) => k === 'error')).toHaveLength(ANNOTATIONS_PER_KIND);
    expect(kinds.filter((k) => k === 'warning')).toHaveLength(ANNOTATIONS_PER_KIND);
    // errors come first although their file sorts after the warnings' file
    expect(kinds.slice(0, 21)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), 'notice']);
    expect(cmds.slice(0, 10).map((c) => c!.props.line)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const notice = cmds[20]!;
    expect(notice.message).toMatch(/^4 more findings \(2 errors, 2 warnings\) not annotated/);
    expect(notice.message).toContain('job summary');
    // the ones left out are still in the log, as plain lines
    const plain = out.slice(21).filter((l) => l.startsWith('- '));
    expect(plain).toEqual([
      expect.stringMatching(/^- db\/migration\/V2__idx\.sql:11:1 error .*\[require-concurrent-index-creation\]$/),
      expect.stringMatching(/^- db\/migration\/V2__idx\.sql:12:1 error /),
      expect.stringMatching(/^- db\/migration\/V1__warn\.sql:21:1 warning .*\[unused-ignore\]$/),
      expect.stringMatching(/^- db\/migration\/V1__warn\.sql:23:1 warning /),
    ]);
    expect(out.at(-1)).toBe('pgmig: 2 files checked: 12 errors, 12 warnings');
  });

  it('adds no notice when everything fits', async () => {
    const r = only(await lintResult({ 'db/migration/V1__idx.sql': indexes(10) }), RULE);
    const out = formatGithub(r);
    expect(out).not.toContain('::notice');
    expect(lines(out)).toHaveLength(11);
  });

  it('prints only the summary line when there is nothing to report', async () => {
    const r = only(await lintResult({ 'db/migration/V1__idx.sql': 'CREATE INDEX CONCURRENTLY i ON lead (x);\n' }), RULE);
    expect(formatGithub(r)).toBe('pgmig: 1 file checked, no findings\n');
  });

  it('never lets SQL start a workflow command of its own, not even in the plain lines', async () => {
    const evil = '"t\n::add-mask::x\n::error file=a::forged"';
    const sql = Array.from({ length: 12 }, (_, i) => `CREATE INDEX i${i} ON ${evil} (x);`).join('\n');
    const r = only(await lintResult({ 'db/migration/V1__idx.sql': sql }), RULE);
    expect(r.findings).toHaveLength(12);
    const out = lines(formatGithub(r));
    expect(out.length).toBe(10 + 1 + 1 + 2 + 1);
    for (const l of out) {
      const cmd = parseCommand(l);
      if (cmd) expect(['error', 'notice']).toContain(cmd.name);
    }
    expect(out.filter((l) => l.trimStart().startsWith('::error'))).toHaveLength(10);
  });

  it('is what --format github prints', async () => {
    const r = only(await lintResult({ 'db/migration/V1__idx.sql': indexes(1) }), RULE);
    expect(formatResult('github', r, { color: false, rules: RULES })).toBe(formatGithub(r));
  });
});
