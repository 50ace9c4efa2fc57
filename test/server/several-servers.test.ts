// Issue 12, several servers: two real `gongkai serve` processes on ONE PostgreSQL database, as behind a load
// balancer with no sticky sessions. A session opened on A works on B; the public rate limit (30 a minute per
// client) holds for A and B together; a holiday notice imported through A's admin API changes B's deadlines on its
// next request; and two clerks appending to one request at once, one on A and one on B, round after round: one of
// each pair is recorded, the other answers 409 requests.changedByOthers, and the timeline ends with every winning
// event once and a projection that agrees with it. PostgreSQL only: SQLite is one process (docs/operations.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../src/services/agencies.ts';
import { createUser } from '../../src/services/accounts/users.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { openServiceContext } from '../../src/services/bootstrap.ts';
import { registerRequest } from '../../src/services/requests/intake.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { intakeBody, signIn } from './seed.ts';
import { spawnServerPair, type RunningServer } from './spawn-server.ts';

const PG = process.env.GONGKAI_TEST_PG_URL;
const SKIP_REASON = '（已跳过：未设置 GONGKAI_TEST_PG_URL，两个服务器进程须共用一个 PostgreSQL 数据库）';
const PASSWORD = 'Several-servers-123';
const PUBLIC_LIMIT = 30; // server/config.ts publicRateLimit: 30 a minute per client address
const ROUNDS = 25;
const NOTICE = readFileSync(
  join(import.meta.dirname, '../fixtures/calendar/invented-notice-2027.txt'),
  'utf8',
);
// Received Thursday 24 December 2026: the 20 working days end on Friday 22 January 2027 while Monday 4 January
// is a working day, and on Monday 25 January once the invented notice makes 1–4 January the 元旦 holiday.
const DEADLINE = '/api/v1/calendar/deadline?received=2026-12-24&channel=inPerson';

interface Seeded {
  requestId: string;
  trackingNumber: string;
  queryCode: string;
}

async function seed(url: string): Promise<Seeded> {
  const opened = await openServiceContext(url);
  try {
    const { ctx } = opened;
    const agency = await createAgency(ctx, SYSTEM_ACTOR, {
      name: '多服务器测试局',
      level: 'department',
      registrationPrefix: '多服依申',
    });
    for (const [username, role] of [
      ['head.one', 'officeHead'],
      ['head.two', 'officeHead'],
      ['admin.one', 'admin'],
    ] as const)
      await createUser(ctx, SYSTEM_ACTOR, {
        agencyId: agency.id,
        username,
        displayName: username,
        role,
        password: PASSWORD,
      });
    const { request, queryCode } = await registerRequest(ctx, SYSTEM_ACTOR, {
      agencyId: agency.id,
      ...intakeBody(1),
    });
    return { requestId: request.id, trackingNumber: request.trackingNumber, queryCode };
  } finally {
    await opened.close();
  }
}

