import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { project } from '../helpers/project.js';
import { BASE, CHANGE, deployedDatabase, stopServer, type Db } from './fixtures.js';

// issue 22 item 3: a signal during `pgmig rollback` (a cancelled job, Ctrl-C) must not leave the
// server running the undo with its locks held. A real process, a real server, pg_sleep in the undo.

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const dbs: Db[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.drop().catch(() => {});
});
afterAll(async () => {
  await stopServer();
});

const ALL = ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql'];
const SLOW_U3 = 'LOCK TABLE lead_note IN ACCESS EXCLUSIVE MODE;\nSELECT pg_sleep(60);\nDROP TABLE lead_note;\n';

describe('pgmig rollback interrupted', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while an undo statement runs: the statement is cancelled from another session, no lock is left, and the report says nothing was undone`, async () => {
      const cwd = project({ ...BASE, ...CHANGE, 'db/migration/U3__lead_note.sql': SLOW_U3 });
      const db = await deployedDatabase(cwd, ALL);
      dbs.push(db);
      const child = spawn(process.execPath, ['--import', join(root, 'test/db/ts-node.mjs'), join(root, 'src/cli/index.ts'), 'rollback', '3', '--database-url', db.url], {
        cwd,
        env: { PATH: process.env.PATH },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('exit', (code, sig) => ok({ code, signal: sig })));
      try {
        // the undo holds ACCESS EXCLUSIVE on lead_note and sleeps
        const end = Date.now() + 45_000;
        for (;;) {
          const busy = await db.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()");
          if (busy.length) break;
          if (Date.now() > end) throw new Error(`the undo never started; stderr: ${err}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        const sent = Date.now();
        child.kill(signal);
        const done = await exited;
        expect(Date.now() - sent).toBeLessThan(10_000);
        expect(done.code).toBe(signal === 'SIGTERM' ? 143 : 130);
        expect(err).toContain(`pgmig: interrupted by ${signal}: cancelling the rollback's statement`);
        expect(out).toContain(`interrupted by ${signal} during db/migration/U3__lead_note.sql:2: pgmig cancelled the statement from another session and rolled the transaction back, so nothing was undone`);
        expect(out).toMatch(/FAIL 3: db\/migration\/U3__lead_note\.sql/);
        const locks = await db.query("SELECT l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname IN ('lead_note', 'flyway_schema_history') AND l.pid <> pg_backend_pid()");
        expect(locks).toEqual([]);
        expect(await db.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE 'pgmig%'")).toEqual([]);
        expect((await db.state()).history).toEqual(['1', '2', '3']);
        expect((await db.state()).tables).toContain('lead_note');
      } finally {
        child.kill('SIGKILL');
      }
    }, 60_000);
  }
});
