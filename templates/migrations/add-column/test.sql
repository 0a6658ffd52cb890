-- pgTAP tests of {{migration}}.
-- pgmig test runs this file in a transaction and rolls it back; BEGIN … ROLLBACK make
-- pg_prove do the same.
BEGIN;
SELECT plan(3);

SELECT has_column({{table|schema_and_table}}, {{column|literal}}, '{{table}} has {{column}}');
SELECT col_type_is({{table|schema_and_table}}, {{column|literal}}, {{type|literal}}, '{{table}}.{{column}} is {{type}}');
SELECT col_is_null({{table|schema_and_table}}, {{column|literal}},
  '{{table}}.{{column}} is nullable: the release before this one does not write it');

SELECT * FROM finish();
ROLLBACK;
