// The public's JSON endpoints (no sign-in, rate-limited per address: submissions and lookups strictly, the list of
// agencies generously): whether the installation runs on demo data, the agencies one can apply to, online
// submission (answers with a tracking number and a query code, shown once), and the status lookup, which shows
// only the state and the reply deadline (暂定 with its reason where the calendar is not yet published).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.ts';
import {
  publicAgenciesResponse,
  publicStatusSchema,
  publicSubmissionResponse,
  publicSubmissionSchema,
  statusLookupSchema,
} from '../../contracts/public.ts';
import { siteResponse } from '../../contracts/site.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { allAgencies } from '../../services/agencies.ts';
import { submitOnline } from '../../services/requests/intake.ts';
import { publicStatus } from '../../services/requests/public-track.ts';
import { rateLimitOption } from '../config.ts';
import type { RouteContext } from '../context.ts';
import { intakeTally } from '../operations/metrics.ts';

const publicErrors = {
  400: errorSchema,
  404: errorSchema,
  413: errorSchema,
  415: errorSchema,
  422: errorSchema,
  429: errorSchema,
};

export const publicRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx, config, metrics }) => {
  const limited = rateLimitOption(config.publicRateLimit);
  const readLimited = rateLimitOption(config.publicReadRateLimit);

  app.get(
    '/public/agencies',
    {
      config: readLimited,
      schema: {
        tags: ['公众'],
        summary: '可以申请的机关',
        response: { 200: publicAgenciesResponse, 429: errorSchema },
      },
    },
    async () => ({ items: (await allAgencies(ctx.db)).map(({ id, name }) => ({ id, name })) }),
  );

  // The console asks before anyone signs in, to show the 演示数据 banner on its login page as well.
  app.get(
    '/public/site',
    {
      config: readLimited,
      schema: {
        tags: ['公众'],
        summary: '本系统的运行方式（是否为演示数据）',
        response: { 200: siteResponse, 429: errorSchema },
      },
    },
    async () => ({ demo: config.demo }),
  );

  app.post(
    '/public/requests',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '在线提交政府信息公开申请',
        body: publicSubmissionSchema,
        response: { 201: publicSubmissionResponse, ...publicErrors },
      },
    },
    async (request, reply) => {
      // Intake is the high-volume write: it joins the server's group commit (services/write-batcher.ts).
      const tally = intakeTally(metrics, 'public_api');
      const ack = await tally.track(submitOnline(ctx, PUBLIC_ACTOR, request.body));
      tally.committed();
      return reply.code(201).send({
        trackingNumber: ack.request.trackingNumber,
        queryCode: ack.queryCode,
        registrationNumber: ack.request.registrationNumber,
        receivedOn: ack.request.receivedOn,
        dueOn: ack.request.dueOn,
        provisional: ack.provisional,
        provisionalReason: ack.provisionalReason,
        acknowledgement: ack.text,
      });
    },
  );

  app.post(
    '/public/status',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '凭查询号和查询码查询办理状态（答复期限暂定时附原因）',
        body: statusLookupSchema,
        response: { 200: publicStatusSchema, ...publicErrors },
      },
    },
    async (request) => publicStatus(ctx, PUBLIC_ACTOR, request.body),
  );
};
