import type pg from 'pg';
import { HISTORY_TABLE } from './apply.js';

/**
 * The schema as the catalogs describe it, one entry per object or property: `column
 * public.users.email` -> `text NOT NULL DEFAULT ''`. Names, not OIDs, so two snapshots of the
 * same schema built twice compare equal; data (rows, sequence values) is left out.
 */
export type SchemaSnapshot = Map<string, string>;

export interface SchemaDifference {
  /** What kind of object and its name: `index public.users_email_idx`. */
  object: string;
  /** missing: expected but absent; extra: present but not expected; changed: both, different. */
  change: 'missing' | 'extra' | 'changed';
  expected?: string;
  actual?: string;
}

const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'`;
/** Objects that belong to an extension come and go with it; the extension itself is compared. */
const notExt = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
const acl = (col: string) => `coalesce((SELECT string_agg(a::text, ',' ORDER BY a::text) FROM unnest(${col}) a), 'default')`;
const HISTORY = `c.relname NOT IN ('${HISTORY_TABLE}', '${HISTORY_TABLE}_pk', '${HISTORY_TABLE}_s_idx')`;
const qn = (ns: string, name: string) => `quote_ident(${ns}) || '.' || quote_ident(${name})`;

const KIND = `CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'f' THEN 'foreign table'
  WHEN 'm' THEN 'materialized view' WHEN 'v' THEN 'view' WHEN 'S' THEN 'sequence' WHEN 'c' THEN 'composite type' ELSE c.relkind::text END`;

const RELS = `FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'c.oid')}`;

