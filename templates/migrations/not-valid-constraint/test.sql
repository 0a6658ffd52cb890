-- pgTAP tests of {{migration}} and its _validate step.
-- pgmig test runs this file in a transaction and rolls it back; BEGIN … ROLLBACK make
-- pg_prove do the same.
BEGIN;
SELECT plan(2);

SELECT ok(EXISTS (SELECT 1 FROM pg_constraint
                  WHERE conrelid = {{table|literal}}::regclass AND conname = {{constraint|literal}} AND contype = 'c'),
  '{{table}} has the check constraint {{constraint}}');
SELECT ok((SELECT convalidated FROM pg_constraint
           WHERE conrelid = {{table|literal}}::regclass AND conname = {{constraint|literal}}),
  '{{constraint}} is validated: every row of {{table}} meets it');

SELECT * FROM finish();
ROLLBACK;
