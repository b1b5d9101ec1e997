// Log sequence numbers: every document write gets the next number of one server-wide
// sequence, which orders the change feed and is its continuation token (like Cosmos `_lsn`).
// Kept beside the documents rather than in them so reads and queries return documents
// unchanged; every write stores a new object, so a WeakMap forgets replaced versions.
const lsns = new WeakMap();
let last = 0;

/** Tags a stored document with the next sequence number, or with `lsn` when replaying. */
export function stamp(doc, lsn = last + 1) {
  lsns.set(doc, lsn);
  last = Math.max(last, lsn);
  return lsn;
}

export const lsnOf = (doc) => lsns.get(doc) ?? 0;

export const lastLsn = () => last;

/** Moves the sequence forward to at least `lsn` (restoring a snapshot whose newest documents were deleted). */
export function advanceTo(lsn) {
  last = Math.max(last, lsn);
}
