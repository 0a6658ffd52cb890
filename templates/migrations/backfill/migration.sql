-- {{migration}}: fills {{table}}.{{column}} for the rows written before the application
-- started setting it.
--
-- Batches of {{batch_size}} rows, walked by {{key}}, keep each UPDATE short and bound the row
-- locks and trigger events of each one; walking by {{key}} also ends the loop when the value
-- is NULL for some rows. Flyway runs this file in one transaction, so the row locks are held
-- until it ends: run it off-peak, and for tables beyond a few million rows run the same loop
-- as a job that commits after each batch instead.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '15min';
-- Every territory's rows must be visible here: with row_security off, a role bound by row level
-- security gets an error instead of silently updating only the rows its policies show.
SET row_security = off;

DO $backfill$
DECLARE
  batch_size constant bigint := {{batch_size}};
  last_key   {{table}}.{{key}}%TYPE;
  batch_end  {{table}}.{{key}}%TYPE;
  updated    bigint;
  total      bigint := 0;
BEGIN
  LOOP
    SELECT max(b.{{key}}) INTO batch_end
    FROM (
      SELECT t.{{key}}
      FROM {{table}} AS t
      WHERE t.{{column}} IS NULL AND (last_key IS NULL OR t.{{key}} > last_key)
      ORDER BY t.{{key}}
      LIMIT batch_size
    ) AS b;
    EXIT WHEN batch_end IS NULL;

    UPDATE {{table}}
    SET {{column}} = {{value}}
    WHERE {{column}} IS NULL
      AND {{key}} <= batch_end
      AND (last_key IS NULL OR {{key}} > last_key);
    GET DIAGNOSTICS updated = ROW_COUNT;
    total := total + updated;
    last_key := batch_end;
    RAISE NOTICE '{{table}}.{{column}} backfill: % rows so far', total;
  END LOOP;
END
$backfill$;

RESET row_security;
