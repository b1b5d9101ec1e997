#!/usr/bin/env node
// Cosmos DB (NoSQL API) stand-in for local runs and tests, for the official SDKs in Gateway
// mode over plain http. Usage:
//   node server.mjs [--host 127.0.0.1] [--port 0] [--data <dir>]
// --port 0 picks a free port. Prints `cosmos-server ready <url>` once it accepts requests.
// Without --data everything is kept in memory only. To make it stop with the process that
// started it, run it as `node --import <infra/local/exit-with-parent.mjs> server.mjs ...`.
import { parseArgs } from 'node:util';
import { startCosmosServer } from './start.mjs';

function fail(message) {
  console.error(`cosmos-server: ${message}`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      data: { type: 'string' },
    },
  }));
} catch (err) {
  fail(err.message);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid --port ${values.port}`);

let cosmos;
try {
  cosmos = await startCosmosServer({ host: values.host, port, dataDir: values.data });
} catch (err) {
  fail(err.message);
}
console.log(`cosmos-server ready ${cosmos.url}`);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    cosmos.close(); // compacts the journal into the snapshot
    process.exit(0);
  });
}
