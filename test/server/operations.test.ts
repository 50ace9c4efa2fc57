// Operations (issue 12): /healthz and /readyz on both engines — /readyz refuses a database a migration is missing
// from —, the Prometheus /metrics (intakes counted once per new registration, durations by route pattern, the
// backlog gauges read at scrape, the audit head's age; closed to other addresses), and X-Request-Id on every answer
// and every log line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildServer } from '../../src/server/app.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { TEST_NOW } from '../context.ts';
import { openDatabase } from '../../src/services/database.ts';
import { createTestDatabase, ENGINES } from '../db.ts';
import { startApi, username, type ApiFixture } from './fixture.ts';
import { intakeBody } from './seed.ts';
import { siteOf, urlencoded } from './portal-site.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The value of one sample line of a Prometheus text exposition, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('readiness without a database', () => {
  it('is not ready when the database does not answer, and does not tell the caller the address', async () => {
    // Nothing listens on port 1: the pool opens lazily, every query is refused.
    const unreachable = await openDatabase('postgres://postgres@127.0.0.1:1/gongkai');
    const app = await buildServer({ ctx: createServiceContext({ db: unreachable.db }) });
    try {
      const response = await app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toEqual({
        code: 'http.notReady',
        message: '服务尚未就绪：数据库无法访问',
      });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await unreachable.close();
    }
  });
});

