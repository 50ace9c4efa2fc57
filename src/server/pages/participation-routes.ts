// The public's participation pages (issue 14): /{code}/consultations (意见征集: list, one consultation, the comment
// form), /{code}/questions (政民互动: the published answers and their search, one question, the form to ask). Forms
// are plain posts carrying a submission key, as the application form does (apply-routes.ts): a double click or a
// resent form writes once, and a key reused for other content is refused. Every refusal is the form again with a
// Chinese message at the field and what the person typed. /{code}/proposals lists the 人大建议、政协提案 register.
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDomainError, type DomainError } from '../../core/errors/index.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { idempotent } from '../../services/idempotency.ts';
import {
  publicConsultation,
  publicConsultations,
  submitComment,
} from '../../services/participation/comments.ts';
import { askQuestion, publicQuestion, publicQuestions } from '../../services/participation/questions.ts';
import { loadPublished } from '../../services/publications/catalogue.ts';
import { rateLimitOption } from '../config.ts';
import { statusOfDomainError } from '../error-status.ts';
import {
  commentFormPage,
  commentReceivedPage,
  COMMENT_LABELS,
  consultationListPage,
  consultationPage,
  type CommentValues,
} from './consultations.ts';
import { acceptUrlencodedForms, formBody } from './form-body.ts';
import type { FieldErrors } from './form.ts';
import { frameOf } from './frame.ts';
import { sitePath } from './layout.ts';
import type { PortalContext } from './portal-context.ts';
import {
  askPage,
  askReceivedPage,
  QUERY_MAX,
  QUESTION_LABELS,
  QUESTIONS_PER_PAGE,
  questionListPage,
  questionPage,
  type QuestionValues,
} from './questions.ts';
import { sendPage } from './send.ts';
import { proposalsPage } from './proposals.ts';
import { listProposals } from '../../services/participation/proposals.ts';

