import * as core from '@actions/core';
import { runLint } from './commands/lint.js';
import { UserError } from './errors.js';
import { formatResult } from './report/index.js';
import { RULES } from './rules/index.js';

/**
 * The action's entry. For now it lints the configured migrations and reports through GitHub
 * workflow commands; event routing, comments and the other commands arrive with their issues.
 */
export async function run(): Promise<void> {
  try {
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const migrations = core.getInput('migrations');
    const config = core.getInput('config') || undefined;
    const { result } = await runLint({ cwd, config, migrations: migrations ? migrations.split(/[\n,]/).map((s) => s.trim()).filter(Boolean) : undefined });
    process.stdout.write(formatResult('text', result, { color: false, rules: RULES }));
    core.setOutput('errors', result.summary.errors);
    core.setOutput('warnings', result.summary.warnings);
    const failOn = core.getInput('fail-on') || 'error';
    if ((failOn === 'error' && result.summary.errors > 0) || (failOn === 'warning' && result.findings.length > 0)) {
      core.setFailed(`pgmig found ${result.summary.errors} error(s) and ${result.summary.warnings} warning(s)`);
    }
  } catch (err) {
    core.setFailed(err instanceof UserError ? err.message : `internal error: ${(err as Error)?.stack ?? err}`);
  }
}
