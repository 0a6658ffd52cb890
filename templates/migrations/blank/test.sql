-- pgTAP tests of {{migration}}.
-- pgmig test and pg_prove run this file as written; BEGIN … ROLLBACK undo what it does
-- (pgmig also gives each file a copy of the migrated database of its own). Replace the TODO below with the checks of the change.
BEGIN;
SELECT plan(1);

SELECT todo_start('write the tests of {{migration}}');
SELECT fail('{{description}} does what it should');
SELECT todo_end();

SELECT * FROM finish();
ROLLBACK;
