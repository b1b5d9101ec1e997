// Which partition key values a query's WHERE pins, read from the parsed query (@zeit/cosmosdb-query's AST): a
// top-level AND term `<root>.<key path> = value` or `<root>.<key path> IN (values)`, each value a constant or a
// parameter. Cosmos routes such queries to those partitions only; so does this server (partition-index.mjs).
// Anything else (OR at the top, a JOIN, a FROM over a sub-path, a function of the key) pins nothing: a full scan.

const CONSTANTS = new Set(['string_constant', 'number_constant', 'boolean_constant', 'null_constant']);

/** The AND terms of a condition, flattened. */
const terms = (node) =>
  node.type === 'scalar_binary_expression' && node.operator === 'AND' ? [...terms(node.left), ...terms(node.right)] : [node];

/** The path of `root.a.b` / `root["a"]` as ['a', 'b'], or undefined when it is not a plain path from `root`. */
function memberPath(node, root) {
  if (node.type === 'identifier') return node.name === root ? [] : undefined;
  if (node.type !== 'scalar_member_expression') return undefined;
  const { property, computed } = node;
  const name = computed ? (property.type === 'string_constant' ? property.value : undefined) : property.name;
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

/** The values one AND term pins the key path to, or undefined. */
function pinnedBy(term, root, keyPath, parameters) {
  const isKey = (node) => memberPath(node, root)?.join('/') === keyPath;
  let candidates;
  if (term.type === 'scalar_binary_expression' && term.operator === '=') {
    if (isKey(term.left)) candidates = [term.right];
    else if (isKey(term.right)) candidates = [term.left];
  } else if (term.type === 'scalar_in_expression' && isKey(term.value)) {
    candidates = term.list;
  }
  const values = candidates?.map((node) => valueOf(node, parameters));
  return values?.every((v) => v.known) ? values.map((v) => v.value) : undefined;
}

/**
 * The partition key values a query pins, for a container with one partition key path (e.g. ['audienceKey']), or
 * undefined when the query may read any partition.
 */
export function pinnedPartitionKeys(ast, keySegments, parameters = []) {
  const from = ast.body?.from;
  const condition = ast.body?.where?.condition;
  if (!from || !condition || from.joins.length > 0 || from.source.expression.type !== 'collection_expression') return undefined;
  const root = from.source.alias?.name ?? from.source.expression.expression.name;
  const keyPath = keySegments.join('/');
  for (const term of terms(condition)) {
    const values = pinnedBy(term, root, keyPath, parameters);
    if (values) return values;
  }
  return undefined;
}
