import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { git } from '../git/git.js';
import { workTreeRoot } from '../git/history.js';
import { CONFIG_FILE, parseConfig } from '../migrations/config.js';
import { compareMigrations, isNameProblem, parseMigrationName, type MigrationName } from '../migrations/name.js';
import { render, templatesDir } from '../migrations/templates.js';
import { RULE_IDS } from '../rules/index.js';
import { RELEASE, resolveActionHome, type ActionHome } from './action-home.js';

/**
 * Where the caller workflow takes pgmig from: action-home.ts (`--action-repo`, else package.json's
 * repository, else a placeholder no one can own). The release tag follows package.json.
 */
export const PGMIG_RELEASE = RELEASE;

export const WORKFLOW_FILE = '.github/workflows/migrations.yml';

export interface InitOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** PostgreSQL major versions for the test matrix (default ["16"]); the lowest becomes postgresVersion. */
  postgres?: string[];
  /** The default branch, where placeholders are numbered (default: origin's HEAD, the current branch, else main). */
  branch?: string;
  /** Write .pgmig.yml (default true). */
  config?: boolean;
  /** Write .github/workflows/migrations.yml (default true). */
  workflow?: boolean;
  /** The migrations folder, instead of detecting it. */
  migrations?: string;
  /** The pgTAP tests folder, instead of detecting it. */
  tests?: string;
  templates?: string;
  /** `owner/name[@ref]` of the repository the workflow takes pgmig from (--action-repo). */
  actionRepo?: string;
}

export interface DetectedMigrations {
  /** Relative to the working directory, with `/`. */
  dir: string;
  source: 'given' | 'flyway.conf' | 'flyway.toml' | 'scan' | 'default';
  /** The Flyway config file it was read from. */
  sourceFile?: string;
  versioned: number;
  pending: number;
  highest?: { version: string; file: string };
  /** Other folders holding Flyway migrations (test data, another database): left out. */
  others: string[];
}

export interface InitResult {
  files: Array<{ path: string; role: 'config' | 'workflow' }>;
  /** Folders created so that lint and test find them. */
  created: string[];
  migrations: DetectedMigrations;
  tests: { dir: string; found: boolean };
  branch: string;
  postgres: string[];
  /** Where the written workflow takes pgmig from. */
  home: ActionHome;
}

// build output, dependencies and tool folders hold copies of migrations, never the source
const SKIP = new Set(['node_modules', '.git', 'target', 'build', 'dist', 'out', 'bin', 'obj', 'vendor', 'coverage', 'venv', '.venv', '__pycache__', '.gradle', '.idea', '.next', 'tmp']);
const MAX_DEPTH = 7;
const MAX_FILES_READ = 2000;

interface FolderStats {
  versioned: MigrationName[];
  pending: number;
  pgtap: number;
}

/** Each folder below `root` (not descending into SKIP) with its Flyway files and pgTAP files. */
function scan(root: string, placeholder: string): Map<string, FolderStats> {
  const out = new Map<string, FolderStats>();
  let read = 0;
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const stats: FolderStats = { versioned: [], pending: 0, pgtap: 0 };
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !(e.name.startsWith('.') && e.name !== '.github') && depth < MAX_DEPTH) walk(abs, depth + 1);
        continue;
      }
      if (!e.isFile() || !/\.(sql|pg)$/.test(e.name)) continue;
      const name = e.name.endsWith('.sql') ? parseMigrationName(abs, placeholder) : undefined;
      // pgmig new names a test after its migration (VXXX__add_lead_notes_test.sql): a test, not a migration
      if (name && !isNameProblem(name) && !/_tests?$/.test(name.description)) {
        if (name.kind === 'versioned') stats.versioned.push(name);
        else if (name.kind === 'pending') stats.pending++;
        continue;
      }
      if (read < MAX_FILES_READ && statSync(abs).size < 512 * 1024) {
        read++;
        // pgTAP files announce their plan (or say they have none)
        if (/\b(?:plan|no_plan|done_testing)\s*\(/i.test(readFileSync(abs, 'utf8'))) stats.pgtap++;
      }
    }
    if (stats.versioned.length || stats.pending || stats.pgtap) out.set(dir, stats);
  };
  walk(root, 0);
  return out;
}

const rel = (cwd: string, abs: string) => relative(cwd, abs).split(sep).join('/') || '.';

