// Malformed, oversized and hostile input on every catalogue route (src/server/api/publications): each answers
// 4xx with { error: { code, message } } in Chinese, never a 500, and writes nothing (catalogue tables and the
// audit log keep their row counts). Bodies reuse the field-driven generator of the platform routes; attachments
// get their own hostile files; every GET gets bad query strings and path parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { reviewApprovals, startApi, type ApiFixture } from './fixture.ts';
import { multipart } from './portal-site.ts';
import { rowCounts } from './row-counts.ts';
import { INJECTIONS, jsonAttempts, type Attempt, type BodyRoute } from './hostile-attempts.ts';

const DRAFT = {
  title: '关于试鸣防空警报的通告',
  publishingBody: '测试市甲局',
  genre: 'notice',
  category: 'notice',
  summary: '试鸣警报',
  body: '<p>正文</p>',
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let api: ApiFixture;
let draftId = '';
let publishedId = '';
let agencyId = '';

const ROUTES: BodyRoute[] = [
  {
    name: '新建草稿',
    method: 'POST',
    url: () => '/api/v1/publications',
    user: 'clerk.a',
    valid: () => ({ ...DRAFT, writtenOn: '2026-11-02', art20Item: 1 }),
    fields: {
      title: 'text',
      publishingBody: 'text',
      genre: 'enum',
      category: 'enum',
      summary: 'text',
      writtenOn: 'date',
      art20Item: 'number',
    },
  },
  {
    name: '修改草稿',
    method: 'PUT',
    url: () => `/api/v1/publications/${draftId}`,
    user: 'clerk.a',
    valid: () => ({ ...DRAFT, writtenOn: '2026-11-02' }),
    fields: { title: 'text', publishingBody: 'text', genre: 'enum', category: 'enum', writtenOn: 'date' },
  },
  {
    name: '审核',
    method: 'POST',
    url: () => `/api/v1/publications/${draftId}/review`,
    user: 'officeHead.a',
    valid: () => ({ type: 'return', step: 'departmentReview', comment: '请补充' }),
    fields: { type: 'enum', step: 'id', comment: 'text' },
  },
  {
    name: '登记发布渠道',
    method: 'POST',
    url: () => `/api/v1/publications/${publishedId}/channels`,
    user: 'clerk.a',
    valid: () => ({
      channel: 'wechat',
      account: '测试市甲局',
      releasedOn: '2026-11-02',
      url: 'https://example.gov.cn/a',
    }),
    fields: { channel: 'enum', account: 'text', releasedOn: 'date', url: 'text' },
  },
  {
    name: '填报表二外部数据',
    method: 'PUT',
    url: () => '/api/v1/publications/figures/2025/penalty',
    user: 'officeHead.a',
    valid: () => ({ value: 3, source: '行政执法监督平台' }),
    fields: { value: 'number', source: 'text' },
  },
];

/** The body-less actions: only the envelope can be hostile. */
const NO_BODY_ROUTES = [
  { name: '提交审核', url: () => `/api/v1/publications/${draftId}/submit` },
  { name: '发布', url: () => `/api/v1/publications/${draftId}/publish` },
];

async function expectRefused(user: string | null, options: InjectOptions, label: string, status?: number) {
  const before = await rowCounts(api.database.db);
  const response = await api.call(user, options);
  const where = `${label}: ${response.statusCode} ${response.body.slice(0, 200)}`;
  if (status) expect(response.statusCode, where).toBe(status);
  expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, where).toBeLessThan(500);
  const { error } = response.json();
  expect(error.code, where).toMatch(/^[a-z]+\.[A-Za-z]+$/);
  expect(error.message, where).toMatch(/[\u4e00-\u9fff]/);
  expect(await rowCounts(api.database.db), where).toEqual(before);
  expect(({} as Record<string, unknown>).polluted, where).toBeUndefined();
  return error.code as string;
}

const send = (route: { method?: string; url: () => string }, attempt: Attempt): InjectOptions => ({
  method: (route.method ?? 'POST') as 'POST',
  url: route.url(),
  payload: attempt.payload,
  headers: { 'content-type': attempt.contentType },
});

