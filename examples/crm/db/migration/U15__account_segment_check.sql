-- Undo of V15.
SET lock_timeout = '3s';
SET statement_timeout = '5s';

ALTER TABLE account
  DROP CONSTRAINT IF EXISTS account_segment_known,
  DROP CONSTRAINT IF EXISTS account_segment_not_null;