for (const engine of ENGINES) {
  describe(`probes (${engine})`, () => {
    it('answers /healthz and /readyz on a migrated database, unsigned and never cached', async () => {
      const database = await createTestDatabase(engine);
      const app = await buildServer({ ctx: createServiceContext({ db: database.db }) });
      try {
        for (const url of ['/healthz', '/readyz']) {
          const response = await app.inject({ method: 'GET', url });
          expect(response.statusCode, response.body).toBe(200);
          expect(response.json()).toEqual({ status: 'ok' });
          expect(response.headers['cache-control']).toBe('no-store');
        }
      } finally {
        await app.close();
        await database.dispose();
      }
    });

    it('is not ready when the newest migration has not been applied', async () => {
      const database = await createTestDatabase(engine);
      const app = await buildServer({ ctx: createServiceContext({ db: database.db }) });
      try {
        const newest = await sql<{
          name: string;
        }>`select name from kysely_migration order by name desc limit 1`
          .execute(database.db)
          .then((r) => r.rows[0]!.name);
        await sql`delete from kysely_migration where name = ${newest}`.execute(database.db);
        const response = await app.inject({ method: 'GET', url: '/readyz' });
        expect(response.statusCode).toBe(503);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.json().error.code).toBe('http.notReady');
        expect(response.json().error.message).toContain(`尚未执行的迁移：${newest}`);
        // Alive all the same: a restart would not fix a schema.
        expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      } finally {
        await app.close();
        await database.dispose();
      }
    });
  });

  describe(`metrics (${engine})`, () => {
    let api: ApiFixture;
    beforeAll(async () => {
      api = await startApi(engine, {}, fixedClock(TEST_NOW));
    });
    afterAll(async () => {
      await api?.close();
    });
    const submission = (n: number) => ({
      agencyId: api.tenancy.a.id,
      applicant: {
        kind: 'naturalPerson',
        name: `指标申请人${n}`,
        idDocument: null,
        contact: `a${n}@example.com`,
      },
      informationSought: `第 ${n} 件：2025 年人防易地建设费收缴情况`,
      formWanted: '电子邮件',
    });

    it('counts each new intake once, times requests by route pattern and reads the backlog at scrape', async () => {
      const N = 3;
      for (let n = 0; n < N; n++) {
        const submitted = await api.app.inject({
          method: 'POST',
          url: '/api/v1/public/requests',
          payload: submission(n),
        });
        expect(submitted.statusCode, submitted.body).toBe(201);
      }
      // A staff registration sent twice with one Idempotency-Key is one intake.
      let registeredId = '';
      for (let i = 0; i < 2; i++) {
        const registered = await api.call(username('clerk', 'a'), {
          method: 'POST',
          url: '/api/v1/requests',
          payload: intakeBody(7001),
          headers: { 'idempotency-key': 'metrics-intake-7001' },
        });
        expect(registered.statusCode, registered.body).toBe(201);
        registeredId = registered.json().request.id;
      }
      // The portal's form: one accepted, one refused (no name) that registers nothing.
      const site = await siteOf(api, 'a');
      const form = (name: string) =>
        api.app.inject({
          method: 'POST',
          url: `${site}apply`,
          ...urlencoded({
            applicantKind: 'naturalPerson',
            name,
            idDocument: '居民身份证 370000200001010000',
            contact: '13800000000',
            informationSought: '2026 年人防工程名录',
            formWanted: '电子邮件',
          }),
        });
      expect((await form('网上申请人')).statusCode).toBe(201);
      expect((await form('')).statusCode).toBe(400);
      const read = await api.call(username('clerk', 'a'), {
        method: 'GET',
        url: `/api/v1/requests/${registeredId}`,
      });
      expect(read.statusCode).toBe(200);

      const scraped = await api.app.inject({ method: 'GET', url: '/metrics' });
      expect(scraped.statusCode).toBe(200);
      expect(scraped.headers['content-type']).toContain('text/plain');
      const text = scraped.body;
      expect(sample(text, 'gongkai_request_intakes_total{door="public_api"}')).toBe(N);
      expect(sample(text, 'gongkai_request_intakes_total{door="staff"}')).toBe(1);
      expect(sample(text, 'gongkai_request_intakes_total{door="portal"}')).toBe(1);
      expect(
        sample(
          text,
          'gongkai_http_request_duration_seconds_count{method="POST",route="/:site/apply",status_code="400"}',
        ),
      ).toBe(1);
      expect(
        sample(
          text,
          'gongkai_http_request_duration_seconds_count{method="POST",route="/api/v1/public/requests",status_code="201"}',
        ),
      ).toBe(N);
      expect(
        sample(
          text,
          'gongkai_http_request_duration_seconds_count{method="GET",route="/api/v1/requests/:id",status_code="200"}',
        ),
      ).toBe(1);
      expect(text).not.toContain(registeredId);
      expect(sample(text, 'gongkai_open_requests')).toBe(N + 2);
      // The staff registration arrived on 2026-11-02: its 20 working days ran out before TEST_NOW (2026-12-04).
      expect(sample(text, 'gongkai_overdue_requests')).toBe(1);
      // Every write above was audited at the fixed clock's instant: the head is exactly as old as "now" says.
      expect(sample(text, 'gongkai_audit_head_age_seconds')).toBe(0);
    });

    it('reads overdue requests and the audit head age against the clock of the scrape', async () => {
      const later = await buildServer({
        ctx: createServiceContext({ db: api.database.db, clock: fixedClock('2027-06-01T02:00:00Z') }),
      });
      try {
        const text = (await later.inject({ method: 'GET', url: '/metrics' })).body;
        const open = sample(text, 'gongkai_open_requests');
        expect(open).toBeGreaterThan(0);
        expect(sample(text, 'gongkai_overdue_requests')).toBe(open);
        const age = (Date.parse('2027-06-01T02:00:00Z') - Date.parse(TEST_NOW)) / 1000;
        expect(sample(text, 'gongkai_audit_head_age_seconds')).toBe(age);
        // A registry per server: this one has counted nothing.
        expect(text).not.toContain('gongkai_request_intakes_total{');
      } finally {
        await later.close();
      }
    });

    it('answers /metrics only to the allowed addresses and, when configured, the token', async () => {
      const outside = await api.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
      expect(outside.statusCode).toBe(403);
      expect(outside.json().error.code).toBe('http.metricsForbidden');
      // Relayed by a proxy on this host: loopback is the proxy's address, not the sender's.
      const relayed = await api.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(relayed.statusCode).toBe(403);

      const token = 'scrape-token-0123456789';
      const guarded = await buildServer({
        ctx: createServiceContext({ db: api.database.db }),
        config: { metrics: { allowFrom: ['127.0.0.1', '198.51.100.7'], token } },
      });
      try {
        const scrape = (headers: Record<string, string>, remoteAddress = '198.51.100.7') =>
          guarded.inject({ method: 'GET', url: '/metrics', headers, remoteAddress });
        expect((await scrape({})).statusCode).toBe(403);
        expect((await scrape({ authorization: 'Bearer scrape-token-0123456788' })).statusCode).toBe(403);
        expect((await scrape({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
        expect((await scrape({ authorization: `Bearer ${token}` }, '203.0.113.9')).statusCode).toBe(403);
      } finally {
        await guarded.close();
      }
    });
  });
}

describe('X-Request-Id', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('echoes a valid incoming id and generates a UUID when it is absent or invalid', async () => {
    const given = await api.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'lb-7f3a.9_Z' },
    });
    expect(given.headers['x-request-id']).toBe('lb-7f3a.9_Z');

    const absent = [
      await api.app.inject({ method: 'GET', url: '/healthz' }),
      await api.app.inject({ method: 'GET', url: '/no-such-page' }),
    ].map((r) => r.headers['x-request-id']);
    for (const id of absent) expect(id).toMatch(UUID);
    expect(absent[0]).not.toBe(absent[1]);

    for (const bad of ['has space', 'x'.repeat(129), 'semi;colon', 'a/b', '']) {
      const response = await api.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': bad },
      });
      expect(response.headers['x-request-id']).toMatch(UUID);
    }
  });

  it('puts the request id and the signed-in user on the log lines', async () => {
    const lines: string[] = [];
    const logged = await buildServer({
      ctx: createServiceContext({ db: api.database.db }),
      config: { logger: true },
      logStream: { write: (line) => void lines.push(line) },
    });
    try {
      const response = await logged.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: api.cookieOf(username('clerk', 'a')), 'x-request-id': 'trace-me-42' },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['x-request-id']).toBe('trace-me-42');
      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const completed = entries.find((e) => e.reqId === 'trace-me-42' && e.msg === 'request completed');
      expect(completed).toBeDefined();
      expect(completed!.userId).toBe(response.json().id);
    } finally {
      await logged.close();
    }
  });
});
