// Every request carries an id: the caller's X-Request-Id when it is a sane token (a proxy or a client tracing a
// call across systems), otherwise a random UUID — unguessable and unique across processes and restarts, unlike a
// per-process counter. It is returned in X-Request-Id and is on every log line of the request (pino's reqId).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED = /^[A-Za-z0-9._-]{1,128}$/;

/** Fastify's genReqId: the incoming id when valid (log lines must not carry a caller's arbitrary text). */
export function requestIdOf(raw: IncomingMessage): string {
  const given = raw.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
}

export function echoRequestId(app: FastifyInstance): void {
  // The first onRequest hook (app.ts installs it before the page cache): a cached page answered from its own
  // onRequest hook, an error and a 404 all carry the id too.
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
}

/** From the moment a caller is known, its log lines (and the request's "completed" line) name the acting user. */
export function logAsUser(request: FastifyRequest, reply: FastifyReply, userId: string): void {
  const child = request.log.child({ userId });
  request.log = child;
  reply.log = child;
}
