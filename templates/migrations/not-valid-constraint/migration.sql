-- {{migration}}: every new or changed row of {{table}} must meet {{constraint}}:
--   CHECK ({{check}})
--
-- NOT VALID skips the check of the rows already there, so adding the constraint holds its
-- ACCESS EXCLUSIVE lock only for a moment instead of for a scan of the whole table. The next
-- migration ({{placeholder}}__{{description}}_validate.sql) checks the old rows; it runs in a
-- transaction of its own so that its scan does not hold this one's lock.
-- A foreign key works the same way: ADD CONSTRAINT … FOREIGN KEY (…) REFERENCES … NOT VALID.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '5s';

ALTER TABLE {{table}}
  DROP CONSTRAINT IF EXISTS {{constraint}},
  ADD CONSTRAINT {{constraint}} CHECK ({{check}}) NOT VALID;
