-- Expand/contract, step 2 of 4: fill account.segment for rows written before the
-- application started setting it.
--
-- Batches of 5,000 keep each UPDATE short and bound the queue of audit trigger events
-- (AFTER triggers fire at the end of each statement). Flyway runs this file in one
-- transaction, so row locks are held until it ends: run it off-peak; for tables beyond a
-- few million rows, run the same loop as a job that commits per batch instead.
SET lock_timeout = '3s';
SET statement_timeout = '15min';
-- The accounts of every territory must be visible to this migration. With row_security off,
-- a role that does not bypass RLS gets an error here instead of silently updating no rows.
SET row_security = off;

DO $backfill$
DECLARE
  batch_size constant bigint := 5000;
  updated    bigint;
  total      bigint := 0;
BEGIN
  LOOP
    UPDATE account AS a
    SET segment = CASE
          WHEN a.employee_count IS NULL THEN 'unclassified'
          WHEN a.employee_count < 100 THEN 'smb'
          WHEN a.employee_count < 1000 THEN 'mid_market'
          ELSE 'enterprise'
        END
    WHERE a.id IN (
      SELECT b.id
      FROM account AS b
      WHERE b.segment IS NULL
      ORDER BY b.id
      LIMIT batch_size
    );
    GET DIAGNOSTICS updated = ROW_COUNT;
    EXIT WHEN updated = 0;
    total := total + updated;
    RAISE NOTICE 'account.segment backfill: % rows so far', total;
  END LOOP;
END
$backfill$;

RESET row_security;
