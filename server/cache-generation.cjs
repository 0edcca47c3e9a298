// The generation of everything public: every write that the public can see bumps it, in every app
// process (through PostgreSQL LISTEN/NOTIFY, see server/cache-invalidation.mjs), and every
// cache of public responses (server/cache-handler.cjs for Next.js, server/http-cache.mjs in
// front of it) drops what it stored under an older generation. One counter per process, shared
// through globalThis because Next.js and the server load these modules separately.
const key = Symbol.for("followthrough.cacheGeneration");
const state = (globalThis[key] ??= { generation: 1 });

/** The PostgreSQL NOTIFY channel that carries "something public changed" to every replica. */
const CHANNEL = "followthrough_public";
const currentGeneration = () => state.generation;
const bumpGeneration = () => ++state.generation;

// Listed by name so that Node.js's ES module loader sees them too (import { CHANNEL } from …).
module.exports = { CHANNEL, currentGeneration, bumpGeneration };
