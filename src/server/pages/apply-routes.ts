// /{code}/apply: the agency's online request form and its submission — multipart/form-data with the material
// attached (read as a stream, server/pages/uploads.ts), or urlencoded without files. Every refusal is the form again
// with a Chinese message per field and what the person typed (files must be chosen again). The request and its
// files are stored in one transaction; the submission key makes a double click file one request. The platform's
// old /apply sends the reader to the index, where one chooses the agency.
import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isDomainError } from '../../core/errors/index.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { withDb } from '../../services/context.ts';
import { idempotent } from '../../services/idempotency.ts';
import { submitOnlineWithAttachments } from '../../services/requests/attachments.ts';
import { rateLimitOption } from '../config.ts';
import { acknowledgementPage, APPLY_FORM_ID, applyPage } from './apply.ts';
import { intakeTally } from '../operations/metrics.ts';
import { applyValuesOf, checkApply, EMPTY_APPLY, type ApplyValues } from './apply-form.ts';
import { acceptUrlencodedForms, formBody } from './form-body.ts';
import type { FieldErrors } from './form.ts';
import { frameOf } from './frame.ts';
import type { PortalAgency } from './site.ts';
import type { PortalContext } from './portal-context.ts';
import { sendPage } from './send.ts';
import { isClientUploadFault, openSpool, type Spool } from '../spool.ts';
import { readUploadedForm, type UploadedForm } from './uploads.ts';

type SiteParams = { Params: { site: string } };
const hidden = { hide: true } as const;
/** Blank forms kept at most (one per agency and display mode, in practice). */
const BLANK_FORMS_KEPT = 1_000;

export const applyRoutes: FastifyPluginAsyncZod<PortalContext> = async (
  app,
  { ctx, config, sites, metrics },
) => {
  // In this plugin only: the JSON API keeps refusing multipart bodies (415).
  // A file over the limit is cut short and told in the form (uploads.ts), not thrown.
  await app.register(multipart, { throwFileSizeLimit: false });
  acceptUrlencodedForms(app);
  const limits = config.publicUploads;

  const showForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    agency: PortalAgency,
    form: { values: ApplyValues; errors: FieldErrors; submissionKey: string | undefined },
    status: number,
  ) =>
    sendPage(
      request,
      reply,
      applyPage(
        agency,
        { ...form, submissionKey: form.submissionKey ?? randomUUID(), limits },
        frameOf(request, agency, 'apply'),
      ),
      // Never cached: the page carries what the person typed, and even the blank form carries its own submission
      // key — a shared copy would hand two people one key, and the second the first one's acknowledgement.
      { status, personal: true },
    );

  app.get('/apply', { schema: hidden }, async (_request, reply) => reply.redirect('/', 301));
  app.post('/apply', { schema: hidden }, async (_request, reply) => reply.redirect('/', 303));

  // The blank form is the same for every reader but for its submission key: rendered once per address and display
  // mode (for the page cache's window) with a stand-in key, and each reader gets it with a fresh key put in.
  const blankKey = randomUUID();
  const blankForms = new Map<string, { html: string; at: number }>();
  app.get<SiteParams>('/:site/apply', { schema: hidden }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const frame = frameOf(request, agency, 'apply');
    const cacheKey = `${frame.display}|${request.url}`;
    let blank = blankForms.get(cacheKey);
    if (!blank || Date.now() - blank.at > config.pageCacheMs) {
      const form = { values: EMPTY_APPLY, errors: {}, submissionKey: blankKey, limits };
      blank = { html: applyPage(agency, form, frame), at: Date.now() };
      if (blankForms.size >= BLANK_FORMS_KEPT) blankForms.clear();
      blankForms.set(cacheKey, blank);
    }
    // Never cached downstream: each copy carries its own submission key (see showForm).
    return sendPage(request, reply, blank.html.replace(blankKey, randomUUID()), { personal: true });
  });

  app.post<SiteParams>(
    '/:site/apply',
    { config: rateLimitOption(config.publicRateLimit), schema: hidden },
    async (request, reply) => {
      const agency = await sites.require(request.params.site);
      const spool = await openSpool(config.uploads.tempDir);
      try {
        const form = await receivedForm(request, limits, spool);
        const values = applyValuesOf(form?.fields ?? {});
        const submissionKey = form?.fields.submissionKey;
        const again = (errors: FieldErrors, status = 400) =>
          showForm(request, reply, agency, { values, errors, submissionKey }, status);
        if (!form || form.malformed)
          return again({ [APPLY_FORM_ID]: '提交的内容不完整或超出了表单的长度限制，请检查后重新提交' });
        const checked = checkApply(agency.id, values);
        const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
        if (form.fileProblems.length > 0) errors.files = form.fileProblems.join('；');
        if (!checked.ok || errors.files) return again(errors);
        const { submission } = checked;
        const tally = intakeTally(metrics, 'portal');
        const ack = await ctx.writes
          .run((trx) =>
            idempotent(
              withDb(ctx, trx),
              PUBLIC_ACTOR,
              {
                key: submissionKey,
                operation: 'requests.submitOnline',
                // The files are part of what was asked: the same key with other files is another request.
                input: { ...submission, files: form.files.map((f) => `${f.fileName}:${f.sha256}`) },
              },
              (scoped) =>
                tally.track(
                  submitOnlineWithAttachments(scoped, PUBLIC_ACTOR, submission, form.files, limits),
                ),
            ),
          )
          .catch((error: unknown) => {
            if (isDomainError(error)) return error;
            throw error;
          });
        if (isDomainError(ack)) return again({ [APPLY_FORM_ID]: ack.message });
        tally.committed();
        const page = acknowledgementPage(
          agency,
          ack,
          form.files.map((f) => f.fileName),
          frameOf(request, agency, 'apply'),
        );
        return sendPage(request, reply, page, { status: 201, personal: true });
      } finally {
        await spool.remove();
      }
    },
  );
};

/** The posted form: multipart with its files spooled, or urlencoded; undefined when the body is not a form. */
async function receivedForm(
  request: FastifyRequest,
  limits: PortalContext['config']['publicUploads'],
  spool: Spool,
): Promise<UploadedForm | undefined> {
  if (request.isMultipart()) {
    try {
      return await readUploadedForm(request, limits, spool);
    } catch (error) {
      // The client's faults are answered as a 400 form; the server's own failures stay failures.
      if (!isClientUploadFault(error)) throw error;
      request.log.info({ err: error }, 'multipart form refused');
      return undefined;
    }
  }
  const parsed = formBody.safeParse(request.body);
  return parsed.success ? { fields: parsed.data, files: [], fileProblems: [], malformed: false } : undefined;
}
