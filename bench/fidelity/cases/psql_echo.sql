\echo 1..2
SELECT * FROM no_plan();
SELECT pass('from SQL');
\set name 'from echo'
\echo ok 2 - :name
