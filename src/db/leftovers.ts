/**
 * Objects a migration leaves half made: an index that is not valid (a concurrent build that
 * failed and was skipped by IF NOT EXISTS on the retry, an index ON ONLY a partitioned table whose
 * partitions' indexes were never attached) and a constraint still NOT VALID. Each is charged to
 * the new migration after which it first appeared, and reported if it is still there after the
 * last one: no later migration validated or replaced it.
 */

interface Queryable {
  query(sql: string): Promise<{ rows: unknown[] }>;
}

interface Leftover {
  key: string;
  what: string;
}

export interface LeftoverProblem {
  severity: 'error';
  file: string;
  message: string;
}

const SQL = `
SELECT 'index' AS kind, format('%I.%I', n.nspname, c.relname) AS name, format('%I.%I', tn.nspname, t.relname) AS tbl
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
 WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
UNION ALL
SELECT 'constraint', quote_ident(c.conname), format('%I.%I', n.nspname, t.relname)
  FROM pg_constraint c
  JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE NOT c.convalidated AND n.nspname NOT IN ('pg_catalog', 'information_schema')`;

async function current(client: Queryable): Promise<Leftover[]> {
  const { rows } = await client.query(SQL);
  return (rows as Array<{ kind: string; name: string; tbl: string }>).map((r) => ({
    key: `${r.kind}:${r.tbl}:${r.name}`,
    what: r.kind === 'index' ? `index ${r.name} on ${r.tbl} is INVALID` : `constraint ${r.name} on ${r.tbl} is NOT VALID`,
  }));
}

export class LeftoverWatch {
  private baseline?: Set<string>;
  private readonly madeBy = new Map<string, { file: string; what: string }>();

  /** What the base migrations left, before the first new one: not the change's doing. */
  async start(client: Queryable): Promise<void> {
    this.baseline ??= new Set((await current(client)).map((l) => l.key));
  }

  /** After a new migration (and its undo rehearsal) ran. */
  async after(client: Queryable, file: string): Promise<void> {
    if (!this.baseline) return;
    for (const l of await current(client)) {
      if (!this.baseline.has(l.key) && !this.madeBy.has(l.key)) this.madeBy.set(l.key, { file, what: l.what });
    }
  }

  /** Once all migrations ran: what the change left half made. */
  async problems(client: Queryable): Promise<LeftoverProblem[]> {
    if (!this.baseline || this.madeBy.size === 0) return [];
    const still = new Set((await current(client)).map((l) => l.key));
    return [...this.madeBy]
      .filter(([key]) => still.has(key))
      .map(([key, m]) => ({
        severity: 'error' as const,
        file: m.file,
        message: key.startsWith('index:')
          ? `${m.what} after the migrations: queries do not use it, every write still maintains it, and IF NOT EXISTS will never rebuild it; drop it and build it again (DROP INDEX CONCURRENTLY IF EXISTS, then CREATE INDEX CONCURRENTLY), or attach the partitions' indexes`
          : `${m.what} after the migrations and no later migration validates it: only new rows are checked; add ALTER TABLE … VALIDATE CONSTRAINT in a following migration`,
      }));
  }
}
