SELECT '1..2';
SELECT 'ok 1';
SELECT 'Bail out! the fixture is gone';
