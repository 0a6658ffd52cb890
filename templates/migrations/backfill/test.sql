-- pgTAP tests of {{migration}}.
-- pgmig test runs this file in a transaction and rolls it back; BEGIN … ROLLBACK make
-- pg_prove do the same.
BEGIN;
SELECT plan(1);

SELECT is((SELECT count(*) FROM {{table}} WHERE {{column}} IS NULL), 0::bigint,
  'every row of {{table}} has {{column}}');

SELECT * FROM finish();
ROLLBACK;
