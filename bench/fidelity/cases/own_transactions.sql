SELECT plan(2);
BEGIN;
INSERT INTO users VALUES (1);
SELECT is((SELECT count(*)::int FROM users), 1, 'inside the first block');
ROLLBACK;
BEGIN;
SELECT is((SELECT count(*)::int FROM users), 0, 'the first block was rolled back');
ROLLBACK;
