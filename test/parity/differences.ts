/**
 * Where pgmig deliberately differs from squawk, with the reason. The parity suite checks each
 * entry both ways (squawk still behaves as `squawk` says, pgmig as `pgmig` says), so an entry
 * that squawk stops needing fails and must be removed. The README's "pgmig vs squawk" table is
 * the user-facing summary of this list.
 */
export interface Difference {
  rule: string;
  sql: string;
  squawk: 'fires' | 'silent';
  pgmig: 'fires' | 'silent';
  why: string;
  /** pgmig `postgresVersion` and squawk `--pg-version` (default 16). */
  postgresVersion?: number;
  /** pgmig `assumeInTransaction` and squawk `--assume-in-transaction`. */
  assumeInTransaction?: boolean;
}

/**
 * Rules compared only in parity entries about them. They fire on nearly every file, and pgmig's
 * meaning differs from squawk's by design (DESIGN.md), so comparing them in every other rule's
 * cases would only repeat the same documented difference.
 */
export const COMPARED_ONLY_IN_OWN_CASES: Record<string, string> = {
  'require-lock-timeout':
    'squawk asks for lock_timeout before the first statement that takes any lock (VALIDATE CONSTRAINT, CREATE DOMAIN, DROP DATABASE, statements on a table created in the same file); pgmig only before a lock that conflicts with reads or writes (SHARE or stronger) on a relation that existed before the change.',
  'require-statement-timeout':
    'Same as require-lock-timeout, for statement_timeout.',
  'prefer-robust-stmts':
    'squawk asks for a transaction around every ALTER TABLE action outside one; pgmig not around actions that set a state and succeed when run again (ENABLE/FORCE ROW LEVEL SECURITY, SET/DROP NOT NULL, ALTER COLUMN … TYPE, SET/DROP DEFAULT, SET STATISTICS, SET STORAGE, REPLICA IDENTITY, OWNER TO), nor around a file whose only change is one CREATE INDEX CONCURRENTLY. Files outside a transaction are most of the other rules\' cases, so the rule is compared in its own entries (cases-b.ts, differences-b.ts).',
};

const NEW_TABLE =
  'A table created in the same change has no rows and nothing reads or writes it yet, so pgmig exempts it wherever the rule is about harm to existing rows or clients; squawk only exempts a table created in the same transaction, and only for some rules.';

