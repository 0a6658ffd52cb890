import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { runLint } from '../../src/commands/lint.js';
import { parseConfig } from '../../src/migrations/config.js';
import { project } from '../helpers/project.js';

/** A stats file as `pgmig stats` writes it, for the relations given (schema.name -> rows, bytes). */
function statsFile(rels: Record<string, { rows: number | null; bytes: number; writes?: number }>, takenAt = new Date().toISOString()): string {
  return JSON.stringify({
    format: 1,
    takenAt,
    database: 'prod',
    server: { version: '16.4', versionNum: 160004, blockSize: 8192, settings: {} },
    statsSince: takenAt,
    relations: Object.entries(rels).map(([n, r]) => {
      const [schema, name] = n.split('.');
      return {
        schema,
        name,
        kind: 'table',
        rows: r.rows,
        pages: Math.ceil(r.bytes / 8192),
        bytes: { heap: r.bytes, indexes: 0, toast: 0, total: r.bytes },
        ...(r.writes === undefined ? {} : { activity: { liveTuples: r.rows ?? 0, deadTuples: 0, insertsPerSecond: r.writes, updatesPerSecond: 0, deletesPerSecond: 0, writesPerSecond: r.writes, seqScans: 0, indexScans: 0 } }),
      };
    }),
    unavailable: [],
  });
}

const BEFORE = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner text);\nCREATE TABLE tiny (id bigint PRIMARY KEY, label text);\n';
const TIMEOUTS = "SET lock_timeout = '2s';\nSET statement_timeout = '5min';\n";

async function lint(change: string, stats: string | undefined, config = '') {
  const files: Record<string, string> = { 'db/migration/V1__base.sql': BEFORE, 'db/migration/V2__change.sql': change };
  if (stats !== undefined) files['.pgmig/stats.json'] = stats;
  files['.pgmig.yml'] = `${stats !== undefined ? 'stats: .pgmig/stats.json\n' : ''}${config}`;
  const cwd = project(files);
  const { result } = await runLint({ cwd, files: ['db/migration/V2__change.sql'] });
  return result;
}

const GIB = 1024 ** 3;

