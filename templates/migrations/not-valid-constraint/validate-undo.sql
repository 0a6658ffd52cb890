-- Undo of {{migration}}: makes {{constraint}} NOT VALID again, as its previous migration
-- left it (a constraint cannot be un-validated, so it is dropped and added back).
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '5s';

ALTER TABLE {{table}}
  DROP CONSTRAINT IF EXISTS {{constraint}},
  ADD CONSTRAINT {{constraint}} CHECK ({{check}}) NOT VALID;
