import { beforeAll, describe, expect, it } from 'vitest';
import { blocksReads, blocksWrites, LOCK_MODES, locksOf, statementLabel, strongestLocks, type LockMode } from '../../src/sql/locks.js';
import { SchemaModel } from '../../src/sql/model.js';
import { ensureParser, parseSql } from '../../src/sql/parse.js';
import { displayName } from '../../src/sql/relation.js';

beforeAll(() => ensureParser());

/** Earlier migrations: the tables, indexes and views the statements below work on. */
const SCHEMA = `
CREATE TABLE account (id bigint PRIMARY KEY);
CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint, account_id bigint, note text);
ALTER TABLE lead ADD CONSTRAINT lead_account_fk FOREIGN KEY (account_id) REFERENCES account (id);
CREATE TABLE contact_note (id bigint, lead_id bigint REFERENCES lead (id));
CREATE VIEW lead_view AS SELECT id FROM lead;
CREATE SEQUENCE invoice_seq;
CREATE INDEX lead_owner_idx ON lead (owner_id);
CREATE INDEX audit_at_idx ON app.audit (at);
CREATE MATERIALIZED VIEW lead_stats AS SELECT owner_id, count(*) FROM lead GROUP BY owner_id;
CREATE TABLE part (id bigint, k int) PARTITION BY RANGE (k);
CREATE TABLE part_1 PARTITION OF part FOR VALUES FROM (0) TO (10);
CREATE TABLE part_9 PARTITION OF part FOR VALUES FROM (90) TO (100) PARTITION BY RANGE (id);
CREATE TABLE part_9a PARTITION OF part_9 FOR VALUES FROM (0) TO (10);
`;

function modelOf(setup: string): SchemaModel {
  const model = new SchemaModel();
  const parsed = parseSql(setup);
  expect(parsed.error).toBeUndefined();
  for (const s of parsed.statements) model.apply(s, 'base', 'V1__schema.sql');
  return model;
}

/** The locks of the only statement in `sql`, as sorted `MODE relation` strings. */
function locks(sql: string, setup = SCHEMA): string[] {
  const parsed = parseSql(sql);
  expect(parsed.error).toBeUndefined();
  expect(parsed.statements).toHaveLength(1);
  return locksOf(parsed.statements[0]!, modelOf(setup))
    .map((l) => `${l.mode} ${displayName(l.relation)}`)
    .sort();
}

