// The package's compiled queries start with `$c.reduce(($, c) => typeof c !== "undefined" ? [...$, { c: c }] : $, [])`:
// copying the accumulator for every document makes each query quadratic in the container's size (20,000 accounts:
// ~200 million copies, seconds per query, for every page of a fan-out). The same step as a filter and a map is linear
// and yields the same rows in the same order. Only that exact shape is rewritten; a query the package compiles
// otherwise (a JOIN, a FROM over a sub-path) keeps its own code.
const QUADRATIC_SOURCE =
  /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*(\w+): \1\s*\}\] : \$, \[\]\)/;

const LINEAR = Symbol('linearScan');

/** Rewrites the source step of a compiled query (a package Query) once; later calls are free. */
export function linearScan(query) {
  if (query[LINEAR]) return query;
  const code = query.code.replace(
    QUADRATIC_SOURCE,
    (_, item, alias) => `$c.filter((${item}) => typeof ${item} !== "undefined").map((${item}) => ({ ${alias}: ${item} }))`,
  );
  query._code = code;
  query[LINEAR] = true;
  return query;
}
