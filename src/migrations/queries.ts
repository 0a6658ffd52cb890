import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { UserError } from '../errors.js';
import { parseSql } from '../sql/parse.js';

/**
 * The running release's queries: what the deployed application sends, so `pgmig test` can check
 * that they still work on the migrated schema. From files the team keeps (`queries:` globs, one
 * statement per entry, `$1` parameters allowed) and from pg_stat_statements in the stats file.
 */
export interface ReleaseQuery {
  /** Whitespace-normalised text: the key that dedupes the sources. */
  text: string;
  /** Where it came from: `db/queries/leads.sql:12`, or `pg_stat_statements`. */
  source: string;
  calls?: number;
  meanMs?: number;
  /** `-- pgmig-ignore: <reason>` above the query: an intended break (a contract phase). */
  ignored?: string;
}

/** Reads every file the globs match (relative to `root`); each statement is one query. */
export function readQueryFiles(root: string, cwd: string, globs: string[]): ReleaseQuery[] {
  const files = globSync(globs, { cwd: root, absolute: true, onlyFiles: true }).sort();
  if (files.length === 0) throw new UserError(`queries: no file matches ${globs.map((g) => JSON.stringify(g)).join(', ')} (relative to ${relative(cwd, root) || '.'}); fix the pattern or remove the key`);
  const out: ReleaseQuery[] = [];
  for (const abs of files) {
    const shown = relative(cwd, abs) || abs;
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (err) {
      throw new UserError(`cannot read the queries file ${shown}: ${(err as NodeJS.ErrnoException).code ?? err}`);
    }
    const parsed = parseSql(text);
    if (parsed.error) {
      const at = parsed.source.position(parsed.error.index);
      throw new UserError(`${shown}:${at.line}:${at.column}: ${parsed.error.message} (a queries file holds the application's statements, one after another, each ending with ;)`);
    }
    for (const stmt of parsed.statements) {
      const gap = text.slice(stmt.gapStart, stmt.start);
      const ignore = /--\s*pgmig-ignore\b:?\s*(.*)$/m.exec(gap);
      out.push({
        text: normalise(stmt.text),
        source: `${shown}:${parsed.source.position(stmt.start).line}`,
        ...(ignore ? { ignored: ignore[1]!.trim() || 'no reason given' } : {}),
      });
    }
  }
  return out;
}

/** One query per normalised text, the first source kept and the calls of pg_stat_statements added. */
export function dedupeQueries(lists: ReleaseQuery[][]): ReleaseQuery[] {
  const byText = new Map<string, ReleaseQuery>();
  for (const list of lists) {
    for (const q of list) {
      const had = byText.get(q.text);
      if (!had) byText.set(q.text, { ...q });
      else {
        if (q.calls !== undefined) had.calls = (had.calls ?? 0) + q.calls;
        if (q.meanMs !== undefined && had.meanMs === undefined) had.meanMs = q.meanMs;
        if (q.ignored && !had.ignored) had.ignored = q.ignored;
      }
    }
  }
  return [...byText.values()];
}

/** Collapses whitespace outside quotes, so the same query captured twice is one. */
export function normalise(sql: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (quote) {
      out += c;
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
      out += c;
    } else if (/\s/.test(c)) {
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += c;
    }
  }
  return out.trim().replace(/;$/, '').trim();
}
