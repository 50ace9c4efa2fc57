// /{code}/apply and /track at the HTTP level on both engines: the upload's refusals (too large, a renamed
// executable, a bidi or path name, too many files) come back as the form in Chinese and write nothing; hostile
// fields (NUL bytes, overlong strings) are a 400 page, never a 500 — PostgreSQL refuses NUL in text, so they must
// be stopped before a query; a forged query code is refused; the staff read the material of their own agency only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/services/clock.ts';
import { TEST_NOW } from '../context.ts';
import { ENGINES } from '../db.ts';
import { startApi, type ApiFixture } from './fixture.ts';
import { multipart, PDF, siteOf, urlencoded } from './portal-site.ts';

const MAX_FILE_BYTES = 64 * 1024;

describe.each(ENGINES)('public apply and track pages (%s)', (engine) => {
  let api: ApiFixture;
  let site: string;
  beforeAll(async () => {
    api = await startApi(
      engine,
      { publicUploads: { maxFileBytes: MAX_FILE_BYTES, maxFiles: 2 } },
      fixedClock(TEST_NOW),
    );
    site = await siteOf(api, 'a');
    await siteOf(api, 'c');
  });
  afterAll(() => api.close());

  const fields = (name: string) => ({
    applicantKind: 'naturalPerson',
    name,
    idDocument: '居民身份证 370000200001010000',
    contact: '13800000000',
    email: 'applicant@example.com',
    informationSought: '2026 年人防工程名录',
    formWanted: '电子邮件',
  });
  const apply = (body: { headers: Record<string, string>; payload: string | Buffer }) =>
    api.app.inject({ method: 'POST', url: `${site}apply`, ...body });
  const rowsIn = async (table: 'requests' | 'request_attachments') =>
    Number(
      (
        await api.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const requestRows = () => rowsIn('requests');
  const attachmentRows = () => rowsIn('request_attachments');
  const summaryOf = (body: string) => /<div class="errors"[\s\S]*?<\/div>/.exec(body)?.[0] ?? '';

  it('the platform /apply sends the reader to the index; the form names its agency and offers no other', async () => {
    const old = await api.app.inject({ method: 'GET', url: '/apply' });
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/');
    const posted = await api.app.inject({ method: 'POST', url: '/apply', ...urlencoded(fields('旧地址')) });
    expect(posted.statusCode).toBe(303);
    const form = await api.app.inject({ method: 'GET', url: `${site}apply` });
    expect(form.statusCode).toBe(200);
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toContain(api.tenancy.a.name);
    expect(form.body).not.toContain('name="agencyId"');
    expect(form.body).toContain('enctype="multipart/form-data"');
    expect(form.body).toContain('接收通知的电子邮箱（选填）');
  });

  it('an empty submission names every missing field in Chinese, with no enum codes', async () => {
    const response = await apply(multipart({ submissionKey: 'empty-submission-key' }));
    expect(response.statusCode).toBe(400);
    const summary = summaryOf(response.body);
    for (const message of [
      '请选择申请人类型',
      '请填写申请人姓名或名称',
      '请填写联系方式',
      '请填写申请公开的政府信息',
      '请选择获取信息的方式',
    ])
      expect(summary).toContain(message);
    expect(summary).not.toMatch(/naturalPerson|commercialEnterprise|长度应不少于/);
    expect(summary).toContain('href="#applicantKind"');
  });

  it('files a request with a PDF; clerks of the agency list and download it, others cannot', async () => {
    const response = await apply(
      multipart({ submissionKey: `with-file-${engine}`, ...fields('上传者') }, [
        { fileName: '身份证明.pdf', type: 'application/pdf', content: PDF },
      ]),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('身份证明.pdf');
    const tracking = /id="tracking-number">([^<]+)</.exec(response.body)![1]!;
    const list = await api.call('clerk.a', { method: 'GET', url: `/api/v1/requests?q=${tracking}` });
    const request = list.json().items[0];
    expect(request.applicant.email).toBe('applicant@example.com');

    const files = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests/${request.id}/attachments`,
    });
    expect(files.statusCode, files.body).toBe(200);
    const [file] = files.json().items;
    expect(file).toMatchObject({ fileName: '身份证明.pdf', type: 'pdf', size: PDF.length, seq: 1 });
    const download = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests/${request.id}/attachments/${file.id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.rawPayload.equals(PDF)).toBe(true);

    for (const url of [
      `/api/v1/requests/${request.id}/attachments`,
      `/api/v1/requests/${request.id}/attachments/${file.id}`,
    ]) {
      const other = await api.call('clerk.c', { method: 'GET', url });
      expect(other.statusCode, url).toBe(403);
      expect(other.json().error.code).toBe('auth.otherAgency');
      expect((await api.call(null, { method: 'GET', url })).statusCode).toBe(401);
    }
    const supervisor = await api.call('supervisor.s', {
      method: 'GET',
      url: `/api/v1/requests/${request.id}/attachments`,
    });
    expect(supervisor.statusCode).toBe(200);
    const missing = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests/${request.id}/attachments/00000000-0000-4000-8000-000000000000`,
    });
    expect(missing.statusCode).toBe(404);
    const badId = await api.call('clerk.a', {
      method: 'GET',
      url: `/api/v1/requests/${request.id}/attachments/x%00y`,
    });
    expect(badId.statusCode).toBe(400);
  });

  const refusedUploads: [string, { fileName: string; content: Buffer }[], RegExp][] = [
    [
      'an oversized file',
      [{ fileName: '扫描件.pdf', content: Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES)]) }],
      /超过 0\.1 MB 的上限/,
    ],
    [
      'an .exe renamed .pdf',
      [{ fileName: '身份证.pdf', content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00') }],
      /实际类型为“无法识别”/,
    ],
    [
      'a PNG named .pdf',
      [{ fileName: '照片.pdf', content: Buffer.from('\x89PNG\r\n\x1a\n0000', 'latin1') }],
      /扩展名“pdf”与实际内容（PNG 图片）不符/,
    ],
    ['a bidi override in the name', [{ fileName: '申请书\u202Efdp.exe', content: PDF }], /文字方向控制符/],
    ['a path in the name', [{ fileName: '../../etc/passwd.pdf', content: PDF }], /路径分隔符/],
    [
      'too many files',
      [1, 2, 3].map((n) => ({ fileName: `材料${n}.pdf`, content: PDF })),
      /最多上传 2 个文件/,
    ],
  ];
  it.each(refusedUploads)(
    'refuses %s: the form again in Chinese, nothing written',
    async (_label, files, message) => {
      const [requestsBefore, attachmentsBefore] = [await requestRows(), await attachmentRows()];
      const response = await apply(
        multipart({ submissionKey: 'refused-upload', ...fields('保留的姓名') }, files),
      );
      expect(response.statusCode, response.body).toBe(400);
      expect(summaryOf(response.body)).toMatch(message);
      expect(response.body).toContain('value="保留的姓名"');
      expect(response.headers['cache-control']).toBe('no-store');
      expect([await requestRows(), await attachmentRows()]).toEqual([requestsBefore, attachmentsBefore]);
    },
  );

  it('NUL bytes and overlong strings in the fields are a 400 form, never a 500', async () => {
    const before = await requestRows();
    const attempts = [
      urlencoded({ ...fields('空\u0000字符') }),
      multipart({ ...fields('空字符'), informationSought: '信息\u0000' }),
      urlencoded({ ...fields('很长'), informationSought: '长'.repeat(9_000) }),
      multipart({ ...fields('很长'), name: '名'.repeat(5_000) }),
      multipart({ ...fields('超长'), informationSought: 'x'.repeat(100_000) }),
      urlencoded({ ...fields('超长'), contact: 'x'.repeat(20_000) }),
      multipart({ ...fields('邮箱'), email: 'not-an-address' }),
      multipart({ ...fields('下拉'), applicantKind: 'admin', formWanted: '<script>' }),
      { headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nbroken' },
    ];
    for (const attempt of attempts) {
      const response = await apply(attempt);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
      expect(response.headers['content-type']).toContain('text/html');
      expect(summaryOf(response.body)).not.toBe('');
    }
    expect(await requestRows()).toBe(before);
  });

  it('/track: hostile numbers are a 400 page, a forged code is refused, never a 500', async () => {
    for (const path of ['/track', `${site}track`]) {
      for (const body of [
        { trackingNumber: 'GK2026\u0000AAAAAAAAA', queryCode: '12345678' },
        { trackingNumber: 'G'.repeat(20_000), queryCode: '12345678' },
        { trackingNumber: 'GK2026AAAAAAAAAA', queryCode: '1234\u00005678' },
      ]) {
        const response = await api.app.inject({ method: 'POST', url: path, ...urlencoded(body) });
        expect(response.statusCode, `${path} ${response.body.slice(0, 200)}`).toBe(400);
        expect(response.headers['cache-control']).toBe('no-store');
      }
      const forged = await api.app.inject({
        method: 'POST',
        url: path,
        ...urlencoded({ trackingNumber: 'GK2026AAAAAAAAAA', queryCode: '12345678' }),
      });
      expect(forged.statusCode).toBe(404);
      expect(forged.body).toContain('查询号或查询码不正确');
      const docx = await api.app.inject({
        method: 'POST',
        url: `${path}/reply-letter`,
        ...urlencoded({ trackingNumber: 'GK2026AAAAAAAAAA', queryCode: '12345678' }),
      });
      expect(docx.statusCode).toBe(404);
      expect(docx.headers['content-type']).toContain('text/html');
    }
  });

  it('/track shows the history and, once answered, the letter and its DOCX; another agency’s site finds nothing', async () => {
    const applied = await apply(multipart({ submissionKey: `answered-${engine}`, ...fields('答复读者') }));
    expect(applied.statusCode, applied.body).toBe(201);
    const trackingNumber = /id="tracking-number">([^<]+)</.exec(applied.body)![1]!;
    const queryCode = /id="query-code">([^<]+)</.exec(applied.body)![1]!;
    const lookup = urlencoded({ trackingNumber, queryCode });
    const id = (
      await api.call('clerk.a', { method: 'GET', url: `/api/v1/requests?q=${trackingNumber}` })
    ).json().items[0].id;
    const append = async (user: string, event: Record<string, unknown>) => {
      const response = await api.call(user, {
        method: 'POST',
        url: `/api/v1/requests/${id}/events`,
        payload: { event },
      });
      expect(response.statusCode, response.body).toBe(201);
    };
    await append('clerk.a', { type: 'assigned', on: '2026-12-04', assignee: '内部经办人甲' });
    await append('clerk.a', {
      type: 'consultationStarted',
      on: '2026-12-04',
      party: 'thirdParty',
      consultee: '第三方某公司',
    });
    await append('clerk.a', { type: 'consultationEnded', on: '2026-12-04', party: 'thirdParty' });

    const running = await api.app.inject({ method: 'POST', url: `${site}track`, ...lookup });
    expect(running.statusCode).toBe(200);
    expect(running.headers['cache-control']).toBe('no-store');
    expect(running.body).toContain('收到申请');
    expect(running.body).toContain('征求意见');
    expect(running.body).not.toContain('内部经办人甲');
    expect(running.body).not.toContain('第三方某公司');
    expect(running.body).not.toContain('id="reply-letter"');

    await append('leader.a', {
      type: 'decided',
      on: '2026-12-04',
      outcome: 'granted',
      reasons: '',
      articles: '',
    });
    // Decided but not yet sent: the letter is not the applicant's to read yet.
    const decided = await api.app.inject({ method: 'POST', url: `${site}track`, ...lookup });
    expect(decided.body).not.toContain('id="reply-letter"');
    expect(
      (await api.app.inject({ method: 'POST', url: `${site}track/reply-letter`, ...lookup })).statusCode,
    ).not.toBe(200);
    await append('clerk.a', { type: 'replySent', on: '2026-12-04' });
    for (const path of ['/track', `${site}track`]) {
      const answered = await api.app.inject({ method: 'POST', url: path, ...lookup });
      expect(answered.statusCode).toBe(200);
      expect(answered.body).toContain('id="reply-letter"');
      expect(answered.body).toContain(api.tenancy.a.name);
      expect(answered.body).toContain('答复读者');
      const docx = await api.app.inject({ method: 'POST', url: `${path}/reply-letter`, ...lookup });
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['cache-control']).toBe('no-store');
      expect(docx.headers['content-disposition']).toMatch(/^attachment;/);
      expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    const elsewhere = await api.app.inject({ method: 'POST', url: '/113713000000000C2X/track', ...lookup });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.body).toContain('查询号或查询码不正确');
  });
});

