import { identifierTokens } from '../sql/ddl.js';
import { defineRule } from './rule.js';

/** NAMEDATALEN - 1: the longest name PostgreSQL keeps, in bytes. */
const MAX_BYTES = 63;

/**
 * Whether the text holds a run of identifier characters, or a quoted identifier, longer than 63
 * bytes: a name over the limit must be one of them, and at least as long in its raw form
 * (escapes and `""` only shorten it). Statements without one skip the token scan, which is most
 * of this rule's cost. "Identifier character" is anything but ASCII punctuation and space (a
 * superset of PostgreSQL's, which is all a filter needs). A loop over the text, not a regular
 * expression: V8 overflowed its stack matching one 8 MB run (a hex literal) with a quantifier.
 */
export function mayHaveLongName(text: string): boolean {
  let run = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // `""` inside a quoted name is one quote character of it
      if (quoted && text.charCodeAt(i + 1) === 0x22) {
        i++;
        run += 1;
      } else {
        quoted = !quoted;
        run = 0;
        continue;
      }
    } else if (!quoted && c < 0x80 && PUNCTUATION[c]) {
      run = 0;
      continue;
    } else {
      // UTF-8 bytes of this UTF-16 unit: a surrogate pair is 4 bytes, 2 per half
      run += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
    }
    if (run > MAX_BYTES) return true;
  }
  return false;
}

/** ASCII that cannot be part of an unquoted name: everything but letters, digits, `_` and `$`. */
const PUNCTUATION = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const name = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;
    t[c] = name ? 0 : 1;
  }
  return t;
})();

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
        // a megabyte-long name is not repeated in full in every report of it
        const shown = name.length > 200 ? `${name.slice(0, 200)}…` : name;
        ctx.report(`identifier "${shown}" is ${bytes} bytes; PostgreSQL truncates names to 63 bytes, so it becomes "${truncate(name)}"`, { location });
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