describe('findings sized by production statistics', () => {
  it('says the size of the table in the message and in the finding', async () => {
    const r = await lint(`${TIMEOUTS}CREATE INDEX lead_owner ON lead (owner);\n`, statsFile({ 'public.lead': { rows: 41_200_000, bytes: 12.3 * GIB, writes: 350 } }));
    const f = r.findings.find((x) => x.rule === 'require-concurrent-index-creation')!;
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/\(public\.lead: 41\.2 M rows, 12\.3 GB, ≈ 350 writes\/s; a large table in production/);
    expect(f.relation).toEqual({ name: 'public.lead', rows: 41_200_000, bytes: 12.3 * GIB, writesPerSecond: 350 });
  });

  it('moves a size-scaled rule to a warning on a known-small table, and keeps it an error on a large one', async () => {
    const stats = statsFile({ 'public.lead': { rows: 41_200_000, bytes: 12 * GIB }, 'public.tiny': { rows: 40, bytes: 8192 } });
    const small = await lint(`${TIMEOUTS}CREATE INDEX tiny_label ON tiny (label);\n`, stats);
    const f = small.findings.find((x) => x.rule === 'require-concurrent-index-creation')!;
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/public\.tiny: 40 rows, 8\.0 kB; a small table in production: the lock is held only briefly/);
    expect(small.summary.errors).toBe(0);

    // a config that softens the rule does not soften it on a table known to be large
    const large = await lint(`${TIMEOUTS}CREATE INDEX lead_owner ON lead (owner);\n`, stats, 'rules: { require-concurrent-index-creation: warning }\n');
    expect(large.findings.find((x) => x.rule === 'require-concurrent-index-creation')!.severity).toBe('error');
  });

  it('sizes the data-change findings: a warning with its row count on a known-small table, an error on a large one', async () => {
    const stats = statsFile({ 'public.lead': { rows: 41_200_000, bytes: 12 * GIB }, 'public.tiny': { rows: 40, bytes: 8192 } });
    const small = await lint(`${TIMEOUTS}UPDATE tiny SET label = lower(label);\nTRUNCATE tiny;\n`, stats, 'rules: { update-delete-without-where: error, ban-truncate: error }\n');
    for (const rule of ['update-delete-without-where', 'ban-truncate']) {
      const f = small.findings.find((x) => x.rule === rule)!;
      expect(f.severity, rule).toBe('warning');
      expect(f.message, rule).toMatch(/public\.tiny: 40 rows, 8\.0 kB; a small table in production: the change is one short transaction/);
    }
    const large = await lint(`${TIMEOUTS}BEGIN;\nALTER TABLE lead ADD COLUMN region text;\nUPDATE lead SET region = 'eu' WHERE owner IS NOT NULL;\nDELETE FROM lead;\nCOMMIT;\n`, stats);
    for (const rule of ['update-delete-without-where', 'backfill-in-ddl-transaction']) {
      const f = large.findings.find((x) => x.rule === rule)!;
      expect(f.severity, rule).toBe('error');
      expect(f.message, rule).toMatch(/public\.lead: 41\.2 M rows, 12\.0 GB; a large table in production: every row it touches is changed in one transaction/);
    }
  });

  it('keeps require-lock-timeout an error on a small table: a lock queue does not care about size', async () => {
    const r = await lint('ALTER TABLE tiny ADD COLUMN note text;\n', statsFile({ 'public.tiny': { rows: 40, bytes: 8192 } }));
    const f = r.findings.find((x) => x.rule === 'require-lock-timeout')!;
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/public\.tiny: 40 rows/);
    expect(f.message).not.toMatch(/small table/);
  });

  it('leaves findings unsized where the stats do not know the table, or the table is new', async () => {
    const r = await lint(`${TIMEOUTS}CREATE TABLE fresh (id bigint);\nCREATE INDEX fresh_id ON fresh (id);\nCREATE INDEX lead_owner ON lead (owner);\n`, statsFile({ 'public.other': { rows: 1, bytes: 8192 } }));
    const f = r.findings.find((x) => x.rule === 'require-concurrent-index-creation')!;
    expect(f.relation).toBeUndefined();
    expect(f.message).not.toMatch(/rows/);
  });

  it('honours size thresholds in rows', async () => {
    const stats = statsFile({ 'public.lead': { rows: 2_000_000, bytes: 100 * 1024 ** 2 } });
    const byRows = await lint(`${TIMEOUTS}CREATE INDEX lead_owner ON lead (owner);\n`, stats, 'size: { small: 10k rows, large: 1M rows }\n');
    expect(byRows.findings.find((x) => x.rule === 'require-concurrent-index-creation')!.message).toMatch(/a large table/);
    const byBytes = await lint(`${TIMEOUTS}CREATE INDEX lead_owner ON lead (owner);\n`, stats);
    expect(byBytes.findings.find((x) => x.rule === 'require-concurrent-index-creation')!.message).not.toMatch(/large table|small table/);
  });

  it('says once that the stats are missing or stale, and lints anyway', async () => {
    const missing = project({ 'db/migration/V1__base.sql': BEFORE, '.pgmig.yml': 'stats: .pgmig/stats.json\nrls: { schemas: [public] }\n' });
    let stderr = '';
    let stdout = '';
    const code = await runCli(['lint'], { cwd: missing, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
    // linted all the same: the base's tables have no RLS, which is an error of its own
    expect(code).toBe(1);
    expect(stdout).toMatch(/require-rls/);
    expect(stderr).toMatch(/^pgmig: notice: no production statistics at \.pgmig\/stats\.json: findings are not sized; write them with `pgmig stats/);

    const old = await lint(`${TIMEOUTS}CREATE INDEX lead_owner ON lead (owner);\n`, statsFile({ 'public.lead': { rows: 5, bytes: 8192 } }, '2026-01-01T00:00:00Z'), 'statsMaxAge: 30d\n');
    expect(old.notices?.[0]).toMatch(/are \d+ days old \(statsMaxAge is 30 days\)/);
    expect(old.findings.find((x) => x.rule === 'require-concurrent-index-creation')!.relation?.rows).toBe(5);
  });

  it('refuses a stats file that is not one, with the file named', async () => {
    await expect(lint('SELECT 1;\n', '{"format": 1, "oops"')).rejects.toThrow(/^\.pgmig\/stats\.json: not a statistics file written by `pgmig stats` \(invalid JSON/);
    await expect(lint('SELECT 1;\n', '{"format": 9, "takenAt": "2026-01-01", "relations": []}')).rejects.toThrow(/format 9 is newer than this pgmig reads/);
  });

  it('--stats on the command line, and the JSON report carries the size', async () => {
    const cwd = project({
      'db/migration/V1__base.sql': BEFORE,
      'db/migration/V2__change.sql': `${TIMEOUTS}CREATE INDEX lead_owner ON lead (owner);\n`,
      'prod.json': statsFile({ 'public.lead': { rows: 9, bytes: 8192 } }),
    });
    let stdout = '';
    const code = await runCli(['lint', 'db/migration/V2__change.sql', '--stats', 'prod.json', '--format', 'json'], { cwd, stdout: (s) => (stdout += s), stderr: () => {}, isTTY: false, env: {} });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.findings.find((f: { rule: string }) => f.rule === 'require-concurrent-index-creation')).toMatchObject({ rule: 'require-concurrent-index-creation', severity: 'warning', relation: { name: 'public.lead', rows: 9 } });
  });

  it('checks the size config', () => {
    expect(() => parseConfig('size: { small: 10 }\n', '.pgmig.yml')).toThrow(/\.pgmig\.yml:1: size\.small: expected a size such as 10MB/);
    expect(() => parseConfig('size: { small: 2GB, large: 1GB }\n', '.pgmig.yml')).toThrow(/size: small must not be above large/);
    expect(() => parseConfig('statsMaxAge: 30\n', '.pgmig.yml')).toThrow(/statsMaxAge: expected a duration with its unit/);
    expect(parseConfig('size: { small: 1.5 MB, large: 2M rows }\n', '.pgmig.yml').size).toEqual({ small: { bytes: 1.5 * 1024 ** 2 }, large: { rows: 2e6 } });
  });
});
