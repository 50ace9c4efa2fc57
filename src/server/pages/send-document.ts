// Sending a public document that is not a page (the Atom feed, the sitemaps, an attachment): cacheable like a
// page (send.ts), with an ETag so that a feed reader's or crawler's revalidation costs a 304, but its own type and
// no Vary: nothing in it depends on the display-mode cookie.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf } from './send.ts';

export function sendDocument(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | Uint8Array,
  type: string,
  maxAge = 300,
): FastifyReply {
  const etag = etagOf(body);
  void reply.type(type).header('cache-control', `public, max-age=${maxAge}`).header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.send(typeof body === 'string' ? body : Buffer.from(body));
}
