-- pgTAP tests of {{migration}}: {{table}} fails closed.
-- pgmig test and pg_prove run this file as written; BEGIN … ROLLBACK undo what it does
-- (pgmig also gives each file a copy of the migrated database of its own), so the probe
-- role and the rows below never outlive the test.
-- Creating the probe role needs a user with CREATEROLE (the superuser of a test server).
BEGIN;
SELECT plan(9);

SELECT has_table({{table|schema_and_table}}, '{{table}} exists');
SELECT ok((SELECT relrowsecurity FROM pg_class WHERE oid = {{table|literal}}::regclass),
  'row level security is enabled on {{table}}');
SELECT ok((SELECT relforcerowsecurity FROM pg_class WHERE oid = {{table|literal}}::regclass),
  'and forced, so it binds the owner of {{table}} too');
SELECT policies_are({{table|schema_and_table}}, ARRAY['{{table|bare}}_territory_isolation'],
  '{{table}} has the territory policy and no other');
SELECT ok(NOT has_table_privilege('public', {{table|literal}}, 'SELECT, INSERT, UPDATE, DELETE'),
  'PUBLIC has no privilege on {{table}}');

-- The rows are written as the user running the tests, which bypasses row level security;
-- the checks then run as a role that owns nothing, as the application's role should.
CREATE ROLE pgmig_rls_probe NOLOGIN NOBYPASSRLS;
DO $grant$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO pgmig_rls_probe',
    (SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = {{table|literal}}::regclass));
END
$grant$;
GRANT SELECT, INSERT ON {{table}} TO pgmig_rls_probe;
INSERT INTO {{table}} (territory_id) VALUES (1), (2);

SET LOCAL ROLE pgmig_rls_probe;
SELECT is_empty('SELECT id FROM {{table}}',
  'a session that never set {{setting}} sees no rows of {{table}}, and gets no error');
SELECT set_config({{setting|literal}}, '', true);
SELECT is_empty('SELECT id FROM {{table}}',
  'nor does one where {{setting}} is empty (as after a SET LOCAL ended)');
SELECT set_config({{setting|literal}}, '1', true);
SELECT results_eq('SELECT territory_id FROM {{table}}', ARRAY[1::bigint],
  'a session sees the rows of its own territory only');
SELECT throws_ok('INSERT INTO {{table}} (territory_id) VALUES (2)', '42501', NULL,
  'a session cannot write rows into another territory');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
