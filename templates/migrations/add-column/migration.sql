-- {{migration}}: adds {{table}}.{{column}} ({{type}}), the expand step.
--
-- Expand/contract keeps each release working on the schema of the release before it:
--   1. expand (this file): add the column as nullable. The release running now ignores it;
--      the next one writes it.
--   2. backfill the rows written before:   pgmig new … --template backfill
--   3. enforce it without a long lock:     pgmig new … --template not-valid-constraint
--      (CHECK ({{column}} IS NOT NULL) NOT VALID, then VALIDATE; a later SET NOT NULL then
--      skips its scan of the table)
--   4. contract: drop what {{column}} replaces, once no release reads it.
-- ADD COLUMN with no default, or a constant one, changes only the catalog: no rewrite, no scan.
-- It still needs ACCESS EXCLUSIVE on {{table}} for that moment, so it gives up after
-- lock_timeout instead of queueing every query on {{table}} behind a long transaction.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '5s';

ALTER TABLE {{table}} ADD COLUMN IF NOT EXISTS {{column}} {{type}}{{#default}} DEFAULT {{default}}{{/default}};
