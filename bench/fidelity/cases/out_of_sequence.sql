SELECT '1..2';
SELECT 'ok 1';
SELECT 'ok 3';
