import { describe, expect, it } from 'vitest';
import {
  compareMigrations,
  compareVersions,
  isFlywayCallback,
  isNameProblem,
  parseMigrationName,
  snakeCase,
  suggestMigrationName,
  versionKey,
  versionParts,
  type MigrationName,
  type NameProblem,
} from '../../src/migrations/name.js';

const ok = (file: string, placeholder?: string): MigrationName => {
  const n = parseMigrationName(file, placeholder);
  if (isNameProblem(n)) throw new Error(`${file}: ${n.message}`);
  return n;
};
const bad = (file: string, placeholder?: string): NameProblem => {
  const n = parseMigrationName(file, placeholder);
  if (!isNameProblem(n)) throw new Error(`${file} was accepted`);
  return n;
};

describe('parseMigrationName', () => {
  it('reads versioned, undo, repeatable and placeholder names', () => {
    expect(ok('db/migration/V12__add_index.sql')).toMatchObject({ kind: 'versioned', version: '12', parts: [12n], description: 'add_index' });
    expect(ok('U12__add_index.sql')).toMatchObject({ kind: 'undo', version: '12' });
    expect(ok('R__refresh_views.sql')).toMatchObject({ kind: 'repeatable', version: '', parts: [] });
    expect(ok('VXXX__add_index.sql')).toMatchObject({ kind: 'pending', version: '' });
    expect(ok('UXXX__add_index.sql')).toMatchObject({ kind: 'pending-undo' });
    expect(ok('V1.2_3__x.sql').parts).toEqual([1n, 2n, 3n]);
    expect(ok('V2__2fa_setup.sql').description).toBe('2fa_setup');
  });

  it('honours a configured placeholder and its undo form', () => {
    expect(ok('VNEXT__a.sql', 'VNEXT').kind).toBe('pending');
    expect(ok('UNEXT__a.sql', 'VNEXT').kind).toBe('pending-undo');
    expect(bad('VXXX__a.sql', 'VNEXT').message).toMatch(/"XXX" is not a version/);
  });

  it('says what is wrong', () => {
    expect(bad('V12_add_index.sql').message).toMatch(/no "__"/);
    expect(bad('V__add_index.sql').message).toMatch(/no version after "V"/);
    expect(bad('V1a__x.sql').message).toMatch(/"1a" is not a version/);
    expect(bad('v1__x.sql').message).toMatch(/must be upper case/);
    expect(bad('R1__x.sql').message).toMatch(/repeatable migration \(R\) has no version/);
    expect(bad('__x.sql').message).toMatch(/nothing before "__"/);
    expect(bad('M1__x.sql').message).toMatch(/does not start with V<version>, U<version>, R or VXXX/);
    expect(bad('V1__x.txt').message).toMatch(/not a .sql file/);
    expect(bad('V12_add_index.sql').message).toMatch(/Flyway skips it/);
  });

  it("reads Flyway's own name styles as migrations, their casing as style only (issue 18 item 9)", () => {
    const ok = (file: string) => {
      const n = parseMigrationName(file);
      if (isNameProblem(n)) throw new Error(`${file}: ${n.message}`);
      return n;
    };
    expect(ok('V1__Create_person_table.sql')).toMatchObject({ kind: 'versioned', version: '1', description: 'Create_person_table' });
    expect(ok('V2__AddUsers.sql').style).toMatch(/description "AddUsers" is not lower snake_case/);
    expect(ok('V1__a__b.sql').style).toMatch(/not lower snake_case/);
    expect(ok('V12___add_index.sql').description).toBe('_add_index');
    // Flyway reads a name without "__" as all version, and an empty description after "__"
    expect(ok('V2.sql')).toMatchObject({ version: '2', description: '' });
    expect(ok('V1__.sql').style).toMatch(/no description/);
    expect(ok('V1__lead.sql').style).toBeUndefined();
  });

  it('takes suffixes as Flyway does: ignoring case, and the configured ones (issue 25 item 7)', () => {
    const n = parseMigrationName('V8__x.SQL');
    expect(isNameProblem(n) ? n.message : n.version).toBe('8');
    const p = parseMigrationName('V9__y.pgsql', 'VXXX', ['.sql', '.pgsql']);
    expect(isNameProblem(p) ? p.message : p.description).toBe('y');
    expect(isNameProblem(parseMigrationName('V9__y.pgsql'))).toBe(true);
  });
});

