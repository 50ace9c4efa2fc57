// The prose of the annual report (services/reports/narrative.ts): staff read and save the sections they write;
// the report built next (GET /reports/annual) carries them. Registered inside statisticsRoutes, under its sign-in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffErrors } from '../../contracts/common.ts';
import { narrativeSchema, saveNarrativeBody } from '../../contracts/report-narrative.ts';
import { reportYear } from '../../contracts/reports.ts';
import { readNarrative, saveNarrative } from '../../services/reports/narrative.ts';
import { principalOf } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';

const params = z.strictObject({ year: z.coerce.number().pipe(reportYear) });

export const reportNarrativeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  app.get(
    '/reports/annual/:year/narrative',
    {
      schema: {
        tags: ['年度统计'],
        summary: '年度报告中由本机关撰写的部分（总体情况、第四部分说明、第五和第六部分）',
        params,
        querystring: z.strictObject({ agencyId: z.string().min(1).max(64).optional() }),
        response: { 200: narrativeSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const agencyId = request.query.agencyId ?? principal.agencyId ?? '';
      return readNarrative(ctx, principal, { agencyId, year: request.params.year });
    },
  );

  app.put(
    '/reports/annual/:year/narrative',
    {
      schema: {
        tags: ['年度统计'],
        summary: '保存年度报告中由本机关撰写的部分（只改动给出的部分）',
        params,
        body: saveNarrativeBody,
        response: { 200: narrativeSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return saveNarrative(ctx, principal, {
        ...request.body,
        agencyId: request.body.agencyId ?? principal.agencyId ?? '',
        year: request.params.year,
      });
    },
  );
};
