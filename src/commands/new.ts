import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { loadConfig, type Config } from '../migrations/config.js';
import { displayPath, isInside } from '../migrations/discover.js';
import { confine } from '../migrations/inside-repository.js';
import { workTreeRoot } from '../git/history.js';
import { isNameProblem, parseMigrationName, snakeCase, undoPlaceholderOf } from '../migrations/name.js';
import {
  listTemplates,
  loadTemplate,
  readTemplateFile,
  render,
  resolveValues,
  subjectOf,
  templatesDir,
  type MigrationTemplate,
  type Values,
} from '../migrations/templates.js';
import { RULE_IDS } from '../rules/index.js';
import { DEFAULT_TEMPLATE } from './new-command.js';


export interface NewOptions {
  cwd: string;
  description: string;
  /** Template name (default `blank`). */
  template?: string;
  /** `name=value` pairs for the template's variables. */
  set?: string[];
  config?: string;
  /** The migrations folder to write to (default: the first one in the config). */
  migrations?: string;
  /** The pgTAP tests folder (default: the config's). */
  tests?: string;
  /** A templates folder of one's own (same layout as pgmig's templates/). */
  templates?: string;
}

export interface NewFile {
  /** Relative to the working directory, with `/`. */
  path: string;
  role: 'migration' | 'undo' | 'test';
}

export interface NewResult {
  template: string;
  description: string;
  placeholder: string;
  files: NewFile[];
}

/** The planned files with their contents; nothing is written. */
export interface NewPlan extends NewResult {
  contents: Map<string, string>;
  /** Folders below which a missing folder may be created: the project's root and the working directory. */
  roots?: string[];
}

/** The lock_timeout the templates set: 3s, or the config's maximum when that is lower. */
export function templateLockTimeout(config: Config): string {
  return config.lockTimeout.maxMs < 3000 ? `${Math.max(1, Math.floor(config.lockTimeout.maxMs))}ms` : '3s';
}

export function parseSetPairs(pairs: string[] = []): Values {
  const out: Values = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UserError(`--set ${p}: expected name=value, such as --set table=lead`);
    const name = p.slice(0, eq).trim().replace(/-/g, '_');
    if (name in out) throw new UserError(`--set ${name} is given twice`);
    out[name] = p.slice(eq + 1);
  }
  return out;
}

/**
 * Renders a template into file contents for `description`, in the configured folders (or the
 * ones given). Pure apart from reading the config and the templates: `runNew` writes.
 */
export function planNew(opts: NewOptions): NewPlan {
  const config = loadConfig(opts.cwd, opts.config, RULE_IDS);
  const cwd = resolve(opts.cwd);
  const description = snakeCase(opts.description);
  if (!description) {
    throw new UserError(`"${opts.description}" has no letters or digits to make a description of; name the change, such as add_lead_notes`);
  }
  const root = templatesDir(opts.templates, cwd);
  const t = loadTemplate(root, opts.template ?? DEFAULT_TEMPLATE);
  const migrationsDir = opts.migrations ? resolve(cwd, opts.migrations) : resolve(config.root, config.migrations[0]!);
  const testsDir = opts.tests ? resolve(cwd, opts.tests) : resolve(config.root, config.tests);
  const placeholder = config.placeholder;
  const undoPlaceholder = undoPlaceholderOf(placeholder);

  const names = t.parts.map((p) => {
    const d = p.suffix ? `${description}_${p.suffix}` : description;
    return { part: p, description: d, migration: `${placeholder}__${d}.sql`, undo: `${undoPlaceholder}__${d}.sql` };
  });
  for (const n of names) {
    for (const f of [n.migration, n.undo]) {
      const parsed = parseMigrationName(f, placeholder);
      if (isNameProblem(parsed)) throw new UserError(`cannot name the file ${f}: ${parsed.message}`);
    }
  }
  const testName = `${placeholder}__${description}_test.sql`;
  const builtins: Values = {
    description,
    subject: subjectOf(description),
    placeholder,
    undo_placeholder: undoPlaceholder,
    migration: names[0]!.migration,
    undo: names[0]!.undo,
    test: testName,
    lock_timeout: templateLockTimeout(config),
  };
  const values = resolveValues(t, parseSetPairs(opts.set), builtins);

  const contents = new Map<string, string>();
  const files: NewFile[] = [];
  const add = (abs: string, role: NewFile['role'], text: string) => {
    contents.set(abs, text);
    files.push({ path: displayPath(cwd, abs), role });
  };
  for (const n of names) {
    const partValues = { ...values, description: n.description, migration: n.migration, undo: n.undo };
    add(join(migrationsDir, n.migration), 'migration', render(readTemplateFile(t, n.part.migration), partValues, `${t.name}/${n.part.migration}`));
    add(join(migrationsDir, n.undo), 'undo', render(readTemplateFile(t, n.part.undo), partValues, `${t.name}/${n.part.undo}`));
  }
  add(join(testsDir, testName), 'test', render(readTemplateFile(t, t.test), values, `${t.name}/${t.test}`));
  return { template: t.name, description, placeholder, files, contents, roots: [...new Set([resolve(config.root), cwd, workTreeRoot(cwd)].filter((r): r is string => !!r))] };
}

/**
 * `pgmig new`: writes a pending migration (`VXXX__<description>.sql`), its undo and a pgTAP
 * test from a template. Never overwrites: when any of the files exists, nothing is written.
 */
