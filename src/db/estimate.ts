import type { AlterTableCmd } from '@pgsql/types';
import type pg from 'pg';
import { nodeAs } from '../sql/node-types.js';
import type { StatementNode } from '../sql/parse.js';
import type { RelationRef } from '../sql/relation.js';
import { retarget } from '../sql/retarget.js';
import { quoteIdent } from './apply.js';
import { measureBlocking, type BlockingMeasured } from './blocking.js';

/**
 * How long a statement that rewrites, scans or builds on a table will hold its lock in
 * production, measured rather than guessed: the statement runs on a synthetic copy of the table
 * (same columns, types, defaults, indexes and constraints; rows generated per type; no foreign
 * keys, so no checks against other tables) at two sizes, and the growth between them is
 * extrapolated to production's row count. No production data is involved: only its row count.
 */

/** The schema the copies live in, inside the test database; dropped after each estimate. */
export const SCRATCH_SCHEMA = 'pgmig_estimate';

export type Growth = 'linear' | 'n log n';

export interface EstimateOptions {
  /** The two synthetic sizes, in rows. */
  sizes: [number, number];
  productionRows: number;
  /** Production's settings that decide the work (maintenance_work_mem, …), applied to the session. */
  settings?: Record<string, string>;
  /** Give up on the statement beyond this (each run is also bounded by it). */
  budgetMs?: number;
  /** Runs at each size, on a copy built anew each time (default 3). */
  repeats?: number;
  /**
   * Opens a session for production-like traffic: the last run at the largest size then runs
   * while a read and a write keep hitting the copy, and what they waited on the statement is
   * reported (measureBlocking), on synthetic rows rather than the test database's few.
   */
  traffic?: () => Promise<pg.Client>;
}

/** What the traffic on the copy waited while the statement ran on `rows` synthetic rows. */
export type SyntheticBlocking = BlockingMeasured & { rows: number };

export interface Sample {
  rows: number;
  /** The fastest of the runs when fitting two sizes; the median when only one size is timed. */
  ms: number;
  /** Every run's time, so a reader can see the noise the median smoothed over. */
  runsMs: number[];
}

export type Estimate =
  | { modelled: true; growth: Growth; samples: Sample[]; productionRows: number; estimateMs: number; blocking?: SyntheticBlocking }
  | { modelled: false; reason: string };

const SETTINGS_APPLIED = ['maintenance_work_mem', 'max_parallel_maintenance_workers', 'work_mem'];

/** Which statements are modelled, and how their work grows with the table; undefined: not modelled. */
export function growthOf(stmt: StatementNode): Growth | undefined {
  switch (stmt.kind) {
    case 'IndexStmt':
    case 'ReindexStmt':
    case 'ClusterStmt':
      return 'n log n';
    case 'VacuumStmt': {
      const full = (stmt.node.options ?? []).some((o) => nodeAs(o, 'DefElem')?.defname === 'full');
      return full ? 'linear' : undefined;
    }
    case 'AlterTableStmt': {
      const cmds = (stmt.node.cmds ?? []).map((c) => nodeAs(c, 'AlterTableCmd')).filter((c): c is AlterTableCmd => !!c);
      let growth: Growth | undefined;
      for (const c of cmds) {
        const g = alterGrowth(c);
        if (g === 'n log n') growth = g;
        else if (g && !growth) growth = g;
      }
      return growth;
    }
    default:
      return undefined;
  }
}

