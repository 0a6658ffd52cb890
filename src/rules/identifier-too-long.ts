import { identifierTokens } from '../sql/ddl.js';
import { defineRule } from './rule.js';

/** NAMEDATALEN - 1: the longest name PostgreSQL keeps, in bytes. */
const MAX_BYTES = 63;

/**
 * Runs of identifier characters and quoted identifiers: a name over 63 bytes must be one of
 * them, and at least as long in its raw form (escapes and `""` only shorten it). Statements
 * without such a long run skip the token scan, which is most of this rule's cost. The class is
 * "anything but ASCII punctuation and space" (a superset of PostgreSQL's identifier characters,
 * which is all a filter needs) because a plain class scans several times faster than Unicode
 * properties; and 64 bytes take at least 22 UTF-16 units (3 bytes per unit at most, 4 per pair).
 */
const RUNS = /[^\x00-\x23\x25-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]{22,}|"(?:[^"]|"")*"/g;

function mayHaveLongName(text: string): boolean {
  for (const m of text.matchAll(RUNS)) if (Buffer.byteLength(m[0], 'utf8') > MAX_BYTES) return true;
  return false;
}

export default defineRule({
  id: 'identifier-too-long',
  severity: 'warning',
  docs: {
    why:
      'PostgreSQL cuts every name longer than 63 bytes to 63 bytes, with only a NOTICE. The object then exists under a name nobody wrote: a later migration, an ORM or a schema diff that uses the full name looks for something else, and two long names that share their first 63 bytes collide ("already exists"). Bytes, not characters, count: a name in a non-Latin script reaches the limit sooner.',
    instead: 'Choose a name of at most 63 bytes (abbreviate: idx, fk, chk), and use it everywhere.',
    example: {
      bad: 'CREATE INDEX lead_owner_id_created_at_status_priority_region_source_partial_idx ON lead (owner_id, created_at, status, priority, region, source);',
      good: 'CREATE INDEX lead_owner_created_status_idx ON lead (owner_id, created_at, status, priority, region, source);',
    },
  },
  visit: {
    '*'(_node, ctx) {
      if (!mayHaveLongName(ctx.stmt.text)) return;
      for (const { name, location } of identifierTokens(ctx.stmt, ctx.file.parsed.source)) {
        const bytes = Buffer.byteLength(name, 'utf8');
        if (bytes <= MAX_BYTES) continue;
        ctx.report(`identifier "${name}" is ${bytes} bytes; PostgreSQL truncates names to 63 bytes, so it becomes "${truncate(name)}"`, { location });
      }
    },
  },
});

/** What the server keeps: the longest prefix of whole characters within 63 bytes. */
function truncate(name: string): string {
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    const b = Buffer.byteLength(ch, 'utf8');
    if (bytes + b > MAX_BYTES) break;
    out += ch;
    bytes += b;
  }
  return out;
}
