// The audit trail's integrity check (administrator).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAudit } from '../../services/audit.ts';
import { authorize } from '../../services/policy/authorize.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { staffErrors } from '../../contracts/common.ts';

const verdictSchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  brokenAt: z.number().int().optional(),
  reason: z.string().optional(),
});

export const auditRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  requireSignIn(app, db);

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['审计'],
        summary: '校验审计日志哈希链，指出第一处断裂',
        response: { 200: verdictSchema, ...staffErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      authorize(principal, 'audit.verify', principal.agencyId);
      return verifyAudit(db);
    },
  );
};
