-- Audit trail and access-check functions: the definer functions are locked down, every
-- audited table has its trigger, and changes made by a rep are recorded in the rep's
-- territory, visible there and nowhere else.
--
-- Runs inside one transaction that it rolls back (see 01_rls_test.sql).

BEGIN;

-- Works as a rep of the territory with this code, as the given application user.
CREATE FUNCTION pg_temp.act_as_rep(territory_code text, app_user text) RETURNS void
LANGUAGE plpgsql AS $act$
BEGIN
  RESET ROLE;
  PERFORM set_config('app.territory',
    coalesce((SELECT t.id::text FROM territory AS t WHERE t.code = territory_code), ''), true);
  PERFORM set_config('app.user_id', app_user, true);
  SET LOCAL ROLE crm_app;
END
$act$;

SELECT plan(20);

SELECT has_table('public', 'audit_log', 'audit_log exists');
SELECT policies_are('public', 'audit_log', ARRAY['audit_log_read']);
SELECT ok(
  (SELECT relrowsecurity FROM pg_class WHERE oid = 'public.audit_log'::regclass),
  'audit_log has row level security enabled'
);

SELECT has_function('app', 'can_access_territory', ARRAY['bigint']);
SELECT is_definer('app', 'can_access_territory', ARRAY['bigint'],
  'app.can_access_territory is SECURITY DEFINER');
SELECT volatility_is('app', 'can_access_territory', ARRAY['bigint'], 'stable',
  'app.can_access_territory is STABLE');
SELECT is_definer('app', 'audit_row_change', ARRAY[]::text[],
  'app.audit_row_change is SECURITY DEFINER');
-- A definer function that resolves names through the caller's search_path can be tricked
-- into running the caller's objects with the owner's rights.
SELECT is(
  ARRAY(
    SELECT p.proname::text FROM pg_proc AS p
    WHERE p.pronamespace = 'app'::regnamespace
      AND p.prosecdef
      AND NOT coalesce(p.proconfig, '{}') @> ARRAY['search_path=pg_catalog, pg_temp']
    ORDER BY 1),
  ARRAY[]::text[],
  'every SECURITY DEFINER function in app pins search_path'
);
SELECT ok(
  NOT has_function_privilege('public', 'app.can_access_territory(bigint)', 'EXECUTE'),
  'PUBLIC cannot execute app.can_access_territory'
);
SELECT ok(
  has_function_privilege('crm_app', 'app.can_access_territory(bigint)', 'EXECUTE'),
  'crm_app can execute app.can_access_territory'
);

SELECT has_trigger('public', 'account', 'account_audit', 'account changes are audited');
SELECT has_trigger('public', 'contact', 'contact_audit', 'contact changes are audited');
SELECT has_trigger('public', 'lead', 'lead_audit', 'lead changes are audited');
SELECT has_trigger('public', 'opportunity', 'opportunity_audit', 'opportunity changes are audited');

INSERT INTO territory (code, name) VALUES ('TEST_NORDICS', 'Test Nordics'), ('TEST_BENELUX', 'Test Benelux');

SELECT pg_temp.act_as_rep('TEST_NORDICS', 'alice');
INSERT INTO account (territory_id, name, owner_user_id, segment)
SELECT id, 'Umbrella AB', 'alice', 'smb' FROM territory WHERE code = 'TEST_NORDICS';
UPDATE account SET name = 'Umbrella Nordic AB' WHERE name = 'Umbrella AB';
-- changes nothing, so it is not recorded
UPDATE account SET name = name WHERE name = 'Umbrella Nordic AB';
DELETE FROM account WHERE name = 'Umbrella Nordic AB';

SELECT results_eq(
  $sql$
    SELECT action, app_user_id, coalesce(old_row, new_row) ->> 'name'
    FROM audit_log
    WHERE table_name = 'account'
    ORDER BY id
  $sql$,
  $sql$
    VALUES ('INSERT', 'alice', 'Umbrella AB'),
           ('UPDATE', 'alice', 'Umbrella AB'),
           ('DELETE', 'alice', 'Umbrella Nordic AB')
  $sql$,
  'a rep''s insert, update and delete are recorded with the rep''s user id, a no-op update is not'
);
SELECT is(
  (SELECT new_row ->> 'name' FROM audit_log WHERE action = 'UPDATE'),
  'Umbrella Nordic AB',
  'an UPDATE records the new row next to the old one'
);
SELECT throws_ok(
  $sql$
    INSERT INTO audit_log (territory_id, table_name, row_id, action, db_user)
    VALUES (0, 'account', 0, 'DELETE', 'mallory')
  $sql$,
  '42501', NULL,
  'the application cannot write audit_log directly'
);
SELECT throws_ok(
  'DELETE FROM audit_log', '42501', NULL,
  'the application cannot erase audit history'
);

SELECT pg_temp.act_as_rep('TEST_BENELUX', 'bob');
SELECT is_empty('SELECT id FROM audit_log', 'a rep of another territory sees none of that history');

SELECT pg_temp.act_as_rep(NULL, 'carol');
SELECT is_empty('SELECT id FROM audit_log', 'with no territory set, audit_log shows nothing');

SELECT * FROM finish();
ROLLBACK;
