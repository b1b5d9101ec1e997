// The documents a query must look at, read from the narrowest index its WHERE allows: every top-level AND term that
// pins a path to values (`c.path = v`, `c.path IN (...)`, `ARRAY_CONTAINS(list, c.path)`, partition-pins.mjs) is a
// candidate, the partition key's path or any other, and the one whose buckets hold the fewest documents wins.
//
// Why: a notice's fan-out pages through `c.type = @type AND c.state = @state AND c.areaKeys[0] = @key` over 100,000
// residents; with only partition keys indexed every page scanned all of them (most of the stand-in's time in a
// fan-out), where Cosmos reads the few thousand of that area from its index. The rows are still those the query
// itself selects from the candidates, in the same order with the same continuation tokens: an index only leaves out
// documents the term can never be true for, as the partition index does.
import { partitionIndex, valueKeys } from './partition-index.mjs';

/**
 * The stored documents the narrowest pin allows, in store order, or undefined when nothing pins a path to values
 * an index can look up (the caller scans everything).
 */
export function narrowestCandidates(coll, pins) {
  const documents = partitionIndex(coll);
  let narrowest;
  for (const { path, values } of pins) {
    const keys = valueKeys(values);
    if (!keys) continue;
    const count = documents.index([path]).count(keys);
    if (!narrowest || count < narrowest.count) narrowest = { count, keys, path };
  }
  return narrowest && documents.documentsIn(narrowest.keys, [narrowest.path]);
}
