// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node
// refuses ("needs an import attribute of type json") when vitest leaves the package to Node's
// own loader. This hook adds the attribute to those imports only.
export async function load(url, context, next) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}
