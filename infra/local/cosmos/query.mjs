// Queries on documents: the query plan the SDK asks for first, then the query itself.
import { documentsOf, partitionFilter } from './account.mjs';
import { isTrue, readJson, send, sendError } from './http.mjs';
import { linearScan } from './linear-scan.mjs';
import { headerKey, partitionIndex } from './partition-index.mjs';
import { narrowestCandidates } from './path-index.mjs';
import { pinnedPaths } from './partition-pins.mjs';

// A plan announcing no ORDER BY, TOP, aggregates or DISTINCT and the whole key range, so
// the SDK sends the query unchanged to this server, which evaluates all of it itself.
const PASSTHROUGH_PLAN = {
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: 'None',
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: '',
    hasSelectValue: false,
    dCountInfo: null,
    hasNonStreamingOrderBy: false,
  },
  queryRanges: [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }],
};

export const isQueryPlanRequest = (req) => isTrue(req, 'x-ms-cosmos-is-query-plan-request');

export const isQuery = (req) =>
  req.method === 'POST' &&
  (isTrue(req, 'x-ms-documentdb-isquery') || req.headers['content-type']?.startsWith('application/query+json'));

export const sendQueryPlan = (res) => send(res, 200, PASSTHROUGH_PLAN);

/**
 * Runs a query over the container, or over one logical partition when the request carries
 * x-ms-documentdb-partitionkey. The package's own query handler ignores that header and
 * refuses queries without a key unless x-ms-documentdb-query-enablecrosspartition is set.
 */
export async function handleQuery(req, res, coll) {
  const { query, parameters } = await readJson(req);
  if (!query) return sendError(res, 400, 'The query is missing.');
  runQuery(req, res, coll, query, parameters);
}

/** A read feed (GET on the documents, e.g. a query iterator without query text) is `SELECT * FROM c`. */
export const handleReadFeed = (req, res, coll) => runQuery(req, res, coll, 'SELECT * FROM c');

function runQuery(req, res, coll, query, parameters) {
  const maxItemCount = Number.parseInt(req.headers['x-ms-max-item-count'] ?? '-1', 10);
  const continuationHeader = req.headers['x-ms-continuation'];
  let result;
  try {
    // The package's compiled-query cache.
    const compiled = coll.documents._getQuery(query);
    // Continuation tokens name a position by _rid and ORDER BY values, so they stay valid over any set that holds
    // every document the query can match, in the same order.
    const docs = candidates(coll, compiled.ast, parameters, req.headers['x-ms-documentdb-partitionkey']);
    result = linearScan(compiled).exec(docs, {
      parameters,
      udf: coll.userDefinedFunctions.functions,
      maxItemCount,
      continuation: continuationHeader ? JSON.parse(continuationHeader) : undefined,
      compositeIndexes: coll.read().indexingPolicy?.compositeIndexes ?? [],
    });
  } catch (err) {
    return sendError(res, 400, err.message);
  }
  const headers = { 'x-ms-item-count': String(result.result.length) };
  if (result.continuation) headers['x-ms-continuation'] = JSON.stringify(result.continuation);
  send(res, 200, { _rid: coll.read()._rid, Documents: result.result, _count: result.result.length }, headers);
}

/**
 * The documents a query needs to look at, in store order: the partition the request is scoped to, else those its
 * WHERE pins a path to (the partitions of a single-path key, or another path: path-index.mjs), else the whole container.
 */
function candidates(coll, ast, parameters, partitionKeyHeader) {
  if (partitionKeyHeader) {
    const key = headerKey(coll, partitionKeyHeader);
    if (key === undefined) return documentsOf(coll).filter(partitionFilter(coll, partitionKeyHeader));
    return partitionIndex(coll).documentsIn([key]);
  }
  return narrowestCandidates(coll, pinnedPaths(ast, parameters)) ?? documentsOf(coll);
}