export function runNew(opts: NewOptions): NewResult {
  const plan = planNew(opts);
  const existing = [...plan.contents.keys()].filter((p) => existsSync(p));
  if (existing.length) {
    const shown = existing.map((p) => displayPath(resolve(opts.cwd), p));
    throw new UserError(
      `${shown.join(', ')} already exist${shown.length === 1 ? 's' : ''}; pgmig new never overwrites a file. Pick another description, or remove ${shown.length === 1 ? 'it' : 'them'} first`,
    );
  }
  // a mistyped -m or -t would otherwise create folders anywhere, up to the filesystem's root
  for (const dir of new Set([...plan.contents.keys()].map((p) => dirname(p)))) {
    if (existsSync(dir) || (plan.roots ?? []).some((r) => isInside(r, dir))) continue;
    throw new UserError(
      `folder ${displayPath(resolve(opts.cwd), dir)} does not exist, and it is outside the project (${displayPath(resolve(opts.cwd), plan.roots?.[0] ?? opts.cwd) || '.'}), so pgmig new does not create it; check -m/-t and the config, or create the folder first. Nothing was written`,
    );
  }
  for (const abs of plan.contents.keys()) confine(opts.cwd, abs);
  const written: string[] = [];
  try {
    for (const [abs, text] of plan.contents) {
      mkdirSync(dirname(abs), { recursive: true });
      // 'wx' fails if the file appeared since the check above, rather than overwriting it
      writeFileSync(abs, text, { flag: 'wx' });
      written.push(abs);
    }
  } catch (err) {
    throw new UserError(`cannot write ${displayPath(resolve(opts.cwd), [...plan.contents.keys()][written.length]!)}: ${(err as NodeJS.ErrnoException).code ?? err}${written.length ? ` (already written: ${written.map((p) => displayPath(resolve(opts.cwd), p)).join(', ')})` : ''}`);
  }
  const { contents: _contents, roots: _roots, ...result } = plan;
  return result;
}

export function formatNewResult(r: NewResult): string {
  const role = { migration: 'migration', undo: 'its undo', test: 'pgTAP test' } as const;
  const width = Math.max(...r.files.map((f) => f.path.length));
  const lines = r.files.map((f) => `created ${f.path.padEnd(width)}  (${role[f.role]})`);
  lines.push(
    '',
    `Next: write the change (template ${r.template} is a start, not the end), then run \`pgmig lint\` and \`pgmig test\`.`,
    `${r.placeholder} is a placeholder: the file gets the next free version when the pull request merges (pgmig assign).`,
  );
  return `${lines.join('\n')}\n`;
}

/** `pgmig new --list`: every template with what it is for and its variables. */
export function formatTemplateList(opts: { cwd: string; templates?: string; json?: boolean }): string {
  const templates = listTemplates(templatesDir(opts.templates, opts.cwd));
  if (opts.json) {
    return `${JSON.stringify(
      templates.map((t) => ({
        name: t.name,
        summary: t.summary,
        migrations: t.parts.length,
        variables: t.variables.map((v) => ({ name: v.name, kind: v.kind, help: v.help, ...(v.default !== undefined ? { default: v.default } : {}), required: !v.optional && v.default === undefined })),
      })),
      null,
      2,
    )}\n`;
  }
  const out = ['Templates: pgmig new <description> --template <name> [--set <variable>=<value> …]', ''];
  for (const t of templates) out.push(...describeTemplate(t), '');
  out.push(`Without --template: ${DEFAULT_TEMPLATE}. Every template writes the migration, its undo (U…) and a pgTAP test.`);
  return `${out.join('\n')}\n`;
}

function describeTemplate(t: MigrationTemplate): string[] {
  const lines = [`${t.name}${t.name === DEFAULT_TEMPLATE ? ' (default)' : ''}`, `  ${t.summary}`];
  if (t.parts.length > 1) lines.push(`  writes ${t.parts.length} migrations: ${t.parts.map((p) => `<description>${p.suffix ? `_${p.suffix}` : ''}`).join(', ')}`);
  const width = Math.max(0, ...t.variables.map((v) => v.name.length));
  for (const v of t.variables) {
    const need = v.optional ? 'optional' : v.default === undefined ? 'required' : `default ${readableDefault(v.default)}`;
    lines.push(`    ${v.name.padEnd(width)}  ${v.help} [${need}]`);
  }
  lines.push(`  e.g. pgmig new ${t.example.description} --template ${t.name}${Object.entries(t.example.variables).map(([k, v]) => ` --set ${shellWord(`${k}=${v}`)}`).join('')}`);
  return lines;
}

/** `{{table|bare}}_{{columns|snake}}_idx` reads as `<table>_<columns>_idx`. */
function readableDefault(d: string): string {
  return d.replace(/\{\{\s*([a-z_]+)(?:\s*\|\s*[a-z_]+)?\s*\}\}/g, '<$1>');
}

function shellWord(s: string): string {
  if (/^[A-Za-z0-9_=.,:/@%+-]+$/.test(s)) return s;
  if (!s.includes("'")) return `'${s}'`;
  return /["$`\\!]/.test(s) ? `'${s.replace(/'/g, `'\\''`)}'` : `"${s}"`;
}

/** `pgmig new`, added to the CLI program. */
