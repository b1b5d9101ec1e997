// Preloaded with `node --import` into each local service that stack.mjs starts: the service
// stops when the process that started it is gone, even if that one was killed with SIGKILL
// and could not clean up. Orphans are re-parented, so a changed parent pid means the parent
// has died. (Not for services launched by a shell that exits right away, e.g. `(cmd &)`:
// their parent may already have changed while they start.)
const CHECK_EVERY_MS = 500;
const GRACE_MS = 5000;

const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  process.kill(process.pid, 'SIGTERM'); // lets the service shut down cleanly ...
  setTimeout(() => process.exit(1), GRACE_MS).unref(); // ... but not forever
}, CHECK_EVERY_MS).unref();
