-- Undo of {{migration}}: brings the schema back to what it was before it ran.
-- pgmig test checks exactly that (catalog snapshot before the migration, after this undo).
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '30s';

-- The statements that undo the change go here.
