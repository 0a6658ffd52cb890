import { describe, expect, it } from 'vitest';
import { runAssign } from '../../src/commands/assign.js';
import { bareOrigin, type Origin, type Repo } from '../helpers/git.js';

// pgmig test runs a pull request's pending files by name, and lint reads them so; assign must
// give them numbers in that order however the pull request reached the branch, or production
// runs them in an order nobody tested.

const M = 'db/migration';
const COLUMN = `${M}/VXXX__lead_score_1_add_column.sql`;
const BACKFILL = `${M}/VXXX__lead_score_2_backfill.sql`;
const files = {
  column: { [COLUMN]: 'ALTER TABLE lead ADD COLUMN score bigint;\n' },
  backfill: { [BACKFILL]: 'UPDATE lead SET score = 0 WHERE score IS NULL;\n' },
};

/** A pull request branch whose author committed the backfill first, then the column it fills. */
function pullRequest(origin: Origin): Repo {
  const dev = origin.clone();
  dev.git('checkout', '--quiet', '-b', 'feature');
  dev.write(files.backfill).commit('backfill lead.score');
  dev.write(files.column).commit('add lead.score');
  // main moved on meanwhile, so a rebase-merge really rewrites the commits
  const other = origin.clone();
  other.write({ 'README.md': 'unrelated\n' }).commit('docs');
  other.git('push', '--quiet', 'origin', 'HEAD:main');
  dev.git('fetch', '--quiet', 'origin');
  return dev;
}

const styles: Record<string, (dev: Repo) => void> = {
  'a merge commit': (dev) => {
    dev.git('checkout', '--quiet', '-B', 'main', 'origin/main');
    dev.git('merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7 from acme/feature', 'feature');
    dev.git('push', '--quiet', 'origin', 'main');
  },
  'a squash merge': (dev) => {
    dev.git('checkout', '--quiet', '-B', 'main', 'origin/main');
    dev.git('merge', '--quiet', '--squash', 'feature');
    dev.git('commit', '--quiet', '-m', 'Lead score (#7)');
    dev.git('push', '--quiet', 'origin', 'main');
  },
  'a rebase merge (linear history)': (dev) => {
    dev.git('rebase', '--quiet', 'origin/main');
    dev.git('push', '--quiet', 'origin', 'feature:main');
  },
  'direct pushes of each commit': (dev) => {
    dev.git('rebase', '--quiet', 'origin/main');
    dev.git('push', '--quiet', 'origin', 'feature~1:main');
    dev.git('push', '--quiet', 'origin', 'feature:main');
  },
};

describe('pgmig assign numbers pending files in the order pgmig test ran them, whatever the merge style', () => {
  for (const [style, land] of Object.entries(styles)) {
    it(`after ${style}`, async () => {
      const origin = bareOrigin({ [`${M}/V1__lead.sql`]: 'CREATE TABLE lead (id bigint);\n' });
      land(pullRequest(origin));
      if (style.startsWith('a rebase') || style.startsWith('direct')) {
        // each file reached main in a commit of its own, the backfill first
        expect(origin.git('rev-list', '--min-parents=2', 'main').trim()).toBe('');
        expect(origin.git('log', '--format=%s', '-2', 'main').trim().split('\n')).toEqual(['add lead.score', 'backfill lead.score']);
      }
      const r = await runAssign({ cwd: origin.clone().dir, backoffMs: 10 });
      expect(r.assigned.map((a) => [a.from, a.to])).toEqual([
        [COLUMN, `${M}/V2__lead_score_1_add_column.sql`],
        [BACKFILL, `${M}/V3__lead_score_2_backfill.sql`],
      ]);
      expect(origin.files(M)).toEqual([`${M}/V1__lead.sql`, `${M}/V2__lead_score_1_add_column.sql`, `${M}/V3__lead_score_2_backfill.sql`]);
    });
  }
});
