-- pgTAP tests of {{migration}}.
-- pgmig test and pg_prove run this file as written; BEGIN … ROLLBACK undo what it does
-- (pgmig also gives each file a copy of the migrated database of its own).
BEGIN;
SELECT plan(1);

SELECT is((SELECT count(*) FROM {{table}} WHERE {{column}} IS NULL), 0::bigint,
  'every row of {{table}} has {{column}}');

SELECT * FROM finish();
ROLLBACK;
