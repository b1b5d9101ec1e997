// Which paths a query's WHERE pins to values, read from the parsed query (@zeit/cosmosdb-query's AST): a top-level
// AND term `<root>.<path> = value`, `<root>.<path> IN (values)` or `ARRAY_CONTAINS(values, <root>.<path>)`
// (array-contains-pins.mjs), each value a constant or a parameter. Cosmos routes such queries on the partition key to
// those partitions only, and answers the others from its index; so does this server (partition-index.mjs,
// path-index.mjs). Anything else (OR at the top, a JOIN, a FROM over a sub-path, a function of a path) pins nothing.

import { pinnedByArrayContains } from './array-contains-pins.mjs';

const CONSTANTS = new Set(['string_constant', 'number_constant', 'boolean_constant', 'null_constant']);

/** The AND terms of a condition, flattened. */
const terms = (node) =>
  node.type === 'scalar_binary_expression' && node.operator === 'AND' ? [...terms(node.left), ...terms(node.right)] : [node];

/** The path of `root.a.b` / `root["a"]` / `root.a[0]` as ['a', 'b'], or undefined when it is not a plain path from `root`. */
function memberPath(node, root) {
  if (node.type === 'identifier') return node.name === root ? [] : undefined;
  if (node.type !== 'scalar_member_expression') return undefined;
  const { property, computed } = node;
  const name = computed ? (['string_constant', 'number_constant'].includes(property.type) ? property.value : undefined) : property.name;
  const parent = name === undefined ? undefined : memberPath(node.object, root);
  return parent && [...parent, name];
}

/** The value of a constant or a parameter; `{ known: false }` for anything else (or a parameter not given). */
function valueOf(node, parameters) {
  if (node.type === 'null_constant') return { known: true, value: null };
  if (CONSTANTS.has(node.type)) return { known: true, value: node.value };
  if (node.type === 'parameter_name') {
    const given = parameters.find((p) => p.name === node.name);
    return given ? { known: true, value: given.value } : { known: false };
  }
  return { known: false };
}

/** The path one AND term pins and the values it pins it to, `{ path, values }`, or undefined. */
function pinnedBy(term, root, parameters) {
  const pathOf = (node) => {
    const path = memberPath(node, root);
    return path?.length > 0 ? path : undefined;
  };
  let path;
  let candidates;
  if (term.type === 'scalar_binary_expression' && term.operator === '=') {
    if ((path = pathOf(term.left))) candidates = [term.right];
    else if ((path = pathOf(term.right))) candidates = [term.left];
  } else if (term.type === 'scalar_in_expression' && (path = pathOf(term.value))) {
    candidates = term.list;
  } else {
    return pinnedByArrayContains(term, pathOf, parameters);
  }
  const values = candidates?.map((node) => valueOf(node, parameters));
  return values?.every((v) => v.known) ? { path, values: values.map((v) => v.value) } : undefined;
}

/**
 * Every path a query's WHERE pins to values, as `{ path, values }` (e.g. { path: ['areaKeys', 0], values: ['x'] });
 * empty when the query may read any document.
 */
export function pinnedPaths(ast, parameters = []) {
  const from = ast.body?.from;
  const condition = ast.body?.where?.condition;
  if (!from || !condition || from.joins.length > 0 || from.source.expression.type !== 'collection_expression') return [];
  const root = from.source.alias?.name ?? from.source.expression.expression.name;
  return terms(condition).map((term) => pinnedBy(term, root, parameters)).filter(Boolean);
}
