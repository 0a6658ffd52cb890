-- pgTAP tests of {{migration}}.
-- pgmig test runs this file in a transaction and rolls it back; BEGIN … ROLLBACK make
-- pg_prove do the same. Replace the TODO below with the checks of the change.
BEGIN;
SELECT plan(1);

SELECT todo_start('write the tests of {{migration}}');
SELECT fail('{{description}} does what it should');
SELECT todo_end();

SELECT * FROM finish();
ROLLBACK;
