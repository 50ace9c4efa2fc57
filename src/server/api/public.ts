// The public's JSON endpoints (no sign-in, rate-limited per address): the agencies one can apply to, online
// submission (answers with a tracking number and a query code, shown once), and the status lookup, which shows
// only the state and the reply deadline — nothing about the applicant or the content.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allAgencies } from '../../services/agencies.ts';
import { submitOnline } from '../../services/requests/intake.ts';
import { publicStatus } from '../../services/requests/queries.ts';
import { rateLimitOption } from '../config.ts';
import type { RouteContext } from '../context.ts';
import { publicSubmissionSchema, statusLookupSchema } from '../public-schemas.ts';
import { errorSchema } from '../../contracts/common.ts';

const publicErrors = {
  400: errorSchema,
  404: errorSchema,
  413: errorSchema,
  415: errorSchema,
  422: errorSchema,
  429: errorSchema,
};

export const publicStatusSchema = z.object({
  state: z.string(),
  stateLabel: z.string(),
  dueOn: z.string().nullable(),
});

export const publicRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, writes, config }) => {
  const limited = rateLimitOption(config.publicRateLimit);

  app.get(
    '/public/agencies',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '可以申请的机关',
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
          429: errorSchema,
        },
      },
    },
    async () => ({ items: (await allAgencies(db)).map(({ id, name }) => ({ id, name })) }),
  );

  app.post(
    '/public/requests',
    {
      config: limited,
      schema: {
        tags: ['公众'],
        summary: '在线提交政府信息公开申请',
        body: publicSubmissionSchema,
        response: {
          201: z.object({
            trackingNumber: z.string(),
            queryCode: z.string(),
            registrationNumber: z.string(),
            receivedOn: z.string(),
            dueOn: z.string().nullable(),
            acknowledgement: z.string(),
          }),
          ...publicErrors,
        },
      },
    },
    async (request, reply) => {
      const ack = await writes.run((trx) => submitOnline(trx, request.body));
      return reply.code(201).send({
        trackingNumber: ack.request.trackingNumber,
        queryCode: ack.queryCode,
        registrationNumber: ack.request.registrationNumber,
        receivedOn: ack.request.receivedOn,
        dueOn: ack.request.dueOn,
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
        summary: '凭查询号和查询码查询办理状态',
        body: statusLookupSchema,
        response: { 200: publicStatusSchema, ...publicErrors },
      },
    },
    async (request) => publicStatus(db, request.body.trackingNumber, request.body.queryCode),
  );
};
