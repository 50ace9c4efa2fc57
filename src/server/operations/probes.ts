// Liveness and readiness for an orchestrator or a load balancer: /healthz says the process answers (restart it if
// not); /readyz says it can serve — the database answers and its schema is the one this code expects (send it no
// traffic if not). Open to anyone, never rate-limited (a probe every second must not lock itself out), never cached.
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../services/context.ts';
import { readiness } from '../../services/operations.ts';
import { httpErrors } from '../http-errors.ts';

const hidden = { schema: { hide: true } };

export function probeRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/healthz', hidden, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', hidden, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    const state = await readiness(ctx);
    if (state.ready) return reply.send({ status: 'ok' });
    if (state.cause !== undefined) request.log.warn({ err: state.cause }, 'not ready');
    const { status, body } = httpErrors.notReady(state.reason);
    return reply.code(status).send(body);
  });
}