// Expected modes: PostgreSQL 15/16 docs, "Table-Level Lock Modes" and the ALTER TABLE notes;
// the non-concurrent ones were also read back from pg_locks on PostgreSQL 15.
const cases: Array<[string, string[]]> = [
  ['CREATE INDEX lead_note_idx ON lead (note)', ['SHARE lead']],
  ['CREATE UNIQUE INDEX lead_note_idx ON lead (note)', ['SHARE lead']],
  ['CREATE INDEX CONCURRENTLY lead_note_idx ON lead (note)', ['SHARE UPDATE EXCLUSIVE lead']],
  ['ALTER TABLE lead ADD COLUMN score integer', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead ADD COLUMN score integer NOT NULL DEFAULT 0', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead ADD CONSTRAINT lead_account_fk FOREIGN KEY (account_id) REFERENCES account (id)', ['SHARE ROW EXCLUSIVE account', 'SHARE ROW EXCLUSIVE lead']],
  ['ALTER TABLE lead ADD CONSTRAINT lead_account_fk FOREIGN KEY (account_id) REFERENCES account (id) NOT VALID', ['SHARE ROW EXCLUSIVE account', 'SHARE ROW EXCLUSIVE lead']],
  ['ALTER TABLE lead ADD COLUMN account2_id bigint REFERENCES account (id)', ['ACCESS EXCLUSIVE lead', 'SHARE ROW EXCLUSIVE account']],
  ['ALTER TABLE lead ADD CONSTRAINT lead_note_key UNIQUE (note)', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead ADD CONSTRAINT lead_owner_check CHECK (owner_id > 0) NOT VALID', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead VALIDATE CONSTRAINT lead_account_fk', ['SHARE UPDATE EXCLUSIVE lead']],
  ['ALTER TABLE lead ALTER CONSTRAINT lead_account_fk DEFERRABLE', ['ACCESS EXCLUSIVE lead']],
  // a foreign key's triggers are dropped on the referenced table too
  ['ALTER TABLE lead DROP CONSTRAINT lead_account_fk', ['ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE contact_note DROP CONSTRAINT contact_note_lead_id_fkey', ['ACCESS EXCLUSIVE contact_note', 'ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead DROP CONSTRAINT lead_note_check', ['ACCESS EXCLUSIVE lead']],
  // the referenced key's foreign keys are rebuilt: the referencing table is locked
  ['ALTER TABLE account ALTER COLUMN id TYPE numeric', ['ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead ALTER COLUMN account_id TYPE integer', ['ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE lead']],
  // partitioned tables: every partition, at any depth, unless ONLY
  ['ALTER TABLE part ADD COLUMN extra integer', ['ACCESS EXCLUSIVE part', 'ACCESS EXCLUSIVE part_1', 'ACCESS EXCLUSIVE part_9', 'ACCESS EXCLUSIVE part_9a']],
  ['ALTER TABLE ONLY part ADD CONSTRAINT part_k CHECK (k > 0) NOT VALID', ['ACCESS EXCLUSIVE part']],
  ['ALTER TABLE part ENABLE ROW LEVEL SECURITY', ['ACCESS EXCLUSIVE part']],
  ['CREATE INDEX part_id_idx ON part (id)', ['SHARE part', 'SHARE part_1', 'SHARE part_9', 'SHARE part_9a']],
  ['CREATE INDEX part_id_idx ON ONLY part (id)', ['SHARE part']],
  ['DROP TABLE part_1', ['ACCESS EXCLUSIVE part', 'ACCESS EXCLUSIVE part_1']],
  ['DROP TABLE contact_note', ['ACCESS EXCLUSIVE contact_note', 'ACCESS EXCLUSIVE lead']],
  ['DROP TABLE account CASCADE', ['ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE lead']],
  ['TRUNCATE account CASCADE', ['ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE contact_note', 'ACCESS EXCLUSIVE lead']],
  ['TRUNCATE account', ['ACCESS EXCLUSIVE account']],
  ['CREATE OR REPLACE VIEW lead_view AS SELECT id, note FROM lead', ['ACCESS EXCLUSIVE lead_view']],
  // a view pgmig never saw made is most likely new: nobody reads it yet
  ['CREATE OR REPLACE VIEW other_view AS SELECT 1', []],
  ['CREATE VIEW other_view AS SELECT 1', []],
  ['ALTER SEQUENCE invoice_seq INCREMENT BY 2', ['SHARE ROW EXCLUSIVE invoice_seq']],
  ['ALTER SEQUENCE invoice_seq RESTART WITH 100', ['SHARE ROW EXCLUSIVE invoice_seq']],
  ['ALTER TABLE lead ALTER COLUMN owner_id SET STATISTICS 500', ['SHARE UPDATE EXCLUSIVE lead']],
  ['ALTER TABLE lead ALTER COLUMN owner_id SET (n_distinct = 100)', ['SHARE UPDATE EXCLUSIVE lead']],
  ['ALTER TABLE lead SET (fillfactor = 70, autovacuum_enabled = false)', ['SHARE UPDATE EXCLUSIVE lead']],
  ['ALTER VIEW lead_view SET (security_barrier = true)', ['ACCESS EXCLUSIVE lead_view']],
  ['ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead ALTER COLUMN note TYPE varchar(200)', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead ALTER COLUMN note SET DEFAULT \'\'', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead ENABLE ROW LEVEL SECURITY', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead FORCE ROW LEVEL SECURITY', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead DISABLE TRIGGER lead_audit', ['SHARE ROW EXCLUSIVE lead']],
  ['ALTER TABLE lead CLUSTER ON lead_owner_idx', ['SHARE UPDATE EXCLUSIVE lead']],
  ['ALTER TABLE lead ENABLE ROW LEVEL SECURITY, ALTER COLUMN owner_id SET STATISTICS 100', ['ACCESS EXCLUSIVE lead']],
  ['CREATE POLICY lead_owner ON lead USING (owner_id = 1)', ['ACCESS EXCLUSIVE lead']],
  ['ALTER POLICY lead_owner ON lead USING (owner_id = 2)', ['ACCESS EXCLUSIVE lead']],
  ['DROP POLICY lead_owner ON lead', ['ACCESS EXCLUSIVE lead']],
  ['CREATE TRIGGER lead_audit AFTER UPDATE ON lead FOR EACH ROW EXECUTE FUNCTION audit()', ['SHARE ROW EXCLUSIVE lead']],
  ['DROP TRIGGER lead_audit ON lead', ['ACCESS EXCLUSIVE lead']],
  ['CREATE RULE lead_ins AS ON INSERT TO lead DO INSTEAD NOTHING', ['ACCESS EXCLUSIVE lead']],
  // the table its foreign key references loses the FK's triggers
  ['DROP TABLE lead', ['ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE lead']],
  ['DROP TABLE lead, account', ['ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE lead']],
  ['DROP MATERIALIZED VIEW lead_stats', ['ACCESS EXCLUSIVE lead_stats']],
  ['TRUNCATE lead, account', ['ACCESS EXCLUSIVE account', 'ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead RENAME TO prospect', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead RENAME COLUMN note TO notes', ['ACCESS EXCLUSIVE lead']],
  ['ALTER TABLE lead RENAME CONSTRAINT lead_account_fk TO lead_account_fkey', ['ACCESS EXCLUSIVE lead']],
  ['ALTER INDEX lead_owner_idx RENAME TO lead_owner_id_idx', ['SHARE UPDATE EXCLUSIVE lead_owner_idx']],
  // the server goes by the spelling: ALTER TABLE on an index takes the table-level lock
  ['ALTER TABLE lead_owner_idx RENAME TO lead_owner_id_idx', ['ACCESS EXCLUSIVE lead_owner_idx']],
  ['ALTER TABLE lead SET SCHEMA archive', ['ACCESS EXCLUSIVE lead']],
  ['REFRESH MATERIALIZED VIEW lead_stats', ['ACCESS EXCLUSIVE lead_stats']],
  ['REFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats', ['EXCLUSIVE lead_stats']],
  ['VACUUM FULL lead', ['ACCESS EXCLUSIVE lead']],
  ['VACUUM (FULL false, ANALYZE) lead', ['SHARE UPDATE EXCLUSIVE lead']],
  ['VACUUM lead', ['SHARE UPDATE EXCLUSIVE lead']],
  ['ANALYZE lead', ['SHARE UPDATE EXCLUSIVE lead']],
  ['CLUSTER lead USING lead_owner_idx', ['ACCESS EXCLUSIVE lead']],
  ['LOCK TABLE lead', ['ACCESS EXCLUSIVE lead']],
  ['LOCK TABLE lead IN SHARE MODE', ['SHARE lead']],
  ['LOCK TABLE lead, account IN ROW EXCLUSIVE MODE', ['ROW EXCLUSIVE account', 'ROW EXCLUSIVE lead']],
  ['LOCK TABLE lead IN ACCESS SHARE MODE', ['ACCESS SHARE lead']],
  ['ALTER TABLE part ATTACH PARTITION part_2 FOR VALUES FROM (10) TO (20)', ['ACCESS EXCLUSIVE part_2', 'SHARE UPDATE EXCLUSIVE part']],
  ['ALTER TABLE part DETACH PARTITION part_1', ['ACCESS EXCLUSIVE part', 'ACCESS EXCLUSIVE part_1']],
  // the parent is spared; the second transaction still takes ACCESS EXCLUSIVE on the partition
  ['ALTER TABLE part DETACH PARTITION part_1 CONCURRENTLY', ['ACCESS EXCLUSIVE part_1', 'SHARE UPDATE EXCLUSIVE part']],
  ['ALTER TABLE part DETACH PARTITION part_1 FINALIZE', ['ACCESS EXCLUSIVE part_1', 'SHARE UPDATE EXCLUSIVE part']],
  ['ALTER INDEX part_k_idx ATTACH PARTITION part_1_k_idx', ['ACCESS EXCLUSIVE part_1_k_idx', 'SHARE UPDATE EXCLUSIVE part_k_idx']],
  ['CREATE TABLE part_2 PARTITION OF part FOR VALUES FROM (10) TO (20)', ['ACCESS EXCLUSIVE part']],
  ['CREATE TABLE lead_archive (LIKE lead) INHERITS (lead)', ['SHARE UPDATE EXCLUSIVE lead']],
  ['CREATE TABLE contact (id bigint PRIMARY KEY, lead_id bigint REFERENCES lead (id))', ['SHARE ROW EXCLUSIVE lead']],
  ['CREATE TABLE contact (id bigint, lead_id bigint, FOREIGN KEY (lead_id) REFERENCES lead (id))', ['SHARE ROW EXCLUSIVE lead']],
  ['CREATE TABLE contact (id bigint)', []],
  ['CREATE TABLE node (id bigint PRIMARY KEY, parent_id bigint REFERENCES node (id), lead_id bigint REFERENCES lead (id))', ['SHARE ROW EXCLUSIVE lead']],
  // the index's table comes from the model: it was created by an earlier migration
  ['DROP INDEX lead_owner_idx', ['ACCESS EXCLUSIVE lead']],
  ['DROP INDEX CONCURRENTLY lead_owner_idx', ['SHARE UPDATE EXCLUSIVE lead']],
  ['DROP INDEX app.audit_at_idx', ['ACCESS EXCLUSIVE app.audit']],
  // an index pgmig never saw created: only its own name is known
  ['DROP INDEX unknown_idx', ['ACCESS EXCLUSIVE unknown_idx']],
  ['REINDEX INDEX lead_owner_idx', ['ACCESS EXCLUSIVE lead_owner_idx', 'SHARE lead']],
  // the primary key's index too, made by the constraint rather than CREATE INDEX
  ['REINDEX TABLE lead', ['ACCESS EXCLUSIVE lead_owner_idx', 'ACCESS EXCLUSIVE lead_pkey', 'SHARE lead']],
  ['REINDEX INDEX CONCURRENTLY lead_owner_idx', ['SHARE UPDATE EXCLUSIVE lead']],
  ['REINDEX TABLE CONCURRENTLY lead', ['SHARE UPDATE EXCLUSIVE lead']],
  ["COMMENT ON TABLE lead IS 'sales leads'", ['SHARE UPDATE EXCLUSIVE lead']],
  ["COMMENT ON COLUMN lead.note IS 'free text'", ['SHARE UPDATE EXCLUSIVE lead']],
  ['CREATE STATISTICS lead_owner_account ON owner_id, account_id FROM lead', ['SHARE UPDATE EXCLUSIVE lead']],
  ['INSERT INTO lead (id) VALUES (1)', ['ROW EXCLUSIVE lead']],
  ['UPDATE lead SET note = NULL', ['ROW EXCLUSIVE lead']],
  ['DELETE FROM lead WHERE id = 1', ['ROW EXCLUSIVE lead']],
  ['MERGE INTO lead USING account ON lead.account_id = account.id WHEN MATCHED THEN DELETE', ['ROW EXCLUSIVE lead']],
  ['SELECT count(*) FROM lead', []],
  ["SET lock_timeout = '2s'", []],
];

describe('locksOf', () => {
  it.each(cases)('%s', (sql, expected) => {
    expect(locks(sql)).toEqual([...expected].sort());
  });

  it('follows a rename of the index before DROP INDEX', () => {
    const setup = `${SCHEMA}\nALTER INDEX lead_owner_idx RENAME TO lead_owner_id_idx;`;
    expect(locks('DROP INDEX lead_owner_id_idx', setup)).toEqual(['ACCESS EXCLUSIVE lead']);
  });

  it('follows a rename of the table behind an index', () => {
    const setup = `${SCHEMA}\nALTER TABLE lead RENAME TO prospect;`;
    expect(locks('DROP INDEX lead_owner_idx', setup)).toEqual(['ACCESS EXCLUSIVE prospect']);
  });

  it('names the index itself when there is no model', () => {
    const stmt = parseSql('DROP INDEX lead_owner_idx').statements[0]!;
    expect(locksOf(stmt).map((l) => `${l.mode} ${displayName(l.relation)}`)).toEqual(['ACCESS EXCLUSIVE lead_owner_idx']);
  });
});

describe('lock mode helpers', () => {
  it('orders the eight modes as the conflict table does', () => {
    expect(LOCK_MODES).toHaveLength(8);
    expect(LOCK_MODES[0]).toBe('ACCESS SHARE');
    expect(LOCK_MODES[7]).toBe('ACCESS EXCLUSIVE');
  });

  it('says which modes conflict with writes (ROW EXCLUSIVE) and with reads (ACCESS SHARE)', () => {
    const writes = LOCK_MODES.filter(blocksWrites);
    expect(writes).toEqual(['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE']);
    expect(LOCK_MODES.filter(blocksReads)).toEqual(['ACCESS EXCLUSIVE']);
  });

  it('keeps the strongest lock per relation, strongest first', () => {
    const rel = (name: string) => ({ schema: 'public', name });
    const l = (mode: LockMode, name: string) => ({ mode, relation: rel(name) });
    const got = strongestLocks([l('SHARE ROW EXCLUSIVE', 'account'), l('SHARE', 'lead'), l('ACCESS EXCLUSIVE', 'lead')]);
    expect(got.map((x) => `${x.mode} ${x.relation.name}`)).toEqual(['ACCESS EXCLUSIVE lead', 'SHARE ROW EXCLUSIVE account']);
  });
});

describe('statementLabel', () => {
  const label = (sql: string) => statementLabel(parseSql(sql).statements[0]!);
  it.each([
    ['ALTER TABLE lead ADD COLUMN score integer', 'ALTER TABLE lead'],
    ['ALTER TABLE app.audit ADD COLUMN score integer', 'ALTER TABLE app.audit'],
    ['CREATE INDEX lead_note_idx ON lead (note)', 'CREATE INDEX lead_note_idx'],
    ['DROP INDEX lead_owner_idx', 'DROP INDEX lead_owner_idx'],
    ['DROP TABLE lead', 'DROP TABLE lead'],
    ['TRUNCATE lead', 'TRUNCATE lead'],
    ['REFRESH MATERIALIZED VIEW lead_stats', 'REFRESH MATERIALIZED VIEW lead_stats'],
    ['VACUUM FULL lead', 'VACUUM FULL lead'],
    ['LOCK TABLE lead', 'LOCK TABLE lead'],
    ['CREATE TRIGGER t AFTER UPDATE ON lead FOR EACH ROW EXECUTE FUNCTION f()', 'CREATE TRIGGER t'],
    ['ALTER TABLE lead RENAME COLUMN note TO notes', 'ALTER TABLE lead RENAME'],
    ['ALTER INDEX lead_owner_idx RENAME TO x', 'ALTER INDEX lead_owner_idx RENAME'],
    ['REINDEX TABLE lead', 'REINDEX TABLE lead'],
    ['GRANT SELECT ON lead TO reporting', 'GRANT SELECT'],
  ])('%s -> %s', (sql, expected) => {
    expect(label(sql)).toBe(expected);
  });
});
