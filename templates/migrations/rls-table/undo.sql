-- Undo of {{migration}}: drops {{table}} with its index and policy.
-- The rows written since are lost with it: roll the application back first.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '30s';

-- dropping the table its own migration created is what an undo is for (ban-drop-table knows)
DROP TABLE IF EXISTS {{table}};
