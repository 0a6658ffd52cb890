/**
 * Parity cases: SQL on which pgmig and squawk must report the same rule ids on the same lines
 * (for every squawk rule pgmig implements; see parity.test.ts). One or more per rule, both
 * where the rule fires and where it must not. Each runs as the only migration of a project, so
 * every table it does not create counts as existing. Where pgmig deliberately differs, the case
 * belongs in differences.ts instead.
 */
export interface ParityCase {
  /** The squawk rule the case is about (other rules are compared too). */
  rule: string;
  sql: string;
  /** pgmig `postgresVersion` and squawk `--pg-version` (default 16). */
  postgresVersion?: number;
  /** pgmig `assumeInTransaction` and squawk `--assume-in-transaction`. */
  assumeInTransaction?: boolean;
  /** Opt-in rules to turn on, on both sides. */
  include?: string[];
}

export const CASES: ParityCase[] = [
  // adding-field-with-default
  {
    rule: 'adding-field-with-default',
    sql: `ALTER TABLE lead ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
ALTER TABLE lead ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();
ALTER TABLE lead ADD COLUMN n bigint DEFAULT nextval('lead_n_seq');
ALTER TABLE lead ADD COLUMN score numeric GENERATED ALWAYS AS (a + b) STORED;
ALTER TABLE lead ADD COLUMN code text DEFAULT make_code();
ALTER TABLE lead ADD COLUMN r bigint DEFAULT 1 + random()::bigint;
`,
  },
  {
    rule: 'adding-field-with-default',
    sql: `ALTER TABLE lead ADD COLUMN active boolean DEFAULT true;
ALTER TABLE lead ADD COLUMN created_at timestamptz DEFAULT now();
ALTER TABLE lead ADD COLUMN updated_at timestamptz DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE lead ADD COLUMN meta jsonb DEFAULT '{}'::jsonb;
ALTER TABLE lead ADD COLUMN tags text[] DEFAULT ARRAY['x'];
ALTER TABLE lead ADD COLUMN weight bigint DEFAULT 2 + 2;
ALTER TABLE lead ADD COLUMN note text;
ALTER TABLE lead ALTER COLUMN note SET DEFAULT gen_random_uuid()::text;
`,
  },
  {
    rule: 'adding-field-with-default',
    sql: `ALTER TABLE lead
  ADD COLUMN id2 bigint GENERATED ALWAYS AS IDENTITY,
  ADD COLUMN kind text DEFAULT 'a',
  ADD COLUMN ref uuid
    DEFAULT gen_random_uuid();
`,
  },
  {
    rule: 'adding-field-with-default',
    postgresVersion: 10,
    sql: `ALTER TABLE lead ADD COLUMN active boolean DEFAULT true;
ALTER TABLE lead ADD COLUMN note text;
`,
  },

  // adding-foreign-key-constraint
  {
    rule: 'adding-foreign-key-constraint',
    sql: `ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id);
ALTER TABLE lead ADD CONSTRAINT lead_team_fk FOREIGN KEY (team_id) REFERENCES team (id) NOT VALID;
ALTER TABLE lead ADD COLUMN region_id bigint REFERENCES region (id);
ALTER TABLE lead VALIDATE CONSTRAINT lead_team_fk;
`,
  },
  {
    rule: 'adding-foreign-key-constraint',
    sql: `BEGIN;
CREATE TABLE note (id bigint PRIMARY KEY, lead_id bigint REFERENCES lead (id));
ALTER TABLE note ADD CONSTRAINT note_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id);
COMMIT;
`,
  },
  {
    rule: 'adding-foreign-key-constraint',
    sql: `ALTER TABLE lead
  ADD COLUMN a bigint,
  ADD CONSTRAINT lead_a_fk
    FOREIGN KEY (a) REFERENCES a_table (id);
`,
  },

  // adding-not-nullable-field
  {
    rule: 'adding-not-nullable-field',
    sql: `ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE lead
  ALTER COLUMN a DROP DEFAULT,
  ALTER COLUMN b SET NOT NULL;
`,
  },
  {
    rule: 'adding-not-nullable-field',
    sql: `ALTER TABLE lead ADD CONSTRAINT lead_owner_nn CHECK (owner_id IS NOT NULL) NOT VALID;
ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;
`,
  },
  {
    rule: 'adding-not-nullable-field',
    sql: `BEGIN;
ALTER TABLE lead ADD CONSTRAINT lead_owner_nn CHECK (owner_id IS NOT NULL) NOT VALID;
COMMIT;
BEGIN;
ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_nn;
ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE lead ALTER COLUMN team_id SET NOT NULL;
ALTER TABLE lead DROP CONSTRAINT lead_owner_nn;
COMMIT;
`,
  },
  {
    rule: 'adding-not-nullable-field',
    sql: `-- the helper check was added NOT VALID by an earlier migration
ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_id_not_null;
ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE lead DROP CONSTRAINT lead_owner_id_not_null;
ALTER TABLE team ALTER COLUMN name SET NOT NULL;
`,
  },
  {
    rule: 'adding-not-nullable-field',
    postgresVersion: 11,
    sql: `ALTER TABLE lead ADD CONSTRAINT lead_owner_nn CHECK (owner_id IS NOT NULL) NOT VALID;
ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_nn;
ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;
`,
  },
  {
    rule: 'adding-not-nullable-field',
    sql: `ALTER TABLE lead ADD COLUMN status text NOT NULL DEFAULT 'new';
ALTER TABLE lead ALTER COLUMN status DROP DEFAULT;
`,
  },

  // adding-serial-primary-key-field
  {
    rule: 'adding-serial-primary-key-field',
    sql: `ALTER TABLE lead ADD COLUMN id bigint PRIMARY KEY;
ALTER TABLE lead ADD PRIMARY KEY (id);
ALTER TABLE lead ADD CONSTRAINT lead_pkey PRIMARY KEY USING INDEX lead_pkey_idx;
ALTER TABLE lead ADD COLUMN id2 bigint UNIQUE;
`,
  },

  // adding-required-field
  {
    rule: 'adding-required-field',
    sql: `ALTER TABLE lead ADD COLUMN status text NOT NULL;
ALTER TABLE lead ADD COLUMN stage text NOT NULL DEFAULT 'open';
ALTER TABLE lead ADD COLUMN n bigint NOT NULL GENERATED ALWAYS AS IDENTITY;
ALTER TABLE lead ADD COLUMN total numeric NOT NULL GENERATED ALWAYS AS (a + b) STORED;
ALTER TABLE lead ADD COLUMN note text NULL;
ALTER TABLE lead ADD COLUMN a bigint CONSTRAINT lead_a_nn NOT NULL, ADD COLUMN b bigint NOT NULL;
`,
  },

  // ban-alter-domain-with-add-constraint
  {
    rule: 'ban-alter-domain-with-add-constraint',
    sql: `ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%');
ALTER DOMAIN email ADD CONSTRAINT email_len CHECK (length(VALUE) < 300) NOT VALID;
ALTER DOMAIN email VALIDATE CONSTRAINT email_len;
ALTER DOMAIN email DROP CONSTRAINT email_at;
ALTER DOMAIN email DROP NOT NULL;
`,
  },

  // ban-char-field
  {
    rule: 'ban-char-field',
    sql: `CREATE TABLE country (
  code char(2) PRIMARY KEY,
  code3 character(3),
  name varchar(100),
  flag text,
  legacy bpchar
);
ALTER TABLE lead ADD COLUMN grade char(1);
ALTER TABLE lead ADD COLUMN label character varying(20);
`,
  },

  // ban-create-domain-with-constraint
  {
    rule: 'ban-create-domain-with-constraint',
    sql: `CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN positive AS bigint
  NOT NULL;
CREATE DOMAIN label AS text;
`,
  },

  // ban-drop-column
  {
    rule: 'ban-drop-column',
    sql: `ALTER TABLE lead DROP COLUMN legacy_score;
ALTER TABLE lead DROP COLUMN IF EXISTS old_note;
ALTER TABLE lead
  DROP COLUMN a,
  DROP CONSTRAINT lead_b_check,
  DROP b;
`,
  },

  // ban-drop-database
  {
    rule: 'ban-drop-database',
    sql: `DROP DATABASE analytics;
DROP DATABASE IF EXISTS scratch;
DROP SCHEMA staging;
`,
  },

  // ban-drop-not-null
  {
    rule: 'ban-drop-not-null',
    sql: `ALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL;
ALTER TABLE lead
  ALTER COLUMN a SET DEFAULT 1,
  ALTER b DROP NOT NULL;
`,
  },

  // ban-drop-table
  {
    rule: 'ban-drop-table',
    sql: `DROP TABLE lead_import;
DROP TABLE IF EXISTS a, b CASCADE;
DROP VIEW lead_view;
DROP MATERIALIZED VIEW lead_stats;
`,
  },

  // ban-duplicate-column-assignments
  {
    rule: 'ban-duplicate-column-assignments',
    sql: `UPDATE lead SET status = 'new', status = 'open';
UPDATE lead SET status = 'new', stage = 'open';
UPDATE lead SET (a, b) = (1, 2),
  a = 3;
UPDATE lead SET c.x = 1, c.y = 2;
INSERT INTO lead (a, a) VALUES (1, 2);
INSERT INTO lead (id, a) VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET a = 1, a = 2;
WITH x AS (UPDATE lead SET a = 1, a = 2 RETURNING id) SELECT * FROM x;
`,
  },
  {
    rule: 'ban-duplicate-column-assignments',
    sql: `CREATE FUNCTION touch() RETURNS void LANGUAGE sql BEGIN ATOMIC UPDATE lead SET a = 1, a = 2; END;
CREATE RULE lead_log AS ON INSERT TO lead DO ALSO UPDATE lead_stats SET n = 1, n = 2;
WITH x AS (INSERT INTO lead (a, a) VALUES (1, 2) RETURNING 1) DELETE FROM lead_import;
MERGE INTO lead USING lead_import s ON lead.id = s.id
  WHEN MATCHED THEN UPDATE SET a = 1, a = 2
  WHEN NOT MATCHED THEN INSERT (a, b) VALUES (1, 2);
INSERT INTO lead (a, b) VALUES (1, 2), (3, 4);
`,
  },

  // ban-truncate-cascade
  {
    rule: 'ban-truncate-cascade',
    sql: `TRUNCATE lead_import CASCADE;
TRUNCATE lead_import;
TRUNCATE TABLE a, b RESTRICT;
TRUNCATE a RESTART IDENTITY
  CASCADE;
`,
  },

  // ban-uncommitted-transaction
  {
    rule: 'ban-uncommitted-transaction',
    sql: `BEGIN;
ALTER TABLE lead ADD COLUMN note text;
`,
  },
  {
    rule: 'ban-uncommitted-transaction',
    sql: `BEGIN;
ALTER TABLE lead ADD COLUMN note text;
COMMIT;
START TRANSACTION;
UPDATE lead SET note = '';
ROLLBACK;
BEGIN;
UPDATE lead SET note = 'x';
END;
BEGIN;
UPDATE lead SET note = 'y';
`,
  },
  {
    rule: 'ban-uncommitted-transaction',
    assumeInTransaction: true,
    sql: `ALTER TABLE lead ADD COLUMN note text;
`,
  },

  // changing-column-type
  {
    rule: 'changing-column-type',
    sql: `ALTER TABLE lead ALTER COLUMN score TYPE bigint;
ALTER TABLE lead ALTER COLUMN note SET DATA TYPE text USING note::text;
ALTER TABLE lead
  ALTER COLUMN a SET DEFAULT 0,
  ALTER b TYPE varchar(200);
ALTER TYPE address ALTER ATTRIBUTE street TYPE text;
ALTER TABLE lead ALTER COLUMN c SET STATISTICS 100;
`,
  },

  // constraint-missing-not-valid
  {
    rule: 'constraint-missing-not-valid',
    sql: `ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0);
ALTER TABLE account ADD CONSTRAINT positive_limit CHECK (credit_limit >= 0) NOT VALID;
ALTER TABLE account VALIDATE CONSTRAINT positive_limit;
ALTER TABLE account ADD CONSTRAINT account_email_key UNIQUE USING INDEX account_email_idx;
ALTER TABLE account ADD CONSTRAINT account_pkey PRIMARY KEY USING INDEX account_pkey_idx;
ALTER TABLE account ADD CONSTRAINT account_code_key UNIQUE (code);
ALTER TABLE account ADD CONSTRAINT no_overlap EXCLUDE USING gist (period WITH &&);
`,
  },
  {
    rule: 'constraint-missing-not-valid',
    sql: `BEGIN;
ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;
ALTER TABLE account VALIDATE CONSTRAINT positive_balance;
COMMIT;
BEGIN;
ALTER TABLE account VALIDATE CONSTRAINT positive_balance;
COMMIT;
`,
  },
  {
    rule: 'constraint-missing-not-valid',
    assumeInTransaction: true,
    sql: `ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;
ALTER TABLE account
  VALIDATE CONSTRAINT positive_balance;
`,
  },
  {
    rule: 'constraint-missing-not-valid',
    sql: `BEGIN;
CREATE TABLE ledger (id bigint, amount numeric);
ALTER TABLE ledger ADD CONSTRAINT ledger_amount CHECK (amount <> 0);
COMMIT;
`,
  },
  {
    rule: 'constraint-missing-not-valid',
    sql: `ALTER TABLE account
  ADD COLUMN code text,
  ADD CONSTRAINT account_code_len CHECK (length(code) < 10),
  ADD CONSTRAINT account_code_up
    CHECK (code = upper(code)) NOT VALID;
`,
  },

  // disallowed-unique-constraint
  {
    rule: 'disallowed-unique-constraint',
    sql: `ALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE (email);
ALTER TABLE lead ADD CONSTRAINT lead_email_key2 UNIQUE USING INDEX lead_email_idx;
ALTER TABLE lead ADD COLUMN code text UNIQUE;
ALTER TABLE lead ADD UNIQUE (a, b);
`,
  },
  {
    rule: 'disallowed-unique-constraint',
    sql: `BEGIN;
CREATE TABLE tag (id bigint, name text);
ALTER TABLE tag ADD CONSTRAINT tag_name_key UNIQUE (name);
COMMIT;
`,
  },

  // rules the lint engine already had, which squawk has too
  {
    rule: 'require-concurrent-index-creation',
    sql: `CREATE INDEX lead_owner_idx ON lead (owner_id);
CREATE INDEX CONCURRENTLY lead_team_idx ON lead (team_id);
CREATE UNIQUE INDEX
  lead_email_idx ON lead (email);
`,
  },
  {
    rule: 'require-concurrent-index-deletion',
    sql: `DROP INDEX lead_old_idx;
DROP INDEX CONCURRENTLY lead_older_idx;
DROP INDEX IF EXISTS a_idx, b_idx;
`,
  },
  {
    rule: 'require-concurrent-reindex',
    sql: `REINDEX INDEX lead_owner_idx;
REINDEX INDEX CONCURRENTLY lead_team_idx;
REINDEX TABLE lead;
REINDEX TABLE CONCURRENTLY team;
`,
  },
  {
    rule: 'ban-concurrent-index-creation-in-transaction',
    sql: `BEGIN;
CREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);
COMMIT;
`,
  },
  {
    rule: 'ban-concurrent-index-creation-in-transaction',
    assumeInTransaction: true,
    sql: `SELECT 1;
CREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);
`,
  },
  {
    rule: 'require-lock-timeout',
    sql: `SELECT 1;
ALTER TABLE lead ADD COLUMN note text;
SET lock_timeout = '1s';
ALTER TABLE lead ADD COLUMN note2 text;
`,
  },
  {
    rule: 'require-lock-timeout',
    sql: `SET lock_timeout = '2s';
SET statement_timeout = '5s';
ALTER TABLE lead ADD COLUMN note text;
`,
  },
  {
    rule: 'require-statement-timeout',
    sql: `SET lock_timeout = '2s';
ALTER TABLE lead ADD COLUMN note text;
`,
  },

  // spellings that must not change the outcome
  {
    rule: 'adding-field-with-default',
    sql: `ALTER TABLE IF EXISTS ONLY app.lead ADD COLUMN IF NOT EXISTS "Public Id" uuid DEFAULT gen_random_uuid();
alter table "Lead" add "note" text default 'x', add column n2 bigint default random()::bigint;
ALTER TABLE lead /* one */ ADD COLUMN a text, -- two
  ADD COLUMN b uuid DEFAULT gen_random_uuid();
`,
  },
  {
    rule: 'ban-char-field',
    sql: `CREATE TABLE t1 (a CHAR(1), b "char", c public.char, d "bpchar", e char[]);
CREATE UNLOGGED TABLE IF NOT EXISTS app.t2 (a character(2));
CREATE FOREIGN TABLE ft (a char(3)) SERVER s;
CREATE TABLE t3 AS SELECT 'x'::char(3) AS a;
`,
  },
  {
    rule: 'ban-drop-column',
    sql: `ALTER FOREIGN TABLE ft DROP COLUMN a;
ALTER TABLE app.lead DROP COLUMN a CASCADE; ALTER TABLE lead DROP COLUMN b;
`,
  },
  {
    rule: 'ban-drop-table',
    sql: `DROP TABLE app.lead; DROP TABLE other;
DROP FOREIGN TABLE ft;
`,
  },
  {
    rule: 'changing-column-type',
    sql: `ALTER FOREIGN TABLE ft ALTER COLUMN b TYPE text;
ALTER TABLE app.lead ALTER COLUMN b TYPE text COLLATE "C";
`,
  },
  {
    rule: 'ban-truncate-cascade',
    sql: `TRUNCATE ONLY app.lead, other CASCADE;
TRUNCATE lead_cascade;
`,
  },
  {
    rule: 'ban-duplicate-column-assignments',
    sql: `UPDATE lead SET "A" = 1, a = 2;
UPDATE lead SET a = 1, A = 2;
UPDATE lead SET c.x = 1, c.x = 2;
`,
  },
  {
    rule: 'adding-not-nullable-field',
    sql: `ALTER TABLE lead ADD CONSTRAINT c CHECK (owner_id IS NOT NULL AND owner_id > 0) NOT VALID;
ALTER TABLE lead VALIDATE CONSTRAINT c;
ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE team ADD CONSTRAINT t CHECK (name IS NOT NULL) NOT VALID;
ALTER TABLE team VALIDATE CONSTRAINT t;
ALTER TABLE team ALTER COLUMN name SET NOT NULL, ALTER COLUMN code SET NOT NULL;
`,
  },
  {
    rule: 'constraint-missing-not-valid',
    sql: `ALTER TABLE app.account ADD CONSTRAINT c1 CHECK (a > 0), ADD CONSTRAINT c2 CHECK (b > 0);
ALTER TABLE account ADD CONSTRAINT fk FOREIGN KEY (x) REFERENCES y;
ALTER TABLE account ADD CHECK (a > 0);
`,
  },
];
