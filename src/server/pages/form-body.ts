// Plain HTML forms posted as application/x-www-form-urlencoded: the parser (each route plugin that takes forms
// installs it in its own scope) and the shape of a posted form, each field bounded.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { forbiddenKeyError } from '../error-handler.ts';

const FORBIDDEN_FIELD_NAMES = /(^|\[)(__proto__|constructor|prototype)(\]|$)/;

/** A posted form: field names to values, each bounded. */
export const formBody = z.record(z.string().max(50), z.string().max(10_000));

export function acceptUrlencodedForms(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      const fields = [...new URLSearchParams(body as string)];
      // Refused like the JSON parser refuses them, though Object.fromEntries would only make harmless own properties.
      if (fields.some(([name]) => FORBIDDEN_FIELD_NAMES.test(name)))
        return done(forbiddenKeyError(), undefined);
      done(null, Object.fromEntries(fields));
    },
  );
}
