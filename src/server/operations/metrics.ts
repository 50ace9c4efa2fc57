// The Prometheus metrics of one server (GET /metrics): a registry per app, not prom-client's global one, so tests
// (and anything else) that build several servers in one process do not register the same metric twice.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ServiceContext } from '../../services/context.ts';
import { operationalFigures } from '../../services/operations.ts';

/** Where an intake came through: staff registration (API), online submission (API), the portal's form. */
export type IntakeDoor = 'staff' | 'public_api' | 'portal';

export interface ServerMetrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  intakes: Counter<'door'>;
}

export function createMetrics(ctx: ServiceContext): ServerMetrics {
  const registry = new Registry();
  const httpDuration = new Histogram({
    name: 'gongkai_http_request_duration_seconds',
    help: 'HTTP 请求处理时长（秒），按方法、路由模式与状态码',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const intakes = new Counter({
    name: 'gongkai_request_intakes_total',
    help: '已登记并出具回执的政府信息公开申请数（幂等重放不计）',
    labelNames: ['door'] as const,
    registers: [registry],
  });
  // The gauges are read from the database when scraped (a collect callback), so they are never stale and cost
  // nothing between scrapes; one read serves all three.
  let figures: ReturnType<typeof operationalFigures> | undefined;
  const read = () => (figures ??= operationalFigures(ctx).finally(() => (figures = undefined)));
  new Gauge({
    name: 'gongkai_open_requests',
    help: '尚未办结的申请数',
    registers: [registry],
    async collect() {
      this.set((await read()).openRequests);
    },
  });
  new Gauge({
    name: 'gongkai_overdue_requests',
    help: '已超期的申请数（应答复且计时中、答复期限早于今天）',
    registers: [registry],
    async collect() {
      this.set((await read()).overdueRequests);
    },
  });
  new Gauge({
    name: 'gongkai_audit_head_age_seconds',
    help: '最新一条审计记录距今的秒数（审计日志为空时不报告）',
    registers: [registry],
    async collect() {
      const age = (await read()).auditHeadAgeSeconds;
      this.reset();
      if (age !== null) this.set(age);
    },
  });
  return { registry, httpDuration, intakes };
}

/**
 * Counts an intake once its write is committed, and only when it was a new one: `track` wraps the use case inside
 * the transaction (an idempotent replay does not call it); `committed` runs after the write batcher resolved.
 */
export function intakeTally(metrics: ServerMetrics, door: IntakeDoor) {
  let registered = false;
  return {
    track<T>(write: Promise<T>): Promise<T> {
      return write.then((result) => {
        registered = true;
        return result;
      });
    },
    committed(): void {
      if (registered) metrics.intakes.inc({ door });
    },
  };
}
