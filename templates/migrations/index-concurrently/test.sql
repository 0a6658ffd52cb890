-- pgTAP tests of {{migration}}.
-- pgmig test and pg_prove run this file as written; BEGIN … ROLLBACK undo what it does
-- (pgmig also gives each file a copy of the migrated database of its own).
BEGIN;
SELECT plan(2);

SELECT has_index({{table|schema_and_table}}, {{index|literal}}, {{columns|array}},
  '{{table}} has {{index}} on ({{columns}})');
SELECT ok((SELECT indisvalid FROM pg_index WHERE indexrelid = '{{table|schema_prefix}}{{index}}'::regclass),
  '{{index}} is valid (a failed concurrent build leaves it invalid)');

SELECT * FROM finish();
ROLLBACK;
