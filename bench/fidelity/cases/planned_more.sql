SELECT plan(3);
SELECT pass('one');
SELECT * FROM finish();
