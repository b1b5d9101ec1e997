// Change feed (LatestVersion / "Incremental feed"): the documents written after a sequence
// number, oldest change first, each document once in its latest version. Deletes are not
// reported, as in Cosmos' LatestVersion mode.
import { documentsOf, partitionFilter } from './account.mjs';
import { send, sendError } from './http.mjs';
import { lastLsn, lsnOf } from './sequence.mjs';

const DEFAULT_PAGE_SIZE = 100;

export const isChangeFeedRequest = (req) => req.method === 'GET' && req.headers['a-im'] !== undefined;

/**
 * Where to start, from If-None-Match: absent = from the beginning, `*` = from now, else the
 * etag of an earlier response ("<lsn>"). Undefined when it is not one of those.
 */
function startAfter(ifNoneMatch) {
  if (ifNoneMatch === undefined) return 0;
  if (ifNoneMatch === '*') return lastLsn();
  const lsn = Number(ifNoneMatch.replaceAll('"', ''));
  return Number.isSafeInteger(lsn) && lsn >= 0 ? lsn : undefined;
}

export function handleChangeFeed(req, res, coll) {
  if (req.headers['a-im'].toLowerCase() !== 'incremental feed') {
    return sendError(res, 400, `Only the LatestVersion change feed is supported, not '${req.headers['a-im']}'.`);
  }
  const after = startAfter(req.headers['if-none-match']);
  if (after === undefined) return sendError(res, 400, 'Invalid change feed continuation (If-None-Match).');
  // ChangeFeedStartFrom.Time sends If-Modified-Since.
  const since = Date.parse(req.headers['if-modified-since'] ?? '') / 1000 || 0;
  const requested = Number.parseInt(req.headers['x-ms-max-item-count'] ?? '', 10);
  const pageSize = requested > 0 ? requested : DEFAULT_PAGE_SIZE;
  const inPartition = partitionFilter(coll, req.headers['x-ms-documentdb-partitionkey']);

  const changes = documentsOf(coll)
    .filter((doc) => lsnOf(doc) > after && inPartition(doc) && doc._ts >= since)
    .sort((a, b) => lsnOf(a) - lsnOf(b))
    .slice(0, pageSize);

  if (changes.length === 0) {
    res.writeHead(304, { etag: `"${after}"`, 'x-ms-request-charge': '1', 'x-ms-item-count': '0' });
    res.end();
    return;
  }
  const etag = `"${lsnOf(changes.at(-1))}"`;
  const Documents = changes.map((doc) => ({ ...doc, _lsn: lsnOf(doc) }));
  send(res, 200, { _rid: coll.read()._rid, Documents, _count: Documents.length }, {
    etag,
    'x-ms-item-count': String(Documents.length),
  });
}
