// 工作台 and 监督 over HTTP on both engines, on a fixed day (Friday 4 December 2026): which requests are due soon
// (within 5 working days of the official calendar), overdue or ready for the decision, who sees which part, and a
// supervisor's view of the agencies under it — never of an agency outside its reach.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Supervision, Workbench, OverduePage } from '../../src/contracts/workbench.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import { TEST_NOW } from '../context.ts';
import { createTestDatabase, ENGINES } from '../db.ts';
import { startApi, type ApiFixture } from './fixture.ts';
import { assignOn, registerReceivedOn } from '../e2e/console/workbench-seed.ts';
import { createDraft } from '../../src/services/publications/catalogue.ts';
import { readReportPdf } from '../../src/formats/read/index.ts';
import { chromiumPath, closePdfBrowser } from '../../src/formats/write/pdf.ts';
import { submitForReview } from '../../src/services/publications/review.ts';
import { staffAs } from '../actors.ts';
import { refusalCode } from '../refusal.ts';
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

    // The catalogue: a draft the screening stops (an identity card number in the body), and one at 科室审核.
    const clerk = staffAs('clerk', tenancy.a.id);
    const draft = (title: string, body: string) =>
      createDraft(ctx, clerk, {
        agencyId: tenancy.a.id,
        draft: { title, body, publishingBody: '测试市甲局', genre: 'notice', category: 'notice' },
      });
    const blocked = await draft('关于表彰先进个人的通知', '先进个人张三，身份证号码 11010519491231002X。');
    expect(await refusalCode(submitForReview(ctx, clerk, { id: blocked.id }))).toBe(
      'publications.screeningBlocked',
    );
    await submitForReview(ctx, clerk, { id: (await draft('关于开展安全检查的通知', '请各单位自查。')).id });
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
    // The draft the screening stopped, with its findings; the item at 科室审核 is not a clerk's step.
    const catalogue = body.catalogue!;
    expect(catalogue.draftsWithFindings.items.map((i) => [i.title, i.statusLabel])).toEqual([
      ['关于表彰先进个人的通知', '草稿'],
    ]);
    expect(catalogue.draftsWithFindings.items[0]!.findings).toBeGreaterThan(0);
    expect(catalogue.awaitingMyReview.total).toBe(0);
  });

  it('shows those who sign decisions the requests whose next step is the decision', async () => {
    for (const user of ['officeHead.a', 'leader.a']) {
      const { body } = await get<Workbench>(user, '/api/v1/workbench');
      expect(body.requests!.toDecide!.items.map((i) => i.registrationNumber)).toEqual([serial.dueSoon]);
    }
    // 科室审核 is the head of office's step in the default workflow.
    const { body } = await get<Workbench>('officeHead.a', '/api/v1/workbench');
    expect(body.catalogue!.awaitingMyReview.items.map((i) => [i.title, i.stepLabel])).toEqual([
      ['关于开展安全检查的通知', '科室审核'],
    ]);
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
    expect(a).toMatchObject({ open: 4, dueSoon: 2, overdue: 1, catalogueBacklog: 1 });
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

  it('sends the annual report as a document in the format asked for', async () => {
    const { tenancy } = api;
    const docx = await api.call('clerk.a', {
      method: 'GET',
      url: '/api/v1/reports/annual/download?year=2026&format=docx',
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('测试市甲局2026年政府信息公开工作年度报告.docx')}`,
    );
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    if (existsSync(chromiumPath())) {
      const pdf = await api.call('clerk.a', {
        method: 'GET',
        url: '/api/v1/reports/annual/download?year=2026&format=pdf',
      });
      expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
      const { report } = await readReportPdf(new Uint8Array(pdf.rawPayload));
      expect(report.tables.applications!.received.at(-1)).toBe(4);
      await closePdfBrowser();
    }
    const text = await api.call('supervisor.s', {
      method: 'GET',
      url: `/api/v1/reports/annual/download?year=2026&format=text&agencyId=${tenancy.a.id}`,
    });
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toContain('本年度新收到政府信息公开申请4件');
    const outside = await api.call('clerk.c', {
      method: 'GET',
      url: `/api/v1/reports/annual/download?year=2026&format=text&agencyId=${tenancy.a.id}`,
    });
    expect([outside.statusCode, outside.json().error.code]).toEqual([403, 'auth.otherAgency']);
    const unknown = await api.call('clerk.a', {
      method: 'GET',
      url: '/api/v1/reports/annual/download?year=2026&format=odt',
    });
    expect(unknown.statusCode).toBe(400);
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
