// The public site: home, online application, status lookup. Plain HTML forms posted as
// application/x-www-form-urlencoded; no script. Submissions are rate-limited like the JSON API.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicSubmissionSchema, statusLookupSchema } from '../../contracts/public.ts';
import { isDomainError } from '../../core/errors/index.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { allAgencies } from '../../services/agencies.ts';
import { withDb } from '../../services/context.ts';
import { idempotent } from '../../services/idempotency.ts';
import { submitOnline } from '../../services/requests/intake.ts';
import { publicStatus } from '../../services/requests/queries.ts';
import { rateLimitOption } from '../config.ts';
import { forbiddenKeyError } from '../error-handler.ts';
import type { RouteContext } from '../context.ts';
import { statusOfDomainError } from '../error-status.ts';
import { chineseIssueMessage } from '../validation.ts';
import {
  acknowledgementPage,
  APPLY_LABELS,
  applyFieldOf,
  applyPage,
  EMPTY_APPLY,
  submissionOf,
  type ApplyValues,
} from './apply.ts';
import type { FieldErrors } from './form.ts';
import { STYLESHEET, STYLESHEET_PATH } from './stylesheet.ts';
import { trackPage, type TrackValues } from './track.ts';

const FORBIDDEN_FIELD_NAMES = /(^|\[)(__proto__|constructor|prototype)(\]|$)/;

/** A posted form: field names to values, each bounded. */
const formBody = z.record(z.string().max(50), z.string().max(10_000));

function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
  fieldOf: (path: readonly PropertyKey[]) => string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[fieldOf(issue.path)] ??= issue.message;
  return errors;
}

function pick<K extends string>(body: Record<string, string>, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, body[name] ?? ''])) as Record<K, string>;
}

export const pageRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx, config }) => {
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
  const limited = rateLimitOption(config.publicRateLimit);
  const agencyChoices = async () => (await allAgencies(ctx.db)).map(({ id, name }) => ({ id, name }));
  const hidden = { hide: true } as const;

  app.get(STYLESHEET_PATH, { schema: hidden }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  );

  app.get('/apply', { schema: hidden }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(applyPage(await agencyChoices(), EMPTY_APPLY, {}, randomUUID())),
  );

  app.post('/apply', { config: limited, schema: { ...hidden, body: formBody } }, async (request, reply) => {
    const values = pick(request.body, Object.keys(APPLY_LABELS)) as ApplyValues;
    const key = request.body.submissionKey;
    const render = async (status: number, errors: FieldErrors) =>
      reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(applyPage(await agencyChoices(), values, errors, key ?? randomUUID()));
    const parsed = publicSubmissionSchema.safeParse(submissionOf(values), { error: chineseIssueMessage });
    if (!parsed.success) return render(400, fieldErrors(parsed.error.issues, applyFieldOf));
    try {
      const ack = await ctx.writes.run((trx) =>
        idempotent(
          withDb(ctx, trx),
          PUBLIC_ACTOR,
          { key, operation: 'requests.submitOnline', input: parsed.data },
          (scoped) => submitOnline(scoped, PUBLIC_ACTOR, parsed.data),
        ),
      );
      return reply.code(201).type('text/html; charset=utf-8').send(acknowledgementPage(ack));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return render(statusOfDomainError(error.code), { agencyId: error.message });
    }
  });

  app.get('/track', { schema: hidden }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(trackPage({ trackingNumber: '', queryCode: '' }, {})),
  );

  app.post('/track', { config: limited, schema: { ...hidden, body: formBody } }, async (request, reply) => {
    const values: TrackValues = pick(request.body, ['trackingNumber', 'queryCode']);
    const render = (status: number, errors: FieldErrors, found?: Parameters<typeof trackPage>[2]) =>
      reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(trackPage(values, errors, found));
    const parsed = statusLookupSchema.safeParse(values, { error: chineseIssueMessage });
    if (!parsed.success)
      return render(
        400,
        fieldErrors(parsed.error.issues, (path) => String(path[0] ?? 'trackingNumber')),
      );
    try {
      return render(200, {}, await publicStatus(ctx, PUBLIC_ACTOR, parsed.data));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return render(statusOfDomainError(error.code), { queryCode: error.message });
    }
  });
};
