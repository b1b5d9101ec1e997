#!/usr/bin/env node
// Starts the local stand-ins for the Azure services and keeps them running:
//   node stack.mjs up --data <dir> --state-file <file> [--fresh]
// Cosmos DB -> cosmos/server.mjs, Storage -> Azurite, e-mail -> MailDev, each on 127.0.0.1
// with free ports. Once all accept connections it writes their endpoints to the state file
// (JSON) and prints `stack ready <state-file>`. It stops them all, and removes the state file,
// on SIGINT/SIGTERM/SIGHUP or when one of them dies (then it exits non-zero). The services
// also stop by themselves if this process is killed outright (see exit-with-parent.mjs).
// --fresh deletes the services' data under <dir> first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXIT_WITH_PARENT = pathToFileURL(path.join(HERE, 'exit-with-parent.mjs')).href;
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_LINES = 30;
// A service that dies is started again on the same ports and data (a killed Cosmos server comes back with
// everything it acknowledged); one that keeps dying stops the stack.
const MAX_RESTARTS_PER_MINUTE = 5;

// The well-known development keys of the Cosmos DB emulator and Azurite (public, not secrets).
export const COSMOS_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';
const STORAGE_ACCOUNT = 'devstoreaccount1';
const STORAGE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** What is missing to run the stack, as messages (empty when all is there). */
export function checkPrerequisites() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 6)) return [`Node.js >= 20.6 required, found ${process.versions.node}`];
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8'));
  const installed = (name) => {
    const manifest = path.join(HERE, 'node_modules', name, 'package.json');
    return fs.existsSync(manifest) ? JSON.parse(fs.readFileSync(manifest, 'utf8')).version : undefined;
  };
  const wrong = Object.entries(dependencies).filter(([name, pinned]) => installed(name) !== pinned);
  if (wrong.length === 0) return [];
  const found = wrong.map(([name, pinned]) => `${name} ${installed(name) ?? 'missing'}, want ${pinned}`);
  return [`node_modules missing or out of date (${found.join('; ')}): run npm ci in infra/local`];
}

/** `count` distinct free TCP ports on 127.0.0.1 (all held open until every one is found). */
export async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const server = net.createServer();
      servers.push(server);
      await new Promise((resolve, reject) => server.once('error', reject).listen(0, HOST, resolve));
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/**
 * Runs a Node.js script of this folder as a service: its own process group (so a Ctrl-C
 * in the terminal reaches only the stack, which stops it in order) and exit-with-parent
 * preloaded. Returns { name, pid, exited: Promise<description>, hasExited(), output() }.
 */
function spawnService(name, script, args) {
  const child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, path.join(HERE, script), ...args], {
    cwd: HERE,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const keep = (chunk) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, lines.length - OUTPUT_TAIL_LINES);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => {
    child.once('error', (err) => resolve(err.message));
    child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exit code ${code}`));
  });
  return {
    name,
    pid: child.pid,
    child,
    exited,
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    output: () => lines.join('\n'),
  };
}

class ServiceError extends Error {
  constructor(service, problem) {
    const output = service.output();
    super(`${service.name} ${problem}${output ? `\n--- last output of ${service.name} ---\n${output}` : ''}`);
  }
}

/** Resolves when `port` accepts connections; rejects if the service exits or the deadline passes. */
async function waitForPort(service, port, deadline) {
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, HOST);
      const done = (result) => {
        socket.destroy();
        resolve(result);
      };
      socket.once('connect', () => done(true)).once('error', () => done(false));
      socket.setTimeout(1000, () => done(false));
    });
    if (open) return;
    if (service.hasExited()) throw new ServiceError(service, `stopped during start-up (${await service.exited})`);
    if (Date.now() > deadline) {
      throw new ServiceError(service, `did not accept connections on port ${port} within ${START_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Resolves with the URL in the `cosmos-server ready <url>` line the server prints. */
function waitForAnnouncement(service, deadline) {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      const match = /^cosmos-server ready (\S+)$/m.exec(buffered);
      if (match) finish(null, match[1]);
    };
    const timer = setTimeout(
      () => finish(new ServiceError(service, `did not report ready within ${START_TIMEOUT_MS / 1000} s`)),
      deadline - Date.now(),
    );
    service.exited.then((how) => finish(new ServiceError(service, `stopped during start-up (${how})`)));
    function finish(err, url) {
      clearTimeout(timer);
      service.child.stdout.off('data', onData);
      if (err) reject(err);
      else resolve(url);
    }
    service.child.stdout.on('data', onData);
  });
}

