import { nameParts } from './names.js';
import { nodeAs } from './node-types.js';
import type {
  A_Const,
  AlterTableCmd,
  CreateFunctionStmt,
  DefElem,
  AlterTableStmt,
  Constraint,
  CreateStmt,
  DropStmt,
  Node,
  PartitionElem,
  String as PgString,
} from '@pgsql/types';
import type { Origin } from './model.js';
import type { Statement } from './parse.js';
import { keyOf, relationFromNames, relationKey, relationOf } from './relation.js';
import { walk } from './walk.js';

/** A CHECK constraint as the folder wrote it: the columns it reads, and whether it has been proven. */
export interface CheckInfo {
  name?: string;
  columns: Set<string>;
  valid: boolean;
}

export interface TableObjects {
  /** The name of the table's primary key constraint, when the folder made one. */
  primaryKey?: string;
  checks: CheckInfo[];
  /** Triggers created on the table with CREATE [CONSTRAINT] TRIGGER. */
  triggers: Set<string>;
  /** Columns of PARTITION BY, for a partitioned table. */
  partitionKey?: string[];
  /** The table's DEFAULT partition, by key. */
  defaultPartition?: string;
}

/**
 * Schema objects besides tables and indexes that the hazard rules ask about: schemas, enum types
 * and sequences (new in this change or not), and per table its primary key, CHECK constraints,
 * triggers and partitioning. Kept beside SchemaModel, which folds each statement in here too.
 */
export class ObjectCatalog {
  private readonly schemas = new Map<string, Origin>();
  private readonly types = new Map<string, Origin>();
  private readonly sequences = new Map<string, Origin>();
  private readonly tables = new Map<string, TableObjects>();
  /** Functions whose body reads a setting with current_setting(name) and no missing_ok, by `schema.name`. */
  private readonly settingReaders = new Map<string, string[]>();
  private madeNow: Array<{ map: Map<string, Origin>; key: string }> = [];

  settle(): void {
    for (const { map, key } of this.madeNow) if (map.has(key)) map.set(key, 'base');
    this.madeNow = [];
  }

  isNewSchema(name: string): boolean {
    return this.schemas.get(name) === 'change';
  }

  /** `key`: `schema.name`, unqualified names in public. */
  isNewType(key: string): boolean {
    return this.types.get(key) === 'change';
  }

  isNewSequence(key: string): boolean {
    return this.sequences.get(key) === 'change';
  }

  /** The settings a function (`schema.name`) reads without missing_ok, as far as its body text shows. */
  settingsReadStrictly(key: string): string[] {
    return this.settingReaders.get(key) ?? [];
  }

  table(key: string): TableObjects | undefined {
    return this.tables.get(key);
  }

  apply(stmt: Statement, origin: Origin): void {
    const { kind, node: n } = stmt;
    switch (kind) {
      case 'CreateSchemaStmt': {
        const s = n;
        if (s.schemaname) this.made(this.schemas, s.schemaname, origin, !!s.if_not_exists);
        break;
      }
      case 'CreateEnumStmt': {
        const key = nameKey(nameParts(n.typeName));
        if (key) this.made(this.types, key, origin, false);
        break;
      }
      case 'CreateSeqStmt': {
        const s = n;
        const key = keyOf(s.sequence);
        if (key) this.made(this.sequences, key, origin, !!s.if_not_exists);
        break;
      }
      case 'CreateStmt':
        this.createTable(n);
        break;
      case 'AlterTableStmt':
        this.alterTable(n);
        break;
      case 'CreateTrigStmt': {
        const t = n;
        const key = keyOf(t.relation);
        if (key && t.trigname) this.ensure(key).triggers.add(t.trigname);
        break;
      }
      case 'DropStmt':
        this.drop(n);
        break;
      case 'CreateFunctionStmt': {
        const f = n;
        const key = nameKey(nameParts(f.funcname));
        if (!key) break;
        const found = strictSettingReads(f);
        if (found.length) this.settingReaders.set(key, found);
        else this.settingReaders.delete(key);
        break;
      }
      case 'RenameStmt': {
        const r = n;
        if (r.renameType === 'OBJECT_SCHEMA' && r.subname && r.newname) {
          const o = this.schemas.get(r.subname);
          this.schemas.delete(r.subname);
          this.schemas.set(r.newname, o ?? 'base');
        }
        break;
      }
    }
  }

  private made(map: Map<string, Origin>, key: string, origin: Origin, ifNotExists: boolean) {
    if (ifNotExists && map.has(key)) return;
    map.set(key, origin);
    if (origin === 'change') this.madeNow.push({ map, key });
  }

  private ensure(key: string): TableObjects {
    let t = this.tables.get(key);
    if (!t) this.tables.set(key, (t = { checks: [], triggers: new Set() }));
    return t;
  }

