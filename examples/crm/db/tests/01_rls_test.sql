-- Row level security: every territory-scoped table forces RLS with the expected policies,
-- and a rep working as crm_app sees and writes only the territories the policies allow.
--
-- The file runs in one transaction that it rolls back, so the fixtures below never outlive it
-- (and SET LOCAL needs that transaction); pgmig test runs it as written, as pg_prove does:
--   pg_prove -d crm db/tests/01_rls_test.sql
-- Fixtures are inserted as the migration owner, which bypasses RLS (superuser or
-- BYPASSRLS); the checks then switch to crm_app, which owns nothing.

BEGIN;

-- Works as a rep of the territory with this code (NULL: a session with no territory).
-- A rep cannot read the ids of other territories, so the ids of the test territories are
-- also published as crm_test.<code> settings for the checks that try to write there.
CREATE FUNCTION pg_temp.act_as_rep(territory_code text) RETURNS void
LANGUAGE plpgsql AS $act$
BEGIN
  RESET ROLE;
  PERFORM set_config('crm_test.' || lower(t.code), t.id::text, true)
  FROM territory AS t
  WHERE t.code LIKE 'TEST\_%';
  PERFORM set_config('app.territory',
    coalesce((SELECT t.id::text FROM territory AS t WHERE t.code = territory_code), ''), true);
  SET LOCAL ROLE crm_app;
END
$act$;

SELECT plan(25);

SELECT has_table('public', 'territory', 'territory exists');
SELECT has_table('public', 'account', 'account exists');
SELECT has_table('public', 'contact', 'contact exists');
SELECT has_table('public', 'lead', 'lead exists');
SELECT has_table('public', 'opportunity', 'opportunity exists');
SELECT has_table('public', 'activity', 'activity exists');
SELECT has_view('public', 'opportunity_pipeline', 'opportunity_pipeline exists');

SELECT is(
  ARRAY(
    SELECT c.relname::text FROM pg_class AS c
    WHERE c.relnamespace = 'public'::regnamespace
      AND c.relname IN ('territory', 'account', 'contact', 'lead', 'opportunity', 'activity')
      AND c.relrowsecurity AND c.relforcerowsecurity
    ORDER BY 1),
  ARRAY['account', 'activity', 'contact', 'lead', 'opportunity', 'territory'],
  'territory-scoped tables enable and force row level security'
);

SELECT policies_are('public', 'territory', ARRAY['territory_read', 'territory_create_child', 'territory_rename']);
SELECT policies_are('public', 'account', ARRAY['account_territory_isolation']);
SELECT policies_are('public', 'contact', ARRAY['contact_territory_isolation']);
SELECT policies_are('public', 'lead', ARRAY['lead_own_territory']);
SELECT policies_are('public', 'opportunity', ARRAY['opportunity_territory_isolation']);
SELECT policies_are('public', 'activity', ARRAY['activity_territory_isolation']);

-- Fixtures: EMEA > DACH, and AMER beside them.
INSERT INTO territory (code, name) VALUES ('TEST_EMEA', 'Test EMEA'), ('TEST_AMER', 'Test Americas');
INSERT INTO territory (parent_id, code, name)
SELECT id, 'TEST_DACH', 'Test DACH' FROM territory WHERE code = 'TEST_EMEA';

INSERT INTO account (territory_id, name, domain, employee_count, owner_user_id, segment)
SELECT t.id, v.name, v.domain, 250, 'rep-1', 'mid_market'
FROM (VALUES ('TEST_DACH', 'Globex GmbH', 'globex.de'), ('TEST_AMER', 'Initech Inc', 'initech.com'))
  AS v (code, name, domain)
JOIN territory AS t ON t.code = v.code;

INSERT INTO lead (territory_id, company_name, source)
SELECT t.id, v.company, 'web'
FROM (VALUES ('TEST_EMEA', 'Hooli EMEA'), ('TEST_DACH', 'Vandelay GmbH')) AS v (code, company)
JOIN territory AS t ON t.code = v.code;

INSERT INTO opportunity (territory_id, account_id, name, amount, currency, owner_user_id)
SELECT a.territory_id, a.id, a.name || ' renewal', 12000, 'EUR', 'rep-1'
FROM account AS a
WHERE a.name IN ('Globex GmbH', 'Initech Inc');

-- A contact cannot sit in another territory than its account (composite foreign key).
SELECT throws_ok(
  $sql$
    INSERT INTO contact (territory_id, account_id, first_name, last_name)
    SELECT t.id, a.id, 'Hans', 'Gruber'
    FROM account AS a, territory AS t
    WHERE a.name = 'Globex GmbH' AND t.code = 'TEST_AMER'
  $sql$,
  '23503', NULL,
  'a contact in another territory than its account is rejected'
);

SELECT pg_temp.act_as_rep('TEST_DACH');
SELECT results_eq('SELECT name FROM account', ARRAY['Globex GmbH'],
  'a DACH rep sees the DACH account only');
SELECT results_eq('SELECT code FROM territory', ARRAY['TEST_DACH'],
  'a DACH rep sees its own territory, not its parent or siblings');
SELECT throws_ok(
  $sql$
    INSERT INTO account (territory_id, name, owner_user_id, segment)
    VALUES (current_setting('crm_test.test_amer')::bigint, 'Smuggled Corp', 'rep-1', 'smb')
  $sql$,
  '42501', NULL,
  'a DACH rep cannot insert an account outside its territories'
);
SELECT throws_ok(
  $sql$
    UPDATE account SET territory_id = current_setting('crm_test.test_amer')::bigint
    WHERE name = 'Globex GmbH'
  $sql$,
  '42501', NULL,
  'a DACH rep cannot move an account out of its territories'
);

SELECT pg_temp.act_as_rep('TEST_EMEA');
SELECT results_eq('SELECT name FROM account', ARRAY['Globex GmbH'],
  'an EMEA rep sees the accounts of DACH, below EMEA');
SELECT results_eq('SELECT company_name FROM lead', ARRAY['Hooli EMEA'],
  'leads do not roll up: an EMEA rep sees EMEA leads only');

SELECT pg_temp.act_as_rep('TEST_AMER');
SELECT results_eq('SELECT name FROM account', ARRAY['Initech Inc'],
  'an AMER rep sees the AMER account only');
SELECT results_eq('SELECT territory_code FROM opportunity_pipeline', ARRAY['TEST_AMER'],
  'opportunity_pipeline applies the caller''s policies (security_invoker)');

SELECT pg_temp.act_as_rep(NULL);
SELECT is_empty('SELECT id FROM account', 'with no territory set, a rep sees no accounts');
SELECT is_empty('SELECT id FROM lead', 'with no territory set, a rep sees no leads (and gets no error)');

SELECT * FROM finish();
ROLLBACK;
