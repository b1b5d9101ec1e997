// Durable storage for --data: snapshot.json plus an append-only journal.ndjson.
//
// Every acknowledged mutation is appended to the journal (one JSON line, written with a
// synchronous write(2) before the HTTP response goes out), so a SIGKILL loses nothing that
// a client was told about; the data is in the OS page cache by then, which survives the
// process (fsync would only add protection against a power cut, at a large cost per write).
// Compaction writes the whole store to a temp file, renames it over snapshot.json and only
// then truncates the journal. Records are absolute ("this item is now X", "this item is
// gone"), so replaying a journal over a snapshot that already contains it is harmless:
// a kill between rename and truncate loses nothing either.
//
// Record shapes (journal lines and snapshot entries alike):
//   { op: 'put', at: [parent rids], n: <_ridCount of that Items>, data, lsn?: <documents only> }
//   { op: 'del', at: [parent rids], rid }
// `at` is [] for databases, [db] for containers, [db, container] for documents.
import fs from 'node:fs';
import path from 'node:path';
import { itemsAt, putItem, removeItem } from './account.mjs';
import { advanceTo, lastLsn, lsnOf, stamp } from './sequence.mjs';

const COMPACT_EVERY_MS = 30_000;

/** Applies one record to the store; records whose parent no longer exists are skipped. */
export function applyRecord(account, record) {
  const items = itemsAt(account, record.at);
  if (!items) return;
  if (record.op === 'del') {
    removeItem(items, record.rid);
    return;
  }
  const stored = putItem(items, record.data);
  items._ridCount = Math.max(items._ridCount, record.n);
  if (record.lsn) stamp(stored, record.lsn);
}

/** Every item of the store as 'put' records, parents first. */
function* snapshotRecords(account) {
  const { databases } = account;
  for (const db of databases._data.values()) {
    const dbData = db.read();
    yield { op: 'put', at: [], n: databases._ridCount, data: dbData };
    for (const coll of db.collections._data.values()) {
      const collData = coll.read();
      yield { op: 'put', at: [dbData._rid], n: db.collections._ridCount, data: collData };
      const { documents } = coll;
      for (const doc of documents._data.values()) {
        const data = doc.read();
        yield { op: 'put', at: [dbData._rid, collData._rid], n: documents._ridCount, data, lsn: lsnOf(data) };
      }
    }
  }
}

/** Lines of a journal; a torn last line (killed mid-write) is dropped. */
function readJournal(file) {
  if (!fs.existsSync(file)) return [];
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return lines.flatMap((line, i) => {
    try {
      return [JSON.parse(line)];
    } catch (err) {
      if (i === lines.length - 1) return [];
      throw new Error(`${file}: corrupt line ${i + 1}: ${err.message}`);
    }
  });
}

/**
 * Loads `dir` into the (empty) account, then keeps it durable. Returns the journal used to
 * record mutations; `close()` compacts and stops it.
 */
export function openJournal(account, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const snapshotFile = path.join(dir, 'snapshot.json');
  const journalFile = path.join(dir, 'journal.ndjson');

  if (fs.existsSync(snapshotFile)) {
    let snapshot;
    try {
      snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'));
    } catch (err) {
      throw new Error(`${snapshotFile}: ${err.message}`);
    }
    advanceTo(snapshot.lsn);
    snapshot.records.forEach((record) => applyRecord(account, record));
  }
  readJournal(journalFile).forEach((record) => applyRecord(account, record));

  const fd = fs.openSync(journalFile, 'a');
  let dirty = true; // compact right away so the replayed journal is folded into the snapshot

  const compact = () => {
    if (!dirty) return;
    const temp = `${snapshotFile}.tmp`;
    const records = [...snapshotRecords(account)];
    fs.writeFileSync(temp, JSON.stringify({ lsn: lastLsn(), records }));
    fs.renameSync(temp, snapshotFile);
    fs.ftruncateSync(fd, 0); // the fd is O_APPEND, so later writes start at the new end
    dirty = false;
  };
  compact();
  const timer = setInterval(compact, COMPACT_EVERY_MS).unref();

  return {
    append(record) {
      try {
        fs.writeSync(fd, `${JSON.stringify(record)}\n`);
      } catch (err) {
        // Going on would acknowledge writes that a restart loses: stop instead.
        console.error(`cosmos-server: cannot write the journal, stopping: ${err.message}`);
        process.exit(1);
      }
      dirty = true;
    },
    close() {
      clearInterval(timer);
      compact();
      fs.closeSync(fd);
    },
  };
}

/** The journal used without --data: the store lives in memory only. */
export const memoryJournal = { append() {}, close() {} };