  private createTable(s: CreateStmt) {
    const ref = relationOf(s.relation);
    if (!ref) return;
    const key = relationKey(ref);
    if (s.if_not_exists && this.tables.has(key)) return;
    const t: TableObjects = { checks: [], triggers: new Set() };
    this.tables.set(key, t);
    for (const el of s.tableElts ?? []) {
      const col = nodeAs(el, 'ColumnDef');
      if (col) {
        for (const c of col.constraints ?? []) {
          const con = nodeAs(c, 'Constraint');
          if (con) this.addConstraint(t, ref.name, con, col.colname);
        }
      }
      const con = nodeAs(el, 'Constraint');
      if (con) this.addConstraint(t, ref.name, con);
    }
    if (s.partspec) {
      t.partitionKey = (s.partspec.partParams ?? [])
        .map((p) => nodeAs(p, 'PartitionElem')?.name)
        .filter((x): x is string => !!x);
    }
    if (s.partbound?.is_default) {
      const parent = keyOf(nodeAs(s.inhRelations?.[0], 'RangeVar'));
      if (parent) this.ensure(parent).defaultPartition = key;
    }
  }

  private addConstraint(t: TableObjects, table: string, c: Constraint, column?: string) {
    if (c.contype === 'CONSTR_PRIMARY') t.primaryKey = c.conname ?? `${table}_pkey`;
    else if (c.contype === 'CONSTR_CHECK') {
      const columns = new Set<string>(column ? [column] : []);
      walk(c.raw_expr, (type, node) => {
        if (type === 'ColumnRef') {
          const parts = nameParts(node.fields);
          if (parts.length) columns.add(parts[parts.length - 1]!);
        }
      });
      t.checks.push({ name: c.conname, columns, valid: !c.skip_validation });
    }
  }

  private alterTable(s: AlterTableStmt) {
    const ref = relationOf(s.relation);
    if (!ref || (s.objtype && s.objtype !== 'OBJECT_TABLE')) return;
    const t = this.ensure(relationKey(ref));
    for (const c of s.cmds ?? []) {
      const cmd = nodeAs(c, 'AlterTableCmd');
      if (!cmd) continue;
      if (cmd.subtype === 'AT_AddConstraint') {
        const con = nodeAs(cmd.def, 'Constraint');
        if (con) this.addConstraint(t, ref.name, con);
      } else if (cmd.subtype === 'AT_ValidateConstraint') {
        for (const ch of t.checks) if (ch.name === cmd.name) ch.valid = true;
      } else if (cmd.subtype === 'AT_DropConstraint') {
        if (t.primaryKey === cmd.name) t.primaryKey = undefined;
        t.checks = t.checks.filter((ch) => ch.name !== cmd.name);
      }
    }
  }

  private drop(s: DropStmt) {
    for (const o of s.objects ?? []) {
      const list = nodeAs(o, 'List')?.items;
      switch (s.removeType) {
        case 'OBJECT_SCHEMA': {
          const name = nodeAs(o, 'String')?.sval;
          if (name) this.schemas.delete(name);
          break;
        }
        case 'OBJECT_TYPE': {
          // DROP TYPE names a TypeName node
          const key = nameKey(nameParts(nodeAs(o, 'TypeName')?.names ?? list));
          if (key) this.types.delete(key);
          break;
        }
        case 'OBJECT_SEQUENCE': {
          const ref = relationFromNames(list);
          if (ref) this.sequences.delete(relationKey(ref));
          break;
        }
        case 'OBJECT_TABLE': {
          const ref = relationFromNames(list);
          if (ref) this.tables.delete(relationKey(ref));
          break;
        }
        case 'OBJECT_FUNCTION': {
          const key = nameKey(nameParts(nodeAs(o, 'ObjectWithArgs')?.objname));
          if (key) this.settingReaders.delete(key);
          break;
        }
        case 'OBJECT_TRIGGER': {
          const parts = nameParts(list);
          const table = relationFromNames(parts.slice(0, -1).map((sval) => ({ String: { sval } })));
          if (table) this.tables.get(relationKey(table))?.triggers.delete(parts[parts.length - 1]!);
          break;
        }
      }
    }
  }
}

// current_setting('name') or current_setting('name', false) written in a function body; the body
// is text in any language (SQL, PL/pgSQL), so it is read as text rather than parsed
const STRICT_READ = /current_setting\s*\(\s*'((?:[^']|'')*)'\s*(?:,\s*(?:false|'f(?:alse)?'|'off'|'0')\s*)?\)/gi;

function strictSettingReads(f: CreateFunctionStmt): string[] {
  const out = new Set<string>();
  for (const o of f.options ?? []) {
    const d = nodeAs(o, 'DefElem');
    if (d?.defname !== 'as') continue;
    for (const body of nameParts(nodeAs(d.arg, 'List')?.items)) {
      for (const m of body.matchAll(STRICT_READ)) out.add(m[1]!.replace(/''/g, "'"));
    }
  }
  // BEGIN ATOMIC bodies are parsed with the statement
  walk(f.sql_body, (type, node) => {
    if (type !== 'FuncCall' || nameParts(node.funcname).pop() !== 'current_setting') return;
    const args: Node[] = node.args ?? [];
    const flag = nodeAs(args[1], 'A_Const');
    const setting = nodeAs(args[0], 'A_Const')?.sval?.sval;
    if (setting !== undefined && (args.length === 1 || (flag && 'boolval' in flag && flag.boolval?.boolval !== true))) out.add(setting);
  });
  return [...out];
}

/** `schema.name` for a dotted name list, unqualified in public. */
export function nameKey(parts: string[]): string | undefined {
  if (parts.length === 0) return undefined;
  const name = parts[parts.length - 1]!;
  return `${parts.length > 1 ? parts[parts.length - 2] : 'public'}.${name}`;
}
