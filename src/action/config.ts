import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { loadConfig, type Config } from '../migrations/config.js';
import { RULE_IDS } from '../rules/index.js';
import type { ActionInputs } from './inputs.js';

export interface ActionConfig {
  /** The config file the commands read (the user's, or one with the action's overrides). */
  configFile?: string;
  /** The `migrations` input, if given (it overrides the config). */
  migrations?: string[];
  config: Config;
  /** Absolute migrations folders. */
  dirs: string[];
  /** The folders relative to the workspace: names the sticky comment and the report. */
  key: string;
}

/**
 * The config the action runs with: .pgmig.yml (or the `config` input), with the `migrations`
 * and `placeholder` inputs over it. The commands take no placeholder of their own, so when the
 * input is set pgmig writes the merged config to a temporary file, with every folder absolute
 * so that they still point into the workspace.
 */
export function resolveActionConfig(workspace: string, inputs: ActionInputs, tempDir: string): ActionConfig {
  const config = loadConfig(workspace, inputs.config, RULE_IDS);
  if (inputs.migrations) {
    config.migrations = inputs.migrations;
    config.root = workspace;
  }
  if (inputs.tests) config.tests = resolve(workspace, inputs.tests);
  const dirs = config.migrations.map((d) => resolve(config.root, d));
  const key = dirs.map((d) => relative(workspace, d).split(sep).join('/') || '.').join(',');
  let configFile = inputs.config;
  if (inputs.placeholder && inputs.placeholder !== config.placeholder) {
    config.placeholder = inputs.placeholder;
    mkdirSync(tempDir, { recursive: true });
    configFile = join(tempDir, `pgmig-config-${process.pid}.yml`);
    writeFileSync(configFile, toYaml(config, dirs));
  }
  return { configFile, migrations: inputs.migrations, config, dirs, key };
}

function toYaml(c: Config, dirs: string[]): string {
  const doc: Record<string, unknown> = {
    migrations: dirs,
    tests: resolve(c.root, c.tests),
    placeholder: c.placeholder,
    rules: c.rules,
    // written only when the config set it: setting rls turns require-rls on (issue 19 item 4)
    ...(c.rls.given ? { rls: { schemas: c.rls.schemas, exclude: c.rls.exclude, ownerOnly: c.rls.ownerOnly } } : {}),
    lockTimeout: { max: `${c.lockTimeout.maxMs}ms` },
    lockRetries: { attempts: c.lockRetries.attempts, maxTotal: `${c.lockRetries.maxTotalMs}ms` },
    assumeInTransaction: c.assumeInTransaction,
    postgresVersion: c.postgresVersion,
    requireUndo: c.requireUndo,
  };
  if (c.versionRanges.length) doc.versionRanges = c.versionRanges;
  return `# written by the pgmig action: ${c.file ?? 'defaults'} with the action's inputs over it\n${stringify(doc)}`;
}
