// Malformed, oversized and hostile input on every endpoint that takes input: each answers 4xx with an error code
// (never a 500) and writes nothing — every table's row count is the same after as before. Table-driven: each
// route gives one valid body and the type of each field; the mutations are generated from that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiFixture } from './fixture.ts';
import { rowCounts } from './row-counts.ts';
import { intakeBody } from './seed.ts';
import { formAttempts, jsonAttempts, type BodyRoute } from './hostile-attempts.ts';
import { siteOf } from './portal-site.ts';

let api: ApiFixture;
let requestId = '';
let reviewCaseId = '';
let agencyId = '';
/** Agency A's public site, `/{code}/`. */
let site = '';

const ROUTES: BodyRoute[] = [
  {
    name: '登录',
    method: 'POST',
    url: () => '/api/v1/auth/login',
    user: null,
    valid: () => ({ username: 'nobody-here', password: 'wrong-password' }),
    fields: { username: 'text', password: 'text' },
  },
  {
    name: '签发令牌',
    method: 'POST',
    url: () => '/api/v1/auth/tokens',
    user: 'clerk.a',
    valid: () => ({ name: '对接系统' }),
    fields: { name: 'text' },
  },
  {
    name: '新增用户',
    method: 'POST',
    url: () => '/api/v1/users',
    user: 'admin.a',
    valid: () => ({
      username: 'hostile-new',
      displayName: '新人',
      role: 'clerk',
      password: 'Long-enough-password',
    }),
    fields: { username: 'id', displayName: 'text', role: 'enum', password: 'text' },
  },
  {
    name: '登记申请',
    method: 'POST',
    url: () => '/api/v1/requests',
    user: 'clerk.a',
    valid: () => intakeBody(1),
    fields: {
      channel: 'enum',
      arrivedOn: 'date',
      confirmedOn: 'date',
      'applicant.kind': 'enum',
      'applicant.name': 'text',
      'applicant.contact': 'text',
      informationSought: 'text',
      formWanted: 'text',
    },
  },
  {
    name: '追加记录',
    method: 'POST',
    url: () => `/api/v1/requests/${requestId}/events`,
    user: 'officeHead.a',
    valid: () => ({ event: { type: 'extended', on: '2026-11-20', workingDays: 10, approvedBy: '负责人' } }),
    fields: {
      'event.type': 'enum',
      'event.on': 'date',
      'event.workingDays': 'number',
      'event.approvedBy': 'text',
      expectedEventCount: 'number',
    },
  },
  {
    name: '登记复议诉讼',
    method: 'POST',
    url: () => '/api/v1/review-cases',
    user: 'clerk.a',
    valid: () => ({ kind: 'review', filedOn: '2026-11-05', caseNumber: '复〔2026〕1号', requestId }),
    fields: { kind: 'enum', filedOn: 'date', caseNumber: 'text', requestId: 'id', notes: 'text' },
  },
  {
    name: '记录审结结果',
    method: 'PUT',
    url: () => `/api/v1/review-cases/${reviewCaseId}/result`,
    user: 'clerk.a',
    valid: () => ({ result: 'upheld', closedOn: '2026-11-20' }),
    fields: { result: 'enum', closedOn: 'date' },
  },
  {
    name: '公众在线申请',
    method: 'POST',
    url: () => '/api/v1/public/requests',
    user: null,
    valid: () => ({
      agencyId,
      applicant: { kind: 'naturalPerson', name: '张三', idDocument: null, contact: '13900000000' },
      informationSought: '本单位 2025 年人防工程审批信息',
      formWanted: '电子邮件',
    }),
    fields: {
      agencyId: 'id',
      'applicant.kind': 'enum',
      'applicant.name': 'text',
      'applicant.contact': 'text',
      informationSought: 'text',
      formWanted: 'text',
    },
  },
  {
    name: '公众查询',
    method: 'POST',
    url: () => '/api/v1/public/status',
    user: null,
    valid: () => ({ trackingNumber: 'GK2026ABCDEFGHJK', queryCode: '12345678' }),
    fields: { trackingNumber: 'id', queryCode: 'id' },
  },
  {
    name: '申请页面',
    method: 'POST',
    url: () => `${site}apply`,
    user: null,
    form: true,
    valid: () => ({
      applicantKind: 'naturalPerson',
      name: '张三',
      contact: '13900000000',
      informationSought: '某信息',
      formWanted: '电子邮件',
    }),
    fields: {
      applicantKind: 'enum',
      name: 'text',
      informationSought: 'text',
      formWanted: 'text',
    },
  },
  {
    name: '查询页面',
    method: 'POST',
    url: () => '/track',
    user: null,
    form: true,
    valid: () => ({ trackingNumber: 'GK2026ABCDEFGHJK', queryCode: '12345678' }),
    fields: { trackingNumber: 'id', queryCode: 'id' },
  },
];

