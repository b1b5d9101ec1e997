// `ARRAY_CONTAINS(@ids, c.<key path>)` as a pin of partition key values, like `c.<key path> IN (...)`: the portal asks
// for a page's saved preferences this way (500 residents' ids in one array parameter, SELECT ... WHERE c.type = @type
// AND ARRAY_CONTAINS(@ids, c.residentId)), and scanning the 100,000 residents' documents with 500 comparisons each
// made that one query cost about a second, for every page of a fan-out. Cosmos answers it from its index.
//
// Only a list of scalars pins: ARRAY_CONTAINS compares a scalar element by ===, so a document matches only if its key
// is one of them (with or without the third, "partial match" argument, which concerns objects only). A list holding
// an object or an array, a non-constant list, or any other function pins nothing: the query scans, as before.

const SCALARS = new Set(['string', 'number', 'boolean']);

/** The array a constant or a parameter stands for, or undefined. */
function arrayOf(node, parameters) {
  if (node.type === 'array_constant') {
    const values = node.elements.map((element) => (element.type === 'null_constant' ? { v: null } : 'value' in element ? { v: element.value } : undefined));
    return values.every(Boolean) ? values.map(({ v }) => v) : undefined;
  }
  if (node.type !== 'parameter_name') return undefined;
  const value = parameters.find((p) => p.name === node.name)?.value;
  return Array.isArray(value) ? value : undefined;
}

/**
 * The path `ARRAY_CONTAINS(list, <path>)` (one AND term) pins and the values it pins it to, `{ path, values }`, or
 * undefined. `pathOf` reads a node as a path of the document (or undefined).
 */
export function pinnedByArrayContains(term, pathOf, parameters) {
  if (term.type !== 'scalar_function_expression' || term.udf || term.name.name.toUpperCase() !== 'ARRAY_CONTAINS') return undefined;
  const [list, key, partial, ...rest] = term.arguments;
  const path = key && pathOf(key);
  if (!list || !path || rest.length > 0) return undefined;
  if (partial && partial.type !== 'boolean_constant') return undefined;
  const values = arrayOf(list, parameters);
  return values?.every((value) => value === null || SCALARS.has(typeof value)) ? { path, values } : undefined;
}
