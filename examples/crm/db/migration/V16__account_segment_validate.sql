-- Expand/contract, step 4 of 4: check the rows written before V15. VALIDATE CONSTRAINT
-- scans the table under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.
-- It runs in its own migration, so the scan is not inside the transaction that took V15's
-- ACCESS EXCLUSIVE lock.
SET lock_timeout = '3s';
SET statement_timeout = '10min';

ALTER TABLE account VALIDATE CONSTRAINT account_segment_not_null;
ALTER TABLE account VALIDATE CONSTRAINT account_segment_known;
