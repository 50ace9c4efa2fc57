// The HTTP server: JSON API under /api/v1 (zod-validated, documented at /api/docs), the public pages, security
// headers, rate limits on public endpoints, and one error shape. Built by tests (inject) and by `gongkai serve`.
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { closePdfBrowser } from '../formats/write/pdf.ts';
import { closeServiceContext } from '../services/bootstrap.ts';
import type { ServiceContext } from '../services/context.ts';
import { agencyRoutes } from './api/agencies.ts';
import { attachmentUploadRoutes } from './api/attachment-uploads.ts';
import { auditRoutes } from './api/audit.ts';
import { authRoutes } from './api/auth.ts';
import { calendarRoutes } from './api/calendar.ts';
import { calendarAdminRoutes } from './api/calendar-admin.ts';
import { publicRoutes } from './api/public.ts';
import { requestRoutes } from './api/requests.ts';
import { documentRoutes } from './api/documents.ts';
import { reviewCaseRoutes } from './api/review-cases.ts';
import { participationRoutes } from './api/participation.ts';
import { workPlanRoutes } from './api/work-plan.ts';
import { statisticsRoutes } from './api/statistics.ts';
import { supervisionReportRoutes } from './api/supervision-reports.ts';
import { consoleRoutes } from './console.ts';
import { pageErrors } from './pages/page-errors.ts';
import { installPageCache } from './pages/page-cache.ts';
import { portalRoutes } from './pages/portal-routes.ts';
import { catalogueRoutes } from './pages/catalogue-routes.ts';
import { reportRoutes } from './pages/reports-routes.ts';
import { pageRoutes } from './pages/routes.ts';
import { siteDirectory } from './pages/site.ts';
import { publicCatalogueRoutes } from './api/publications/public.ts';
import { staffCatalogueRoutes } from './api/publications/staff.ts';
import { reviewWorkflowRoutes } from './api/publications/review-workflow.ts';
import { screeningLexiconRoutes } from './api/publications/screening-lexicon.ts';
import { userRoutes } from './api/users.ts';
import { workbenchRoutes } from './api/workbench.ts';
import { decoratePrincipal } from './auth/principal.ts';
import type { RouteContext } from './context.ts';
import { serverConfigSchema, type ServerConfigInput } from './config.ts';
import { installErrorHandling, isPageRequest } from './error-handler.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import { httpErrors } from './http-errors.ts';
import { refuseUnstorableText } from './input-text.ts';
import { installOperations } from './operations/index.ts';
import { createMetrics } from './operations/metrics.ts';
import { requestIdOf } from './operations/request-id.ts';
import { registerOpenApi } from './openapi.ts';
import { validatorCompiler } from './validation.ts';

export interface ServerDeps {
  /** The use cases' context (services/bootstrap.ts); the server drains its write batcher when it closes. */
  ctx: ServiceContext;
  config?: ServerConfigInput;
  /** Where the log lines go when `config.logger` is on (stdout when omitted); tests read them from here. */
  logStream?: { write(line: string): void };
}

export async function buildServer({
  ctx,
  config: input = {},
  logStream,
}: ServerDeps): Promise<FastifyInstance> {
  const config = serverConfigSchema.parse(input);
  const sites = siteDirectory(ctx);
  const pages = pageErrors(sites);
  const app = Fastify({
    logger: config.logger ? { level: config.logLevel, ...(logStream ? { stream: logStream } : {}) } : false,
    // The id is ours to choose (server/operations/request-id.ts): an incoming X-Request-Id only when it is sane.
    requestIdHeader: false,
    genReqId: requestIdOf,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Fastify's JSON parser already refuses __proto__ and constructor keys (secure-json-parse); say so explicitly.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Errors Fastify raises before routing (a URL that is not valid percent-encoding) get the same shape.
    // (A page address a browser asks for gets the HTML 400 page: e.g. an item id over the 100-character limit.)
    frameworkErrors: (_error, request, reply) => {
      const { status, body } = httpErrors.badRequest();
      if (isPageRequest(request))
        void pages.failed(request, reply as FastifyReply, status, body.error.message);
      else void (reply as FastifyReply).code(status).send(body);
    },
  }).withTypeProvider<ZodTypeProvider>();

  // JSON only (and urlencoded forms on the public pages): plain text is not a way to talk to this API.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, config.bodyLimit, pages);
  refuseUnstorableText(app);

  const metrics = createMetrics(ctx);
  // Before the page cache: a cached page is answered with its own request id and is timed like any other.
  installOperations(app, ctx, config, metrics);
  // First of the page hooks: a cached public page is answered before the others run (page-cache.ts).
  installPageCache(app, config.pageCacheMs);
  // HTTPS-only headers (HSTS, upgrade-insecure-requests) only when served behind HTTPS (secureCookies).
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: config.secureCookies ? [] : null } },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(cookie);
  // Off by default; each public route opts in with its own limit.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: rateLimitError,
    ...(config.rateLimitStore === 'database' ? { store: databaseRateLimitStore(ctx) } : {}),
  });
  await registerOpenApi(app);
  decoratePrincipal(app);
  // Read by every public page's frame (pages/frame.ts) to show the 演示数据 banner.
  app.decorate('demoMode', config.demo);

  // onClose runs once the requests in flight are answered: whatever they queued is committed before the database
  // is closed after the server.
  app.addHook('onClose', () => closeServiceContext(ctx));
  // The PDF writer's Chromium is this process's child: a server that stops takes it down (the next print relaunches).
  app.addHook('onClose', () => closePdfBrowser());
  const context: RouteContext = { ctx, config, metrics };
  await app.register(
    async (api) => {
      await api.register(authRoutes, context);
      await api.register(agencyRoutes, context);
      await api.register(userRoutes, context);
      await api.register(auditRoutes, context);
      await api.register(reviewCaseRoutes, context);
      await api.register(requestRoutes, context);
      await api.register(documentRoutes, context);
      await api.register(statisticsRoutes, context);
      await api.register(publicRoutes, context);
      await api.register(publicCatalogueRoutes, context);
      await api.register(staffCatalogueRoutes, context);
      await api.register(reviewWorkflowRoutes, context);
      await api.register(screeningLexiconRoutes, context);
      await api.register(calendarRoutes, context);
      await api.register(workbenchRoutes, context);
      await api.register(calendarAdminRoutes, context);
      await api.register(supervisionReportRoutes, context);
      await api.register(attachmentUploadRoutes, context);
      await api.register(participationRoutes, context);
      await api.register(workPlanRoutes, context);
    },
    { prefix: '/api/v1' },
  );
  await app.register(portalRoutes, { ...context, sites });
  await app.register(catalogueRoutes, { ...context, sites });
  await app.register(reportRoutes, { ...context, sites });
  await app.register(pageRoutes, { ...context, sites });
  await app.register(consoleRoutes, { dir: config.consoleDir });
  return app;
}

/** Thrown by the rate limiter; the error handler turns it into http.rateLimited. */
function rateLimitError(_request: unknown, context: { ttl: number; statusCode: number }): Error {
  return Object.assign(new Error('rate limited'), {
    statusCode: context.statusCode,
    retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
  });
}
