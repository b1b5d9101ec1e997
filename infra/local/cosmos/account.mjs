// Access to the in-memory store of @vercel/cosmosdb-server (pinned at 1.0.1).
//
// The store is a tree of `Items` collections: account.databases -> database.collections ->
// collection.documents. Each `Items` keeps `_data` (Map rid -> item wrapper whose read()
// returns the stored JSON), a unique-key index and `_ridCount`, the counter its new rids
// are derived from. Everything below relies on that layout of the pinned version.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const accountModule = require('@vercel/cosmosdb-server/lib/account');
const { parsePartitionKey } = require('@vercel/cosmosdb-server/lib/utils/get-partition-from-header');
export const { createHttpServer } = require('@vercel/cosmosdb-server');

// Cosmos DB writes resource ids in base64 with '-' for '/'. The package writes plain base64, so one database in 64
// (and containers, ranges alike) got a rid with a '/', which splits the rid-addressed paths the SDK builds (its
// partition key ranges, behind the change feed): "Stale cache for rid". Every rid the package makes or parses goes
// through these two.
const ResourceId = require('@vercel/cosmosdb-server/lib/account/resource-id').default;
ResourceId.toBase64String = (buffer) => buffer.toString('base64').replaceAll('/', '-');
ResourceId.fromBase64String = (text) => Buffer.from(text.replaceAll('-', '/'), 'base64');

// createHttpServer builds its Account inside a private closure when the server starts
// listening, looking the class up on the module's exports at that moment. Swapping in a
// subclass that remembers its newest instance is the only way to reach the store without
// forking the package.
let newestAccount;
const PackageAccount = accountModule.default;
accountModule.default = class extends PackageAccount {
  constructor(host, port) {
    super(host, port);
    // The package advertises https endpoints even for its plain-http server; fix them so
    // an SDK that follows the advertised locations still reaches this server.
    const data = this.read();
    for (const location of [...data.writableLocations, ...data.readableLocations]) {
      location.databaseAccountEndpoint = `http://${host}:${port}/`;
    }
    newestAccount = this;
  }
};

/** Starts a server from createHttpServer and resolves with the Account the package built for it. */
export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // The package's own 'listening' listener, registered first, has built the account by now.
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(newestAccount);
    });
  });
}

export const findDatabase = (account, dbId) => {
  const db = account.database(dbId);
  return db.read() ? db : undefined;
};

export const findCollection = (account, dbId, collId) => {
  const coll = findDatabase(account, dbId)?.collection(collId);
  return coll?.read() ? coll : undefined;
};

export const documentsOf = (coll) => [...coll.documents._data.values()].map((item) => item.read());

/** The stored document addressed by id and the x-ms-documentdb-partitionkey header, resolved as the package does. */
export function findDocument(coll, docId, partitionKeyHeader) {
  let partition = docId;
  if (partitionKeyHeader) {
    try {
      partition = parsePartitionKey(partitionKeyHeader, docId);
    } catch {
      return undefined;
    }
  }
  return coll.document(docId, partition).read();
}

/** Removes the item with this rid from an Items collection (and from its unique-key index). */
export function removeItem(items, rid) {
  // Items.delete resolves its argument as an id first and falls back to treating it as a rid.
  if (items._data.has(rid)) items.delete(rid);
}

/**
 * Stores `data` (which carries its own _rid, _etag, _ts, _self) as is. Returns the stored JSON.
 * A database or container that already exists keeps its wrapper object, because the
 * package's _set would build a new, empty one and so drop every child (the stock
 * container replace loses all documents that way).
 */
export function putItem(items, data) {
  const existing = items._data.get(data._rid);
  if (existing && !isDocuments(items)) {
    items._set(data); // normalises the data (e.g. the indexing policy) into a new wrapper
    keepWrapper(items, existing);
    return existing.read();
  }
  if (existing) items.delete(data._rid);
  return items._set(data);
}

/** Puts an older wrapper of a database or container back, holding the data now stored under its rid. */
export function keepWrapper(items, wrapper) {
  const rid = wrapper.read()._rid;
  wrapper._data = items._data.get(rid).read();
  items._data.set(rid, wrapper);
}

const isDocuments = (items) => items === items._parent.documents;

/**
 * The Items collection at a path of rids: [] = databases, [db] = containers of db,
 * [db, coll] = documents of coll. Undefined when a parent no longer exists.
 */
export function itemsAt(account, rids) {
  let node = account;
  const children = ['databases', 'collections', 'documents'];
  for (const [depth, rid] of rids.entries()) {
    node = node[children[depth]]._data.get(rid);
    if (!node) return undefined;
  }
  return node[children[rids.length]];
}

/**
 * A predicate selecting the documents of one logical partition, given the value of the
 * x-ms-documentdb-partitionkey header (a JSON array, one element per key path; `{}` stands
 * for "no value", i.e. PartitionKey.None). No header selects everything.
 */
export function partitionFilter(coll, header) {
  if (!header) return () => true;
  const key = JSON.parse(header);
  const paths = (coll.read().partitionKey?.paths ?? []).map((path) => path.slice(1).split('/'));
  return (doc) =>
    paths.every((segments, i) => {
      const value = segments.reduce((node, segment) => node?.[segment], doc);
      const wanted = key[i];
      if (wanted !== null && typeof wanted === 'object') return value === undefined;
      return value === wanted;
    });
}
