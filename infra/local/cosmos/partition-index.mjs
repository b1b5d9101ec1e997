// Per-partition index of a container's documents, so that a query scoped to some partitions reads only those
// (the package stores a container as one Map and every query scanned all of it: the notice inbox, four partitions
// of a container, paid for the 100,000 residents' documents beside them).
//
// The index replaces the container's `documents._data` Map (rid -> item wrapper) by a subclass that files every
// item under its partition key value as it is set or deleted. Every write reaches the store through that Map (the
// package's create/replace/upsert/patch, this server's journal replay, the TTL sweep), so the index follows them all
// without hooks of its own. It is built on a container's first scoped query, from the Map as it is then.
//
// Order: a query sees documents in the Map's order (insertion; a replace deletes and sets again, moving the item to
// the end). Each bucket keeps that order; documents of several buckets are merged back into it by the position each
// item was given when it was set, so a query returns the same rows and continuation tokens as over the whole Map.
//
// The same filing serves other paths a query pins by equality (path-index.mjs): `index(paths)` files the documents by
// the values at those paths too, from the first query that asks on, and every later write keeps it as it keeps the
// partitions.

/** A partition key value as a bucket name; values a query can pin (string, number, boolean, null) by type and value. */
function valueKey(value) {
  if (value === undefined) return 'u';
  if (value === null || typeof value !== 'object') return `v${JSON.stringify(value)}`;
  return 'o'; // an object or array never equals a pinned value: its bucket is never looked up
}

const pathsOf = (coll) => (coll.read().partitionKey?.paths ?? []).map((path) => path.slice(1).split('/'));

/** The documents' Map, filed by partition (and by the paths path-index.mjs asks for). */
class PartitionedDocuments extends Map {
  #indexes = new Map(); // signature -> Buckets; the partition key's first
  #position = new Map(); // rid -> when it entered the Map
  #next = 0;

  constructor(paths, items) {
    super();
    this.signature = JSON.stringify(paths);
    this.#indexes.set(this.signature, new Buckets(paths));
    for (const [rid, item] of items) this.set(rid, item);
  }

  set(rid, item) {
    const previous = super.get(rid);
    if (!previous) this.#position.set(rid, (this.#next += 1));
    super.set(rid, item);
    // Map.set on a present key keeps its place; so does the item here, in its bucket too.
    for (const index of this.#indexes.values()) index.file(rid, item, previous, this.#position);
    return this;
  }

  delete(rid) {
    const previous = super.get(rid);
    if (!previous) return false;
    for (const index of this.#indexes.values()) index.unfile(rid, previous);
    this.#position.delete(rid);
    return super.delete(rid);
  }

  clear() {
    for (const index of this.#indexes.values()) index.clear();
    this.#position.clear();
    super.clear();
  }

  /** The documents filed by `paths` (the partition key's by default), built from the Map now if not yet. */
  index(paths = undefined) {
    const signature = paths ? JSON.stringify(paths) : this.signature;
    let index = this.#indexes.get(signature);
    if (!index) {
      this.#indexes.set(signature, (index = new Buckets(paths)));
      for (const [rid, item] of super.entries()) index.file(rid, item, undefined, this.#position);
    }
    return index;
  }

  /** The stored documents whose partition key (or `paths`) is one of `keys` (bucket keys), in the Map's order. */
  documentsIn(keys, paths = undefined) {
    return this.index(paths).documentsIn(keys, this.#position);
  }
}

/** Items filed by the values at some paths (a bucket per combination), each bucket in the Map's order. */
class Buckets {
  #paths;
  #buckets = new Map(); // bucket key -> Map(rid -> item)

  constructor(paths) {
    this.#paths = paths;
  }

  keyOf(doc) {
    return this.#paths.map((segments) => valueKey(segments.reduce((node, segment) => node?.[segment], doc))).join('\u0000');
  }

  /** How many items the buckets `keys` hold together (a key named twice counts once). */
  count(keys) {
    return [...new Set(keys)].reduce((sum, key) => sum + (this.#buckets.get(key)?.size ?? 0), 0);
  }

  file(rid, item, previous, position) {
    const key = this.keyOf(item.read());
    const moved = previous !== undefined && this.#unfileIfMoved(rid, previous, key);
    let bucket = this.#buckets.get(key);
    if (!bucket) this.#buckets.set(key, (bucket = new Map()));
    bucket.set(rid, item);
    // Only a present item changing bucket lands out of order (the package never stores one that way).
    if (moved) this.#sort(key, position);
  }

  unfile(rid, item) {
    const key = this.keyOf(item.read());
    const bucket = this.#buckets.get(key);
    bucket?.delete(rid);
    if (bucket?.size === 0) this.#buckets.delete(key);
  }

  clear() {
    this.#buckets.clear();
  }

  documentsIn(keys, position) {
    const buckets = [...new Set(keys)].map((key) => this.#buckets.get(key)).filter(Boolean);
    if (buckets.length === 1) return [...buckets[0].values()].map((item) => item.read());
    return buckets
      .flatMap((bucket) => [...bucket.entries()])
      .map(([rid, item]) => [position.get(rid), item])
      .sort((a, b) => a[0] - b[0])
      .map(([, item]) => item.read());
  }

  #unfileIfMoved(rid, item, key) {
    if (this.keyOf(item.read()) === key) return false;
    this.unfile(rid, item);
    return true;
  }

  #sort(key, position) {
    const sorted = [...this.#buckets.get(key)].sort(([a], [b]) => position.get(a) - position.get(b));
    this.#buckets.set(key, new Map(sorted));
  }
}

/** The container's index, built now if it has none (or its partition key paths changed). */
export function partitionIndex(coll) {
  const items = coll.documents;
  const paths = pathsOf(coll);
  if (!(items._data instanceof PartitionedDocuments) || items._data.signature !== JSON.stringify(paths)) {
    items._data = new PartitionedDocuments(paths, items._data);
  }
  return items._data;
}


/**
 * The bucket key an x-ms-documentdb-partitionkey header selects (a JSON array, one element per key path; `{}` for
 * "no value"), or undefined when it does not name every path (then the caller filters a scan).
 */
export function headerKey(coll, header) {
  const key = JSON.parse(header);
  const paths = pathsOf(coll);
  if (!Array.isArray(key) || key.length !== paths.length) return undefined;
  return key.map((wanted) => (wanted !== null && typeof wanted === 'object' ? 'u' : valueKey(wanted))).join('\u0000');
}

/** Bucket keys for pinned partition key values, or undefined when a value is not one a bucket can stand for. */
export function valueKeys(values) {
  const pinnable = values.every((value) => value === null || ['string', 'number', 'boolean'].includes(typeof value));
  return pinnable ? values.map(valueKey) : undefined;
}
