SELECT * FROM no_plan();
SELECT pass('a');
SELECT todo('later', 1);
SELECT fail('not yet');
SELECT * FROM finish();
