/** pgmig's version, as the CLI, SARIF and the action report it; keep in step with package.json (a test checks). */
export const VERSION = '0.1.0';
