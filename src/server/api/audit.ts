// The audit trail: its integrity check (the installation's administrators) and the viewer (administrators; an
// agency's own administrator sees its agency's rows only).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditEntries, verifyAudit } from '../../services/audit.ts';
import { principalOf, requireSignIn } from '../auth/principal.ts';
import type { RouteContext } from '../context.ts';
import { staffErrors } from '../../contracts/common.ts';
import { auditPageSchema, auditQuerySchema, chainVerdictSchema } from '../../contracts/audit.ts';

export const auditRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { ctx }) => {
  requireSignIn(app, ctx);

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['审计'],
        summary: '校验审计日志哈希链及密钥校验码，指出第一处断裂（限顶级机关的系统管理员）',
        response: { 200: chainVerdictSchema, ...staffErrors },
      },
    },
    async (request) => verifyAudit(ctx, principalOf(request)),
  );

  app.get(
    '/audit',
    {
      schema: {
        tags: ['审计'],
        summary: '审计日志（按时间、操作、对象、操作人、机关筛选，新的在前，按序号向前翻页）',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...staffErrors },
      },
    },
    async (request) => listAuditEntries(ctx, principalOf(request), request.query),
  );
};
