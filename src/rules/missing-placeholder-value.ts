import { missingPlaceholderMessage, missingPlaceholders } from '../migrations/placeholders.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'missing-placeholder-value',
  severity: 'error',
  docs: {
    why:
      'Flyway replaces every ${name} in a migration, in comments and dollar-quoted bodies too, with the value of its placeholder; one with no value stops `flyway migrate` ("No value provided for placeholder") and nothing is deployed. ' +
      'pgmig lints and tests the text Flyway sends, with the values of config placeholders (or flyway.placeholders.* in flyway.conf / [flyway.placeholders] in flyway.toml).',
    instead:
      'Give the placeholder a value: placeholders: {schema: app} in .pgmig.yml (the same one the deploy has), or write the text without ${…}; with placeholderReplacement: false Flyway leaves ${…} alone.',
    example: {
      bad: 'CREATE TABLE ${schema}.lead (id bigint PRIMARY KEY);',
      good: 'CREATE TABLE lead (id bigint PRIMARY KEY);',
    },
  },
  endProject(ctx) {
    for (const file of ctx.files) {
      const missing = missingPlaceholders(file.parsed);
      // one finding per name: the first place it is used
      const seen = new Set<string>();
      for (const p of missing) {
        if (seen.has(p.name)) continue;
        seen.add(p.name);
        const line = file.parsed.source.position(p.index).line;
        ctx.report({ file: file.path, line }, missingPlaceholderMessage(p), {
          help: `Give \${${p.name}} a value (placeholders: {${p.name}: …} in .pgmig.yml, as the deploy's Flyway configuration does), or remove it.`,
        });
      }
    }
  },
});