describe('the public pages keep their rate limits (sqlite)', () => {
  let api: ApiFixture;
  let site: string;
  beforeAll(async () => {
    api = await startApi('sqlite', { publicRateLimit: { max: 2, windowMs: 60_000 } }, fixedClock(TEST_NOW));
    site = await siteOf(api, 'a');
  });
  afterAll(() => api.close());

  it('submissions and lookups are counted per address; reading the form is not', async () => {
    for (const url of [`${site}apply`, '/track', `${site}track/reply-letter`]) {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (await api.app.inject({ method: 'POST', url, ...urlencoded({ name: 'x' }) })).statusCode,
        );
      expect(statuses, url).toEqual([400, 400, 429]);
    }
    // The refusal is a page in Chinese for the browser that posted the form, not JSON.
    const refused = await api.app.inject({ method: 'POST', url: '/track', ...urlencoded({ name: 'x' }) });
    expect([refused.statusCode, refused.headers['content-type']]).toEqual([429, 'text/html; charset=utf-8']);
    expect(refused.body).toContain('操作过于频繁');
    expect(refused.body).toMatch(/请 \d+ 秒后再试/);
    for (let i = 0; i < 5; i++)
      expect((await api.app.inject({ method: 'GET', url: `${site}apply` })).statusCode).toBe(200);
  });
});
