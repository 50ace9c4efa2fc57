// The working calendar for anyone (no sign-in, rate-limited like the other public routes): the years it holds,
// one year's arrangement, and the reply deadline of a request received on a day through a channel. Every server of
// an installation answers from the same database calendar (services/calendar), so these agree across servers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarDeadlineQuery,
  calendarDeadlineResponse,
  calendarYearParams,
  calendarYearResponse,
  calendarYearsResponse,
} from '../../contracts/calendar.ts';
import { errorSchema } from '../../contracts/common.ts';
import { PUBLIC_ACTOR } from '../../services/actor.ts';
import { calendarDeadline, calendarYear, calendarYears } from '../../services/calendar/queries.ts';
import { rateLimitOption } from '../config.ts';
import type { RouteContext } from '../context.ts';

const errors = { 400: errorSchema, 404: errorSchema, 422: errorSchema, 429: errorSchema };

export const calendarRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx, config }) => {
  const limited = rateLimitOption(config.publicReadRateLimit);

  app.get(
    '/calendar',
    {
      config: limited,
      schema: {
        tags: ['工作日历'],
        summary: '已收录的年份（随软件发布或由本系统导入）',
        response: { 200: calendarYearsResponse, ...errors },
      },
    },
    () => calendarYears(ctx, PUBLIC_ACTOR),
  );

  // Registered before /calendar/:year so that "deadline" is never read as a year.
  app.get(
    '/calendar/deadline',
    {
      config: limited,
      schema: {
        tags: ['工作日历'],
        summary: '答复期限：某日经某渠道收到的申请，按本系统的工作日历应于何日前答复',
        querystring: calendarDeadlineQuery,
        response: { 200: calendarDeadlineResponse, ...errors },
      },
    },
    (request) => calendarDeadline(ctx, PUBLIC_ACTOR, request.query),
  );

  app.get(
    '/calendar/:year',
    {
      config: limited,
      schema: {
        tags: ['工作日历'],
        summary: '一年的放假和调休上班安排',
        params: calendarYearParams,
        response: { 200: calendarYearResponse, ...errors },
      },
    },
    (request) => calendarYear(ctx, PUBLIC_ACTOR, request.params.year),
  );
};
