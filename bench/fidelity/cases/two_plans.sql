SELECT '1..1';
SELECT 'ok 1 - a';
SELECT '1..1';
