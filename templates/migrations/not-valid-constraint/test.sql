-- pgTAP tests of {{migration}} and its _validate step.
-- pgmig test and pg_prove run this file as written; BEGIN … ROLLBACK undo what it does
-- (pgmig also gives each file a copy of the migrated database of its own).
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
