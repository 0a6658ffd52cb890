import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { UserError } from '../errors.js';

/**
 * Migration templates: `templates/migrations/<name>/` holds `template.yml` (what it is for, its
 * variables, the migration files it makes, an example) and the SQL files it names. `pgmig new`
 * renders them; the caller workflow template under `templates/workflows/` uses the same syntax.
 *
 * Syntax: `{{name}}` inserts a variable, `{{name|filter}}` a form of it, `{{#name}}…{{/name}}`
 * keeps its text only when the variable is set and `{{^name}}…{{/name}}` only when it is not.
 * `${{ … }}` is a GitHub Actions expression and is left alone.
 */

export type VariableKind = 'table' | 'identifier' | 'identifiers' | 'type' | 'expression' | 'text' | 'integer' | 'duration';

export interface TemplateVariable {
  name: string;
  kind: VariableKind;
  help: string;
  /** Rendered with the other variables, so it may derive from them (`{{subject}}`). */
  default?: string;
  /** An empty value is allowed (for `{{#name}}` sections). */
  optional: boolean;
}

export interface TemplatePart {
  /** Appended to the description: `VXXX__<description>_<suffix>.sql`; empty for the first part. */
  suffix: string;
  migration: string;
  undo: string;
}

export interface MigrationTemplate {
  name: string;
  dir: string;
  summary: string;
  variables: TemplateVariable[];
  parts: TemplatePart[];
  test: string;
  example: { description: string; variables: Record<string, string>; before: string };
}

const KINDS: readonly VariableKind[] = ['table', 'identifier', 'identifiers', 'type', 'expression', 'text', 'integer', 'duration'];

/** Variables every template gets without declaring them. */
export const BUILTIN_VARIABLES = ['description', 'subject', 'placeholder', 'undo_placeholder', 'migration', 'undo', 'test', 'lock_timeout'] as const;

/**
 * The templates shipped with pgmig: `templates/` at the package root, found by walking up from
 * this module (src/migrations/ in a checkout, dist/cli/ in the bundle, node_modules/pgmig/… once
 * installed), so the same code works in all three.
 */
export function builtinTemplatesDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'migrations')) && existsSync(join(candidate, 'workflows'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function templatesDir(explicit: string | undefined, cwd: string): string {
  if (explicit) {
    const abs = resolve(cwd, explicit);
    if (!existsSync(join(abs, 'migrations'))) {
      throw new UserError(`--templates ${explicit}: no migrations/ folder there (a templates folder holds migrations/<name>/template.yml, as pgmig's own templates/ does)`);
    }
    return abs;
  }
  const found = builtinTemplatesDir();
  if (!found) {
    throw new UserError("pgmig's templates/ folder was not found next to the program (it ships in the npm package); pass --templates <dir>");
  }
  return found;
}

export function listTemplates(root: string): MigrationTemplate[] {
  const dir = join(root, 'migrations');
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'template.yml')))
    .sort()
    .map((n) => loadTemplate(root, n));
}

