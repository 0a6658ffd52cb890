-- Index for the pipeline board (open deals of a territory by stage and close date).
-- CONCURRENTLY builds it without blocking writes. It cannot run inside a transaction, so it
-- is alone in its file (Flyway then runs the file without one).
-- A build that fails or times out leaves an INVALID index behind; the DROP makes the file
-- safe to run again after such a failure (and does nothing the first time).
-- The lock timeout bounds the waits for the lock and for older transactions to finish.
SET lock_timeout = '3s';
SET statement_timeout = '30min';

DROP INDEX CONCURRENTLY IF EXISTS opportunity_territory_stage_idx;
CREATE INDEX CONCURRENTLY opportunity_territory_stage_idx
  ON opportunity (territory_id, stage, expected_close_on)
  WHERE closed_at IS NULL;
