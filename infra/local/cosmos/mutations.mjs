// Turns completed writes into journal records; document writes also get their sequence number.
import { stamp } from './sequence.mjs';

/** The item `rid` of `items` (at rid path `at`, see persistence.mjs) was created or replaced. */
export function recordPut(journal, items, at, rid) {
  const data = items._data.get(rid).read();
  const record = { op: 'put', at, n: items._ridCount, data };
  if (at.length === 2) record.lsn = stamp(data);
  journal.append(record);
}

/** The item `rid` at rid path `at` was deleted. */
export const recordDelete = (journal, at, rid) => journal.append({ op: 'del', at, rid });