/** `flyway.locations` of flyway.conf / conf/flyway.conf, or `locations` of flyway.toml. */
function flywayLocations(cwd: string): { file: string; kind: 'flyway.conf' | 'flyway.toml'; dirs: string[] } | undefined {
  for (const [file, kind] of [['flyway.conf', 'flyway.conf'], ['conf/flyway.conf', 'flyway.conf'], ['flyway.toml', 'flyway.toml']] as const) {
    const abs = join(cwd, file);
    if (!existsSync(abs)) continue;
    const text = readFileSync(abs, 'utf8');
    const m = kind === 'flyway.conf' ? /^\s*flyway\.locations\s*=\s*(.+)$/m.exec(text) : /^\s*locations\s*=\s*\[([^\]]*)\]/m.exec(text);
    if (!m) continue;
    const dirs = m[1]!
      .split(',')
      .map((s) => s.trim().replace(/^["']|["']$/g, ''))
      .filter(Boolean)
      .map((loc) => {
        if (loc.startsWith('filesystem:')) return loc.slice('filesystem:'.length);
        // Flyway's default location; in a Maven or Gradle layout it is under src/main/resources
        if (loc.startsWith('classpath:')) return join('src/main/resources', loc.slice('classpath:'.length));
        return loc.includes(':') ? '' : loc;
      })
      .filter((d) => d && existsSync(resolve(cwd, d)) && statSync(resolve(cwd, d)).isDirectory());
    if (dirs.length) return { file, kind, dirs };
  }
  return undefined;
}

/** Flyway files under `abs`, subfolders included (Flyway scans them). */
function statsUnder(all: Map<string, FolderStats>, abs: string): { versioned: MigrationName[]; pending: number } {
  const versioned: MigrationName[] = [];
  let pending = 0;
  for (const [dir, s] of all) {
    if (dir === abs || dir.startsWith(abs + sep)) {
      versioned.push(...s.versioned);
      pending += s.pending;
    }
  }
  return { versioned, pending };
}

export function detectMigrations(cwd: string, opts: { migrations?: string; placeholder?: string } = {}): { migrations: DetectedMigrations; folders: Map<string, FolderStats> } {
  const placeholder = opts.placeholder ?? 'VXXX';
  const folders = scan(cwd, placeholder);
  const withMigrations = [...folders.entries()].filter(([, s]) => s.versioned.length || s.pending);
  const finish = (abs: string, source: DetectedMigrations['source'], sourceFile?: string): DetectedMigrations => {
    const { versioned, pending } = statsUnder(folders, abs);
    const top = [...versioned].sort(compareMigrations).pop();
    const others = withMigrations.map(([d]) => d).filter((d) => d !== abs && !d.startsWith(abs + sep)).map((d) => rel(cwd, d));
    return {
      dir: rel(cwd, abs),
      source,
      ...(sourceFile ? { sourceFile } : {}),
      versioned: versioned.length,
      pending,
      ...(top ? { highest: { version: top.version, file: rel(cwd, top.file) } } : {}),
      others,
    };
  };
  if (opts.migrations) return { migrations: finish(resolve(cwd, opts.migrations), 'given'), folders };
  const fw = flywayLocations(cwd);
  if (fw) return { migrations: finish(resolve(cwd, fw.dirs[0]!), fw.kind, fw.file), folders };
  if (!withMigrations.length) return { migrations: finish(resolve(cwd, 'db/migration'), 'default'), folders };
  // the folder with the most versioned files; a shallower one wins a tie (test data sits deeper)
  const depth = (d: string) => d.split(sep).length;
  let [best] = withMigrations
    .map(([d, s]) => ({ d, n: s.versioned.length + s.pending }))
    .sort((a, b) => b.n - a.n || depth(a.d) - depth(b.d) || (a.d < b.d ? -1 : 1));
  let abs = best!.d;
  // migrations split into subfolders by year or release: the location is the folder above them
  for (let parent = dirname(abs); parent.startsWith(cwd) && parent !== cwd && /migrat|flyway/i.test(basename(parent)); parent = dirname(parent)) {
    if (statsUnder(folders, parent).versioned.length > statsUnder(folders, abs).versioned.length) abs = parent;
  }
  return { migrations: finish(abs, 'scan'), folders };
}

function detectTests(cwd: string, migrationsDir: string, folders: Map<string, FolderStats>): { dir: string; found: boolean } {
  const candidates = [...folders.entries()].filter(([d, s]) => s.pgtap > 0 && rel(cwd, d) !== migrationsDir).sort((a, b) => b[1].pgtap - a[1].pgtap || (a[0] < b[0] ? -1 : 1));
  if (candidates.length) return { dir: rel(cwd, candidates[0]![0]), found: true };
  const parent = dirname(migrationsDir);
  return { dir: parent === '.' ? 'db/tests' : `${parent}/tests`, found: false };
}

function detectBranch(cwd: string): string {
  for (const args of [['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], ['symbolic-ref', '--quiet', '--short', 'HEAD']]) {
    try {
      const out = git(cwd, args).trim();
      if (out) return args[3] === 'HEAD' ? out : out.replace(/^[^/]+\//, '');
    } catch {
      // not a git checkout, no origin, or a detached HEAD: try the next, then fall back to main
    }
  }
  return 'main';
}

function yamlValue(s: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(s) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
}

export function configText(d: DetectedMigrations, tests: { dir: string; found: boolean }, postgresVersion: string): string {
  const lines = ['# pgmig configuration. Every key is optional; docs/config.md lists them all.', '# Written by `pgmig init`.', '#'];
  if (d.versioned || d.pending) {
    const found = d.source === 'scan' ? 'found' : d.source === 'given' ? 'given' : `named in ${d.sourceFile}`;
    lines.push(`# ${d.dir} (${found}) holds ${d.versioned} versioned Flyway migration${d.versioned === 1 ? '' : 's'}${d.highest ? `; the highest is V${d.highest.version} (${d.highest.file})` : ''}.`);
  } else {
    lines.push(`# No Flyway migrations were found; ${d.dir} is where they go.`);
  }
  const next = d.highest && /^\d+$/.test(d.highest.version) ? ` (V${BigInt(d.highest.version) + 1n} and up)` : '';
  lines.push(
    '# Write new ones with `pgmig new <description> --template <name>` (see `pgmig new --list`):',
    `# they are named VXXX__<description>.sql and get the next free version${next}`,
    '# when their pull request merges (pgmig assign).',
  );
  lines.push(`migrations: ${yamlValue(d.dir)}`);
  for (const o of d.others) lines.push(`# also holds Flyway migrations, not checked: ${o}`);
  lines.push(`tests: ${yamlValue(tests.dir)}${tests.found ? '' : '                # pgTAP tests; pgmig new writes one per migration'}`);
  lines.push(
    'placeholder: VXXX',
    `postgresVersion: ${postgresVersion}`,
    '# The longest lock_timeout a migration may set: while a statement waits for its lock, every',
    '# query that conflicts with the lock waits behind it.',
    'lockTimeout: { max: 5s }',
    '# true: a new migration without its undo file (U<version>__<description>.sql) is an error.',
    'requireUndo: false',
    '# flyway: lint each file as Flyway runs it, in a transaction unless it holds a statement that',
    '# cannot run in one (CREATE INDEX CONCURRENTLY, …) or its V….sql.conf says executeInTransaction=false.',
    '# true: the runner wraps every file; false: none (psql -f without -1).',
    'assumeInTransaction: flyway',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The workflow a repository adds to use pgmig: templates/workflows/migrations.yml for its
 * default branch, PostgreSQL versions and config file (empty: .pgmig.yml at the root).
 */
export function renderCallerWorkflow(o: { branch: string; postgres: string[]; config: string; templates: string; home?: ActionHome }): string {
  const home = o.home ?? resolveActionHome(undefined);
  return render(
    readFileSync(join(o.templates, 'workflows', 'migrations.yml'), 'utf8'),
    {
      branch: o.branch,
      postgres_versions: JSON.stringify(o.postgres),
      config: o.config,
      repository: home.repository,
      ref: home.ref,
      published: home.source === 'none' ? '' : 'yes',
    },
    'workflows/migrations.yml',
  );
}

/**
 * `pgmig init`: writes `.pgmig.yml` (migrations folder detected: Flyway's config, else the folder
 * with the most Flyway files) and `.github/workflows/migrations.yml` calling pgmig's reusable
 * workflow. Never overwrites: when either file exists, nothing is written.
 */
export function runInit(opts: InitOptions): InitResult {
  const cwd = resolve(opts.cwd);
  const wantConfig = opts.config !== false;
  const wantWorkflow = opts.workflow !== false;
  if (!wantConfig && !wantWorkflow) throw new UserError('--no-config and --no-workflow together leave nothing to write');
  const postgres = opts.postgres?.length ? opts.postgres : ['16'];
  for (const v of postgres) {
    if (!/^\d{1,2}$/.test(v) || Number(v) < 10) throw new UserError(`--postgres ${v}: expected PostgreSQL major versions such as 16 or 15,16`);
  }
  // a bad --action-repo stops here, before anything is written
  const home = resolveActionHome(opts.actionRepo);
  const branch = opts.branch ?? detectBranch(cwd);
  if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes('..')) throw new UserError(`--branch ${branch}: not a branch name`);

  const repoRoot = workTreeRoot(cwd) ?? cwd;
  const configPath = join(cwd, CONFIG_FILE);
  const workflowPath = join(repoRoot, WORKFLOW_FILE);
  const targets = [...(wantConfig ? [configPath] : []), ...(wantWorkflow ? [workflowPath] : [])];
  const existing = targets.filter((p) => existsSync(p));
  if (existing.length) {
    const shown = existing.map((p) => rel(cwd, p));
    const hint = existing.includes(configPath) && wantWorkflow && !existsSync(workflowPath) ? '; pass --no-config to write only the workflow' : existing.includes(workflowPath) && wantConfig && !existsSync(configPath) ? '; pass --no-workflow to write only .pgmig.yml' : '';
    throw new UserError(`${shown.join(' and ')} already exist${shown.length === 1 ? 's' : ''}; pgmig init never overwrites a file${hint}`);
  }

  const { migrations, folders } = detectMigrations(cwd, { migrations: opts.migrations });
  const tests = opts.tests ? { dir: rel(cwd, resolve(cwd, opts.tests)), found: true } : detectTests(cwd, migrations.dir, folders);
  const lowest = [...postgres].sort((a, b) => Number(a) - Number(b))[0]!;
  const config = configText(migrations, tests, lowest);
  // what pgmig writes, pgmig must read back: a detected folder name could need quoting
  parseConfig(config, configPath, RULE_IDS);

  const fromRoot = rel(repoRoot, configPath);
  const workflow = renderCallerWorkflow({
    branch,
    postgres,
    config: fromRoot === CONFIG_FILE || !wantConfig ? '' : fromRoot,
    templates: templatesDir(opts.templates, cwd),
    home,
  });

  const result: InitResult = { files: [], created: [], migrations, tests, branch, postgres, home };
  if (wantConfig) {
    for (const d of [migrations.dir, tests.dir]) {
      const abs = resolve(cwd, d);
      if (!existsSync(abs)) {
        mkdirSync(abs, { recursive: true });
        result.created.push(d);
      }
    }
    writeFileSync(configPath, config, { flag: 'wx' });
    result.files.push({ path: rel(cwd, configPath), role: 'config' });
  }
  if (wantWorkflow) {
    mkdirSync(dirname(workflowPath), { recursive: true });
    writeFileSync(workflowPath, workflow, { flag: 'wx' });
    result.files.push({ path: rel(cwd, workflowPath), role: 'workflow' });
  }
  return result;
}

export function formatInitResult(r: InitResult): string {
  const m = r.migrations;
  const lines: string[] = [];
  if (m.source === 'default') lines.push(`No Flyway migrations found: new ones go to ${m.dir}.`);
  else {
    const how = m.source === 'scan' ? 'found' : m.source === 'given' ? 'given' : `from ${m.sourceFile}`;
    lines.push(`Migrations: ${m.dir} (${how}), ${m.versioned} versioned${m.pending ? `, ${m.pending} pending` : ''}${m.highest ? `; highest V${m.highest.version}` : ''}.`);
  }
  if (m.others.length) lines.push(`Also found, left out (add them to "migrations" if they are yours): ${m.others.join(', ')}`);
  lines.push(`pgTAP tests: ${r.tests.dir}${r.tests.found ? ' (found)' : ''}.`);
  for (const d of r.created) lines.push(`created ${d}/`);
  for (const f of r.files) lines.push(`created ${f.path}${f.role === 'workflow' ? ` (on pull requests, pushes to ${r.branch} and /migrate comments; PostgreSQL ${r.postgres.join(', ')})` : ''}`);
  lines.push(
    '',
    'Next:',
    '  pgmig new add_something --template rls-table   write a migration, its undo and its test (pgmig new --list)',
    '  pgmig lint && pgmig test                       check them here',
  );
  if (r.files.some((f) => f.role === 'workflow')) {
    lines.push(
      '  commit both files; for /migrate rollback, add an environment named "migrations" with required',
      '  reviewers and the environment secret MIGRATIONS_DATABASE_URL (Settings > Environments)',
    );
    const wf = r.files.find((f) => f.role === 'workflow')!.path;
    if (r.home.source === 'none') {
      lines.push(
        '',
        `!! ${wf} names no real repository yet: its \`uses: ${r.home.repository}/.github/workflows/pgmig.yml@${r.home.ref}\``,
        `!! line (and pgmig-repository) must be replaced with the GitHub repository you serve pgmig from`,
        '!! (a copy of pgmig with its dist/, tagged ' + r.home.ref + '); pgmig has no published home. Or write it again:',
        '!!   pgmig init --no-config --action-repo owner/name[@ref]',
      );
    } else {
      lines.push(`  the workflow takes pgmig from ${r.home.repository}@${r.home.ref}${r.home.source === 'package.json' ? " (package.json's repository)" : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `pgmig init`, added to the CLI program. */