export const DIFFERENCES: Difference[] = [
  // one principle: a table created in the same change is exempt
  {
    rule: 'constraint-missing-not-valid',
    sql: 'CREATE TABLE ledger (id bigint, amount numeric);\nALTER TABLE ledger ADD CONSTRAINT ledger_amount CHECK (amount <> 0);\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'constraint-missing-not-valid',
    sql: 'CREATE TABLE note (id bigint PRIMARY KEY, lead_id bigint);\nALTER TABLE note ADD CONSTRAINT note_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id);\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'constraint-missing-not-valid',
    sql: 'CREATE TABLE tag (id bigint, name text);\nALTER TABLE tag ADD CONSTRAINT tag_name_key UNIQUE (name);\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'adding-foreign-key-constraint',
    sql: 'CREATE TABLE note (id bigint PRIMARY KEY, lead_id bigint);\nALTER TABLE note ADD CONSTRAINT note_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id);\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'adding-foreign-key-constraint',
    sql: 'BEGIN;\nCREATE TABLE note (id bigint PRIMARY KEY);\nALTER TABLE note ADD COLUMN lead_id bigint REFERENCES lead (id);\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: `${NEW_TABLE} (squawk exempts ADD CONSTRAINT on such a table but not ADD COLUMN … REFERENCES.)`,
  },
  {
    rule: 'disallowed-unique-constraint',
    sql: 'CREATE TABLE tag (id bigint, name text);\nALTER TABLE tag ADD CONSTRAINT tag_name_key UNIQUE (name);\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'disallowed-unique-constraint',
    sql: 'BEGIN;\nCREATE TABLE tag (id bigint);\nALTER TABLE tag ADD COLUMN name text UNIQUE;\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: `${NEW_TABLE} (squawk exempts ADD CONSTRAINT … UNIQUE on such a table but not ADD COLUMN … UNIQUE.)`,
  },
  {
    rule: 'adding-field-with-default',
    sql: 'BEGIN;\nCREATE TABLE tag (id bigint);\nALTER TABLE tag ADD COLUMN public_id uuid DEFAULT gen_random_uuid();\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'adding-not-nullable-field',
    sql: 'BEGIN;\nCREATE TABLE tag (id bigint, name text);\nALTER TABLE tag ALTER COLUMN name SET NOT NULL;\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'adding-serial-primary-key-field',
    sql: 'BEGIN;\nCREATE TABLE tag (name text);\nALTER TABLE tag ADD COLUMN id serial PRIMARY KEY;\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'adding-required-field',
    sql: 'BEGIN;\nCREATE TABLE tag (id bigint);\nALTER TABLE tag ADD COLUMN name text NOT NULL;\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'changing-column-type',
    sql: 'BEGIN;\nCREATE TABLE tag (id integer);\nALTER TABLE tag ALTER COLUMN id TYPE bigint;\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'ban-drop-column',
    sql: 'BEGIN;\nCREATE TABLE tag (id bigint, scratch text);\nALTER TABLE tag DROP COLUMN scratch;\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'ban-drop-not-null',
    sql: 'BEGIN;\nCREATE TABLE tag (id bigint, name text NOT NULL);\nALTER TABLE tag ALTER COLUMN name DROP NOT NULL;\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'constraint-missing-not-valid',
    sql: 'BEGIN;\nCREATE TABLE ledger (id bigint, amount numeric);\nALTER TABLE ledger ADD CONSTRAINT ledger_amount CHECK (amount <> 0) NOT VALID;\nALTER TABLE ledger VALIDATE CONSTRAINT ledger_amount;\nCOMMIT;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: `${NEW_TABLE} (Validating on an empty table scans nothing, whatever the transaction.)`,
  },
  {
    rule: 'ban-drop-table',
    sql: 'CREATE TABLE scratch (id bigint);\nDROP TABLE scratch;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },

  // adding-field-with-default: judge volatility as PostgreSQL does
  {
    rule: 'adding-field-with-default',
    sql: 'ALTER TABLE lead ADD COLUMN score bigint DEFAULT -1;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: 'A negative number is a constant; PostgreSQL 11+ stores it in the catalog without a rewrite. squawk treats the minus sign as an expression.',
  },
  {
    rule: 'adding-field-with-default',
    sql: "ALTER TABLE lead ADD COLUMN created_at timestamptz DEFAULT timezone('utc', now());\n",
    squawk: 'fires',
    pgmig: 'silent',
    why: 'A call to a non-volatile built-in with non-volatile arguments is non-volatile, so PostgreSQL 11+ does not rewrite; squawk accepts only calls without arguments.',
  },
  {
    rule: 'adding-field-with-default',
    sql: 'ALTER TABLE lead ADD COLUMN created_at timestamptz DEFAULT pg_catalog.now();\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: 'now() qualified with pg_catalog is the same stable function; squawk only recognises unqualified names.',
  },
  {
    rule: 'adding-field-with-default',
    sql: 'ALTER TABLE lead ADD COLUMN created_on date DEFAULT CURRENT_DATE;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: 'CURRENT_DATE (like CURRENT_USER) is stable, not volatile: no rewrite on PostgreSQL 11+. squawk accepts CURRENT_TIMESTAMP but not these.',
  },
  {
    rule: 'adding-field-with-default',
    sql: 'ALTER TABLE lead ADD COLUMN weight bigint DEFAULT (1);\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: 'Parentheses around a constant do not make it an expression to evaluate per row.',
  },
  {
    rule: 'adding-field-with-default',
    sql: 'ALTER TABLE lead ADD COLUMN n serial;\n',
    squawk: 'silent',
    pgmig: 'fires',
    why: 'serial is a default of nextval(), which is volatile: adding a serial column to an existing table rewrites it to number every row, exactly like DEFAULT nextval(...), which squawk does report.',
  },
  {
    rule: 'adding-field-with-default',
    sql: 'ALTER TABLE lead ADD COLUMN note text DEFAULT NULL;\n',
    postgresVersion: 10,
    squawk: 'fires',
    pgmig: 'silent',
    why: 'DEFAULT NULL is the same as no default: even before PostgreSQL 11 it does not rewrite the table.',
  },
  {
    rule: 'adding-field-with-default',
    sql: 'ALTER TABLE lead ADD COLUMN total numeric GENERATED ALWAYS AS (a + b) VIRTUAL;\n',
    postgresVersion: 18,
    squawk: 'fires',
    pgmig: 'silent',
    why: 'A virtual generated column (PostgreSQL 18) is computed when read; adding one stores nothing and does not rewrite the table.',
  },

  // adding-required-field: what fills existing rows
  {
    rule: 'adding-required-field',
    sql: 'ALTER TABLE lead ADD COLUMN n serial NOT NULL;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: 'serial has a default (nextval), so existing rows get a value and the column is not "required" of writers; the rewrite it costs is reported by adding-field-with-default.',
  },
  {
    rule: 'adding-required-field',
    sql: 'ALTER TABLE lead ADD COLUMN status text NOT NULL DEFAULT NULL;\n',
    squawk: 'silent',
    pgmig: 'fires',
    why: 'DEFAULT NULL is no default: the statement fails on a table with rows, exactly like NOT NULL without a default.',
  },

  // adding-not-nullable-field: a CHECK added valid proves the column at once
  {
    rule: 'adding-not-nullable-field',
    sql: 'ALTER TABLE lead ADD CONSTRAINT lead_owner_nn CHECK (owner_id IS NOT NULL);\nALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: 'A CHECK (col IS NOT NULL) added without NOT VALID is validated by its own statement (which constraint-missing-not-valid reports), so on PostgreSQL 12+ SET NOT NULL after it does not scan again.',
  },

  // domains
  {
    rule: 'ban-alter-domain-with-add-constraint',
    sql: 'ALTER DOMAIN email SET NOT NULL;\n',
    squawk: 'silent',
    pgmig: 'fires',
    why: 'SET NOT NULL on a domain adds a constraint and checks every column of the domain in every table, the same hazard as ADD CONSTRAINT.',
  },
  {
    rule: 'ban-create-domain-with-constraint',
    sql: 'CREATE DOMAIN label AS text DEFAULT \'\';\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: 'A DEFAULT is not a constraint: it checks nothing and changing it later touches no table.',
  },
  {
    rule: 'ban-create-domain-with-constraint',
    sql: 'CREATE DOMAIN label AS text NULL;\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: 'NULL only restates the default (nullable); it constrains nothing.',
  },

  // transactions
  {
    rule: 'ban-uncommitted-transaction',
    sql: "BEGIN;\nUPDATE lead SET note = '';\nPREPARE TRANSACTION 'lead_note';\n",
    squawk: 'fires',
    pgmig: 'silent',
    why: 'PREPARE TRANSACTION ends the transaction in the session (it is then committed or rolled back by its id), so nothing is left open.',
  },

  {
    rule: 'adding-field-with-default',
    sql: 'ALTER TABLE lead ADD COLUMN n serial NOT NULL;\n',
    squawk: 'silent',
    pgmig: 'fires',
    why: 'As for ADD COLUMN … serial above: the nextval() default rewrites the table.',
  },

  // stated in the issue: the rules the lint engine already had
  {
    rule: 'require-concurrent-index-creation',
    sql: 'CREATE TABLE tag (id bigint, name text);\nCREATE INDEX tag_name_idx ON tag (name);\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_TABLE,
  },
  {
    rule: 'require-lock-timeout',
    sql: "SET lock_timeout = 0;\nSET statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN note text;\n",
    squawk: 'silent',
    pgmig: 'fires',
    why: 'lock_timeout = 0 means "wait forever", the very thing the rule guards against; squawk counts any SET lock_timeout.',
  },

  {
    rule: 'ban-concurrent-index-creation-in-transaction',
    sql: 'CREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\n',
    assumeInTransaction: true,
    squawk: 'silent',
    pgmig: 'fires',
    why: 'With assumeInTransaction pgmig takes the runner at its word (DESIGN.md: it wraps every file in a transaction), so CONCURRENTLY fails even alone in a file; squawk lets a file of one statement through. Runners that run such a file outside a transaction (Flyway detects CONCURRENTLY) should leave assumeInTransaction false.',
  },

  // tables are told apart by schema
  {
    rule: 'constraint-missing-not-valid',
    sql: 'BEGIN;\nCREATE TABLE staging.account (id bigint, balance numeric);\nALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0);\nCOMMIT;\n',
    squawk: 'silent',
    pgmig: 'fires',
    why: 'squawk compares table names without their schema, so creating staging.account exempts public.account; pgmig compares schema-qualified names (unqualified means public).',
  },
  {
    rule: 'adding-not-nullable-field',
    sql: 'ALTER TABLE staging.lead VALIDATE CONSTRAINT lead_owner_id_not_null;\nALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;\n',
    squawk: 'silent',
    pgmig: 'fires',
    why: 'A constraint validated on staging.lead proves nothing about public.lead; squawk compares table names without their schema.',
  },
];
