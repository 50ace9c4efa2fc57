// /track (the platform's) and /{code}/track (an agency's, which finds only requests filed with that agency): the
// lookup form, its answer and the reply letter's DOCX. Posted forms only — the query code never enters a URL — and
// rate-limited like the JSON lookup; every answer is no-store (it exists only for the holder of the code).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isDomainError } from '../../core/errors/index.ts';
import { statusLookupSchema } from '../../contracts/public.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import {
  publicReplyLetterDocx,
  trackRequest,
  type TrackResult,
} from '../../services/requests/public-track.ts';
import { rateLimitOption } from '../config.ts';
import { statusOfDomainError } from '../error-status.ts';
import { chineseIssueMessage } from '../validation.ts';
import { acceptUrlencodedForms, formBody } from './form-body.ts';
import type { FieldErrors } from './form.ts';
import { frameOf } from './frame.ts';
import { sitePath } from './layout.ts';
import type { PortalContext } from './portal-context.ts';
import type { PortalAgency } from './site.ts';
import { sendPage } from './send.ts';
import { trackPage, type TrackValues } from './track.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const hidden = { hide: true } as const;
type SiteParams = { Params: { site?: string } };

export const trackRoutes: FastifyPluginAsyncZod<PortalContext> = async (app, { ctx, config, sites }) => {
  acceptUrlencodedForms(app);
  const limited = { config: rateLimitOption(config.publicRateLimit), schema: hidden };
  const agencyOf = (request: FastifyRequest<SiteParams>) =>
    request.params.site === undefined ? Promise.resolve(undefined) : sites.require(request.params.site);

  const show = (
    request: FastifyRequest,
    reply: FastifyReply,
    agency: PortalAgency | undefined,
    form: { values: TrackValues; errors: FieldErrors; found?: TrackResult },
    status = 200,
  ) => {
    const lookup = agency ? sitePath(agency, 'track') : '/track';
    const html = trackPage(
      { ...form, onAgencySite: agency !== undefined },
      { lookup, letterDocx: `${lookup}/reply-letter` },
      frameOf(request, agency, agency ? 'track' : undefined),
    );
    return sendPage(request, reply, html, { status, personal: true });
  };

  /** The posted number and code, checked; or the form again with what was wrong. */
  const lookupOf = (request: FastifyRequest) => {
    const body = formBody.safeParse(request.body);
    const values: TrackValues = {
      trackingNumber: body.success ? (body.data.trackingNumber ?? '') : '',
      queryCode: body.success ? (body.data.queryCode ?? '') : '',
    };
    if (!body.success) return { values, errors: { trackingNumber: '提交的内容超出了表单的长度限制' } };
    const parsed = statusLookupSchema.safeParse(values, { error: chineseIssueMessage });
    if (parsed.success) return { values, lookup: parsed.data };
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0] ?? 'trackingNumber')] ??= issue.message;
    return { values, errors };
  };

  const refusal = (error: unknown) => {
    if (!isDomainError(error)) throw error;
    return { status: statusOfDomainError(error.code), errors: { queryCode: error.message } };
  };

  for (const prefix of ['', '/:site']) {
    app.get<SiteParams>(`${prefix}/track`, { schema: hidden }, async (request, reply) =>
      show(request, reply, await agencyOf(request), {
        values: { trackingNumber: '', queryCode: '' },
        errors: {},
      }),
    );

    app.post<SiteParams>(`${prefix}/track`, limited, async (request, reply) => {
      const agency = await agencyOf(request);
      const { values, errors, lookup } = lookupOf(request);
      if (!lookup) return show(request, reply, agency, { values, errors }, 400);
      try {
        const found = await trackRequest(ctx, PUBLIC_ACTOR, { ...lookup, agencyId: agency?.id });
        return show(request, reply, agency, { values, errors: {}, found });
      } catch (error) {
        const refused = refusal(error);
        return show(request, reply, agency, { values, errors: refused.errors }, refused.status);
      }
    });

    app.post<SiteParams>(`${prefix}/track/reply-letter`, limited, async (request, reply) => {
      const agency = await agencyOf(request);
      const { values, errors, lookup } = lookupOf(request);
      if (!lookup) return show(request, reply, agency, { values, errors }, 400);
      try {
        const letter = await publicReplyLetterDocx(ctx, PUBLIC_ACTOR, { ...lookup, agencyId: agency?.id });
        return reply
          .type(DOCX_TYPE)
          .header('cache-control', 'no-store')
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(letter.fileName)}`,
          )
          .send(Buffer.from(letter.content));
      } catch (error) {
        const refused = refusal(error);
        return show(request, reply, agency, { values, errors: refused.errors }, refused.status);
      }
    });
  }
};
