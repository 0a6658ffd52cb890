\pset fieldsep ' - '
\pset null 'ignored'
SELECT '1..2';
SELECT 'ok 1', 'joined';
SELECT 'ok 2', NULL;
