import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSql } from '../../src/sql/parse.js';
import { CASES } from '../parity/cases.js';
import { casesB } from '../parity/cases-b.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/crm/db/migration/', import.meta.url));

export interface Corpus {
  /** Whole migrations: the example project's files and every parity case. */
  files: string[];
  /** Their top-level statements one by one, each with its `;`. */
  statements: string[];
}

/**
 * Real migration SQL to mutate: the example project (functions, DO blocks, policies, dollar
 * quotes, comments) and the parity cases (one or more per rule, firing and not firing).
 * Needs the parser loaded (ensureParser) to cut files into statements.
 */
export function loadCorpus(): Corpus {
  const examples = readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.sql'))
    .sort()
    .map((n) => readFileSync(join(EXAMPLES, n), 'utf8'));
  const files = [...examples, ...CASES.map((c) => c.sql), ...casesB.map((c) => c.sql)];
  const statements: string[] = [];
  for (const f of files) {
    for (const s of parseSql(f).statements) statements.push(`${s.text};`);
  }
  return { files, statements };
}

/** The example project's forward migrations, as context for the file under test (so its tables exist). */
export function exampleContext(): Array<{ name: string; sql: string }> {
  return readdirSync(EXAMPLES)
    .filter((n) => /^V\d+__.*\.sql$/.test(n))
    .map((n) => ({ name: n, sql: readFileSync(join(EXAMPLES, n), 'utf8') }));
}
