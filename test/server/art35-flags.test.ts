// 《条例》第三十五条 flags at intake, through the three doors an intake comes by (the staff registration API, the public
// API and the portal's /apply form), on both engines, with the installation's defaults (more than 10 requests within
// 30 days; the same or nearly the same text as an open or recently answered request of the same applicant). The
// flags never refuse: every intake here is answered 201.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureRequest, RequestDetail } from '../../src/contracts/requests.ts';
import { buildServer } from '../../src/server/app.ts';
import { createServiceContext } from '../../src/services/bootstrap.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { TEST_NOW } from '../context.ts';
import { ENGINES } from '../db.ts';
import { startApi, username, type ApiFixture } from './fixture.ts';
import { multipart, siteOf } from './portal-site.ts';

const TODAY = '2026-12-04';
const CLERK = username('clerk', 'a');

describe.each(ENGINES)('第三十五条 flags at intake (%s)', (engine) => {
  let api: ApiFixture;
  let site: string;
  beforeAll(async () => {
    api = await startApi(engine, {}, fixedClock(TEST_NOW));
    site = await siteOf(api, 'a');
  });
  afterAll(() => api.close());

  const person = (n: number) => ({
    kind: 'naturalPerson' as const,
    name: `申请人${n}`,
    idDocument: `居民身份证 37000020000101${String(n).padStart(4, '0')}`,
    contact: `1380000${String(n).padStart(4, '0')}`,
    email: null,
  });

  /** A staff registration at agency A; the request as the API answered it. */
  const register = async (applicant: ReturnType<typeof person>, informationSought: string) => {
    const response = await api.call(CLERK, {
      method: 'POST',
      url: '/api/v1/requests',
      payload: {
        channel: 'inPerson',
        arrivedOn: TODAY,
        applicant,
        informationSought,
        formWanted: '纸质文本',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { request: DisclosureRequest }).request;
  };

  /** A submission through the public API; its registration number. */
  const submitPublic = async (applicant: ReturnType<typeof person>, informationSought: string) => {
    const response = await api.call(null, {
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: { agencyId: api.tenancy.a.id, applicant, informationSought, formWanted: '电子邮件' },
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { registrationNumber: string }).registrationNumber;
  };

  /** A submission through the portal's form; its registration number, read from the acknowledgement page. */
  const submitForm = async (applicant: ReturnType<typeof person>, informationSought: string, key: string) => {
    const response = await api.app.inject({
      method: 'POST',
      url: `${site}apply`,
      ...multipart({
        submissionKey: key,
        applicantKind: applicant.kind,
        name: applicant.name,
        idDocument: applicant.idDocument,
        contact: applicant.contact,
        informationSought,
        formWanted: '电子邮件',
      }),
    });
    expect(response.statusCode, response.body).toBe(201);
    return /甲依申〔\d{4}〕第\d+号/.exec(response.body)![0];
  };

  const listed = async (q: string) => {
    const response = await api.call(CLERK, {
      method: 'GET',
      url: `/api/v1/requests?q=${encodeURIComponent(q)}&pageSize=100`,
    });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: DisclosureRequest[] }).items;
  };

  const detail = async (id: string) => {
    const response = await api.call(CLERK, { method: 'GET', url: `/api/v1/requests/${id}` });
    expect(response.statusCode).toBe(200);
    return response.json() as RequestDetail;
  };

  it('a burst from one applicant flags exactly the requests over ten, whichever door they came by', async () => {
    const applicant = person(1);
    for (let n = 1; n <= 13; n++) {
      const text = `第${n}项：本局${2000 + n}年度行政许可事项目录`;
      if (n % 3 === 1) await register(applicant, text);
      else if (n % 3 === 2) await submitPublic(applicant, text);
      else await submitForm(applicant, text, `burst-${engine}-${n}`);
    }
    const items = (await listed(applicant.name)).sort((a, b) =>
      a.registrationNumber.localeCompare(b.registrationNumber),
    );
    expect(items).toHaveLength(13);
    expect(items.slice(0, 10).every((r) => r.art35Flags.length === 0)).toBe(true);
    expect(items.slice(10).map((r) => r.art35Flags)).toEqual(
      [11, 12, 13].map((count) => [
        { kind: 'volume', count, maxRequests: 10, windowDays: 30, since: '2026-11-05' },
      ]),
    );
    // The case page lists the applicant's twelve other requests, and the system's note is in the audit trail.
    const flagged = await detail(items[12]!.id);
    expect(flagged.applicantRequests.total).toBe(12);
    expect(flagged.applicantRequests.items.map((r) => r.id)).toContain(items[0]!.id);
    const audit = await api.database.db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'request.art35Flagged')
      .where('subject_id', '=', items[12]!.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor).toBe('system');
    expect(JSON.parse(audit.details).note).toContain('第13件申请（超过10件）');
  });

  it('requests from many different applicants are not flagged, not even with the same text', async () => {
    const registered = [];
    for (let n = 100; n < 130; n++)
      registered.push(await register(person(n), '本局2026年度部门预算及“三公”经费'));
    expect(registered.filter((r) => r.art35Flags.length > 0)).toEqual([]);
    // Two applicants sharing a name but not an ID number are two applicants.
    const namesake = { ...person(131), name: person(100).name };
    expect((await register(namesake, '本局2026年度部门预算及“三公”经费')).art35Flags).toEqual([]);
  });

  it('the same text filed twice by one applicant is flagged duplicate with a link to the first', async () => {
    const applicant = person(200);
    const first = await register(applicant, '本局2025年度政府信息公开工作年度报告的统计口径说明');
    expect(first.art35Flags).toEqual([]);
    // The second time through the portal, spaced and punctuated differently, with the phone written another way.
    const second = await submitForm(
      { ...applicant, contact: '+86 138-0000-0200' },
      '本局 2025 年度政府信息公开工作年度报告的统计口径说明。',
      `duplicate-${engine}`,
    );
    const [again] = (await listed(second)) as [DisclosureRequest];
    expect(again.art35Flags).toEqual([
      { kind: 'duplicate', requestId: first.id, registrationNumber: first.registrationNumber, similarity: 1 },
    ]);
    const page = await detail(again.id);
    expect(page.applicantRequests.items).toEqual([
      expect.objectContaining({ id: first.id, registrationNumber: first.registrationNumber }),
    ]);
  });

  it('the flags are stored: a server started anew on the database shows them', async () => {
    const applicant = person(300);
    const first = await register(applicant, '本局办公楼维修工程的招标文件');
    const second = await register(applicant, '本局办公楼维修工程的招标文件');
    // A new connection to the same database, and a new server on it. In-memory PGlite (no PostgreSQL server given)
    // lives only in this process: there the new server shares the first one's handle.
    const restarted = api.database.url.startsWith('pglite:') ? null : await openDatabase(api.database.url);
    const app = await buildServer({
      ctx: createServiceContext({ db: restarted?.db ?? api.database.db, clock: fixedClock(TEST_NOW) }),
    });
    try {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/requests/${second.id}`,
        headers: { cookie: api.cookieOf(CLERK) },
      });
      expect(response.statusCode).toBe(200);
      expect((response.json() as RequestDetail).request.art35Flags).toEqual([
        {
          kind: 'duplicate',
          requestId: first.id,
          registrationNumber: first.registrationNumber,
          similarity: 1,
        },
      ]);
    } finally {
      await app.close();
      await restarted?.close();
    }
  });
});
