// Characters no person typed and the databases cannot keep: NUL (PostgreSQL refuses it in text, so it surfaced as a
// 500 there while SQLite stored it) and U+FFFD, which is what bytes that are not UTF-8 become once decoded (in a JSON
// body or a query string) — accepting it would store garbage silently. Refused with 400 on every API route, both
// engines alike, before validation and any use case. The public pages answer such input with their own pages (a
// form shown again with its message, a 404 for an address no site has): server/pages validates each of its fields.
import type { FastifyInstance } from 'fastify';

// eslint-disable-next-line no-control-regex -- NUL is what this refuses
const UNSTORABLE = /[\u0000\uFFFD]/;
const MAX_DEPTH = 64;

export const INVALID_TEXT = 'GK_INVALID_TEXT';

function holdsUnstorable(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value);
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || Buffer.isBuffer(value))
    return false;
  return Object.entries(value).some(
    ([key, inner]) => UNSTORABLE.test(key) || holdsUnstorable(inner, depth + 1),
  );
}

/** Installs the refusal on the API's routes. */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const parts: [string, unknown][] = [
      ['地址', request.params],
      ['查询参数', request.query],
      ['请求体', request.body],
    ];
    const where = parts.find(([, value]) => holdsUnstorable(value))?.[0];
    if (where)
      throw Object.assign(new Error('unstorable text'), { statusCode: 400, code: INVALID_TEXT, where });
  });
}
