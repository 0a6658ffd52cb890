-- Undo of V14.
SET lock_timeout = '3s';
SET statement_timeout = '10min';

DROP INDEX CONCURRENTLY IF EXISTS contact_territory_email_idx;
