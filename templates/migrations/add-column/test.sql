-- pgTAP tests of {{migration}}.
-- pgmig test and pg_prove run this file as written; BEGIN … ROLLBACK undo what it does
-- (pgmig also gives each file a copy of the migrated database of its own).
BEGIN;
SELECT plan(3);

SELECT has_column({{table|schema_and_table}}, {{column|literal}}, '{{table}} has {{column}}');
SELECT col_type_is({{table|schema_and_table}}, {{column|literal}}, {{type|literal}}, '{{table}}.{{column}} is {{type}}');
SELECT col_is_null({{table|schema_and_table}}, {{column|literal}},
  '{{table}}.{{column}} is nullable: the release before this one does not write it');

SELECT * FROM finish();
ROLLBACK;
