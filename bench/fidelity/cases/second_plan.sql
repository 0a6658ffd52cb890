SELECT 'ok 1 - a';
SELECT '1..1';
SELECT 'ok 2 - b';
SELECT '1..2';
