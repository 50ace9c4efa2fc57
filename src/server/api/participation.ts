// 公众参与 for staff (issue 14): consultations on drafts (open, read, moderate comments, publish the feedback) and
// the questions asked on the portal (list with overdue counts, answer, turn into a request).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, staffErrors } from '../../contracts/common.ts';
import {
  answerBody,
  commentPage,
  commentQuery,
  commentSchema,
  consultationPage,
  consultationQuery,
  consultationSchema,
  convertBody,
  feedbackBody,
  moderateBody,
  openConsultationBody,
  questionPage,
  questionQuery,
  questionSchema,
} from '../../contracts/participation.ts';
import {
  listAgencyConsultations,
  listConsultationComments,
  moderateComment,
  openConsultation,
  publishFeedback,
  showConsultation,
} from '../../services/participation/consultations.ts';
import {
  answerQuestion,
  convertQuestion,
  listAgencyQuestions,
  showQuestion,
} from '../../services/participation/questions.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

const tags = ['公众参与'];
const commentParams = z.strictObject({ id: z.string().min(1).max(64), commentId: z.string().min(1).max(64) });

export const participationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/participation/consultations',
    {
      schema: {
        tags,
        summary: '意见征集（本机关及可查看的机关）',
        querystring: consultationQuery,
        response: { 200: consultationPage, ...staffErrors },
      },
    },
    async (request) => listAgencyConsultations(ctx, principalOf(request), request.query),
  );

  app.post(
    '/participation/consultations',
    {
      schema: {
        tags,
        summary: '发布意见征集（征求意见稿须是本机关已发布的公开信息）',
        body: openConsultationBody,
        response: { 201: consultationSchema, ...staffErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const opened = await openConsultation(ctx, principal, {
        ...request.body,
        agencyId: principal.agencyId,
      });
      return reply.code(201).send(opened);
    },
  );

  app.get(
    '/participation/consultations/:id',
    {
      schema: {
        tags,
        summary: '意见征集详情',
        params: idParams,
        response: { 200: consultationSchema, ...staffErrors },
      },
    },
    async (request) => showConsultation(ctx, principalOf(request), { id: request.params.id }),
  );

  app.get(
    '/participation/consultations/:id/comments',
    {
      schema: {
        tags,
        summary: '收到的意见（含检查结果和审核状态）',
        params: idParams,
        querystring: commentQuery,
        response: { 200: commentPage, ...staffErrors },
      },
    },
    async (request) =>
      listConsultationComments(ctx, principalOf(request), { id: request.params.id, ...request.query }),
  );

  app.put(
    '/participation/consultations/:id/comments/:commentId/moderation',
    {
      schema: {
        tags,
        summary: '审核意见：公开显示，或不予显示并说明理由',
        params: commentParams,
        body: moderateBody,
        response: { 200: commentSchema, ...staffErrors },
      },
    },
    async (request) =>
      moderateComment(ctx, principalOf(request), {
        consultationId: request.params.id,
        commentId: request.params.commentId,
        ...request.body,
      }),
  );

  app.put(
    '/participation/consultations/:id/feedback',
    {
      schema: {
        tags,
        summary: '公布意见采纳情况（征求意见截止后，意见均已审核）',
        params: idParams,
        body: feedbackBody,
        response: { 200: consultationSchema, ...staffErrors },
      },
    },
    async (request) =>
      publishFeedback(ctx, principalOf(request), { consultationId: request.params.id, ...request.body }),
  );

  app.get(
    '/participation/questions',
    {
      schema: {
        tags,
        summary: '公众留言（按答复期限排序，附超期和即将到期的条数）',
        querystring: questionQuery,
        response: { 200: questionPage, ...staffErrors },
      },
    },
    async (request) => listAgencyQuestions(ctx, principalOf(request), request.query),
  );

  app.get(
    '/participation/questions/:id',
    {
      schema: {
        tags,
        summary: '留言详情',
        params: idParams,
        response: { 200: questionSchema, ...staffErrors },
      },
    },
    async (request) => showQuestion(ctx, principalOf(request), { id: request.params.id }),
  );

  app.put(
    '/participation/questions/:id/answer',
    {
      schema: {
        tags,
        summary: '答复留言（可选择在门户公开）',
        params: idParams,
        body: answerBody,
        response: { 200: questionSchema, ...staffErrors },
      },
    },
    async (request) => answerQuestion(ctx, principalOf(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/participation/questions/:id/request',
    {
      schema: {
        tags,
        summary: '转为政府信息公开申请（收到日期为留言收到之日）',
        params: idParams,
        body: convertBody,
        response: {
          201: z.object({ question: questionSchema, requestId: z.string(), registrationNumber: z.string() }),
          ...staffErrors,
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await convertQuestion(ctx, principalOf(request), { id: request.params.id, ...request.body })),
  );
};
