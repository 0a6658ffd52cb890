import { nodeAs } from '../sql/node-types.js';
import { displayName, relationOf, type RelationRef } from '../sql/relation.js';
import { optionEnabled } from '../sql/transactional.js';
import { defineRule, type StatementContext } from './rule.js';

/** The release that brings REPACK (CONCURRENTLY); before it there is nothing better to suggest. */
const REPACK_SINCE = 19;

export default defineRule({
  id: 'prefer-repack',
  severity: 'warning',
  sincePostgres: REPACK_SINCE,
  docs: {
    why:
      'CLUSTER and VACUUM FULL rewrite the whole table, and its indexes, while holding an ACCESS EXCLUSIVE lock: no query, not even a SELECT, gets through until the copy is done, minutes to hours on a large table. From PostgreSQL 19, REPACK (CONCURRENTLY) does the same rewrite while reads and writes go on, taking the strong lock only for a moment at the end. Before 19 (config postgresVersion) the rule still reports the rewrite and advises pg_repack, which rebuilds the table from outside the database with only brief locks, or a maintenance window; a table created in the same change is exempt, since nothing uses it yet.',
    lock: 'ACCESS EXCLUSIVE on each table rewritten (blocks reads and writes) for the whole rewrite.',
    instead: 'Use REPACK (CONCURRENTLY) table [USING INDEX index] in a migration of its own, outside a transaction; before PostgreSQL 19, the pg_repack extension does the same from outside the database.',
    example: {
      bad: 'VACUUM FULL lead;',
      good: 'VACUUM (ANALYZE) lead;',
      config: 'postgresVersion: 19\n',
    },
  },
  visit: {
    ClusterStmt(node, ctx) {
      const rel = relationOf(node.relation);
      if (rel && ctx.isNew(rel)) return;
      const what = rel ? displayName(rel) : 'every table clustered before';
      report(ctx, 'CLUSTER', what);
    },
    VacuumStmt(node, ctx) {
      if (!node.is_vacuumcmd || !optionEnabled(node.options, 'full')) return;
      const rels: RelationRef[] = (node.rels ?? [])
        .map((r) => relationOf(nodeAs(r, 'VacuumRelation')?.relation))
        .filter((r): r is RelationRef => !!r);
      const existing = rels.filter((r) => !ctx.isNew(r));
      if (rels.length > 0 && existing.length === 0) return;
      const what = rels.length ? existing.map(displayName).join(', ') : 'every table of the database';
      report(ctx, 'VACUUM FULL', what);
    },
  },
});

function report(ctx: StatementContext, statement: string, tables: string) {
  const pg = ctx.config.postgresVersion;
  const rewrite = `${statement} rewrites ${tables} under an ACCESS EXCLUSIVE lock, blocking reads and writes until done`;
  if (pg >= REPACK_SINCE) ctx.report(`${rewrite}; PostgreSQL ${pg} has REPACK (CONCURRENTLY), which does not`);
  else {
    ctx.report(`${rewrite}; PostgreSQL ${pg} has no online form of it (config postgresVersion)`, {
      help: 'Rebuild the table with the pg_repack extension, which copies it while reads and writes go on and locks it only briefly at the end, or run this in a maintenance window with the application stopped; from PostgreSQL 19, REPACK (CONCURRENTLY).',
    });
  }
}
