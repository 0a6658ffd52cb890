-- pgTAP tests of {{migration}}.
-- pgmig test runs this file in a transaction and rolls it back; BEGIN … ROLLBACK make
-- pg_prove do the same.
BEGIN;
SELECT plan(2);

SELECT ok(EXISTS (SELECT 1 FROM pg_enum WHERE enumtypid = {{type|literal}}::regtype AND enumlabel = {{value|literal}}),
  '{{type}} has the value ' || {{value|literal}});
SELECT ok({{value|literal}}::{{type}} > {{after|literal}}::{{type}},
  {{value|literal}} || ' sorts after ' || {{after|literal}});

SELECT * FROM finish();
ROLLBACK;