function alterGrowth(c: AlterTableCmd): Growth | undefined {
  switch (c.subtype) {
    case 'AT_AlterColumnType':
    case 'AT_SetLogged':
    case 'AT_SetUnLogged':
    case 'AT_SetTableSpace':
      return 'linear';
    case 'AT_AddColumn':
      return nodeAs(c.def, 'ColumnDef')?.constraints?.length ? 'linear' : undefined;
    case 'AT_SetNotNull':
    case 'AT_ValidateConstraint':
      return 'linear';
    case 'AT_AddConstraint': {
      const constraint = nodeAs(c.def, 'Constraint');
      const type = constraint?.contype;
      if (type === 'CONSTR_PRIMARY' || type === 'CONSTR_UNIQUE' || type === 'CONSTR_EXCLUSION') return 'n log n';
      if (type === 'CONSTR_CHECK') return constraint?.skip_validation ? undefined : 'linear';
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Runs `sql` (a statement on `relation`) on synthetic copies of the table and extrapolates. */
export async function estimateStatement(client: pg.Client, sql: string, relation: RelationRef, growth: Growth, opts: EstimateOptions): Promise<Estimate> {
  const copy: RelationRef = { schema: SCRATCH_SCHEMA, name: relation.name };
  const onCopy = retarget(sql, relation, copy);
  if (!onCopy) return { modelled: false, reason: `the statement does not name ${relation.schema}.${relation.name} where pgmig can point it at a copy` };
  const samples: Sample[] = [];
  const started = Date.now();
  const repeats = Math.max(1, opts.repeats ?? 3);
  const largest = Math.max(...opts.sizes);
  let blocking: SyntheticBlocking | undefined;
  const pid = opts.traffic ? (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid : 0;
  const copyKey = `${SCRATCH_SCHEMA}.${quoteIdent(relation.name)}`;
  try {
    for (const rows of opts.sizes) {
      const runs: number[] = [];
      // one run is at the mercy of a checkpoint or a neighbour's burst; the median of a few is not
      for (let i = 0; i < repeats; i++) {
        const left = (opts.budgetMs ?? 60_000) - (Date.now() - started);
        if (left <= 0) return { modelled: false, reason: `the time budget ran out after ${samples.length} of ${opts.sizes.length} sizes` };
        const built = await buildCopy(client, relation, rows);
        if (built) return { modelled: false, reason: built };
        await setSettings(client, opts.settings, left);
        // traffic on one run only: its own load would otherwise be in every sample (the fit takes the fastest)
        const traffic = opts.traffic && rows === largest && i === repeats - 1 ? opts.traffic : undefined;
        const t0 = process.hrtime.bigint();
        try {
          if (traffic) {
            const m = await measureBlocking(traffic, pid, [{ relation: `${relation.schema}.${relation.name}`, key: copyKey }], () => client.query(onCopy));
            blocking = { ...m.blocking[0]!, rows };
          } else await client.query(onCopy);
        } catch (err) {
          return { modelled: false, reason: `on ${rows} synthetic rows the statement failed: ${(err as Error).message}` };
        }
        runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
        await client.query('RESET statement_timeout');
      }
      // a neighbour's burst or a checkpoint only ever adds time, and to a run of a few ms it adds
      // far more in proportion than to production's long one: the fit takes each size's fastest
      // run, which a tenfold extrapolation does not turn into a 4x miss. One run (the bench's
      // truth) is the run; more runs at one size (only the bench does that) report their median.
      samples.push({ rows, ms: (opts.sizes as readonly number[]).length === 1 ? median(runs) : Math.min(...runs), runsMs: runs });
    }
  } finally {
    await client.query(`RESET ALL`).catch(() => {});
    await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH_SCHEMA} CASCADE`).catch(() => {});
  }
  const estimate: Estimate = { modelled: true, growth, samples, productionRows: opts.productionRows, estimateMs: extrapolate(samples, growth, opts.productionRows) };
  if (blocking) estimate.blocking = blocking;
  return estimate;
}

/**
 * A straight line through the two samples in the growth's own scale (rows, or rows × log rows):
 * the intercept is the statement's fixed cost, the slope its cost per row. Noise that makes the
 * larger run no slower falls back to proportional growth from the larger sample.
 */
export function extrapolate(samples: Pick<Sample, 'rows' | 'ms'>[], growth: Growth, rows: number): number {
  const f = (n: number) => (growth === 'linear' ? n : n * Math.log2(Math.max(2, n)));
  const [a, b] = [samples[0]!, samples[samples.length - 1]!];
  let slope = (b.ms - a.ms) / (f(b.rows) - f(a.rows));
  let intercept = a.ms - slope * f(a.rows);
  if (!(slope > 0) || !Number.isFinite(slope)) {
    slope = b.ms / f(b.rows);
    intercept = 0;
  }
  return Math.max(0, intercept) + slope * f(rows);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function setSettings(client: pg.Client, settings: Record<string, string> | undefined, timeoutMs: number): Promise<void> {
  await client.query(`SET statement_timeout = ${Math.max(1, Math.ceil(timeoutMs))}`);
  for (const name of SETTINGS_APPLIED) {
    const v = settings?.[name];
    if (v !== undefined) await client.query(`SELECT set_config($1, $2, false)`, [name, v]).catch(() => {});
  }
}

interface Column {
  name: string;
  type: string;
  typname: string;
  typtype: string;
  category: string;
  typmod: number;
  notnull: boolean;
  basetype: string | null;
  firstLabel: string | null;
  skip: boolean;
}

/** Builds `pgmig_estimate.<table>` with `rows` rows; returns why it could not, if it could not. */
async function buildCopy(client: pg.Client, rel: RelationRef, rows: number): Promise<string | undefined> {
  const source = `${quoteIdent(rel.schema)}.${quoteIdent(rel.name)}`;
  const copy = `${SCRATCH_SCHEMA}.${quoteIdent(rel.name)}`;
  await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH_SCHEMA} CASCADE`);
  await client.query(`CREATE SCHEMA ${SCRATCH_SCHEMA}`);
  // constraints and indexes come after the rows: checks added NOT VALID cannot reject a
  // generated value, and an index built once is cheaper than one maintained per row
  await client.query(`CREATE TABLE ${copy} (LIKE ${source} INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMPRESSION)`);
  const cols = await client.query<Column>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typname, t.typtype, t.typcategory AS category,
            a.atttypmod AS typmod, a.attnotnull AS notnull,
            CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS basetype,
            (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = a.atttypid ORDER BY e.enumsortorder LIMIT 1) AS "firstLabel",
            (a.attgenerated <> '' OR a.attidentity = 'a') AS skip
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [source],
  );
  const names: string[] = [];
  const values: string[] = [];
  for (const c of cols.rows) {
    if (c.skip) continue;
    const v = generator(c);
    if (v === undefined) {
      if (c.notnull) return `pgmig cannot generate values of type ${c.type} (column ${c.name})`;
      continue;
    }
    names.push(quoteIdent(c.name));
    values.push(v);
  }
  try {
    if (names.length > 0) {
      await client.query(`INSERT INTO ${copy} (${names.join(', ')}) OVERRIDING SYSTEM VALUE SELECT ${values.join(', ')} FROM generate_series(1, ${Math.floor(rows)}) AS g`);
    } else {
      await client.query(`INSERT INTO ${copy} SELECT FROM generate_series(1, ${Math.floor(rows)})`);
    }
  } catch (err) {
    return `the synthetic rows do not fit the table: ${(err as Error).message}`;
  }
  const defs = await client.query<{ kind: string; def: string; name: string; valid: boolean }>(
    `SELECT 'constraint' AS kind, pg_get_constraintdef(c.oid) AS def, c.conname AS name, c.convalidated AS valid
       FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'u', 'c', 'x')
     UNION ALL
     SELECT 'index', pg_get_indexdef(i.indexrelid), ic.relname, true
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)`,
    [source],
  );
  for (const d of defs.rows) {
    try {
      if (d.kind === 'index') {
        const onCopy = retarget(d.def, rel, { schema: SCRATCH_SCHEMA, name: rel.name });
        if (onCopy) await client.query(onCopy);
      } else {
        const check = d.def.startsWith('CHECK');
        // a check the production table has not validated stays unvalidated on the copy, so
        // VALIDATE CONSTRAINT does the scan it will do there
        const notValid = check && !/NOT VALID$/.test(d.def) ? ' NOT VALID' : '';
        await client.query(`ALTER TABLE ${copy} ADD CONSTRAINT ${quoteIdent(d.name)} ${d.def}${notValid}`);
        if (check && d.valid) await client.query(`ALTER TABLE ${copy} VALIDATE CONSTRAINT ${quoteIdent(d.name)}`).catch(() => {});
      }
    } catch (err) {
      return `the copy's ${d.kind} ${d.name} cannot be built on synthetic rows: ${(err as Error).message}`;
    }
  }
  // production's pages are vacuumed and their hint bits set; a fresh copy's are not, and the
  // first scan of it would pay for writing them
  await client.query(`VACUUM ANALYZE ${copy}`);
  // the load and the vacuum leave the copy's pages dirty: a copy larger than shared_buffers would
  // make the timed statement write them out as it evicts them, which production's mostly clean
  // pages do not, and a checkpoint falling inside one timed run is the noise that made single
  // runs miss by 3x. Best effort: a role without pg_checkpoint simply keeps the dirty pages.
  await client.query('CHECKPOINT').catch(() => {});
  return undefined;
}

/** A SQL expression of `g` (1…n) giving distinct, valid values of the column's type. */
function generator(c: Column): string | undefined {
  const type = c.basetype ?? c.type;
  const cast = (expr: string) => (c.basetype ? `(${expr})::${c.type}` : expr);
  if (c.typtype === 'e') return c.firstLabel === null ? undefined : `${literal(c.firstLabel)}::${c.type}`;
  if (c.category === 'A') return `'{}'::${c.type}`;
  const base = c.basetype ? c.basetype.replace(/\(.*$/, '') : c.typname;
  switch (base) {
    case 'int2':
    case 'smallint':
      return cast(`(g % 32767)::int2`);
    case 'int4':
    case 'integer':
    case 'int8':
    case 'bigint':
    case 'numeric':
    case 'float4':
    case 'float8':
    case 'real':
    case 'double precision':
    case 'oid':
      return cast(`g::${type}`);
    case 'bool':
    case 'boolean':
      return cast('g % 2 = 0');
    case 'text':
    case 'varchar':
    case 'character varying':
    case 'bpchar':
    case 'character':
    case 'citext':
    case 'name': {
      const max = c.typmod > 4 ? c.typmod - 4 : 0;
      // md5 is 32 characters; the suffix keeps values distinct when the limit is shorter
      return cast(max > 0 && max < 40 ? `right(md5(g::text) || g::text, ${max})` : `md5(g::text) || ' ' || g::text`);
    }
    case 'uuid':
      return cast('md5(g::text)::uuid');
    case 'timestamptz':
    case 'timestamp with time zone':
      return cast(`timestamptz '2020-01-01 00:00:00+00' + g * interval '1 second'`);
    case 'timestamp':
    case 'timestamp without time zone':
      return cast(`timestamp '2020-01-01 00:00:00' + g * interval '1 second'`);
    case 'date':
      return cast(`date '2000-01-01' + (g % 20000)`);
    case 'time':
      return cast(`time '00:00' + (g % 86400) * interval '1 second'`);
    case 'interval':
      return cast(`g * interval '1 second'`);
    case 'json':
      return cast(`json_build_object('i', g)`);
    case 'jsonb':
      return cast(`jsonb_build_object('i', g)`);
    case 'bytea':
      return cast(`decode(md5(g::text), 'hex')`);
    case 'inet':
    case 'cidr':
      return cast(`('10.' || (g / 65536) % 256 || '.' || (g / 256) % 256 || '.' || g % 256)::${type}`);
    default:
      return undefined;
  }
}

function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