describe('hostile payloads on the catalogue (sqlite)', () => {
  beforeAll(async () => {
    api = await startApi('sqlite');
    agencyId = api.tenancy.a.id;
    const created = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/publications',
      payload: DRAFT,
    });
    draftId = created.json().id;
    const toPublish = (
      await api.call('clerk.a', { method: 'POST', url: '/api/v1/publications', payload: DRAFT })
    ).json().id;
    await api.call('clerk.a', { method: 'POST', url: `/api/v1/publications/${toPublish}/submit` });
    for (const [approver, step] of reviewApprovals('a')) {
      await api.call(approver, {
        method: 'POST',
        url: `/api/v1/publications/${toPublish}/review`,
        payload: { type: 'approve', step },
      });
    }
    const published = await api.call('clerk.a', {
      method: 'POST',
      url: `/api/v1/publications/${toPublish}/publish`,
    });
    expect(published.statusCode, published.body).toBe(200);
    publishedId = toPublish;
  });
  afterAll(() => api.close());

  for (const route of ROUTES) {
    it(`${route.name}：${route.method}`, async () => {
      const attempts = jsonAttempts(route);
      expect(attempts.length).toBeGreaterThan(15);
      for (const attempt of attempts)
        await expectRefused(
          route.user,
          send(route, attempt),
          `${route.name} / ${attempt.label}`,
          attempt.status,
        );
    });
  }

  for (const route of NO_BODY_ROUTES) {
    it(`${route.name}：hostile envelopes and path parameters`, async () => {
      const attempts: Attempt[] = [
        { label: '残缺 JSON', payload: '{"a":', contentType: 'application/json', status: 400 },
        {
          label: '__proto__',
          payload: '{"__proto__":{"polluted":true}}',
          contentType: 'application/json',
          status: 400,
        },
        {
          label: '请求体过大',
          payload: JSON.stringify({ pad: 'x'.repeat(300_000) }),
          contentType: 'application/json',
          status: 413,
        },
        { label: 'text/plain', payload: 'a=1', contentType: 'text/plain', status: 415 },
        { label: 'XML', payload: '<a/>', contentType: 'application/xml', status: 415 },
      ];
      for (const attempt of attempts)
        await expectRefused(
          'clerk.a',
          send(route, attempt),
          `${route.name} / ${attempt.label}`,
          attempt.status,
        );
      for (const id of [
        'x'.repeat(65),
        encodeURIComponent("' OR 1=1 --"),
        encodeURIComponent('../../etc/passwd'),
        'no-such-item',
      ]) {
        await expectRefused(
          'clerk.a',
          { method: 'POST', url: route.url().replace(draftId, id) },
          `${route.name} / id ${id.slice(0, 20)}`,
        );
      }
    });
  }

  it('refuses hostile attachment files and names', async () => {
    const url = `/api/v1/publications/${draftId}/attachments`;
    const upload = (fileName: string, bytes: Buffer) => ({
      method: 'POST' as const,
      url,
      ...multipart({}, [{ name: 'file', fileName, content: bytes }]),
    });
    const cases: [string, InjectOptions, string?][] = [
      [
        'HTML 冒充 PDF',
        upload('通告.pdf', Buffer.from('<html><script>alert(1)</script></html>')),
        'publications.attachmentType',
      ],
      [
        '可执行文件冒充 PDF',
        upload('通告.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00')),
        'publications.attachmentType',
      ],
      ['PDF 改名为 exe', upload('通告.exe', PDF), 'publications.attachmentMismatch'],
      [
        'SVG',
        upload('图.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')),
        'publications.attachmentType',
      ],
      ['空文件', upload('空.pdf', Buffer.alloc(0)), 'publications.attachmentEmpty'],
      [
        'JSON 而非 multipart',
        { method: 'POST', url, payload: { fileName: '通告.pdf' } },
        'platform.uploadNotMultipart',
      ],
      ['没有文件', { method: 'POST', url, ...multipart({ note: '只有字段' }) }, 'platform.uploadMissing'],
      [
        '文件不在 file 字段',
        { method: 'POST', url, ...multipart({}, [{ fileName: '通告.pdf', content: PDF }]) },
      ],
      [
        '残缺的 multipart',
        { method: 'POST', url, headers: multipart({}).headers, payload: '--x\r\nContent-Disposition: form' },
      ],
      ['路径穿越 ../', upload('../../../etc/passwd.pdf', PDF)],
      ['路径穿越 ..\\', upload('..\\..\\windows\\system32\\a.pdf', PDF)],
      ['绝对路径', upload('/etc/cron.d/a.pdf', PDF)],
      ['NUL 截断', upload('通告.pdf\u0000.exe', PDF)],
      ['控制字符', upload('通\r\n告.pdf', PDF)],
      ['只有空白', upload('   ', PDF)],
      ['文件名过长', upload(`${'长'.repeat(300)}.pdf`, PDF)],
    ];
    for (const [label, options, code] of cases) {
      const got = await expectRefused('clerk.a', options, `附件 / ${label}`);
      if (code) expect(got, label).toBe(code);
    }
  });

  it('refuses absurd table 二 figures', async () => {
    for (const value of [1e308, 1e15, -1, 0.5, Number.MAX_SAFE_INTEGER + 2]) {
      await expectRefused(
        'officeHead.a',
        {
          method: 'PUT',
          url: '/api/v1/publications/figures/2025/penalty',
          payload: { value, source: '行政执法监督平台' },
        },
        `表二 ${value}`,
        400,
      );
    }
    for (const url of [
      '/api/v1/publications/figures/abc/penalty',
      '/api/v1/publications/figures/2025/bogus',
      '/api/v1/publications/figures/1900/penalty',
    ]) {
      await expectRefused(
        'officeHead.a',
        { method: 'PUT', url, payload: { value: 1, source: '行政执法监督平台' } },
        url,
        400,
      );
    }
  });

  it('refuses malformed query strings and path parameters on every GET', async () => {
    const staff = [
      '/api/v1/publications?page=0',
      '/api/v1/publications?pageSize=100000',
      '/api/v1/publications?status=bogus',
      '/api/v1/publications?category=%00',
      '/api/v1/publications?unknown=1',
      `/api/v1/publications?agencyId=${'x'.repeat(65)}`,
      '/api/v1/publications/search',
      `/api/v1/publications/search?q=${'检'.repeat(101)}`,
      '/api/v1/publications/search?q=a&art20Item=99',
      '/api/v1/publications/search?q=a&year=abc',
      '/api/v1/publications/search?q=a&extra=1',
      `/api/v1/publications/${'x'.repeat(65)}`,
      `/api/v1/publications/${encodeURIComponent("' OR 1=1 --")}`,
      '/api/v1/publications/no-such-item',
      '/api/v1/publications/annual/abc',
      '/api/v1/publications/annual/1900',
      '/api/v1/publications/annual/2025?agencyId=',
      '/api/v1/publications/annual/2025?x=1',
    ];
    const publicUrls = [
      '/api/v1/public/catalogue',
      `/api/v1/public/catalogue?agencyId=${agencyId}&year=1e9`,
      `/api/v1/public/catalogue?agencyId=${agencyId}&category=bogus`,
      `/api/v1/public/catalogue?agencyId=${agencyId}&page=-1`,
      `/api/v1/public/catalogue?agencyId=${agencyId}&status=draft`,
      '/api/v1/public/catalogue/search?q=',
      `/api/v1/public/catalogue/search?q=${'x'.repeat(101)}`,
      '/api/v1/public/catalogue/search?q=a&validity=bogus',
      `/api/v1/public/catalogue/${draftId}`,
      `/api/v1/public/catalogue/${'x'.repeat(65)}`,
      `/api/v1/public/catalogue/${draftId}/attachments`,
      `/api/v1/public/catalogue/${encodeURIComponent('../../etc/passwd')}/attachments`,
      '/api/v1/public/attachments/no-such-attachment',
      `/api/v1/public/attachments/${'x'.repeat(65)}`,
      '/api/v1/public/agencies/no-such-agency/guide',
      `/api/v1/public/agencies/${'x'.repeat(65)}/guide`,
      '/api/v1/public/agencies/no-such-agency/feed.atom',
      `/api/v1/public/agencies/${encodeURIComponent("' OR 1=1 --")}/feed.atom`,
      ...INJECTIONS.map((s) => `/api/v1/public/catalogue?agencyId=${agencyId}&year=${encodeURIComponent(s)}`),
    ];
    for (const url of staff) await expectRefused('clerk.a', { method: 'GET', url }, url.slice(0, 120));
    for (const url of publicUrls) await expectRefused(null, { method: 'GET', url }, url.slice(0, 120));
  });

  it('stores injection text in a draft verbatim and searches it without breaking the query', async () => {
    const hostile = `' OR 1=1 -- "; DROP TABLE publications; --`;
    const created = await api.call('clerk.a', {
      method: 'POST',
      url: '/api/v1/publications',
      payload: { ...DRAFT, title: hostile },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().title).toBe(hostile);
    for (const q of [hostile, '"', "'", '%', '_', '*', 'NEAR(', 'a OR b', '\\']) {
      const search = await api.call('clerk.a', {
        method: 'GET',
        url: `/api/v1/publications/search?q=${encodeURIComponent(q)}`,
      });
      expect(search.statusCode, `${q}: ${search.body}`).toBe(200);
      const open = await api.call(null, {
        method: 'GET',
        url: `/api/v1/public/catalogue/search?q=${encodeURIComponent(q)}`,
      });
      expect(open.statusCode, `${q}: ${open.body}`).toBe(200);
    }
  });
});
