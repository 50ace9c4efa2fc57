// 工作台 and 监督 over HTTP on both engines, on a fixed day (Friday 4 December 2026): which requests are due soon
// (within 5 working days of the official calendar), overdue or ready for the decision, who sees which part, and a
// supervisor's view of the agencies under it — never of an agency outside its reach.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Supervision, Workbench, OverduePage } from '../../src/contracts/workbench.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import { TEST_NOW } from '../context.ts';
import { createTestDatabase, ENGINES } from '../db.ts';
import { startApi, type ApiFixture } from './fixture.ts';
import { assignOn, registerReceivedOn } from '../e2e/console/workbench-seed.ts';
import { dueWindow } from '../../src/services/workbench/cases.ts';
import { reportYearOn } from '../../src/services/workbench/report-status.ts';

describe.each(ENGINES)('工作台 API (%s)', (engine) => {
  let api: ApiFixture;
  const serial: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(engine, {}, fixedClock(TEST_NOW));
    const { ctx, tenancy } = api;
    const register = async (key: string, agencyId: string, on: string) => {
      const request = await registerReceivedOn(ctx, agencyId, on, `申请人${key}`);
      serial[key] = request.registrationNumber;
      return request;
    };
    await register('overdue', tenancy.a.id, '2026-10-09');
    await register('dueToday', tenancy.a.id, '2026-11-06');
    await assignOn(ctx, await register('dueSoon', tenancy.a.id, '2026-11-10'), '2026-11-11');
    await register('later', tenancy.a.id, '2026-11-30');
    await register('otherOverdue', tenancy.c.id, '2026-10-09');
    await register('bOverdue', tenancy.b.id, '2026-10-12');
  }, 60_000);
  afterAll(() => api.close());

  const get = async <T>(user: string, url: string) => {
    const response = await api.call(user, { method: 'GET', url });
    return { status: response.statusCode, body: response.json() as T };
  };

  it("lists a clerk's requests due soon and overdue, with working days left", async () => {
    const { status, body } = await get<Workbench>('clerk.a', '/api/v1/workbench');
    expect(status).toBe(200);
    expect(body.today).toBe('2026-12-04');
    expect(body.withinWorkingDays).toBe(5);
    expect(body.dueSoonUntil).toBe('2026-12-11');
    const requests = body.requests!;
    expect(requests.overdue.total).toBe(1);
    expect(requests.overdue.items.map((i) => i.registrationNumber)).toEqual([serial.overdue]);
    expect(requests.overdue.items[0]!.workingDaysLeft).toBeLessThan(0);
    expect(requests.dueSoon.items.map((i) => [i.registrationNumber, i.dueOn, i.workingDaysLeft])).toEqual([
      [serial.dueToday, '2026-12-04', 0],
      [serial.dueSoon, '2026-12-08', 2],
    ]);
    expect(requests.dueSoon.total).toBe(2);
    // A clerk does not sign decisions.
    expect(requests.toDecide).toBeNull();
    expect(body.report).toMatchObject({ year: 2026, deadline: '2027-01-31', daysLeft: 58, balanced: true });
    expect(body.catalogue).toMatchObject({
      draftsWithFindings: { total: 0 },
      awaitingMyReview: { total: 0 },
    });
  });

  it('shows those who sign decisions the requests whose next step is the decision', async () => {
    for (const user of ['officeHead.a', 'leader.a']) {
      const { body } = await get<Workbench>(user, '/api/v1/workbench');
      expect(body.requests!.toDecide!.items.map((i) => i.registrationNumber)).toEqual([serial.dueSoon]);
    }
  });

  it("keeps each agency's requests to itself, and shows an administrator no case files", async () => {
    const other = await get<Workbench>('clerk.c', '/api/v1/workbench');
    expect(other.body.requests!.overdue.items.map((i) => i.registrationNumber)).toEqual([
      serial.otherOverdue,
    ]);
    expect(other.body.requests!.dueSoon.total).toBe(0);
    const admin = await get<Workbench>('admin.a', '/api/v1/workbench');
    expect(admin.body.requests).toBeNull();
    expect(admin.body.report).toBeNull();
    expect(admin.body.catalogue).not.toBeNull();
    expect((await api.call(null, { method: 'GET', url: '/api/v1/workbench' })).statusCode).toBe(401);
  });

  it('gives a supervisor each agency under it, and the overdue requests of one', async () => {
    const { tenancy } = api;
    const { status, body } = await get<Supervision>('supervisor.s', '/api/v1/supervision');
    expect(status).toBe(200);
    expect(body.agencies.map((a) => a.name)).toEqual([tenancy.a.name, tenancy.b.name]);
    const [a, b] = body.agencies;
    expect(a).toMatchObject({ open: 4, dueSoon: 2, overdue: 1, catalogueBacklog: 0 });
    expect(a!.report).toMatchObject({ year: 2026, deadline: '2027-01-31' });
    expect(b).toMatchObject({ open: 1, dueSoon: 0, overdue: 1 });

    const page = await get<OverduePage>(
      'supervisor.s',
      `/api/v1/supervision/agencies/${tenancy.a.id}/overdue`,
    );
    expect(page.body.items.map((i) => i.registrationNumber)).toEqual([serial.overdue]);
    expect(page.body.total).toBe(1);

    const outside = await get<{ error: { code: string } }>(
      'supervisor.s',
      `/api/v1/supervision/agencies/${tenancy.c.id}/overdue`,
    );
    expect([outside.status, outside.body.error.code]).toEqual([403, 'auth.otherAgency']);
    const clerk = await get<{ error: { code: string; message: string } }>('clerk.a', '/api/v1/supervision');
    expect(clerk.status).toBe(403);
    expect(clerk.body.error.message).toContain('查看下属机关的公开工作情况');
  });
});

describe('the due window and the report year', () => {
  it('counts working days with the official calendar, not Monday to Friday', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const calendar = await createServiceContext({ db: database.db }).calendar.current();
      // Friday 25 September 2026: 中秋 (25–27 September) and 国庆 (1–7 October) are off, so the fifth working day
      // after it is 9 October, where Monday to Friday would give 2 October.
      expect(dueWindow(calendar, '2026-09-25', 5).dueSoonUntil).toBe('2026-10-09');
    } finally {
      await database.dispose();
    }
  });

  it("takes last year's report until its deadline has passed (《条例》第四十九条)", () => {
    expect(reportYearOn('2027-01-31', 'department')).toBe(2026);
    expect(reportYearOn('2027-02-01', 'department')).toBe(2027);
    expect(reportYearOn('2027-03-31', 'government')).toBe(2026);
    expect(reportYearOn('2027-04-01', 'government')).toBe(2027);
  });
});
