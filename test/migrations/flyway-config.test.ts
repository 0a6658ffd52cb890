import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/migrations/config.js';
import { parseProperties, parseScriptConfig, readFlywaySettings } from '../../src/migrations/flyway.js';
import { parseTomlSubset } from '../../src/migrations/toml.js';
import { project } from '../helpers/project.js';

describe('Flyway configuration files', () => {
  it('reads flyway.conf as Java properties: = or :, comments, continuations, escapes', () => {
    const p = parseProperties('# c\n! c\nflyway.mixed = true\nflyway.placeholders.a: x\\\n  y\nflyway.table\\=x=t\n');
    expect([...p].map(([k, v]) => [k, v.value, v.line])).toEqual([
      ['flyway.mixed', 'true', 3],
      ['flyway.placeholders.a', 'xy', 4],
      ['flyway.table=x', 't', 6],
    ]);
  });

  it('reads the [flyway] table of flyway.toml', () => {
    const doc = parseTomlSubset('# x\n[flyway]\nmixed = true # on\nschemas = ["a", \'b\']\n\n[flyway.placeholders]\nschema = "app"\n"odd.key" = 1\n[environments.dev]\nurl = "jdbc:x"\n');
    expect(doc).toEqual({ flyway: { mixed: true, schemas: ['a', 'b'], placeholders: { schema: 'app', 'odd.key': 1 } }, environments: { dev: { url: 'jdbc:x' } } });
  });

  it('merges: .pgmig.yml wins over flyway.conf, key by key', () => {
    const cwd = project({
      'flyway.conf': 'flyway.mixed=true\nflyway.placeholders.a=1\nflyway.placeholders.b=2\nflyway.sqlMigrationSuffixes=.sql,.pgsql\n',
      '.pgmig.yml': 'mixed: false\nplaceholders: {b: 3}\n',
    });
    const c = loadConfig(cwd);
    expect(c.flyway).toMatchObject({ mixed: false, placeholders: { a: '1', b: '3' }, sqlMigrationSuffixes: ['.sql', '.pgsql'], file: 'flyway.conf' });
  });

  it('names the file, the line and the key of a bad value', () => {
    expect(() => readFlywaySettings(project({ 'flyway.conf': '\nflyway.mixed=yes\n' }))).toThrow('flyway.conf:2: flyway.mixed: expected true or false, got "yes"');
    expect(() => readFlywaySettings(project({ 'flyway.toml': '[flyway]\nmixed = "yes"\n' }))).toThrow('flyway.toml: flyway.mixed: expected true or false');
    expect(() => parseScriptConfig('executeInTransaction=maybe\n', 'V1__x.sql.conf')).toThrow('V1__x.sql.conf:1: executeInTransaction: expected true or false');
    expect(() => parseScriptConfig('executeInTransction=false\n', 'V1__x.sql.conf')).toThrow(/V1__x\.sql\.conf:1: executeInTransction: not a script configuration key/);
    expect(parseScriptConfig('executeInTransaction = FALSE\n', 'V1__x.sql.conf')).toEqual({ file: 'V1__x.sql.conf', executeInTransaction: false });
  });

  it('rejects bad values of the new .pgmig.yml keys, naming them', () => {
    expect(() => loadConfig(project({ '.pgmig.yml': 'placeholders: [a]\n' }))).toThrow(/placeholders: expected a mapping/);
    expect(() => loadConfig(project({ '.pgmig.yml': 'sqlMigrationSuffixes: [sql]\n' }))).toThrow(/sqlMigrationSuffixes: expected a list of file name endings/);
    expect(() => loadConfig(project({ '.pgmig.yml': 'historyTable: {name: x}\n' }))).toThrow(/historyTable\.name: unknown key/);
    expect(() => loadConfig(project({ '.pgmig.yml': 'mixed: 1\n' }))).toThrow(/mixed: expected true or false/);
  });
});
