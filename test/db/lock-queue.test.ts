import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/commands/lint.js';
import { project } from '../helpers/project.js';
import { formatTestMarkdown } from '../../src/report/test-markdown.js';
import { formatTestText } from '../../src/report/test-text.js';
import { serverUrl, testProject } from './helpers.js';

const BASE = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner text);\nINSERT INTO lead SELECT g, md5(g::text) FROM generate_series(1, 100) g;\n';

/** `pgmig test` of the change, keeping the database so what is left on it can be counted. */
async function run(change: string) {
  const r = await testProject(
    { '.pgmig.yml': 'lockQueue: { wait: 1500ms, budget: 30s }\n', 'db/migration/V1__lead.sql': BASE, 'db/migration/V2__change.sql': change },
    { files: ['db/migration/V2__change.sql'], keep: true },
  );
  const left = await leftovers(r.database.name);
  return { ...r, left };
}

/** Sessions on the test database once the run is over, and locks not granted there; then it is dropped. */
async function leftovers(db: string): Promise<{ sessions: number; waiting: number }> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    const s = await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [db]);
    const w = await c.query(`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE NOT l.granted AND d.datname = $1`, [db]);
    return { sessions: s.rows[0].n, waiting: w.rows[0].n };
  } finally {
    await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await c.end();
  }
}

