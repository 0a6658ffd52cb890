-- {{migration}}: adds {{value|literal}} to the enum {{type}}, after {{after|literal}}.
--
-- ADD VALUE changes only the catalog: no table is rewritten or scanned. It may run in a
-- transaction (PostgreSQL 12 and later), but the new value cannot be used before that
-- transaction commits: write rows with it from the application, or in a later migration.
-- An enum sorts by the order of its values, so say where the new one goes.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '5s';

ALTER TYPE {{type}} ADD VALUE IF NOT EXISTS {{value|literal}} AFTER {{after|literal}};
