SELECT * FROM no_plan();
SELECT pass('first');
SELECT * FROM finish();
SELECT fail('after the plan');