/** The Cosmos DB stand-in; `ready` resolves with its state-file entry. */
export function startCosmos(dataDir, port = 0) {
  const service = spawnService('cosmos', 'cosmos/server.mjs', ['--host', HOST, '--port', String(port), '--data', path.join(dataDir, 'cosmos')]);
  service.ready = (async () => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    // The server picks its own free port and announces it, so no other process can take it meanwhile.
    const endpoint = await waitForAnnouncement(service, deadline);
    await waitForPort(service, Number(new URL(endpoint).port), deadline);
    return { endpoint, key: COSMOS_KEY, pid: service.pid };
  })();
  return service;
}

/** Azurite (blob, queue, table); `ready` resolves with its state-file entry. */
export function startAzurite(dataDir, [blob, queue, table]) {
  const service = spawnService('azurite', 'node_modules/azurite/dist/src/azurite.js', [
    '--silent', '--disableTelemetry', '--skipApiVersionCheck', '--loose',
    '--location', path.join(dataDir, 'azurite'),
    '--blobHost', HOST, '--blobPort', String(blob),
    '--queueHost', HOST, '--queuePort', String(queue),
    '--tableHost', HOST, '--tablePort', String(table),
  ]);
  service.ready = (async () => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (const port of [blob, queue, table]) await waitForPort(service, port, deadline);
    const endpoint = (port) => `http://${HOST}:${port}/${STORAGE_ACCOUNT}`;
    const connectionString = [
      'DefaultEndpointsProtocol=http',
      `AccountName=${STORAGE_ACCOUNT}`,
      `AccountKey=${STORAGE_KEY}`,
      `BlobEndpoint=${endpoint(blob)}`,
      `QueueEndpoint=${endpoint(queue)}`,
      `TableEndpoint=${endpoint(table)}`,
    ].join(';');
    return { connectionString, pid: service.pid };
  })();
  return service;
}

/** MailDev (SMTP plus a web UI/REST API listing what it received); `ready` resolves with its state-file entry. */
export function startMaildev(dataDir, [smtp, web]) {
  const service = spawnService('maildev', 'node_modules/maildev/dist/bin/maildev.js', [
    '--ip', HOST, '--web-ip', HOST,
    '--smtp', String(smtp), '--web', String(web),
    '--mail-directory', path.join(dataDir, 'mail'),
  ]);
  service.ready = (async () => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (const port of [smtp, web]) await waitForPort(service, port, deadline);
    return { host: HOST, port: smtp, webUrl: `http://${HOST}:${web}/`, pid: service.pid };
  })();
  return service;
}

/**
 * Keeps a service running: `start(previousState)` starts it (again); after the first start is ready, an
 * unexpected exit starts it anew and calls `onRestarted(state)`. Returns { ready, died: Promise<ServiceError>, current(), stop() }.
 */