export function loadTemplate(root: string, name: string): MigrationTemplate {
  const dir = join(root, 'migrations', name);
  const file = join(dir, 'template.yml');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !existsSync(file)) {
    const known = existsSync(join(root, 'migrations')) ? listNames(root) : [];
    throw new UserError(`no template named ${JSON.stringify(name)}${known.length ? `; the templates are: ${known.join(', ')} (pgmig new --list describes them)` : ''}`);
  }
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length) throw new UserError(`${file}: invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const raw = doc.toJS() as Record<string, unknown>;
  const bad = (what: string) => new UserError(`${file}: ${what}`);
  const str = (v: unknown, key: string): string => {
    if (typeof v !== 'string' || !v.trim()) throw bad(`${key}: expected text`);
    return v;
  };
  const variables: TemplateVariable[] = Object.entries((raw.variables ?? {}) as Record<string, Record<string, unknown>>).map(([vname, v]) => {
    if (!/^[a-z][a-z0-9_]*$/.test(vname)) throw bad(`variables.${vname}: names are lower snake_case`);
    if ((BUILTIN_VARIABLES as readonly string[]).includes(vname)) throw bad(`variables.${vname}: a built-in variable, it cannot be declared`);
    const kind = (v?.kind ?? 'identifier') as VariableKind;
    if (!KINDS.includes(kind)) throw bad(`variables.${vname}.kind: expected one of ${KINDS.join(', ')}`);
    return {
      name: vname,
      kind,
      help: str(v?.help, `variables.${vname}.help`),
      ...(v?.default !== undefined ? { default: String(v.default) } : {}),
      optional: v?.optional === true,
    };
  });
  const parts: TemplatePart[] = Array.isArray(raw.migrations)
    ? (raw.migrations as Array<Record<string, unknown>>).map((p, i) => ({
        suffix: typeof p.suffix === 'string' ? p.suffix : '',
        migration: str(p.migration, `migrations[${i}].migration`),
        undo: str(p.undo, `migrations[${i}].undo`),
      }))
    : [{ suffix: '', migration: 'migration.sql', undo: 'undo.sql' }];
  parts.forEach((p, i) => {
    if ((i === 0) !== (p.suffix === '')) throw bad(`migrations[${i}].suffix: the first migration has none, each later one needs one`);
    if (p.suffix && !/^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(p.suffix)) throw bad(`migrations[${i}].suffix: lower snake_case`);
  });
  const example = (raw.example ?? {}) as Record<string, unknown>;
  const t: MigrationTemplate = {
    name,
    dir,
    summary: str(raw.summary, 'summary').trim(),
    variables,
    parts,
    test: typeof raw.test === 'string' ? raw.test : 'test.sql',
    example: {
      description: str(example.description, 'example.description'),
      variables: Object.fromEntries(Object.entries((example.variables ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
      before: typeof example.before === 'string' ? example.before : '',
    },
  };
  for (const f of [...parts.flatMap((p) => [p.migration, p.undo]), t.test]) {
    if (!existsSync(join(dir, f)) || !statSync(join(dir, f)).isFile()) throw bad(`names ${f}, which is not in ${dir}`);
  }
  return t;
}

function listNames(root: string): string[] {
  const dir = join(root, 'migrations');
  return readdirSync(dir).filter((n) => existsSync(join(dir, n, 'template.yml'))).sort();
}

export function readTemplateFile(t: MigrationTemplate, file: string): string {
  return readFileSync(join(t.dir, file), 'utf8');
}

/** A leading verb says what the change does, not what it is about: `add_lead_notes` is about `lead_notes`. */
export function subjectOf(description: string): string {
  const rest = description.replace(/^(?:add|create|new|introduce|make|build)_/, '');
  return rest || description;
}

const IDENT = /^[a-z_][a-z0-9_$]*$/;
const MAX_IDENT_BYTES = 63;

/** Checks `value` against its kind; returns it normalised, or throws a UserError naming the variable. */
export function checkValue(v: Pick<TemplateVariable, 'name' | 'kind'>, value: string): string {
  const bad = (what: string) => new UserError(`${v.name}=${JSON.stringify(value)}: ${what}`);
  const ident = (s: string) => {
    if (!IDENT.test(s)) throw bad(`"${s}" is not a plain lower-case SQL name (letters, digits, _; quoted names are not supported)`);
    if (Buffer.byteLength(s) > MAX_IDENT_BYTES) throw bad(`"${s}" is longer than PostgreSQL's ${MAX_IDENT_BYTES}-byte limit for names`);
    return s;
  };
  const v2 = value.trim();
  switch (v.kind) {
    case 'identifier':
      return ident(v2);
    case 'table': {
      const parts = v2.split('.');
      if (parts.length > 2) throw bad('expected table or schema.table');
      parts.forEach(ident);
      return v2;
    }
    case 'identifiers': {
      const list = v2.split(',').map((s) => s.trim());
      if (!list.length || list.some((s) => !s)) throw bad('expected a comma-separated list of column names, such as owner_id,created_at');
      list.forEach(ident);
      return list.join(', ');
    }
    case 'type':
      if (!/^[a-z_][a-z0-9_ .]*(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s*\[\])?$/.test(v2)) {
        throw bad('expected a type such as text, bigint, timestamptz, numeric(12,2) or text[]');
      }
      return v2.replace(/\s+/g, ' ');
    case 'expression':
      if (!v2) throw bad('expected an SQL expression');
      if (v2.includes(';')) throw bad('an expression cannot contain ";" (it would end the statement)');
      return v2;
    case 'integer':
      if (!/^[1-9]\d{0,8}$/.test(v2)) throw bad('expected a whole number, 1 or more');
      return v2;
    case 'duration':
      if (!/^\d+(?:\.\d+)?\s*(?:us|ms|s|min|h|d)?$/.test(v2)) throw bad('expected a duration such as 3s, 500ms or 15min');
      return v2.replace(/\s+/g, '');
    case 'text':
      if (/[\r\n]/.test(value)) throw bad('expected one line of text');
      return value;
  }
}

