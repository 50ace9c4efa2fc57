// Malformed, oversized and hostile input on every endpoint that takes input: each answers 4xx with an error code
// (never a 500) and writes nothing — every table's row count is the same after as before. Table-driven: each
// route gives one valid body and the type of each field; the mutations are generated from that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiFixture } from './fixture.ts';
import { rowCounts } from './row-counts.ts';
import { intakeBody } from './seed.ts';

type FieldKind = 'id' | 'enum' | 'date' | 'text' | 'number' | 'boolean';

interface BodyRoute {
  name: string;
  method: 'POST' | 'PUT';
  url: () => string;
  /** Signed-in user, or null for the public endpoints. */
  user: string | null;
  valid: () => Record<string, unknown>;
  /** Dotted paths into the valid body, with what each holds. */
  fields: Record<string, FieldKind>;
  /** application/x-www-form-urlencoded HTML form (answers with a page, not JSON). */
  form?: boolean;
}

const INJECTIONS = [
  "' OR '1'='1' --",
  '1; DROP TABLE requests; --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '${jndi:ldap://127.0.0.1/a}',
  '\u0000\u0001\u0002',
  '🙂'.repeat(40),
];
const WRONG_TYPES: unknown[] = [12345, true, [], {}, [{ a: 1 }]];

let api: ApiFixture;
let requestId = '';
let reviewCaseId = '';
let agencyId = '';

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
    valid: () => ({ username: 'hostile-new', displayName: '新人', role: 'clerk', password: 'long-enough-password' }),
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
    fields: { 'event.type': 'enum', 'event.on': 'date', 'event.workingDays': 'number', 'event.approvedBy': 'text', expectedEventCount: 'number' },
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
    fields: { agencyId: 'id', 'applicant.kind': 'enum', 'applicant.name': 'text', 'applicant.contact': 'text', informationSought: 'text', formWanted: 'text' },
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
    url: () => '/apply',
    user: null,
    form: true,
    valid: () => ({ agencyId, applicantKind: 'naturalPerson', name: '张三', contact: '13900000000', informationSought: '某信息', formWanted: '电子邮件' }),
    fields: { agencyId: 'id', applicantKind: 'enum', name: 'text', informationSought: 'text', formWanted: 'text' },
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

function withField(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

interface Attempt {
  label: string;
  payload: string;
  contentType: string;
  /** Only this status is right (e.g. 413, 415); otherwise any 4xx. */
  status?: number;
}

function jsonAttempts(route: BodyRoute): Attempt[] {
  const json = (label: string, body: unknown, status?: number): Attempt => ({ label, payload: JSON.stringify(body), contentType: 'application/json', status });
  const valid = route.valid();
  const attempts: Attempt[] = [];
  for (const [path, kind] of Object.entries(route.fields)) {
    for (const wrong of WRONG_TYPES) if (!(kind === 'number' && typeof wrong === 'number')) attempts.push(json(`${path} = ${JSON.stringify(wrong)}`, withField(valid, path, wrong), 400));
    attempts.push(json(`${path} 超长`, withField(valid, path, 'x'.repeat(100_000)), 400));
    if (kind !== 'text') for (const hostile of INJECTIONS) attempts.push(json(`${path} = ${hostile}`, withField(valid, path, hostile)));
  }
  const raw = (label: string, payload: string, contentType = 'application/json', status?: number) => ({ label, payload, contentType, status });
  const body = JSON.stringify(valid).slice(1);
  attempts.push(
    json('未知字段', { ...valid, isAdmin: true }, 400),
    json('数组而非对象', [valid], 400),
    json('字符串而非对象', 'hello', 400),
    raw('__proto__ 污染', `{"__proto__":{"polluted":true},${body}`, 'application/json', 400),
    raw('constructor 污染', `{"constructor":{"prototype":{"polluted":true}},${body}`, 'application/json', 400),
    raw('嵌套 __proto__', `{"x":{"__proto__":{"polluted":true}},${body}`, 'application/json', 400),
    raw('残缺 JSON', '{"a":', 'application/json', 400),
    raw('单引号 JSON', "{'a':1}", 'application/json', 400),
    raw('空请求体', '', 'application/json', 400),
    raw('请求体过大', JSON.stringify({ ...valid, pad: 'x'.repeat(300_000) }), 'application/json', 413),
    raw('text/plain', JSON.stringify(valid), 'text/plain', 415),
    raw('XML', '<request><a>1</a></request>', 'application/xml', 415),
    raw('multipart', '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--', 'multipart/form-data; boundary=b', 415),
  );
  if (!route.form) attempts.push(raw('表单编码', new URLSearchParams({ a: '1' }).toString(), 'application/x-www-form-urlencoded', 415));
  return attempts;
}

function formAttempts(route: BodyRoute): Attempt[] {
  const form = (label: string, body: Record<string, unknown>, status?: number): Attempt => ({
    label,
    payload: new URLSearchParams(body as Record<string, string>).toString(),
    contentType: 'application/x-www-form-urlencoded',
    status,
  });
  const valid = route.valid();
  const attempts: Attempt[] = [];
  for (const [path, kind] of Object.entries(route.fields)) {
    attempts.push(form(`${path} 超长`, withField(valid, path, 'x'.repeat(100_000)), 400));
    attempts.push(form(`${path} 为空`, withField(valid, path, ''), 400));
    if (kind !== 'text') for (const hostile of INJECTIONS) attempts.push(form(`${path} = ${hostile}`, withField(valid, path, hostile)));
  }
  attempts.push(
    { label: '__proto__ 字段', payload: `__proto__[polluted]=1&${new URLSearchParams(valid as Record<string, string>)}&__proto__=x`, contentType: 'application/x-www-form-urlencoded' },
    { label: '请求体过大', payload: `pad=${'x'.repeat(300_000)}`, contentType: 'application/x-www-form-urlencoded', status: 413 },
    { label: 'text/plain', payload: 'a=1', contentType: 'text/plain', status: 415 },
    { label: '残缺 JSON', payload: '{"a":', contentType: 'application/json', status: 400 },
  );
  return attempts;
}

describe('hostile payloads (sqlite)', () => {
  beforeAll(async () => {
    api = await startApi('sqlite');
    agencyId = api.tenancy.a.id;
    const registered = await api.call('clerk.a', { method: 'POST', url: '/api/v1/requests', payload: intakeBody(0) });
    requestId = registered.json().request.id;
    const filed = await api.call('clerk.a', { method: 'POST', url: '/api/v1/review-cases', payload: { kind: 'review', filedOn: '2026-11-05' } });
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
      expect(response.json().error?.code, `${url}: ${response.body}`).toMatch(/^[a-z]+\.[A-Za-z]+$/);
      expect(await rowCounts(api.database.db), url).toEqual(before);
    }
  });

  it('stores injection text in free-text fields verbatim and shows it escaped', async () => {
    const hostile = `<script>alert("x")</script>' OR 1=1 --`;
    const submitted = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: { agencyId, applicant: { kind: 'naturalPerson', name: hostile, idDocument: null, contact: hostile }, informationSought: hostile, formWanted: '纸质文本' },
    });
    expect(submitted.statusCode).toBe(201);
    const list = await api.call('clerk.a', { method: 'GET', url: `/api/v1/requests?q=${encodeURIComponent('<script>')}` });
    expect(list.json().items[0].informationSought).toBe(hostile);
    const page = await api.app.inject({
      method: 'POST',
      url: '/apply',
      payload: new URLSearchParams({ agencyId: 'no-such-agency', applicantKind: 'naturalPerson', name: hostile, contact: 'x', informationSought: hostile, formWanted: '纸质文本' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(page.statusCode).toBe(404);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('names the failing field in Chinese', async () => {
    const body = { ...intakeBody(3), applicant: { ...intakeBody(3).applicant, name: 'x'.repeat(101) }, arrivedOn: '2026-02-30' };
    const response = await api.call('clerk.a', { method: 'POST', url: '/api/v1/requests', payload: body });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('http.invalidInput');
    expect(response.json().error.message).toContain('请求体字段 arrivedOn：日期不存在');
    expect(response.json().error.message).toContain('请求体字段 applicant.name：长度应不超过 100 个字符');
  });
});
