// @actions/workflow-parser imports its schemas as `import S from "../x.json"` without the import
// attribute Node asks for (it is built for bundlers); this load hook adds `type: "json"` to such imports.
export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) {
    const json = { type: "json" };
    return nextLoad(url, "importAttributes" in context
      ? { ...context, importAttributes: { ...context.importAttributes, ...json } }
      : { ...context, importAssertions: { ...context.importAssertions, ...json } });
  }
  return nextLoad(url, context);
}
