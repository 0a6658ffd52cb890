import type { TestProject } from 'vitest/node';
import { startCluster, type Cluster } from '../../src/db/cluster.js';
import { toUrl } from '../../src/db/connect.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the run's one throwaway cluster (maintenance database); empty when none was started. */
    pgUrl: string;
  }
}

/**
 * One cluster for the whole test run, started through the same code `pgmig test` uses; each
 * database test makes a database of its own in it. A run limited to files outside test/db
 * (`vitest run test/rules`) starts none, so those runs stay as fast as before.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!wantsDatabase()) {
    project.provide('pgUrl', '');
    return async () => {};
  }
  const cluster: Cluster = await startCluster();
  project.provide('pgUrl', toUrl(cluster.target));
  return () => cluster.stop();
}

function wantsDatabase(): boolean {
  const args = process.argv.slice(2);
  const filters = args.filter((a, i) => !a.startsWith('-') && !['run', 'watch', 'dev', 'related'].includes(a) && !/^--/.test(args[i - 1] ?? ''));
  return filters.length === 0 || filters.some((f) => /db|setup|cli/.test(f));
}
