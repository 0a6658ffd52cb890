import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

const example = join(dirname(fileURLToPath(import.meta.url)), '../../examples/crm');

// What the README promises for the shipped example: `pgmig test` with no URL starts its own
// cluster, applies every migration, runs the pgTAP files, rehearses every undo file (the pending
// VXXX one included) and removes the cluster afterwards.
describe('pgmig test on the example project', () => {
  it('with no URL: applies, traces, runs pgTAP, and rehearses every undo (cleanup is tested in cli-test and faults)', async () => {
    let stdout = '';
    let stderr = '';
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && !k.startsWith('PG')));
    const code = await runCli(['test', '--format', 'json'], { cwd: example, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env });
    // with no terminal, only the lines that say a long run is still going
    expect(stderr.split('\n').filter((l) => l && !/^pgmig: \d+ s, /.test(l))).toEqual([]);
    expect(code).toBe(0);
    const j = JSON.parse(stdout);
    expect(j.database).toMatchObject({ throwaway: true, kept: false });
    const files = readdirSync(join(example, 'db/migration'));
    expect(j.migrations.map((m: { file: string }) => m.file.replace(/^db\/migration\//, '')).sort()).toEqual(files.filter((f) => !f.startsWith('U')).sort());
    expect(j.migrations.every((m: { status: string }) => m.status === 'applied')).toBe(true);
    // the trace: every statement of every migration, with its locks
    expect(j.migrations.flatMap((m: { statements: unknown[] }) => m.statements).length).toBeGreaterThan(100);
    expect(j.tests.map((t: { file: string; status: string }) => `${t.file} ${t.status}`)).toEqual(['db/tests/01_rls_test.sql passed', 'db/tests/02_audit_test.sql passed']);
    const undos = files.filter((f) => f.startsWith('U')).map((f) => `db/migration/${f}`).sort();
    expect(j.rehearsals.map((r: { undo: string }) => r.undo).sort()).toEqual(undos);
    expect(j.rehearsals.every((r: { status: string }) => r.status === 'passed')).toBe(true);
    expect(j.summary.errors).toBe(0);
  }, 120_000);
});
