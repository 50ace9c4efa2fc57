// A short-lived cache of rendered public pages (micro-caching): a catalogue page is the same for every reader, so
// under load the server renders it once per PAGE_CACHE window rather than once per reader. Only routes that opt in
// with `config: { pageCache: true }` are kept, only 200 answers, keyed by display mode and URL. Any successful write
// through this server empties it (a clerk publishing sees the portal change at once); another server of the same
// installation shows the change within the window. `pageCacheMs: 0` turns it off. Installed before the other
// plugins' hooks, so that a hit costs little more than a static file: it replays the headers the page was first
// sent with, security headers included.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { displayModeOf } from './display.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public page the same for everyone: may be answered from the page cache. */
    pageCache?: boolean;
  }
}

interface Entry {
  /** Encoded once: a hit sends bytes (a page of Chinese text is three bytes a character to encode each time). */
  body: Buffer;
  headers: Record<string, string>;
  at: number;
}

/** Headers a hit does not replay: set afresh per response, or never shared. */
const NOT_REPLAYED = new Set([
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'set-cookie',
  'x-page-cache',
  // Each request's own id (server/operations/request-id.ts), set before a hit is answered.
  'x-request-id',
]);
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function installPageCache(app: FastifyInstance, ttlMs: number, maxEntries = 5_000): void {
  if (ttlMs <= 0) return;
  const entries = new Map<string, Entry>();
  const keyOf = (request: FastifyRequest) => `${displayModeOf(request)}|${request.url}`;
  const cacheable = (request: FastifyRequest) =>
    request.routeOptions.config?.pageCache === true &&
    (request.method === 'GET' || request.method === 'HEAD');

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    const key = keyOf(request);
    const entry = entries.get(key);
    if (!entry) return;
    if (Date.now() - entry.at > ttlMs) {
      entries.delete(key);
      return;
    }
    void reply.headers(entry.headers).header('x-page-cache', 'hit');
    if (request.headers['if-none-match'] === entry.headers.etag) return reply.code(304).send();
    return reply.code(200).send(entry.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!cacheable(request) || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (reply.getHeader('x-page-cache')) return payload;
    // Every header the first answer carried — the security headers (helmet) included: a hit is answered before
    // those hooks run.
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = String(value);
    // Oldest first out: Map keeps insertion order.
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(keyOf(request), { body: Buffer.from(payload), headers, at: Date.now() });
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    if (WRITES.has(request.method) && reply.statusCode < 400) entries.clear();
  });
}
