// Assembles the Cosmos DB stand-in: the package's server, wrapped by our request listener,
// with durable storage (optional) and the TTL sweep.
import { createHttpServer, listen } from './account.mjs';
import { createRequestListener } from './handler.mjs';
import { memoryJournal, openJournal } from './persistence.mjs';
import { startTtlSweep } from './ttl.mjs';

// Longer than any client's idle-connection timeout, so the client always closes an idle
// connection first and never sends a request on one the server is closing.
const KEEP_ALIVE_TIMEOUT_MS = 5 * 60_000;

/** Starts the server; `dataDir` makes it durable. Resolves with { url, close() }. */
export async function startCosmosServer({ host = '127.0.0.1', port = 0, dataDir } = {}) {
  const server = createHttpServer({ keepAlive: true });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  const [packageListener] = server.listeners('request');
  server.removeAllListeners('request');

  const account = await listen(server, port, host);
  // No request is read before this continuation runs: loading and wiring are synchronous.
  const journal = dataDir ? openJournal(account, dataDir) : memoryJournal;
  server.on('request', createRequestListener({ account, journal, packageListener }));
  const sweep = startTtlSweep(account, journal);

  const address = server.address();
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostname}:${address.port}/`,
    close() {
      clearInterval(sweep);
      server.close();
      server.closeAllConnections();
      journal.close();
    },
  };
}