describe('hostile payloads (sqlite)', () => {
  beforeAll(async () => {
    api = await startApi('sqlite');
    agencyId = api.tenancy.a.id;
    site = await siteOf(api, 'a');
    const registered = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/requests',
      payload: intakeBody(0),
    });
    requestId = registered.json().request.id;
    const filed = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/review-cases',
      payload: { kind: 'review', filedOn: '2026-11-05' },
    });
    reviewCaseId = filed.json().id;
  });
  afterAll(() => api.close());

  for (const route of ROUTES) {
    it(`${route.name}：${route.method} ${route.url.toString().includes('requestId') ? '…' : ''}`, async () => {
      const attempts = route.form ? formAttempts(route) : jsonAttempts(route);
      expect(attempts.length).toBeGreaterThan(15);
      for (const attempt of attempts) {
        const before = await rowCounts(api.database.db);
        const response = await api.call(route.user, {
          method: route.method,
          url: route.url(),
          payload: attempt.payload,
          headers: { 'content-type': attempt.contentType },
        });
        const where = `${route.name} / ${attempt.label}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        if (attempt.status) expect(response.statusCode, where).toBe(attempt.status);
        expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, where).toBeLessThan(500);
        if (String(response.headers['content-type']).startsWith('application/json')) {
          const { error } = response.json();
          expect(error.code, where).toMatch(/^[a-z]+\.[A-Za-z]+$/);
          expect(error.message, where).toMatch(/[\u4e00-\u9fff]/);
        } else {
          expect(response.body, where).toContain('提交未成功');
        }
        expect(await rowCounts(api.database.db), where).toEqual(before);
        expect(({} as Record<string, unknown>).polluted, where).toBeUndefined();
      }
    });
  }

  it('refuses malformed query strings and path parameters with 4xx', async () => {
    const urls = [
      '/api/v1/requests?page=0',
      '/api/v1/requests?page=-1',
      '/api/v1/requests?page=abc',
      '/api/v1/requests?pageSize=100000',
      '/api/v1/requests?state=bogus',
      '/api/v1/requests?unknown=1',
      `/api/v1/requests?q=${'x'.repeat(500)}`,
      `/api/v1/requests?agencyId=${encodeURIComponent("' OR 1=1 --")}`,
      `/api/v1/requests/${'x'.repeat(65)}`,
      `/api/v1/requests/${encodeURIComponent("' OR 1=1 --")}`,
      `/api/v1/requests/${encodeURIComponent('<script>')}/events`,
      '/api/v1/warnings?withinWorkingDays=-3',
      '/api/v1/warnings?withinWorkingDays=1e9',
      '/api/v1/review-cases?kind=%00',
      '/api/v1/reports/annual?year=abc',
      '/api/v1/reports/annual',
      '/api/v1/reports/annual?year=1900',
      `/api/v1/agencies/${encodeURIComponent('../../etc/passwd')}`,
      '/api/v1/nothing-here',
      '/%E0%A4%A',
    ];
    for (const url of urls) {
      const before = await rowCounts(api.database.db);
      const response = await api.call('clerk.a', { method: 'GET', url });
      expect(response.statusCode, `${url}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(500);
      // Outside /api a browser gets the Chinese 400 page (a malformed address is a page request too).
      if (url.startsWith('/api/'))
        expect(response.json().error?.code, `${url}: ${response.body}`).toMatch(/^[a-z]+\.[A-Za-z]+$/);
      else expect(response.headers['content-type'], url).toContain('text/html');
      expect(await rowCounts(api.database.db), url).toEqual(before);
    }
  });

  it('stores injection text in free-text fields verbatim and shows it escaped', async () => {
    const hostile = `<script>alert("x")</script>' OR 1=1 --`;
    const submitted = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: {
        agencyId,
        applicant: { kind: 'naturalPerson', name: hostile, idDocument: null, contact: hostile },
        informationSought: hostile,
        formWanted: '纸质文本',
      },
    });
    expect(submitted.statusCode).toBe(201);
    const list = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests?q=${encodeURIComponent('<script>')}`,
    });
    expect(list.json().items[0].informationSought).toBe(hostile);
    const page = await api.app.inject({
      method: 'POST',
      url: `${site}apply`,
      payload: new URLSearchParams({
        applicantKind: 'no-such-kind',
        name: hostile,
        contact: 'x',
        informationSought: hostile,
        formWanted: '纸质文本',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('names the failing field in Chinese', async () => {
    const body = {
      ...intakeBody(3),
      applicant: { ...intakeBody(3).applicant, name: 'x'.repeat(101) },
      arrivedOn: '2026-02-30',
    };
    const response = await api.call('clerk.a', { method: 'POST', url: '/api/v1/requests', payload: body });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('http.invalidInput');
    expect(response.json().error.message).toContain('请求体字段 arrivedOn：日期不存在');
    expect(response.json().error.message).toContain('请求体字段 applicant.name：长度应不超过 100 个字符');
  });
});