describe('suggestMigrationName', () => {
  it.each([
    ['V12_add_index.sql', 'V12__add_index.sql'],
    ['V12-add-index.sql', 'V12__add_index.sql'],
    ['v12__add_index.sql', 'V12__add_index.sql'],
    ['V12add_index.sql', 'V12__add_index.sql'],
    ['V1.2_add_index.sql', 'V1.2__add_index.sql'],
    ['V12_2fa_setup.sql', 'V12__2fa_setup.sql'],
    ['U12_add_index.sql', 'U12__add_index.sql'],
    ['vxxx_add_index.sql', 'VXXX__add_index.sql'],
    ['UXXX-AddIndex.sql', 'UXXX__add_index.sql'],
    ['V__add_index.sql', 'VXXX__add_index.sql'],
    ['R_refresh_views.sql', 'R__refresh_views.sql'],
    ['R1__refresh_views.sql', 'R__refresh_views.sql'],
    ['20240101_add_index.sql', 'V20240101__add_index.sql'],
    ['add_index.sql', 'VXXX__add_index.sql'],
    ['UpdateUsers.sql', 'VXXX__update_users.sql'],
  ])('%s -> %s', (name, expected) => {
    expect(suggestMigrationName(name)).toBe(expected);
    expect(bad(name).suggestion).toBe(expected);
  });

  it.each([
    ['V12__AddIndex.sql', 'V12__add_index.sql'],
    ['V12___add_index.sql', 'V12__add_index.sql'],
    ['V3__HTTPServerLog.sql', 'V3__http_server_log.sql'],
    ['V3__crème_brûlée.sql', 'V3__creme_brulee.sql'],
  ])('%s (a name Flyway runs) -> %s', (name, expected) => {
    expect(suggestMigrationName(name)).toBe(expected);
  });

  it('uses the configured placeholder', () => {
    expect(suggestMigrationName('add_index.sql', 'VNEXT')).toBe('VNEXT__add_index.sql');
    expect(suggestMigrationName('Vnext-add.sql', 'VNEXT')).toBe('VNEXT__add.sql');
  });

  it('does not guess when it cannot', () => {
    expect(suggestMigrationName('V1__.sql')).toBeUndefined();
    expect(suggestMigrationName('M1__x.sql')).toBeUndefined();
    expect(suggestMigrationName('V12__add_index.sql')).toBeUndefined();
    expect(bad('M1__x.sql').suggestion).toBeUndefined();
  });
});

describe('snakeCase', () => {
  it('splits words the way people write them', () => {
    expect(snakeCase('addIndexToUsers')).toBe('add_index_to_users');
    expect(snakeCase('ADD INDEX')).toBe('add_index');
    expect(snakeCase('addV2Column')).toBe('add_v2_column');
    expect(snakeCase('__x__')).toBe('x');
  });
});

describe('versions', () => {
  it('compare numerically, part by part', () => {
    const v = (s: string) => versionParts(s);
    expect(compareVersions(v('1.2'), v('1.10'))).toBe(-1);
    expect(compareVersions(v('10'), v('9'))).toBe(1);
    expect(compareVersions(v('1.0'), v('1'))).toBe(0);
    expect(compareVersions(v('01.1'), v('1_1'))).toBe(0);
    expect(compareVersions(v('99999999999999999999'), v('99999999999999999998'))).toBe(1);
  });

  it('have one key per distinct version, as Flyway tells them apart', () => {
    const k = (s: string) => versionKey(versionParts(s));
    expect(k('1.1')).toBe('1.1');
    expect(k('1_1')).toBe('1.1');
    expect(k('01.1')).toBe('1.1');
    expect(k('1.1.0')).toBe('1.1');
    expect(k('0')).toBe('0');
    expect(k('1.01')).not.toBe(k('1.10'));
  });

  it('sort versioned files first, then placeholders, then repeatables', () => {
    const names = ['R__views.sql', 'VXXX__b.sql', 'V10__c.sql', 'V2__d.sql', 'V1.5__e.sql'].map((f) => ok(f));
    expect(names.sort(compareMigrations).map((n) => n.file)).toEqual(['V1.5__e.sql', 'V2__d.sql', 'V10__c.sql', 'VXXX__b.sql', 'R__views.sql']);
  });
});

describe('isFlywayCallback', () => {
  it('recognises Flyway SQL callbacks, and only them', () => {
    expect(isFlywayCallback('db/migration/afterMigrate.sql')).toBe(true);
    expect(isFlywayCallback('beforeEachMigrate__set_role.sql')).toBe(true);
    expect(isFlywayCallback('afterwards.sql')).toBe(false);
    expect(isFlywayCallback('V1__afterMigrate.sql')).toBe(false);
  });
});
