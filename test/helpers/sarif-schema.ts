import { createRequire } from 'node:module';

interface Validate {
  (data: unknown): boolean;
  errors?: unknown;
}

let compiled: Validate | undefined;

/**
 * The official SARIF 2.1.0 schema (shipped in @microsoft/jest-sarif, draft-04) compiled with
 * ajv 6, which speaks draft-04; shared by the SARIF report tests and the fuzzer. Compiled
 * once: compiling takes longer than validating a log.
 */
export function sarifValidator(): Validate {
  if (!compiled) {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv');
    const ajv = new Ajv({ schemaId: 'id', allErrors: true, logger: false });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    compiled = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')) as Validate;
  }
  return compiled;
}
