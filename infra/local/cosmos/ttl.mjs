// Time to live: Cosmos deletes expired items in the background; so does this sweep.
import { documentsOf, removeItem } from './account.mjs';
import { recordDelete } from './mutations.mjs';

const SWEEP_EVERY_MS = 1000;

/**
 * Deletes the documents whose time to live has passed since their last write (_ts). As in
 * Cosmos: TTL is off (and items' own `ttl` ignored) unless the container has `defaultTtl`,
 * -1 meaning "on, without a default"; an item's own `ttl` wins, -1 meaning never.
 */
export function sweepExpired(account, journal, nowSeconds = Date.now() / 1000) {
  for (const db of account.databases._data.values()) {
    for (const coll of db.collections._data.values()) {
      const container = coll.read();
      if (container.defaultTtl === undefined || container.defaultTtl === null) continue;
      for (const doc of documentsOf(coll)) {
        const ttl = doc.ttl ?? container.defaultTtl;
        if (ttl > 0 && doc._ts + ttl <= nowSeconds) {
          removeItem(coll.documents, doc._rid);
          recordDelete(journal, [db.read()._rid, container._rid], doc._rid);
        }
      }
    }
  }
}

export const startTtlSweep = (account, journal) =>
  setInterval(() => sweepExpired(account, journal), SWEEP_EVERY_MS).unref();
