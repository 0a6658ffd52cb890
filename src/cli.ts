import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runLint } from './commands/lint.js';
import { explainRule, listRules } from './commands/rules.js';
import { UserError } from './errors.js';
import { FORMATS, formatResult, type Format } from './report/index.js';
import { RULES } from './rules/index.js';

const VERSION = '0.1.0';

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

function nonNegativeInt(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(v);
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('pgmig')
    .description('Make PostgreSQL migrations safe to merge: lint, apply and test, number at merge, roll back.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run pgmig --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('lint')
    .description('Check migration SQL with the PostgreSQL grammar and the rule set (exit 1 on errors).')
    .argument('[files...]', 'migration files to lint; none: every migration (or those changed since --changed-since)')
    .option('--changed-since <ref>', 'lint migrations added or changed since the merge base with <ref>; numbering rules compare with <ref>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
    .option('-m, --migrations <dir...>', 'migrations folder(s), overriding the config')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInt)
    .option('--no-color', 'no colours in text output (default: colours only on a terminal)')
    .addHelpText(
      'after',
      `
Exit codes: 0 clean or warnings only, 1 error findings (or too many warnings),
2 usage, config or environment error.

Examples:
  pgmig lint                                 lint every migration in the configured folder
  pgmig lint db/migration/V12__add_index.sql lint one file, earlier migrations as context
  pgmig lint --changed-since origin/main     lint what a pull request adds or changes
  pgmig lint --format sarif > pgmig.sarif    for GitHub code scanning`,
    )
    .action(async (files: string[], o: { changedSince?: string; format: Format; config?: string; migrations?: string[]; maxWarnings?: number; color: boolean }) => {
      const { result } = await runLint({ cwd: io.cwd, files, changedSince: o.changedSince, config: o.config, migrations: o.migrations });
      const color = o.color && io.isTTY && !io.env.NO_COLOR;
      io.stdout(formatResult(o.format, result, { color, rules: RULES }));
      const tooManyWarnings = o.maxWarnings !== undefined && result.summary.warnings > o.maxWarnings;
      if (tooManyWarnings && o.format === 'text') {
        io.stderr(`pgmig: ${result.summary.warnings} warnings, more than --max-warnings ${o.maxWarnings}\n`);
      }
      setExit(result.summary.errors > 0 || tooManyWarnings ? 1 : 0);
    });

  program
    .command('rules')
    .description('List every rule with its default severity.')
    .option('--json', 'as JSON')
    .action((o: { json?: boolean }) => io.stdout(listRules(!!o.json)));

  program
    .command('explain')
    .description('Explain a rule: why it matters, the lock it takes, and the safe alternative with an example.')
    .argument('<rule>', 'rule id, as printed in findings')
    .action((rule: string) => io.stdout(explainRule(rule)));

  return program;
}

/** Runs the CLI and returns the exit code; never throws for user mistakes. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version print and exit 0; usage mistakes are exit 2
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UserError) {
      io.stderr(`pgmig: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr(`pgmig: internal error: ${(err as Error)?.stack ?? err}\nPlease report this with the command you ran.\n`);
    return 3;
  }
}
