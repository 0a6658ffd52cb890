-- pgTAP checks for {{description}}.
BEGIN;
SELECT plan(3);
SELECT has_table('{{table}}');
SELECT is((SELECT relrowsecurity FROM pg_class WHERE oid = '{{table}}'::regclass), true, 'RLS is enabled');
SELECT is((SELECT relforcerowsecurity FROM pg_class WHERE oid = '{{table}}'::regclass), true, 'RLS is forced');
SELECT * FROM finish();
ROLLBACK;
