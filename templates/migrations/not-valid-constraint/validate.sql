-- {{migration}}: checks the rows of {{table}} written before {{constraint}} was added.
--
-- VALIDATE CONSTRAINT scans the table under SHARE UPDATE EXCLUSIVE, which lets reads and
-- writes go on. It fails, and changes nothing, if a row breaks the check: fix those rows
-- first (a backfill), then run it again. For a CHECK (col IS NOT NULL), a later
-- ALTER COLUMN … SET NOT NULL then uses the validated constraint and skips its own scan.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '30min';

-- pgmig-ignore prefer-robust-stmts -- validating a valid constraint does nothing: it can run twice
ALTER TABLE {{table}} VALIDATE CONSTRAINT {{constraint}};