const hidden = { hide: true } as const;
const cached = { pageCache: true } as const;
type SiteParams = { Params: { site: string } };
type IdParams = { Params: { site: string; id: string } };
const yearQuery = z.object({ year: z.coerce.number().int() });
const listQuery = z.object({
  q: z.string().max(QUERY_MAX).default(''),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** The posted fields, or undefined when the body is not a bounded form. */
function postedFields(request: FastifyRequest): Record<string, string> | undefined {
  const parsed = formBody.safeParse(request.body);
  return parsed.success ? parsed.data : undefined;
}

/** A refusal as a message at the field it is about (the field's label is in the message's parameters). */
function fieldErrorOf(error: DomainError, labels: Record<string, string>): FieldErrors {
  const field = Object.entries(labels).find(([, label]) => label === error.params.field)?.[0] ?? 'form';
  return { [field]: error.message };
}

export const participationPageRoutes: FastifyPluginAsyncZod<PortalContext> = async (
  app,
  { ctx, config, sites },
) => {
  acceptUrlencodedForms(app);
  const limited = { config: rateLimitOption(config.publicRateLimit), schema: hidden };

  app.get<SiteParams>('/:site/consultations', { schema: hidden, config: cached }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const list = await publicConsultations(ctx, PUBLIC_ACTOR, {
      agencyId: agency.id,
      page: 1,
      pageSize: 100,
    });
    return sendPage(
      request,
      reply,
      consultationListPage(agency, list.items, frameOf(request, agency, 'consultations')),
    );
  });

  app.get<IdParams>(
    '/:site/consultations/:id',
    { schema: hidden, config: cached },
    async (request, reply) => {
      const agency = await sites.require(request.params.site);
      const { consultation, comments } = await publicConsultation(ctx, PUBLIC_ACTOR, {
        agencyId: agency.id,
        id: request.params.id,
      });
      const linkTo = async (id: string) => {
        const item = await loadPublished(ctx, PUBLIC_ACTOR, id);
        return { title: item.title, href: sitePath(agency, 'catalogue', item.id) };
      };
      const [draft, finalPolicy] = await Promise.all([
        linkTo(consultation.itemId),
        consultation.finalItemId ? linkTo(consultation.finalItemId) : null,
      ]);
      const frame = frameOf(request, agency, 'consultations');
      return sendPage(
        request,
        reply,
        consultationPage(agency, { consultation, comments, draft, finalPolicy }, frame),
      );
    },
  );

  const showCommentForm = async (
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    form: { values: CommentValues; errors: FieldErrors; submissionKey?: string },
    status = 200,
  ) => {
    const agency = await sites.require(request.params.site);
    const { consultation } = await publicConsultation(ctx, PUBLIC_ACTOR, {
      agencyId: agency.id,
      id: request.params.id,
    });
    const crumbs = [{ label: consultation.title, href: sitePath(agency, 'consultations', consultation.id) }];
    const page = commentFormPage(
      agency,
      consultation,
      { ...form, submissionKey: form.submissionKey ?? randomUUID() },
      frameOf(request, agency, 'consultations', crumbs),
    );
    // Never cached: the form carries its own submission key and, when refused, what the person typed.
    return sendPage(request, reply, page, { status, personal: true });
  };

  app.get<IdParams>('/:site/consultations/:id/comment', { schema: hidden }, async (request, reply) =>
    showCommentForm(request, reply, { values: { author: '', body: '' }, errors: {} }),
  );

  app.post<IdParams>('/:site/consultations/:id/comment', limited, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const fields = postedFields(request);
    const values: CommentValues = { author: fields?.author ?? '', body: fields?.body ?? '' };
    const submissionKey = fields?.submissionKey;
    if (!fields)
      return showCommentForm(
        request,
        reply,
        { values, errors: { form: '提交的内容超出了表单的长度限制' } },
        400,
      );
    const input = { consultationId: request.params.id, author: values.author, body: values.body };
    try {
      await idempotent(
        ctx,
        PUBLIC_ACTOR,
        { key: submissionKey, operation: 'participation.comment', input },
        (scoped) => submitComment(scoped, PUBLIC_ACTOR, input),
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const errors = fieldErrorOf(error, COMMENT_LABELS);
      return showCommentForm(
        request,
        reply,
        { values, errors, submissionKey },
        statusOfDomainError(error.code),
      );
    }
    const { consultation } = await publicConsultation(ctx, PUBLIC_ACTOR, {
      agencyId: agency.id,
      id: request.params.id,
    });
    const frame = frameOf(request, agency, 'consultations');
    return sendPage(request, reply, commentReceivedPage(agency, consultation, frame), {
      status: 201,
      personal: true,
    });
  });

  app.get<SiteParams>('/:site/questions', { schema: hidden, config: cached }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const query = listQuery.safeParse(request.query);
    const { q, page } = query.success ? query.data : { q: '', page: 1 };
    const found = await publicQuestions(ctx, PUBLIC_ACTOR, {
      agencyId: agency.id,
      query: q,
      page,
      pageSize: QUESTIONS_PER_PAGE,
    });
    const frame = frameOf(request, agency, 'questions');
    return sendPage(request, reply, questionListPage(agency, { q, page, ...found }, frame));
  });

  const emptyQuestion: QuestionValues = { title: '', body: '', asker: '', contact: '' };
  const showAskForm = async (
    request: FastifyRequest<SiteParams>,
    reply: FastifyReply,
    form: { values: QuestionValues; errors: FieldErrors; submissionKey?: string },
    status = 200,
  ) => {
    const agency = await sites.require(request.params.site);
    const page = askPage(
      agency,
      {
        ...form,
        submissionKey: form.submissionKey ?? randomUUID(),
        answerWorkingDays: ctx.settings.participation.answerWorkingDays,
      },
      frameOf(request, agency, 'questions'),
    );
    return sendPage(request, reply, page, { status, personal: true });
  };

  app.get<SiteParams>('/:site/questions/ask', { schema: hidden }, async (request, reply) =>
    showAskForm(request, reply, { values: emptyQuestion, errors: {} }),
  );

  app.post<SiteParams>('/:site/questions/ask', limited, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const fields = postedFields(request);
    const values: QuestionValues = {
      title: fields?.title ?? '',
      body: fields?.body ?? '',
      asker: fields?.asker ?? '',
      contact: fields?.contact ?? '',
    };
    const submissionKey = fields?.submissionKey;
    if (!fields)
      return showAskForm(request, reply, { values, errors: { form: '提交的内容超出了表单的长度限制' } }, 400);
    const input = { agencyId: agency.id, ...values };
    let receipt;
    try {
      receipt = await idempotent(
        ctx,
        PUBLIC_ACTOR,
        { key: submissionKey, operation: 'participation.ask', input },
        (scoped) => askQuestion(scoped, PUBLIC_ACTOR, input),
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const errors = fieldErrorOf(error, QUESTION_LABELS);
      return showAskForm(request, reply, { values, errors, submissionKey }, statusOfDomainError(error.code));
    }
    const frame = frameOf(request, agency, 'questions');
    return sendPage(request, reply, askReceivedPage(agency, receipt, frame), { status: 201, personal: true });
  });

  app.get<SiteParams>('/:site/proposals', { schema: hidden, config: cached }, async (request, reply) => {
    const agency = await sites.require(request.params.site);
    const thisYear = Number(ctx.clock.today().slice(0, 4));
    const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
    const asked = yearQuery.safeParse(request.query);
    const year = asked.success && years.includes(asked.data.year) ? asked.data.year : thisYear - 1;
    const items = await listProposals(ctx, PUBLIC_ACTOR, { agencyId: agency.id, year });
    return sendPage(
      request,
      reply,
      proposalsPage(agency, { year, years, items }, frameOf(request, agency, 'proposals')),
    );
  });

  app.get<{ Params: { site: string; number: string } }>(
    '/:site/questions/:number',
    { schema: hidden, config: cached },
    async (request, reply) => {
      const agency = await sites.require(request.params.site);
      const question = await publicQuestion(ctx, PUBLIC_ACTOR, {
        agencyId: agency.id,
        number: request.params.number,
      });
      return sendPage(request, reply, questionPage(agency, question, frameOf(request, agency, 'questions')));
    },
  );
};
