import type { Difference } from './differences.js';

/**
 * Where pgmig deliberately differs from squawk, for the rules of cases-b.ts and the mission rules
 * squawk shares. Same contract as differences.ts: each entry is checked both ways, and every rule
 * other than `rule` must still agree on the entry's SQL.
 */
const TIMEOUTS = "SET lock_timeout = '1s';\nSET statement_timeout = '5s';\n";

const NEW_OBJECT =
  'A table (or index) created in the same change has no rows and no clients yet, so pgmig exempts it wherever the rule is about harm to existing rows or clients; squawk exempts nothing here, not even in the same transaction.';

const SESSION =
  'pgmig follows the transaction as PostgreSQL does (ROLLBACK and PREPARE TRANSACTION end it, ROLLBACK TO SAVEPOINT does not, COMMIT AND CHAIN opens the next one at once); squawk treats ROLLBACK TO SAVEPOINT and COMMIT AND CHAIN as the end, PREPARE TRANSACTION as nothing, and ROLLBACK as nothing for prefer-robust-stmts.';

const LONE_CIC =
  'squawk asks for IF NOT EXISTS on CREATE INDEX CONCURRENTLY, which after a failed build keeps the INVALID index it left and "succeeds" without one (concurrent-index-if-not-exists). A file whose only change is the build has no half-applied state to repeat, and its retry fails loudly on the leftover index, so pgmig says nothing; among other changes it asks for DROP INDEX CONCURRENTLY IF EXISTS before the build, on the same line squawk reports.';