export function supervise(name, start, onRestarted = () => {}) {
  let current = start(undefined);
  let stopping = false;
  const restarts = [];
  let fail;
  const died = new Promise((resolve) => {
    fail = resolve;
  });
  const watch = (service, state) =>
    service.exited.then(async (how) => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts[0] < now - 60_000) restarts.shift();
      if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
        fail(new ServiceError(service, `exited unexpectedly (${how}) more than ${MAX_RESTARTS_PER_MINUTE} times in a minute`));
        return;
      }
      console.error(`stack: ${name} exited unexpectedly (${how}); starting it again`);
      current = start(state);
      try {
        const restarted = await current.ready;
        watch(current, restarted);
        onRestarted(restarted);
        console.log(`stack: ${name} is back`);
      } catch (err) {
        fail(err);
      }
    });
  const ready = current.ready.then((state) => {
    watch(current, state);
    return state;
  });
  return {
    name,
    ready,
    died,
    current: () => current,
    stop: async () => {
      stopping = true;
      await stopServices([current]);
    },
  };
}

/** SIGTERM to each service still running, SIGKILL to those still there after 5 s. */
export async function stopServices(services) {
  await Promise.all(
    services.map(async (service) => {
      if (service.hasExited()) return;
      const signal = (name) => {
        try {
          process.kill(service.pid, name);
        } catch {
          // already gone
        }
      };
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
      await service.exited;
      clearTimeout(timer);
    }),
  );
}

/** Writes JSON so that readers never see a half-written file. */
export function writeStateFile(file, state) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temp, file);
}

/**
 * Starts every service and writes the state file. Resolves with
 * { state, died: Promise<ServiceError>, stop() } once all are ready; `stop()` stops them and
 * removes the state file. On a failure or `signal` abort during start-up, stops what it started.
 */
export async function up({ dataDir: dataPath, stateFile, fresh = false, signal }) {
  const problems = checkPrerequisites();
  if (problems.length) throw new Error(problems.join('\n'));
  const dataDir = path.resolve(dataPath); // the services run in this folder, not in the caller's
  fs.rmSync(stateFile, { force: true }); // a stale one would point at dead services
  for (const sub of ['cosmos', 'azurite', 'mail']) {
    if (fresh) fs.rmSync(path.join(dataDir, sub), { recursive: true, force: true });
    fs.mkdirSync(path.join(dataDir, sub), { recursive: true });
  }

  const [blob, queue, table, smtp, web] = await freePorts(5);
  const state = {};
  // A restarted service has a new pid: keep the state file true.
  const restarted = (key) => (entry) => writeStateFile(stateFile, { ...state, [key]: Object.assign(state[key], entry) });
  const services = [
    supervise('cosmos', (previous) => startCosmos(dataDir, previous ? Number(new URL(previous.endpoint).port) : 0), restarted('cosmos')),
    supervise('azurite', () => startAzurite(dataDir, [blob, queue, table]), restarted('storage')),
    supervise('maildev', () => startMaildev(dataDir, [smtp, web]), restarted('smtp')),
  ];
  const stop = async () => {
    await Promise.all(services.map((service) => service.stop()));
    fs.rmSync(stateFile, { force: true });
  };
  const died = Promise.race(services.map((service) => service.died));
  const aborted = new Promise((resolve, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

  try {
    const [cosmos, storage, smtpState] = await Promise.race([Promise.all(services.map((s) => s.ready)), aborted]);
    Object.assign(state, { cosmos, storage, smtp: smtpState });
    writeStateFile(stateFile, state);
    return { state, died, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      'state-file': { type: 'string' },
      fresh: { type: 'boolean', default: false },
    },
  });
  if (positionals[0] !== 'up' || !values.data || !values['state-file']) {
    throw new Error('usage: node stack.mjs up --data <dir> --state-file <file> [--fresh]');
  }

  const controller = new AbortController();
  const signalled = new Promise((resolve) => {
    for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(name, () => {
        controller.abort(new Error(`stopped by ${name}`));
        resolve(name);
      });
    }
  });

  const stack = await up({ dataDir: values.data, stateFile: values['state-file'], fresh: values.fresh, signal: controller.signal });
  console.log(`stack ready ${values['state-file']}`);
  const outcome = await Promise.race([signalled, stack.died]);
  await stack.stop();
  if (outcome instanceof Error) throw outcome;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(`stack: ${err.message}`);
    process.exit(1);
  });
}