export type Values = Record<string, string>;

/** Quotes a value as an SQL string literal. */
export function sqlLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

const FILTERS: Record<string, (value: string) => string> = {
  /** as an SQL string literal: 'it''s' */
  literal: sqlLiteral,
  /** the name without its schema: app.lead -> lead (for names derived from it) */
  bare: (v) => v.split('.').pop()!,
  /** the schema of a qualified name with its dot: app.lead -> app. ; lead -> (nothing) */
  schema_prefix: (v) => (v.includes('.') ? `${v.split('.')[0]}.` : ''),
  /** a list of names joined with _: owner_id, created_at -> owner_id_created_at */
  snake: (v) => v.split(/\s*,\s*/).join('_').replace(/\./g, '_'),
  /** a list of names as an SQL text array: ARRAY['owner_id', 'created_at'] */
  array: (v) => `ARRAY[${v.split(/\s*,\s*/).map(sqlLiteral).join(', ')}]`,
  /** a table name as the schema and table arguments of pgTAP functions: 'app', 'lead' */
  schema_and_table: (v) => {
    const [a, b] = v.split('.');
    return b === undefined ? `current_schema(), ${sqlLiteral(a!)}` : `${sqlLiteral(a!)}, ${sqlLiteral(b)}`;
  },
  /** as YAML/JSON string: "db/migration" */
  json: (v) => JSON.stringify(v),
};

const SECTION = /(?<!\$)\{\{\s*([#^])([a-z][a-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\s*\/\2\s*\}\}/g;
const TAG = /(?<!\$)\{\{\s*([a-z][a-z0-9_]*)(?:\s*\|\s*([a-z_]+))?\s*\}\}/g;

/**
 * Renders `text` with `values`. An unknown variable or filter is a mistake in the template, so it
 * throws a plain Error naming `where` (the template's own tests render every template).
 */
export function render(text: string, values: Values, where: string): string {
  const sections = text.replace(SECTION, (_m, mode: string, name: string, body: string) => {
    if (!(name in values)) throw new Error(`${where}: unknown variable {{${mode}${name}}}`);
    const set = values[name] !== '';
    return (mode === '#') === set ? body : '';
  });
  return sections.replace(TAG, (_m, name: string, filter: string | undefined) => {
    if (!(name in values)) throw new Error(`${where}: unknown variable {{${name}}}`);
    if (filter === undefined) return values[name]!;
    const f = FILTERS[filter];
    if (!f) throw new Error(`${where}: unknown filter |${filter} (known: ${Object.keys(FILTERS).join(', ')})`);
    return f(values[name]!);
  });
}

/**
 * The values of a template's variables: the ones given, then the defaults (which may use the
 * given ones and the built-ins). Every value is checked against its kind; missing ones are one
 * error that lists them all with what they mean.
 */
export function resolveValues(t: MigrationTemplate, given: Values, builtins: Values): Values {
  const known = new Set(t.variables.map((v) => v.name));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length) {
    const list = t.variables.map((v) => v.name).join(', ') || 'none';
    throw new UserError(`template ${t.name} has no variable ${unknown.join(', ')} (its variables: ${list})`);
  }
  const values: Values = { ...builtins };
  const missing: TemplateVariable[] = [];
  for (const v of t.variables) {
    const raw = given[v.name] ?? (v.default !== undefined ? render(v.default, values, `${t.name}: default of ${v.name}`) : undefined);
    if (raw === undefined || raw.trim() === '') {
      if (v.optional) {
        values[v.name] = '';
        continue;
      }
      missing.push(v);
      continue;
    }
    values[v.name] = checkValue(v, raw);
  }
  if (missing.length) {
    const flags = missing.map((v) => `--set ${v.name}=<${v.kind}>`).join(' ');
    const what = missing.map((v) => `  ${v.name}: ${v.help}`).join('\n');
    throw new UserError(`template ${t.name} needs ${missing.map((v) => v.name).join(', ')}: pass ${flags}\n${what}`);
  }
  return values;
}
