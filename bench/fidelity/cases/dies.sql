SELECT plan(2);
SELECT pass('one');
SELECT * FROM nosuch_table;
SELECT pass('never');
