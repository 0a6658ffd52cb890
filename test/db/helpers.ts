import { inject } from 'vitest';
import pg from 'pg';
import { runTest, type TestOptions, type TestResult } from '../../src/commands/test.js';
import { parseDatabaseUrl, toUrl, withDatabase } from '../../src/db/connect.js';
import { project } from '../helpers/project.js';

/** The run's shared cluster (started once by test/setup/postgres.ts). */
export function serverUrl(): string {
  const url = inject('pgUrl');
  if (!url) throw new Error('no test cluster: run the database tests through vitest with test/setup/postgres.ts as globalSetup');
  return url;
}

/** `pgmig test` on a throwaway project made of `files`, against the shared cluster. */
export async function testProject(
  files: Record<string, string>,
  opts: Omit<TestOptions, 'cwd' | 'env'> = {},
): Promise<TestResult & { cwd: string }> {
  const cwd = project(files);
  const result = await runTest({ cwd, env: {}, databaseUrl: serverUrl(), ...opts });
  return { ...result, cwd };
}

/** Runs `fn` on a connection to a database kept by `--keep`, then drops it. */
export async function withKeptDatabase<T>(name: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const server = parseDatabaseUrl(serverUrl(), '--database-url');
  const c = new pg.Client({ connectionString: toUrl(withDatabase(server, name)) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
    const admin = new pg.Client({ connectionString: serverUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
