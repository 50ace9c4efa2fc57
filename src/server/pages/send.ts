// Sending a public page. A page anyone may see may be stored by browsers and proxies but is revalidated on every
// use (`public, no-cache` with an ETag: a 304 when unchanged), so a correction or a newly published item shows at
// once; the server's page cache (page-cache.ts) keeps those revalidations cheap. It varies by the display-mode cookie. A page that shows anything a person submitted
// or may only see with a code (the receipt, the status, the reply) is `no-store`: no browser or proxy keeps it.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface SendOptions {
  status?: number;
  /** Personal data on the page: never cached anywhere. */
  personal?: boolean;
}

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  { status = 200, personal = false }: SendOptions = {},
): FastifyReply {
  void reply.code(status).type('text/html; charset=utf-8');
  if (personal || status !== 200) return reply.header('cache-control', 'no-store').send(body);
  const etag = etagOf(body);
  void reply.header('cache-control', 'public, no-cache').header('vary', 'Cookie').header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.send(body);
}
