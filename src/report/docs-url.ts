/** The rule's page in this repository, generated into docs/rules/ from the rule's own docs. */
export function docsPath(rule: string): string {
  return `docs/rules/${rule}.md`;
}
