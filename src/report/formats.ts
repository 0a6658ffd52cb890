/** The lint report formats; on their own so the CLI can offer them without loading a formatter. */
export const FORMATS = ['text', 'json', 'github', 'sarif', 'markdown', 'compact'] as const;
export type Format = (typeof FORMATS)[number];
