// Small HTTP helpers shared by the request handlers.
import { randomUUID } from 'node:crypto';

const ERROR_CODES = {
  400: 'BadRequest',
  404: 'NotFound',
  409: 'Conflict',
  412: 'PreconditionFailed',
  413: 'RequestEntityTooLarge',
  500: 'InternalServerError',
};

/** Headers the SDK expects on every response. */
const commonHeaders = () => ({
  'content-type': 'application/json',
  'x-ms-request-charge': '1',
  'x-ms-activity-id': randomUUID(),
});

export function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  // An explicit length: the SDK ignores error bodies sent chunked.
  res.writeHead(status, { ...commonHeaders(), 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Cosmos-shaped error: the SDK builds CosmosException's message from `code` and `message`. */
export const sendError = (res, status, message) => send(res, status, { code: ERROR_CODES[status], message });

/** Rewrites an error body of the package ({} or {message}) into the Cosmos shape; other bodies pass unchanged. */
export function cosmosErrorBody(status, chunk) {
  if (status < 400) return chunk;
  let body = {};
  try {
    body = JSON.parse(chunk) ?? {};
  } catch {
    // empty or not JSON: replaced below
  }
  if (body.code) return chunk;
  const code = ERROR_CODES[status] ?? 'Error';
  return JSON.stringify({ code, message: body.message || code });
}

export const isTrue = (req, header) => String(req.headers[header]).toLowerCase() === 'true';

export async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** The request path as decoded segments, e.g. ['dbs', 'app', 'colls', 'users']. */
export function pathSegments(url) {
  // Not `new URL`: the SDK may send '//dbs/...', which URL would read as a host name.
  const pathname = url.split('?')[0];
  return pathname.split('/').filter(Boolean).map(decodeURIComponent);
}
