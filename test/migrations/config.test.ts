import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { findConfig, loadConfig, parseConfig, parseDuration } from '../../src/migrations/config.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { project } from '../helpers/project.js';

const parse = (yaml: string) => parseConfig(yaml, '/p/.pgmig.yml', RULE_IDS);
const failure = (yaml: string) => {
  try {
    parse(yaml);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a config error');
};

describe('config', () => {
  it('reads every documented key', () => {
    const c = parse(`
migrations: [db/migration, db/extra]
tests: db/tests
placeholder: VNEXT
versionRanges: [{from: 1, to: 7999}, {from: 10000}]
rules: { require-rls: warning, require-statement-timeout: off }
rls: { schemas: [public, app], exclude: [flyway_schema_history, audit_log] }
lockTimeout: { max: 2s }
assumeInTransaction: true
postgresVersion: 15
requireUndo: true
`);
    expect(c).toMatchObject({
      migrations: ['db/migration', 'db/extra'],
      placeholder: 'VNEXT',
      versionRanges: [{ from: 1, to: 7999 }, { from: 10000 }],
      rules: { 'require-rls': 'warning', 'require-statement-timeout': 'off' },
      rls: { schemas: ['public', 'app'], exclude: ['flyway_schema_history', 'audit_log'] },
      lockTimeout: { maxMs: 2000 },
      assumeInTransaction: true,
      postgresVersion: 15,
      requireUndo: true,
    });
  });

  it('accepts a single migrations folder and an empty file', () => {
    expect(parse('migrations: sql').migrations).toEqual(['sql']);
    expect(parse('').migrations).toEqual(['db/migration']);
  });

  it('names the unknown key', () => {
    expect(failure('migration: db')).toMatch(/\.pgmig\.yml:1: migration: unknown key/);
    expect(failure('rls: { schema: [x] }')).toMatch(/rls\.schema: unknown key/);
  });

  it('gives the line of the key at fault', () => {
    expect(failure('migrations: db\nrules:\n  require-rls: error\n  ban-drop-tabel: off\n')).toMatch(/\.pgmig\.yml:4: rules\.ban-drop-tabel: unknown rule/);
    expect(failure('# settings\n\nlockTimeout:\n  max: soon\n')).toMatch(/\.pgmig\.yml:4: lockTimeout\.max: expected a duration/);
    // a key the file does not have (the top level of an empty mapping) gets no line
    expect(failure('[1, 2]')).toMatch(/\.pgmig\.yml: \(top level\): expected a mapping/);
  });

  it('names the unknown rule and the bad severity', () => {
    expect(failure('rules: { require-rsl: error }')).toMatch(/rules\.require-rsl: unknown rule/);
    expect(failure('rules: { require-rls: fatal }')).toMatch(/rules\.require-rls: expected off, warning or error/);
  });

  it('rejects bad values with the key', () => {
    expect(failure('lockTimeout: { max: soon }')).toMatch(/lockTimeout\.max: expected a duration/);
    expect(failure('versionRanges: [{from: 10, to: 5}]')).toMatch(/versionRanges: item 1: to must be/);
    expect(failure('assumeInTransaction: yes please')).toMatch(/assumeInTransaction: expected true, false or flyway/);
    expect(failure('postgresVersion: "16"')).toMatch(/postgresVersion/);
    expect(failure('- a\n- b')).toMatch(/top level/);
  });

  it('reports YAML syntax errors with a position', () => {
    expect(failure('rules: {require-rls: error')).toMatch(/\.pgmig\.yml:\d+:\d+: invalid YAML/);
  });

  it('is found by walking up from the working directory', () => {
    const root = project({ '.pgmig.yml': 'migrations: sql\n' });
    const deep = join(root, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    expect(findConfig(deep)).toBe(join(root, '.pgmig.yml'));
    const c = loadConfig(deep);
    expect(c.root).toBe(root);
    expect(c.migrations).toEqual(['sql']);
  });

  it('says when an explicit config file cannot be read', () => {
    const root = project({});
    expect(() => loadConfig(root, 'missing.yml')).toThrow(/cannot read config .*missing\.yml: ENOENT/);
    writeFileSync(join(root, 'ok.yml'), 'tests: t\n');
    expect(loadConfig(root, 'ok.yml').tests).toBe('t');
  });

  it('parses PostgreSQL durations', () => {
    expect(parseDuration('5s')).toBe(5000);
    expect(parseDuration('1min')).toBe(60000);
    expect(parseDuration('250')).toBe(250);
    expect(parseDuration(100)).toBe(100);
    expect(parseDuration('5 parsecs')).toBeUndefined();
  });
});
