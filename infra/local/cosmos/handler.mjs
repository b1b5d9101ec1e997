// The request listener: answers what the package gets wrong itself, hands the rest to the
// package's listener, and records every write the package acknowledges in the journal
// before the response leaves.
import { findCollection, findDatabase, findDocument, keepWrapper } from './account.mjs';
import { handleChangeFeed, isChangeFeedRequest } from './change-feed.mjs';
import { cosmosErrorBody, isTrue, pathSegments, send, sendError } from './http.mjs';
import { recordDelete, recordPut } from './mutations.mjs';
import { handleQuery, handleReadFeed, isQuery, isQueryPlanRequest, sendQueryPlan } from './query.mjs';

const NOT_FOUND = 'Entity with the specified id does not exist in the system.';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const KINDS = ['databases', 'database', 'containers', 'container', 'documents', 'document'];

/** Which resource a path such as dbs/{db}/colls/{coll}/docs/{doc} addresses: { kind, db, coll, doc }. */
function resourceOf(segments) {
  const [dbs, db, colls = 'colls', coll, docs = 'docs', doc] = segments;
  const fits = segments.length >= 1 && segments.length <= 6 && dbs === 'dbs' && colls === 'colls' && docs === 'docs';
  return fits ? { kind: KINDS[segments.length - 1], db, coll, doc } : { kind: 'other' };
}

export function createRequestListener({ account, journal, packageListener }) {
  /** Lets the package answer; `onSuccess(status, body)` runs on a 2xx just before the response is sent. */
  function delegate(req, res, onSuccess) {
    const end = res.end.bind(res);
    res.end = (chunk, ...rest) => {
      if (onSuccess && res.statusCode >= 200 && res.statusCode < 300) onSuccess(res.statusCode, chunk);
      return end(cosmosErrorBody(res.statusCode, chunk), ...rest);
    };
    packageListener(req, res);
  }

  /**
   * A write the package performs on `items` (the Items at rid path `at`): a create when
   * `rid` is undefined, else a replace, patch or delete of the stored item `rid`.
   */
  function delegateWrite(req, res, items, at, rid) {
    const before = rid && items._data.get(rid);
    delegate(req, res, (status, chunk) => {
      if (req.method === 'DELETE') return recordDelete(journal, at, rid);
      const written = JSON.parse(chunk)._rid;
      // The package replaces a container by building a new, empty one: keep the old one and its documents.
      if (before && at.length === 1) keepWrapper(items, before);
      recordPut(journal, items, at, written);
    });
  }

  function handleDocuments(req, res, resource) {
    const coll = findCollection(account, resource.db, resource.coll);
    if (!coll) return sendError(res, 404, 'The container does not exist.');
    const at = [findDatabase(account, resource.db).read()._rid, coll.read()._rid];

    if (resource.kind === 'documents') {
      if (isQueryPlanRequest(req)) return sendQueryPlan(res);
      if (isChangeFeedRequest(req)) return handleChangeFeed(req, res, coll);
      if (isQuery(req)) return handleQuery(req, res, coll);
      if (req.method === 'GET') return handleReadFeed(req, res, coll);
      if (isTrue(req, 'x-ms-cosmos-is-batch-request')) {
        // The SDK sends batches in a binary format the package cannot read.
        return sendError(res, 400, 'TransactionalBatch and bulk execution are not supported by the local Cosmos DB stand-in.');
      }
      if (req.method === 'POST') return delegateWrite(req, res, coll.documents, at); // create or upsert
      return delegate(req, res);
    }

    // The package answers 500 (or 404 without a body) for a missing document.
    const doc = findDocument(coll, resource.doc, req.headers['x-ms-documentdb-partitionkey']);
    if (!doc) return sendError(res, 404, NOT_FOUND);
    if (req.method === 'GET') {
      // Answered here: the package's read also fails for nested partition key paths.
      const headers = { etag: doc._etag };
      return req.headers['if-none-match'] === doc._etag ? send(res, 304, undefined, headers) : send(res, 200, doc, headers);
    }
    return delegateWrite(req, res, coll.documents, at, doc._rid);
  }

  function handle(req, res) {
    const resource = resourceOf(pathSegments(req.url));
    const { kind } = resource;
    if (kind === 'documents' || kind === 'document') return handleDocuments(req, res, resource);

    const isWrite = WRITE_METHODS.has(req.method) && !isQuery(req);
    if (isWrite && (kind === 'databases' || kind === 'database')) {
      const db = kind === 'database' ? findDatabase(account, resource.db) : undefined;
      if (kind === 'database' && !db) return sendError(res, 404, 'The database does not exist.');
      return delegateWrite(req, res, account.databases, [], db?.read()._rid);
    }
    if (isWrite && (kind === 'containers' || kind === 'container')) {
      const db = findDatabase(account, resource.db);
      if (!db) return sendError(res, 404, 'The database does not exist.');
      const coll = kind === 'container' ? findCollection(account, resource.db, resource.coll) : undefined;
      if (kind === 'container' && !coll) return sendError(res, 404, 'The container does not exist.');
      return delegateWrite(req, res, db.collections, [db.read()._rid], coll?.read()._rid);
    }
    return delegate(req, res);
  }

  return (req, res) => {
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((err) => {
        console.error(err);
        if (!res.headersSent) sendError(res, err instanceof SyntaxError || err instanceof URIError ? 400 : 500, err.message);
      });
  };
}