const SNAPSHOT_SQL = [
  `SELECT 'schema ' || quote_ident(n.nspname) AS k, 'owner ' || pg_get_userbyid(n.nspowner) || ', privileges ' || ${acl('n.nspacl')} AS v
   FROM pg_namespace n WHERE ${USER_NS} AND ${notExt('pg_namespace', 'n.oid')}`,
  `SELECT 'extension ' || quote_ident(e.extname), 'version ' || e.extversion || ' in schema ' || e.extnamespace::regnamespace::text
   FROM pg_extension e WHERE e.extname <> 'plpgsql'`,
  // relations: kind, owner, persistence and options; RLS and grants as entries of their own
  `SELECT ${KIND} || ' ' || ${qn('n.nspname', 'c.relname')},
     'owner ' || pg_get_userbyid(c.relowner) || CASE c.relpersistence WHEN 'u' THEN ', unlogged' ELSE '' END
     || coalesce(', with (' || array_to_string(c.reloptions, ', ') || ')', '')
     || CASE WHEN c.relispartition THEN ', partition of ' || (SELECT i.inhparent::regclass::text FROM pg_inherits i WHERE i.inhrelid = c.oid)
          || ' ' || pg_get_expr(c.relpartbound, c.oid) ELSE '' END
     || CASE WHEN c.relkind = 'p' THEN ', partition by ' || pg_get_partkeydef(c.oid) ELSE '' END
     || CASE c.relreplident WHEN 'n' THEN ', replica identity nothing' WHEN 'f' THEN ', replica identity full'
          WHEN 'i' THEN ', replica identity using index ' || coalesce((SELECT i.indexrelid::regclass::text FROM pg_index i
            WHERE i.indrelid = c.oid AND i.indisreplident), '?') ELSE '' END
   ${RELS} AND c.relkind IN ('r','p','f','m','v','S','c')`,
  // comments: on relations and their columns, and on functions and procedures
  `SELECT 'comment on ' || CASE WHEN d.objsubid = 0 THEN ${KIND} || ' ' || ${qn('n.nspname', 'c.relname')}
       ELSE 'column ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(a.attname) END, d.description
   FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND c.oid = d.objoid
   JOIN pg_namespace n ON n.oid = c.relnamespace
   LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
   WHERE ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'c.oid')} AND (d.objsubid = 0 OR a.attname IS NOT NULL)`,
  `SELECT 'comment on ' || CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END
       || ${qn('n.nspname', 'p.proname')} || '(' || pg_get_function_identity_arguments(p.oid) || ')', d.description
   FROM pg_description d JOIN pg_proc p ON d.classoid = 'pg_proc'::regclass AND p.oid = d.objoid
   JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_NS} AND ${notExt('pg_proc', 'p.oid')}`,
  `SELECT 'row level security ' || ${qn('n.nspname', 'c.relname')},
     CASE WHEN c.relrowsecurity THEN 'enabled' ELSE 'disabled' END || CASE WHEN c.relforcerowsecurity THEN ', forced' ELSE '' END
   ${RELS} AND c.relkind IN ('r','p')`,
  `SELECT 'privileges on ' || ${qn('n.nspname', 'c.relname')}, ${acl('c.relacl')} ${RELS} AND c.relkind IN ('r','p','f','m','v','S')`,
  `SELECT 'view definition ' || ${qn('n.nspname', 'c.relname')}, pg_get_viewdef(c.oid, true) ${RELS} AND c.relkind IN ('v','m')`,
  // the order of the live columns, one entry per table: a column dropped and added back moves to
  // the end, which is one fact (see columnMoves), not a change of every later column
  `SELECT 'column order ' || ${qn('n.nspname', 'c.relname')}, string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r','p','f','c') AND ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'c.oid')}
   GROUP BY n.nspname, c.relname`,
  `SELECT 'column ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(a.attname),
     format_type(a.atttypid, a.atttypmod)
     || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
     || coalesce(CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
                      ELSE ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) END, '')
     || CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END
     || CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
     || CASE WHEN a.attstattarget >= 0 THEN ', statistics ' || a.attstattarget ELSE '' END
     || CASE WHEN a.attstorage <> t.typstorage THEN ', storage ' || CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'
          WHEN 'm' THEN 'main' WHEN 'x' THEN 'extended' ELSE a.attstorage::text END ELSE '' END
     || CASE WHEN a.attacl IS NOT NULL THEN ', privileges ' || ${acl('a.attacl')} ELSE '' END
   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   JOIN pg_type t ON t.oid = a.atttypid
   LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
   WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r','p','f','c') AND ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'c.oid')}`,
  `SELECT 'constraint ' || ${qn('n.nspname', 'coalesce(c.relname, t.typname)')} || '.' || quote_ident(co.conname), pg_get_constraintdef(co.oid, true)
     || CASE WHEN NOT co.convalidated THEN ' (not validated)' ELSE '' END
   FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace
   LEFT JOIN pg_class c ON c.oid = co.conrelid LEFT JOIN pg_type t ON t.oid = co.contypid
   WHERE ${USER_NS} AND (c.oid IS NULL OR ${HISTORY}) AND ${notExt('pg_constraint', 'co.oid')}
     AND (c.oid IS NULL OR ${notExt('pg_class', 'c.oid')}) AND (t.oid IS NULL OR ${notExt('pg_type', 't.oid')})`,
  `SELECT 'index ' || ${qn('n.nspname', 'c.relname')}, pg_get_indexdef(i.indexrelid)
     || CASE WHEN NOT i.indisvalid THEN ' (INVALID)' ELSE '' END
   FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'i.indrelid')}`,
  `SELECT 'policy ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(p.polname),
     'FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
     || CASE WHEN p.polpermissive THEN '' ELSE ' AS RESTRICTIVE' END
     || ' TO ' || (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r)::text END, ', ' ORDER BY 1) FROM unnest(p.polroles) r)
     || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
     || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
   FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS}`,
  `SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' WHEN 'a' THEN 'aggregate ' ELSE 'function ' END
       || ${qn('n.nspname', 'p.proname')} || '(' || pg_get_function_identity_arguments(p.oid) || ')',
     CASE WHEN p.prokind = 'a' THEN 'returns ' || format_type(p.prorettype, NULL) ELSE pg_get_functiondef(p.oid) END
     || ' -- owner ' || pg_get_userbyid(p.proowner) || ', privileges ' || ${acl('p.proacl')}
   FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_NS} AND ${notExt('pg_proc', 'p.oid')}`,
  `SELECT 'type ' || ${qn('n.nspname', 't.typname')},
     CASE t.typtype
       WHEN 'e' THEN 'enum (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
       WHEN 'd' THEN 'domain over ' || format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
         || coalesce(' DEFAULT ' || t.typdefault, '')
       WHEN 'r' THEN 'range'
       ELSE t.typtype::text END || ' -- owner ' || pg_get_userbyid(t.typowner) || ', privileges ' || ${acl('t.typacl')}
   FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE ${USER_NS} AND t.typtype IN ('e','d','r') AND ${notExt('pg_type', 't.oid')}`,
  `SELECT 'sequence options ' || ${qn('n.nspname', 'c.relname')},
     'AS ' || format_type(s.seqtypid, NULL) || ' START ' || s.seqstart || ' INCREMENT ' || s.seqincrement || ' MINVALUE ' || s.seqmin
     || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END
     || coalesce(' OWNED BY ' || (SELECT d.refobjid::regclass::text || '.' || quote_ident(a.attname) FROM pg_depend d
          JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1), '')
   FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_NS} AND ${notExt('pg_class', 'c.oid')}`,
  `SELECT 'trigger ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(tg.tgname), pg_get_triggerdef(tg.oid, true)
     || CASE tg.tgenabled WHEN 'D' THEN ' (disabled)' WHEN 'R' THEN ' (replica)' WHEN 'A' THEN ' (always)' ELSE '' END
   FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT tg.tgisinternal AND ${USER_NS}`,
  `SELECT 'default privileges for ' || pg_get_userbyid(d.defaclrole) || coalesce(' in ' || d.defaclnamespace::regnamespace::text, '')
     || ' on ' || CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' ELSE 'schemas' END,
     ${acl('d.defaclacl')}
   FROM pg_default_acl d`,
  `SELECT 'rule ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(r.rulename), pg_get_ruledef(r.oid, true)
   FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE r.rulename <> '_RETURN' AND ${USER_NS}`,
]
  .map((q) => `(${q})`)
  .join('\nUNION ALL\n');

