-- pgTAP tests of {{migration}}.
-- pgmig test runs this file in a transaction and rolls it back; BEGIN … ROLLBACK make
-- pg_prove do the same.
BEGIN;
SELECT plan(2);

SELECT has_index({{table|schema_and_table}}, {{index|literal}}, {{columns|array}},
  '{{table}} has {{index}} on ({{columns}})');
SELECT ok((SELECT indisvalid FROM pg_index WHERE indexrelid = '{{table|schema_prefix}}{{index}}'::regclass),
  '{{index}} is valid (a failed concurrent build leaves it invalid)');

SELECT * FROM finish();
ROLLBACK;
