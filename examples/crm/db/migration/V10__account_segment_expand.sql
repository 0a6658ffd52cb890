-- Expand/contract, step 1 of 4: account.segment becomes mandatory in three releases.
-- Here the column is added as nullable with no default: a catalog-only change, no rewrite,
-- but it still needs ACCESS EXCLUSIVE for a moment, so give up quickly if the table is busy.
-- Next: V11 backfills it, V15 adds the check NOT VALID, V16 validates it.
SET lock_timeout = '3s';
SET statement_timeout = '5s';

ALTER TABLE account ADD COLUMN IF NOT EXISTS segment text;

COMMENT ON COLUMN account.segment IS
  'smb, mid_market, enterprise or unclassified; the application writes it on every insert and update from this release on';