export async function snapshotSchema(client: pg.Client): Promise<SchemaSnapshot> {
  const r = await client.query<{ k: string; v: string | null }>(SNAPSHOT_SQL);
  const snap: SchemaSnapshot = new Map();
  for (const row of r.rows) snap.set(row.k, row.v ?? '');
  return snap;
}

/** Every difference between what was expected and what is there, sorted by object. */
export function diffSnapshots(expected: SchemaSnapshot, actual: SchemaSnapshot): SchemaDifference[] {
  const out: SchemaDifference[] = [];
  for (const [k, v] of expected) {
    const a = actual.get(k);
    if (a === undefined) out.push({ object: k, change: 'missing', expected: v });
    else if (a !== v) out.push({ object: k, change: 'changed', expected: v, actual: a });
  }
  for (const [k, v] of actual) if (!expected.has(k)) out.push({ object: k, change: 'extra', actual: v });
  return out.sort((a, b) => a.object.localeCompare(b.object));
}

/** A column the undo put back at the end of its table, where it was elsewhere before. */
export interface ColumnMove {
  table: string;
  column: string;
  /** 1-based position before the migration. */
  from: number;
  message: string;
}

/**
 * Splits the column moves out of a diff: a `column order` change that is exactly some columns
 * taken out of their places and appended, in their old order, becomes one move per column (what
 * an undo that re-adds a dropped column does, and no ALTER can undo); anything else stays.
 */
export function columnMoves(diff: SchemaDifference[]): { moves: ColumnMove[]; rest: SchemaDifference[] } {
  const moves: ColumnMove[] = [];
  const rest: SchemaDifference[] = [];
  for (const d of diff) {
    const found = d.change === 'changed' && d.object.startsWith('column order ') ? movedToEnd(d.expected ?? '', d.actual ?? '') : undefined;
    if (!found?.length) {
      rest.push(d);
      continue;
    }
    const table = d.object.slice('column order '.length);
    for (const m of found) {
      moves.push({ table, column: m.column, from: m.from, message: `column ${table}.${m.column} moved from position ${m.from} to last (an undo cannot put a re-added column back in its place)` });
    }
  }
  return { moves, rest };
}

function movedToEnd(expected: string, actual: string): Array<{ column: string; from: number }> | undefined {
  const e = expected.split(', ');
  const a = actual.split(', ');
  if (e.length !== a.length || [...e].sort().join() !== [...a].sort().join()) return undefined;
  // the longest prefix of `actual` that keeps the expected relative order; the rest was appended
  let kept = a.length;
  for (;;) {
    const tail = a.slice(kept);
    const stay = e.filter((c) => !tail.includes(c));
    if (stay.join() === a.slice(0, kept).join()) {
      const moved = e.filter((c) => tail.includes(c));
      if (moved.join() !== tail.join()) return undefined;
      return tail.map((column) => ({ column, from: e.indexOf(column) + 1 }));
    }
    if (--kept < 0) return undefined;
  }
}

/**
 * One line for people: what differs and how. `when` is the moment compared (`after the undo`),
 * `reference` the moment the expected schema was taken (`before the migration`).
 */
export function describeDifference(d: SchemaDifference, when: string, reference: string): string {
  const short = (s = '') => (s.length > 200 ? `${s.slice(0, 197)}…` : s).replace(/\s+/g, ' ');
  if (d.change === 'extra') return `${d.object} exists ${when} but not ${reference}: ${short(d.actual)}`;
  if (d.change === 'missing') return `${d.object} is missing ${when}; ${reference} it was: ${short(d.expected)}`;
  return `${d.object} differs ${when}: ${reference} ${short(d.expected)}, now ${short(d.actual)}`;
}
