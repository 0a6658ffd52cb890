-- Expand/contract, step 3 of 4: from now on every new or updated account must have a known
-- segment. NOT VALID checks only rows written from now on, so adding the constraints needs
-- ACCESS EXCLUSIVE just for a moment and does not scan the table. V16 validates old rows.
SET lock_timeout = '3s';
SET statement_timeout = '5s';

ALTER TABLE account
  ADD CONSTRAINT account_segment_not_null CHECK (segment IS NOT NULL) NOT VALID,
  ADD CONSTRAINT account_segment_known
    CHECK (segment IN ('smb', 'mid_market', 'enterprise', 'unclassified')) NOT VALID;