export const differencesB: Difference[] = [
  // types: PostgreSQL's resolution of a type name, not squawk's reading of the spelling
  {
    rule: 'prefer-timestamp-tz',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE event (at pg_catalog.timestamp);\nCOMMIT;\n`,
    squawk: 'silent',
    pgmig: 'fires',
    why: 'pg_catalog.timestamp is the same type as timestamp (the grammar turns `timestamp` into exactly that); squawk only recognises the keyword spelling.',
  },
  {
    rule: 'prefer-timestamp-tz',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE event (at "timestamp");\nCOMMIT;\n`,
    squawk: 'silent',
    pgmig: 'fires',
    why: 'A quoted "timestamp" resolves to pg_catalog.timestamp like the keyword does.',
  },
  {
    rule: 'prefer-timestamp-tz',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE contact (email pg_catalog.varchar(320));\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: 'A varchar column is no timestamp; squawk reports varchar(n) written as a qualified or quoted name under prefer-timestamp-tz as well as prefer-text-field.',
  },
  {
    rule: 'prefer-bigint-over-int',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE counter (n app.int4);\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: 'A type qualified with a schema other than pg_catalog is a user-defined type that happens to share the name; squawk looks only at the last part of the name.',
  },
  {
    rule: 'prefer-identity',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE counter (n app.bigserial);\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: 'PostgreSQL expands serial only when written unqualified; app.bigserial is a user-defined type.',
  },

  // prefer-robust-stmts
  {
    rule: 'prefer-robust-stmts',
    sql: `${TIMEOUTS}BEGIN;\nALTER TABLE lead ADD COLUMN score bigint;\nROLLBACK;\nALTER TABLE lead ADD COLUMN rank bigint;\n`,
    squawk: 'silent',
    pgmig: 'fires',
    why: `After ROLLBACK the next statement runs outside any transaction. ${SESSION}`,
  },
  {
    rule: 'prefer-robust-stmts',
    sql: `${TIMEOUTS}ALTER TABLE event DETACH PARTITION event_2023 CONCURRENTLY;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: 'DETACH PARTITION … CONCURRENTLY cannot run inside a transaction and has no IF EXISTS form, so "put it in a transaction" is advice nobody can follow (and it is what require-concurrent-partition-detach asks for).',
  },

  {
    rule: 'prefer-robust-stmts',
    sql: `${TIMEOUTS}ALTER TABLE lead ALTER COLUMN name SET NOT NULL;\nALTER TABLE lead ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\nALTER TABLE lead ALTER COLUMN note DROP NOT NULL, ALTER COLUMN note SET DEFAULT '';\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: 'These actions set a state rather than add a thing: run a second time after a partial failure, each finds the state already set and succeeds, so neither IF EXISTS nor a transaction is needed to make them repeatable.',
  },
  {
    rule: 'prefer-robust-stmts',
    sql: 'CREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\n',
    squawk: 'fires',
    pgmig: 'silent',
    why: LONE_CIC,
  },
  {
    rule: 'prefer-robust-stmts',
    sql: 'CREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\n',
    assumeInTransaction: true,
    squawk: 'fires',
    pgmig: 'silent',
    why: LONE_CIC,
  },

  // transaction-nesting
  {
    rule: 'transaction-nesting',
    sql: `${TIMEOUTS}BEGIN;\nSAVEPOINT before_backfill;\nROLLBACK TO SAVEPOINT before_backfill;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: `ROLLBACK TO SAVEPOINT undoes part of the transaction and keeps it open, so the COMMIT has a transaction to end. ${SESSION}`,
  },
  {
    rule: 'transaction-nesting',
    assumeInTransaction: true,
    sql: `${TIMEOUTS}SAVEPOINT before_backfill;\nROLLBACK TO SAVEPOINT before_backfill;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: `A savepoint inside the runner's transaction is the right way to undo part of it; ROLLBACK TO SAVEPOINT leaves the runner's transaction open. ${SESSION}`,
  },
  {
    rule: 'transaction-nesting',
    sql: `${TIMEOUTS}BEGIN;\nCOMMIT AND CHAIN;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: `COMMIT AND CHAIN starts a new transaction at once, which the last COMMIT ends. ${SESSION}`,
  },
  {
    rule: 'transaction-nesting',
    sql: `${TIMEOUTS}BEGIN;\nPREPARE TRANSACTION 'lead_backfill';\nBEGIN;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: `PREPARE TRANSACTION ends the session's transaction, so the next BEGIN is not nested. ${SESSION}`,
  },

  // renaming: nothing uses a table the change just created
  {
    rule: 'renaming-column',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE lead_import (id bigint, mail text);\nALTER TABLE lead_import RENAME COLUMN mail TO email;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_OBJECT,
  },
  {
    rule: 'renaming-table',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE lead_import (id bigint);\nALTER TABLE lead_import RENAME TO lead_staging;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_OBJECT,
  },

  // locks on new tables, and advice that cannot be followed
  {
    rule: 'require-concurrent-partition-detach',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE event (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE event_2023 PARTITION OF event FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');\nALTER TABLE event DETACH PARTITION event_2023;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_OBJECT,
  },
  {
    rule: 'require-concurrent-partition-detach',
    postgresVersion: 13,
    sql: `${TIMEOUTS}ALTER TABLE event DETACH PARTITION event_2023;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: 'DETACH PARTITION … CONCURRENTLY exists from PostgreSQL 14; on 13 (config postgresVersion) there is nothing to switch to, so pgmig stays silent.',
  },
  {
    rule: 'prefer-repack',
    postgresVersion: 18,
    sql: `${TIMEOUTS}CLUSTER lead;\nVACUUM FULL lead;\n`,
    squawk: 'silent',
    pgmig: 'fires',
    why: 'Before PostgreSQL 19 CLUSTER and VACUUM FULL still rewrite the table under ACCESS EXCLUSIVE, and that is what a reviewer needs to hear; pgmig reports it on every version, advising pg_repack or a maintenance window where REPACK (CONCURRENTLY) does not exist yet. squawk stays silent below 19.',
  },
  {
    rule: 'prefer-repack',
    postgresVersion: 19,
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE lead_import (id bigint);\nVACUUM FULL lead_import;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_OBJECT,
  },

  // mission rules squawk shares
  {
    rule: 'require-concurrent-index-deletion',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE tag (id bigint, name text);\nCREATE INDEX tag_name_idx ON tag (name);\nDROP INDEX tag_name_idx;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_OBJECT,
  },
  {
    rule: 'require-concurrent-reindex',
    sql: `${TIMEOUTS}BEGIN;\nCREATE TABLE tag (id bigint, name text);\nREINDEX TABLE tag;\nCOMMIT;\n`,
    squawk: 'fires',
    pgmig: 'silent',
    why: NEW_OBJECT,
  },
  {
    rule: 'require-concurrent-reindex',
    sql: `${TIMEOUTS}REINDEX SYSTEM;\n`,
    squawk: 'silent',
    pgmig: 'fires',
    why: 'REINDEX SYSTEM locks the system catalogs, stalling every session, and has no CONCURRENTLY form: pgmig reports it and says to do it in a maintenance window; squawk lets it through.',
  },
  {
    rule: 'ban-concurrent-index-creation-in-transaction',
    sql: `${TIMEOUTS}BEGIN;\nDROP INDEX CONCURRENTLY IF EXISTS lead_old_idx;\nCOMMIT;\n`,
    squawk: 'silent',
    pgmig: 'fires',
    why: 'DROP INDEX CONCURRENTLY fails inside a transaction block exactly like CREATE INDEX CONCURRENTLY; squawk checks only CREATE INDEX.',
  },
  {
    rule: 'ban-concurrent-index-creation-in-transaction',
    sql: `${TIMEOUTS}BEGIN;\nREINDEX INDEX CONCURRENTLY lead_owner_idx;\nCOMMIT;\n`,
    squawk: 'silent',
    pgmig: 'fires',
    why: 'REINDEX … CONCURRENTLY cannot run inside a transaction block either.',
  },
  {
    rule: 'ban-concurrent-index-creation-in-transaction',
    sql: `${TIMEOUTS}BEGIN;\nALTER TABLE event DETACH PARTITION event_2023 CONCURRENTLY;\nCOMMIT;\n`,
    squawk: 'silent',
    pgmig: 'fires',
    why: 'DETACH PARTITION … CONCURRENTLY cannot run inside a transaction block either.',
  },
  {
    rule: 'require-lock-timeout',
    sql: "SET statement_timeout = '5s';\nCREATE TABLE IF NOT EXISTS tag (id bigint);\nALTER TABLE tag ADD COLUMN IF NOT EXISTS name text;\n",
    squawk: 'fires',
    pgmig: 'silent',
    why: `${NEW_OBJECT} (DESIGN.md: a table created anywhere in the same change needs no lock_timeout.)`,
  },
  {
    rule: 'require-lock-timeout',
    sql: "SET statement_timeout = '5s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);\n",
    squawk: 'fires',
    pgmig: 'silent',
    why: 'CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, which blocks neither reads nor writes, so waiting for it queues no query; pgmig asks for lock_timeout only before SHARE or stronger.',
  },
  {
    rule: 'require-lock-timeout',
    sql: "SET statement_timeout = '5s';\nALTER TABLE lead VALIDATE CONSTRAINT lead_score_check;\n",
    squawk: 'fires',
    pgmig: 'silent',
    why: 'VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE, which lets reads and writes through.',
  },
  {
    rule: 'require-lock-timeout',
    sql: "SELECT set_config('lock_timeout', '1s', false);\nSET statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\n",
    squawk: 'fires',
    pgmig: 'silent',
    why: "set_config('lock_timeout', …) sets the timeout just like SET; squawk only recognises SET.",
  },
  {
    rule: 'require-statement-timeout',
    sql: "SET lock_timeout = '1s';\nSELECT set_config('statement_timeout', '5s', false);\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\n",
    squawk: 'fires',
    pgmig: 'silent',
    why: "set_config('statement_timeout', …) sets the timeout just like SET; squawk only recognises SET.",
  },
  {
    rule: 'require-lock-timeout',
    sql: "SET LOCAL lock_timeout = '1s';\nSET statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\n",
    squawk: 'silent',
    pgmig: 'fires',
    why: 'SET LOCAL outside a transaction block has no effect (PostgreSQL only warns), so no timeout is in force.',
  },
  {
    rule: 'require-lock-timeout',
    sql: "BEGIN;\nSET LOCAL lock_timeout = '1s';\nCOMMIT;\nSET statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\n",
    squawk: 'silent',
    pgmig: 'fires',
    why: 'SET LOCAL ends with its transaction: after COMMIT no lock_timeout is in force.',
  },
  {
    rule: 'require-lock-timeout',
    sql: "SET lock_timeout = '1s';\nRESET lock_timeout;\nSET statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\n",
    squawk: 'silent',
    pgmig: 'fires',
    why: 'RESET puts the server default back (normally no timeout), undoing the SET before it.',
  },
];
