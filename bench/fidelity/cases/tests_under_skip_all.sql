SELECT '1..0';
SELECT 'ok 1';
