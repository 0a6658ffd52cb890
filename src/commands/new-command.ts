import type { Command } from 'commander';
import type { Io } from '../cli.js';
import { UserError } from '../errors.js';

export const DEFAULT_TEMPLATE = 'blank';

/** `pgmig new`: its options here, its work in new.ts, loaded when it runs. */
export function registerNew(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('new')
    .description('Write a pending migration (VXXX__<description>.sql), its undo and a pgTAP test from a template.')
    .argument('[description]', 'what the migration does, made lower snake_case: "Add lead notes" -> add_lead_notes')
    .option('--template <name>', `template to start from (default ${DEFAULT_TEMPLATE}; --list shows them all)`)
    .option('--set <name=value>', 'a template variable, such as --set column=notes (repeat it for more)', (v: string, all: string[] = []) => [...all, v])
    .option('--table <name>', 'shorthand for --set table=<name>')
    .option('--list', 'list the templates with their variables, and write nothing')
    .option('--json', 'with --list: as JSON')
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .option('-m, --migrations <dir>', 'folder to write the migration and its undo to (default: the first "migrations" folder of the config)')
    .option('--tests <dir>', 'folder to write the pgTAP test to (default: "tests" of the config)')
    .option('--templates <dir>', "a templates folder of your own, laid out like pgmig's templates/ (migrations/<name>/template.yml)")
    .addHelpText(
      'after',
      `
Writes three files, or none: pgmig new never overwrites a file, so when one of them exists
already it stops and writes nothing.
  <migrations>/VXXX__<description>.sql       the migration (VXXX: "placeholder" in the config)
  <migrations>/UXXX__<description>.sql       its undo, which pgmig test rehearses
  <tests>/VXXX__<description>_test.sql       its pgTAP test, which pgmig test runs
A template that needs two migrations (not-valid-constraint: add, then validate) writes a second
pair named <description>_<step>. The placeholder gets the next free version when the pull
request merges (pgmig assign), and the undo and test files are renamed with it.

Templates: blank, rls-table, add-column, index-concurrently, backfill, not-valid-constraint,
enum-value (pgmig new --list says what each is for and which variables it needs).

Exit codes: 0 written (or listed), 2 usage or config error, a missing variable, or a file
that exists already.

Examples:
  pgmig new add_lead_notes --template rls-table
  pgmig new add_lead_score --template add-column --table lead --set column=score --set type=bigint
  pgmig new lead_owner_index --template index-concurrently --table lead --set columns=owner_id,created_at
  pgmig new --list`,
    )
    .action(
      async (
        description: string | undefined,
        o: { template?: string; set?: string[]; table?: string; list?: boolean; json?: boolean; config?: string; migrations?: string; tests?: string; templates?: string },
      ) => {
        const { formatNewResult, formatTemplateList, runNew } = await import('./new.js');
        if (o.list) {
          io.stdout(formatTemplateList({ cwd: io.cwd, templates: o.templates, json: o.json }));
          setExit(0);
          return;
        }
        if (o.json) throw new UserError('--json goes with --list');
        if (!description) throw new UserError('name the migration: pgmig new <description> [--template <name>], such as pgmig new add_lead_notes --template rls-table');
        const set = [...(o.set ?? []), ...(o.table !== undefined ? [`table=${o.table}`] : [])];
        const result = runNew({ cwd: io.cwd, description, template: o.template, set, config: o.config, migrations: o.migrations, tests: o.tests, templates: o.templates });
        io.stdout(formatNewResult(result));
        setExit(0);
      },
    );
}
