import { displayName } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'require-rls-policy',
  severity: 'error',
  docs: {
    why: 'With row-level security enabled and no policy, PostgreSQL denies every row to every role but the owner (and superusers and BYPASSRLS roles): the application sees an empty table and every INSERT fails, from the moment the migration commits.',
    instead: 'Create the policies in the same change as ENABLE ROW LEVEL SECURITY (before or after it; policies from earlier migrations count too).',
    example: {
      bad: 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
      good: [
        'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
        "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
      ].join('\n'),
    },
  },
  // a policy may come after the ENABLE, in the same file or a later one, so judge at the end
  endChange(ctx) {
    for (const t of ctx.model.rlsEnabledInChange()) {
      if (!t.rlsEnabled || !t.rlsEnabledAt || t.policies.size > 0) continue;
      const name = displayName(t.ref);
      ctx.report(
        { file: t.rlsEnabledAt.file, stmt: t.rlsEnabledAt.stmt },
        `row-level security is enabled on ${name} but ${name} has no policy: every role except the owner sees no rows and cannot write`,
        { help: `Add a policy for ${name} to this change, e.g. \`CREATE POLICY ${t.ref.name}_tenant ON ${name} USING (…)\`.` },
      );
    }
  },
});
