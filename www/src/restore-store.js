// Restore points that outlive the page: the world's snapshot before each journaled change,
// kept in IndexedDB (localStorage holds a few MB; a large world's snapshot is that alone).
// Two object stores: the snapshots by entry id, and their sizes (read at start-up, so the
// page knows what it can restore and how much it holds without reading the snapshots); and a
// third, the world as it is now (the snapshot after the journal's last entry, whatever its
// size: localStorage cannot hold a large world's), read once at start-up.
// Where IndexedDB is unavailable (some private modes), the page keeps them in memory only.

const DB = "tcim-playground";
const SNAPSHOTS = "snapshots";
const SIZES = "sizes";
const CURRENT = "current";

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open() {
  const r = indexedDB.open(DB, 2);
  r.onupgradeneeded = () => {
    for (const name of [SNAPSHOTS, SIZES, CURRENT]) if (!r.result.objectStoreNames.contains(name)) r.result.createObjectStore(name);
  };
  return request(r);
}

/**
 * The store: `sizes` (entry id → characters) as it was at start-up and kept up to date,
 * `put(id, text)`, `get(id)` (the text, or undefined), `delete(ids)`, `clear()` (the restore
 * points; the current world stays); `saveWorld({ id, snapshot })` and `savedWorld()` (the
 * world now, after journal entry `id`). Every write is best-effort: a failure (quota, private
 * mode) leaves the point to the page's memory; `saveWorld` says whether it was written.
 */
export async function openRestoreStore() {
  let db = null;
  const sizes = new Map();
  try {
    db = await open();
    const tx = db.transaction(SIZES, "readonly");
    const [keys, values] = await Promise.all([request(tx.objectStore(SIZES).getAllKeys()), request(tx.objectStore(SIZES).getAll())]);
    keys.forEach((k, i) => sizes.set(k, values[i]));
  } catch {
    db = null;
  }
  const write = (fn, stores = [SNAPSHOTS, SIZES]) => {
    if (!db) return Promise.resolve(false);
    let tx;
    try {
      tx = db.transaction(stores, "readwrite");
      fn(...stores.map((s) => tx.objectStore(s)));
    } catch {
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      tx.oncomplete = () => resolve(true);
      tx.onerror = tx.onabort = () => resolve(false);
    });
  };
  return {
    sizes,
    put(id, text) {
      sizes.set(id, text.length);
      return write((s, z) => {
        s.put(text, id);
        z.put(text.length, id);
      });
    },
    async get(id) {
      if (!db || !sizes.has(id)) return undefined;
      try {
        return await request(db.transaction(SNAPSHOTS, "readonly").objectStore(SNAPSHOTS).get(id));
      } catch {
        return undefined;
      }
    },
    delete(ids) {
      for (const id of ids) sizes.delete(id);
      return write((s, z) => {
        for (const id of ids) {
          s.delete(id);
          z.delete(id);
        }
      });
    },
    saveWorld(world) {
      return write((c) => c.put(world, "world"), [CURRENT]);
    },
    async savedWorld() {
      if (!db) return undefined;
      try {
        return await request(db.transaction(CURRENT, "readonly").objectStore(CURRENT).get("world"));
      } catch {
        return undefined;
      }
    },
    clear() {
      sizes.clear();
      return write((s, z) => {
        s.clear();
        z.clear();
      });
    },
  };
}
