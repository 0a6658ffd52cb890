-- pgTAP tests of {{migration}}.
-- pgmig test and pg_prove run this file as written; BEGIN … ROLLBACK undo what it does
-- (pgmig also gives each file a copy of the migrated database of its own).
BEGIN;
SELECT plan(2);

SELECT ok(EXISTS (SELECT 1 FROM pg_enum WHERE enumtypid = {{type|literal}}::regtype AND enumlabel = {{value|literal}}),
  '{{type}} has the value ' || {{value|literal}});
SELECT ok({{value|literal}}::{{type}} > {{after|literal}}::{{type}},
  {{value|literal}} || ' sorts after ' || {{after|literal}});

SELECT * FROM finish();
ROLLBACK;