async function call(
  server: RunningServer,
  path: string,
  init: { method?: string; cookie?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

describe.skipIf(!PG)(`several servers on one PostgreSQL database${PG ? '' : SKIP_REASON}`, () => {
  let database: TestDatabase | undefined;
  let seeded: Seeded;
  const servers: RunningServer[] = [];
  const pair = () => servers as [RunningServer, RunningServer];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    seeded = await seed(database.url);
    servers.push(...(await spawnServerPair(database.url)));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.dispose();
  });

  it('a session opened on A is honoured by B, and signing out on B ends it on A', async () => {
    const [a, b] = pair();
    const cookie = await signIn(a.baseUrl, { username: 'head.one', password: PASSWORD });
    expect(await call(b, '/api/v1/auth/me', { cookie })).toMatchObject({
      status: 200,
      body: { username: 'head.one' },
    });
    expect((await call(b, '/api/v1/auth/logout', { method: 'POST', cookie, body: {} })).status).toBe(204);
    expect((await call(a, '/api/v1/auth/me', { cookie })).status).toBe(401);
  });

  it('the public rate limit counts one client on A and B together', async () => {
    const [a, b] = pair();
    const lookup = { trackingNumber: seeded.trackingNumber, queryCode: seeded.queryCode };
    // Alternating: each server alone sees about half the limit, so only a shared count refuses the last one.
    for (let n = 0; n < PUBLIC_LIMIT; n++) {
      const answer = await call(n % 2 === 0 ? a : b, '/api/v1/public/status', { body: lookup });
      expect(answer.status, `第 ${n + 1} 次`).toBe(200);
    }
    for (const server of [a, b]) {
      const refused = await call(server, '/api/v1/public/status', { body: lookup });
      expect(refused).toMatchObject({ status: 429, body: { error: { code: 'http.rateLimited' } } });
    }
  });

  it("a holiday notice imported through A's admin API changes B's deadline on its next request", async () => {
    const [a, b] = pair();
    const before = await call(b, DEADLINE);
    expect(before.body).toMatchObject({ dueOn: '2027-01-22' });
    const admin = await signIn(a.baseUrl, { username: 'admin.one', password: PASSWORD });
    const imported = await call(a, '/api/v1/calendar/import', { cookie: admin, body: { notice: NOTICE } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const after = await call(b, DEADLINE);
    expect(after.body).toMatchObject({ dueOn: '2027-01-25' });
    expect((await call(a, DEADLINE)).body).toEqual(after.body);
  });

  it('two clerks appending at once on A and B: one wins each pair, the other gets 409, nothing lost', async () => {
    const [a, b] = pair();
    const clerks = [
      { server: a, cookie: await signIn(a.baseUrl, { username: 'head.one', password: PASSWORD }) },
      { server: b, cookie: await signIn(b.baseUrl, { username: 'head.two', password: PASSWORD }) },
    ];
    const path = `/api/v1/requests/${seeded.requestId}`;
    /** Both clerks act on the version they both saw; returns which of them (0, 1) was recorded. */
    const race = async (events: [unknown, unknown]): Promise<number> => {
      const seen = await call(a, path, { cookie: clerks[0]!.cookie });
      const expectedEventCount = (seen.body.request as { eventCount: number }).eventCount;
      const answers = await Promise.all(
        clerks.map(({ server, cookie }, i) =>
          call(server, `${path}/events`, { cookie, body: { event: events[i], expectedEventCount } }),
        ),
      );
      const won = answers.flatMap((answer, i) => (answer.status === 201 ? [i] : []));
      expect(won, JSON.stringify(answers)).toHaveLength(1);
      expect(answers[1 - won[0]!]).toMatchObject({
        status: 409,
        body: { error: { code: 'requests.changedByOthers', message: '该申请已被他人更新，请刷新后重试' } },
      });
      return won[0]!;
    };

    const winners: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const assignees = [`一号分办${round}`, `二号分办${round}`];
      const won = await race([
        { type: 'assigned', on: '2026-11-03', assignee: assignees[0] },
        { type: 'assigned', on: '2026-11-03', assignee: assignees[1] },
      ]);
      winners.push(assignees[won]!);
    }
    const outcomes = ['granted', 'unavailable.notHeld'];
    const decidedBy = await race([
      { type: 'decided', on: '2026-11-04', outcome: outcomes[0], reasons: '', articles: '' },
      { type: 'decided', on: '2026-11-04', outcome: outcomes[1], reasons: '', articles: '' },
    ]);

    const final = await call(b, path, { cookie: clerks[1]!.cookie });
    const timeline = final.body.timeline as {
      seq: number;
      event: { assignee?: string };
      recordedBy: string;
    }[];
    expect(timeline.map((t) => t.seq)).toEqual(Array.from({ length: ROUNDS + 2 }, (_, i) => i));
    expect(timeline.slice(1, -1).map((t) => t.event.assignee)).toEqual(winners);
    expect(timeline.at(-1)!.recordedBy).toBe(decidedBy === 0 ? 'head.one' : 'head.two');
    expect(final.body.request).toMatchObject({
      eventCount: ROUNDS + 2,
      state: 'decided',
      outcome: outcomes[decidedBy],
    });
  }, 120_000);
});
