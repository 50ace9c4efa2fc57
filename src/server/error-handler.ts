// Every failure leaves as `{ error: { code, message } }` with a Chinese message. Bad input is always a 4xx; only a
// bug is a 500, logged with its stack and answered without details.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isDomainError } from '../core/errors/index.ts';
import { isStorageFull } from '../services/database.ts';
import { statusOfDomainError } from './error-status.ts';
import { httpErrors, type HttpError } from './http-errors.ts';
import { INVALID_TEXT } from './input-text.ts';
import { describeIssues } from './validation.ts';

interface EdgeError extends FastifyError {
  /** Set by the rate limiter's error builder (app.ts). */
  retryAfterSeconds?: number;
  /** Set by the refusal of unstorable text (input-text.ts): where it was. */
  where?: string;
}

const FORBIDDEN_KEY = 'GK_FORBIDDEN_KEY';

/** A body parser's refusal of a __proto__ / constructor field name. */
export function forbiddenKeyError(): Error {
  return Object.assign(new Error('forbidden field name'), { statusCode: 400, code: FORBIDDEN_KEY });
}

function classify(error: EdgeError, request: FastifyRequest, bodyLimit: number): HttpError | undefined {
  if (error instanceof z.ZodError)
    return httpErrors.invalidInput(describeIssues(error.issues, error.validationContext));
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return httpErrors.bodyTooLarge(bodyLimit);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return httpErrors.unsupportedMediaType(String(request.headers['content-type'] ?? '').slice(0, 100));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return httpErrors.emptyBody();
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return httpErrors.badJson();
    case FORBIDDEN_KEY:
      return httpErrors.forbiddenKey();
    case INVALID_TEXT:
      return httpErrors.invalidText(error.where ?? '请求');
  }
  // secure-json-parse refuses prototype-poisoning keys with a SyntaxError carrying this text.
  if (error instanceof SyntaxError && /prototype|constructor/i.test(error.message))
    return httpErrors.forbiddenKey();
  if (error instanceof SyntaxError) return httpErrors.badJson();
  // The transaction was rolled back: nothing of the request is kept, and the operator must free space.
  if (isStorageFull(error)) {
    request.log.error({ err: error }, 'storage full');
    return httpErrors.storageFull();
  }
  if (error.statusCode === 429) return httpErrors.rateLimited(error.retryAfterSeconds ?? 60);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return httpErrors.badRequest();
  return undefined;
}

/** How a browser is answered outside /api: an HTML page in the site's frame (server/pages/error-pages.ts). */
export interface PageErrors {
  notFound(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
  failed(request: FastifyRequest, reply: FastifyReply, status: number, message: string): FastifyReply;
}

/** A browser asking for a page, or posting one of the public forms (urlencoded or multipart), outside /api. */
export const isPageRequest = (request: FastifyRequest) => {
  if (request.url.startsWith('/api/')) return false;
  if (request.method === 'GET' || request.method === 'HEAD') return true;
  const type = String(request.headers['content-type'] ?? '');
  return (
    request.method === 'POST' &&
    (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))
  );
};

export function installErrorHandling(app: FastifyInstance, bodyLimit: number, pages?: PageErrors): void {
  app.setErrorHandler((error: EdgeError, request: FastifyRequest, reply: FastifyReply) => {
    if (isDomainError(error)) {
      const status = statusOfDomainError(error.code);
      if (pages && isPageRequest(request)) return pages.failed(request, reply, status, error.message);
      return reply.code(status).send({ error: { code: error.code, message: error.message } });
    }
    const known = classify(error, request, bodyLimit);
    if (!known) request.log.error({ err: error }, 'unhandled error');
    const { status, body } = known ?? httpErrors.internal(request.id);
    if (pages && isPageRequest(request)) return pages.failed(request, reply, status, body.error.message);
    return reply.code(status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    if (pages && isPageRequest(request)) return pages.notFound(request, reply);
    const notFound = httpErrors.notFound(request.method, request.url.split('?')[0]!.slice(0, 200));
    return reply.code(notFound.status).send(notFound.body);
  });
}
