// The audit trail's integrity check (administrator).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { verifyAudit } from '../../services/audit.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { staffErrors } from '../../contracts/common.ts';
import { chainVerdictSchema } from '../../contracts/audit.ts';

export const auditRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['审计'],
        summary: '校验审计日志哈希链，指出第一处断裂',
        response: { 200: chainVerdictSchema, ...staffErrors },
      },
    },
    async (request) => verifyAudit(ctx, principalOf(request)),
  );
};
