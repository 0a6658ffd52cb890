-- Undo of V13.
SET lock_timeout = '3s';
SET statement_timeout = '10min';

DROP INDEX CONCURRENTLY IF EXISTS opportunity_territory_stage_idx;
