// Next.js's cache (ISR pages, route handler responses, unstable_cache data), kept in this process's
// memory only: nothing is written into .next/, so a restarted server, or one pointed at another
// database, never serves what a previous run rendered. Entries carry the public-data generation
// (lib/cache-generation.cjs); a write anywhere, in any replica, makes them all misses at once.
// Bounded: least recently used entries go first beyond MAX_BYTES.
const { currentGeneration, bumpGeneration } = require("./cache-generation.cjs");

const MAX_BYTES = 32 * 1024 * 1024;
const entries = new Map(); // key -> { value, lastModified, generation, size }
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
    if (data === null) return;
    const size = sizeOf(data);
    entries.set(key, { value: data, lastModified: Date.now(), generation: currentGeneration(), size });
    bytes += size;
    for (const [oldest, entry] of entries) {
      if (bytes <= MAX_BYTES) break;
      entries.delete(oldest);
      bytes -= entry.size;
    }
  }

  // revalidatePath/updateTag from a server action: everything public is one unit of freshness.
  async revalidateTag() {
    bumpGeneration();
  }

  resetRequestCache() {}
};