describe('pgmig test: the lock-queue rehearsal', () => {
  it('a lock_timeout that works: the ALTER fails fast behind a reader and the traffic waits no longer than it', async () => {
    const r = await run("SET lock_timeout = '200ms';\nALTER TABLE lead ADD COLUMN note text;\n");
    expect(r.summary.errors).toBe(0);
    expect(r.lockQueue).toHaveLength(1);
    const q = r.lockQueue[0]!;
    expect(q).toMatchObject({ line: 2, relation: 'public.lead', lock: 'ACCESS EXCLUSIVE', blocker: 'read', outcome: 'failed fast', lockTimeoutMs: 200 });
    expect(q.waitedMs).toBeGreaterThanOrEqual(150);
    expect(q.waitedMs).toBeLessThan(1200);
    expect(q.readWaitMs).toBeLessThanOrEqual(q.waitedMs! + 100);
    expect(q.writeWaitMs).toBeLessThanOrEqual(q.waitedMs! + 100);
    // the real run happened afterwards, as usual
    expect(r.migrations.find((m) => m.file.endsWith('V2__change.sql'))?.status).toBe('applied');
    expect(formatTestText(r, { color: false })).toMatch(/Lock-queue rehearsal:[\s\S]*V2__change\.sql:2 ALTER TABLE lead\n\s+lock_timeout 200ms works: failed fast after \d+ ms behind a reader; reads of public\.lead waited \d+ ms, writes \d+ ms/);
    expect(r.left).toEqual({ sessions: 0, waiting: 0 });
  });

  it('no lock_timeout: the reads and writes queue behind the waiting ALTER, measured, until pgmig ends it', async () => {
    const r = await run('ALTER TABLE lead ADD COLUMN note text;\n');
    const q = r.lockQueue[0]!;
    expect(q).toMatchObject({ outcome: 'queued', lockTimeoutMs: 0, blocker: 'read' });
    // the traffic arrived after the ALTER began to wait, and waited until it was ended
    expect(q.waitedMs).toBeGreaterThanOrEqual(1400);
    expect(q.readWaitMs).toBeGreaterThan(500);
    expect(q.writeWaitMs).toBeGreaterThan(500);
    expect(formatTestMarkdown(r)).toMatch(/#### Lock-queue rehearsal[\s\S]*\| ❌ without lock_timeout, reads and writes of public\.lead queue behind this statement while any transaction holds public\.lead: an outage under production traffic/);
    expect(r.left).toEqual({ sessions: 0, waiting: 0 });
  });

  it('SET LOCAL in a file that runs outside a transaction protects nothing, and the rehearsal shows it', async () => {
    // the CONCURRENTLY statement makes the file run statement by statement, outside a transaction
    const r = await run("SET LOCAL lock_timeout = '200ms';\nALTER TABLE lead ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY lead_owner ON lead (owner);\n");
    const q = r.lockQueue.find((x) => x.line === 2)!;
    expect(q).toMatchObject({ outcome: 'queued', lockTimeoutMs: 0 });
    expect(r.left).toEqual({ sessions: 0, waiting: 0 });
    // and lint has said so already: the same verdict before anything runs
    const cwd = project({ 'db/migration/V1__lead.sql': BASE, 'db/migration/V2__change.sql': "SET LOCAL lock_timeout = '200ms';\nALTER TABLE lead ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY lead_owner ON lead (owner);\n" });
    const { result } = await runLint({ cwd, files: ['db/migration/V2__change.sql'] });
    const f = result.findings.find((x) => x.rule === 'require-lock-timeout');
    expect(f).toMatchObject({ line: 2 });
    expect(f!.help).toMatch(/SET LOCAL lock_timeout outside BEGIN … COMMIT has no effect/);
  });

  it('a setting from an earlier file does not carry over', async () => {
    const r = testProject(
      {
        '.pgmig.yml': 'lockQueue: { wait: 800ms }\n',
        'db/migration/V1__lead.sql': BASE,
        'db/migration/V2__settings.sql': "SET lock_timeout = '100ms';\n",
        'db/migration/V3__change.sql': 'ALTER TABLE lead ADD COLUMN note text;\n',
      },
      { files: ['db/migration/V2__settings.sql', 'db/migration/V3__change.sql'] },
    );
    expect((await r).lockQueue.map((q) => [q.file, q.outcome])).toEqual([['db/migration/V3__change.sql', 'queued']]);
  });

  it('CREATE INDEX (SHARE) waits behind a writer; reads go on, writes queue; CONCURRENTLY needs no rehearsal', async () => {
    const r = await run("SET lock_timeout = '150ms';\nCREATE INDEX lead_owner ON lead (owner);\n");
    expect(r.lockQueue[0]).toMatchObject({ lock: 'SHARE', blocker: 'write', outcome: 'failed fast' });
    expect(r.lockQueue[0]!.readWaitMs).toBeLessThan(100);
    const concurrent = await run('CREATE INDEX CONCURRENTLY lead_owner ON lead (owner);\n');
    expect(concurrent.lockQueue).toEqual([]);
  });

  it('tables the migration creates are not rehearsed, and --no-lock-queue rehearses nothing', async () => {
    const r = await run("CREATE TABLE note (id bigint);\nALTER TABLE note ADD COLUMN body text;\n");
    expect(r.lockQueue).toEqual([]);
    const off = await testProject({ 'db/migration/V1__lead.sql': BASE, 'db/migration/V2__change.sql': 'ALTER TABLE lead ADD COLUMN note text;\n' }, { files: ['db/migration/V2__change.sql'], lockQueue: false });
    expect(off.lockQueue).toEqual([]);
  });

  it('a table an earlier file of the same change created has no traffic either: only the table from before the change is rehearsed', async () => {
    const r = await testProject(
      {
        '.pgmig.yml': 'lockQueue: { wait: 800ms }\n',
        'db/migration/V1__lead.sql': BASE,
        'db/migration/V2__note.sql': 'CREATE TABLE note (id bigint PRIMARY KEY);\n',
        'db/migration/V3__change.sql': 'ALTER TABLE note ADD COLUMN body text;\nALTER TABLE lead ADD COLUMN note_id bigint;\n',
      },
      { files: ['db/migration/V2__note.sql', 'db/migration/V3__change.sql'] },
    );
    expect(r.lockQueue.map((q) => [q.file, q.line, q.relation])).toEqual([['db/migration/V3__change.sql', 2, 'public.lead']]);
  });
});

describe('the lock-queue rehearsal in a transaction of several statements', () => {
  it('rehearses only the first statement to lock a table (the later ones find it held), and replays the file up to it', async () => {
    const r = await run("SET lock_timeout = '200ms';\nCREATE TABLE audit (id int);\nALTER TABLE lead ALTER COLUMN owner TYPE varchar(64);\nUPDATE lead SET owner = 'x' WHERE id = 1;\nALTER TABLE lead ADD COLUMN note text;\n");
    expect(r.lockQueue.map((q) => [q.line, q.outcome])).toEqual([[3, 'failed fast']]);
    expect(r.summary.errors).toBe(0);
    expect(r.left).toEqual({ sessions: 0, waiting: 0 });
  });
});
