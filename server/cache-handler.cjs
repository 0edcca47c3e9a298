// Next.js's cache (ISR pages, route handler responses, unstable_cache data), kept in this process's
// memory only: nothing is written into .next/, so a restarted server, or one pointed at another
// database, never serves what a previous run rendered. Entries carry the public-data generation
// (server/cache-generation.cjs); a write anywhere, in any replica, makes them all misses at once.
// Bounded: least recently used entries go first beyond MAX_BYTES.
const { currentGeneration } = require("./cache-generation.cjs");

const MAX_BYTES = 32 * 1024 * 1024;
const entries = new Map(); // key -> { value, lastModified, generation, size }
// The generation each key was last looked up in: Next.js reads (get) before it renders and stores
// (set) after, and a write in between must leave what was rendered from older data stale.
const lookedUp = new Map();
let bytes = 0;

// Roughly how many bytes an entry holds: its strings and buffers (HTML, RSC payload, segments).
function sizeOf(value, depth = 0) {
  if (typeof value === "string") return value.length;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return value.byteLength;
  if (!value || typeof value !== "object" || depth > 4) return 8;
  let size = 64;
  const children = value instanceof Map ? value.values() : Array.isArray(value) ? value : Object.values(value);
  for (const child of children) size += sizeOf(child, depth + 1);
  return size;
}

module.exports = class CacheHandler {
  constructor(options) {
    this.options = options;
  }

  async get(key) {
    lookedUp.set(key, currentGeneration());
    if (lookedUp.size > 10_000) lookedUp.delete(lookedUp.keys().next().value);
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.generation !== currentGeneration()) {
      entries.delete(key);
      bytes -= entry.size;
      return null;
    }
    // Refresh its place in the LRU order.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data) {
    const previous = entries.get(key);
    if (previous) {
      entries.delete(key);
      bytes -= previous.size;
    }
    const generation = lookedUp.get(key) ?? currentGeneration();
    lookedUp.delete(key);
    if (data === null) return;
    const size = sizeOf(data);
    entries.set(key, { value: data, lastModified: Date.now(), generation, size });
    bytes += size;
    for (const [oldest, entry] of entries) {
      if (bytes <= MAX_BYTES) break;
      entries.delete(oldest);
      bytes -= entry.size;
    }
  }

  // Next.js calls this for revalidatePath/revalidateTag. Public writes mark everything stale
  // through the generation (lib/writes/publish.ts), once their transaction has committed; the
  // actions' revalidatePath (lib/writes/define-action.ts) is for the browser's router cache only.
  async revalidateTag() {}

  resetRequestCache() {}
};
