// Published annual reports over HTTP on both engines, on the demo (whose 2023 went through review and sign-off when
// it loaded): the review's routes (submit, review, sign-off) with their refusals in Chinese — roles, years, 更正说明,
// separation of duties, the N-1 gate, stale and concurrent steps —, corrections as new versions with their 更正说明
// (earlier ones kept and frozen), the report in the portal's catalogue under 年报, the portal's pages and DOCX/XLSX
// downloads written from the snapshot, and bad addresses answered in Chinese — 400 for a malformed year or version,
// 404 for what is not published — never a 500, NUL bytes included.
import { existsSync } from 'node:fs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import type { Agency } from '../../src/services/agencies.ts';
import { listAuditTrail } from '../../src/services/audit.ts';
import { loadDemo } from '../../src/services/demo/load.ts';
import { testContext } from '../context.ts';
import { readReportPdf } from '../../src/formats/read/index.ts';
import { chromiumPath, closePdfBrowser } from '../../src/formats/write/pdf.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../db.ts';
import { demoSession } from './demo-session.ts';
import { intakeBody } from './seed.ts';

describe.each(ENGINES)('published annual reports (%s)', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let agency: Agency;
  let site: string;
  const cookies = new Map<string, string>();

  const as = (username: string, options: InjectOptions) =>
    app.inject({ ...options, headers: { ...options.headers, cookie: cookies.get(username)! } });
  const step = (username: string, year: number | string, path: string, payload: object = {}) =>
    as(username, { method: 'POST', url: `/api/v1/reports/annual/${year}/workflow/${path}`, payload });
  const submit = (username: string, year: number | string, payload: object = {}) =>
    step(username, year, 'submit', { expectedState: 'draft', ...payload });
  const approve = (username: string, year: number) =>
    step(username, year, 'review', { expectedState: 'inReview', decision: 'approve' });
  const signOff = (username: string, year: number, payload: object = {}) =>
    step(username, year, 'sign-off', { expectedState: 'awaitingSignOff', ...payload });
  const errorOf = (response: { json(): { error: { code: string; message: string } } }) =>
    response.json().error;
  const versionsOf = async (year: number) =>
    (await as('demo-leader', { method: 'GET', url: `/api/v1/reports/annual/publications?year=${year}` }))
      .json()
      .items.map((p: { version: number }) => p.version);

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const ctx = testContext(database.db);
    ({ agency } = await loadDemo(ctx, SYSTEM_ACTOR));
    site = `/${agency.code}/`;
    app = await buildServer({ ctx, config: { loginRateLimit: { max: 1000, windowMs: 60_000 } } });
    for (const username of ['demo-clerk', 'demo-head', 'demo-leader', 'demo-supervisor'])
      cookies.set(username, await demoSession(app, username));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('the demo published 2023 once, through review and sign-off by three people, audited', async () => {
    expect(await versionsOf(2023)).toEqual([1]);
    const trail = await listAuditTrail(database.db, { subjectType: 'annualReport', limit: 10 });
    expect(trail.map((t) => [t.actor, t.action]).sort()).toEqual([
      ['demo-clerk', 'annualReport.narrativeSaved'],
      ['demo-clerk', 'annualReport.submitted'],
      ['demo-head', 'annualReport.reviewed'],
      ['demo-leader', 'annualReport.published'],
      ['demo-leader', 'annualReport.signedOff'],
    ]);
    const workflow = await as('demo-clerk', { method: 'GET', url: '/api/v1/reports/annual/2023/workflow' });
    expect(workflow.statusCode).toBe(200);
    expect(workflow.json()).toMatchObject({ state: 'published', stateLabel: '已发布', publishedVersions: 1 });
    expect(workflow.json().current.steps.map((s: { actor: string }) => s.actor)).toEqual([
      '演示承办人',
      '演示公开办负责人',
      '演示签发领导',
    ]);
    // In the portal's catalogue under 年报, pointing at the report's page.
    const catalogue = await app.inject({ url: `${site}catalogue?category=annualReport` });
    expect(catalogue.statusCode).toBe(200);
    expect(catalogue.body).toContain(`${agency.name}2023年政府信息公开工作年度报告`);
    const itemPath = new RegExp(`href="(${site}catalogue/[0-9a-f-]{36})"`).exec(catalogue.body)![1]!;
    const item = await app.inject({ url: itemPath });
    expect(item.statusCode).toBe(200);
    expect(item.body).toContain('年报');
    expect(item.body).toContain(`href="${site}reports/2023"`);
  });

  it('refuses the wrong roles, a year not over, a bad 更正说明, a stale step, in Chinese', async () => {
    const clerk = await signOff('demo-clerk', 2023);
    expect(clerk.statusCode).toBe(403);
    expect(errorOf(clerk).code).toBe('auth.forbidden');
    expect(errorOf(clerk).message).toContain('签发年度报告');
    const leader = await submit('demo-leader', 2023, { expectedState: 'published', correctionNote: '更正' });
    expect(leader.statusCode).toBe(403);
    const supervisor = await submit('demo-supervisor', 2023, {
      agencyId: agency.id,
      expectedState: 'published',
      correctionNote: '更正',
    });
    expect(supervisor.statusCode).toBe(403);

    const thisYear = await submit('demo-clerk', 2026);
    expect(thisYear.statusCode).toBe(422);
    expect(errorOf(thisYear)).toEqual({
      code: 'reports.yearNotOver',
      message: '2026 年尚未结束，不能发布该年度的年度报告',
    });
    const noNote = await submit('demo-clerk', 2023, { expectedState: 'published' });
    expect(noNote.statusCode).toBe(409);
    expect(errorOf(noNote).code).toBe('reports.correctionNoteRequired');
    expect(errorOf(noNote).message).toContain('更正说明');
    const published = { expectedState: 'published' };
    expect((await submit('demo-clerk', 2023, { ...published, correctionNote: '   ' })).statusCode).toBe(400);
    expect(
      (await submit('demo-clerk', 2023, { ...published, correctionNote: '更正\u0000说明' })).statusCode,
    ).toBe(400);
    const firstWithNote = await submit('demo-clerk', 2022, { correctionNote: '更正' });
    expect(errorOf(firstWithNote).code).toBe('reports.correctionNoteUnexpected');
    for (const year of ['abc', '99999', '%00'])
      expect((await submit('demo-clerk', year)).statusCode).toBe(400);
    const wrongState = await step('demo-head', 2023, 'review', {
      expectedState: 'draft',
      decision: 'approve',
    });
    expect(wrongState.statusCode).toBe(400);
    // The page said 待审核, but 2023 is published: someone else moved it.
    const stale = await approve('demo-head', 2023);
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale)).toEqual({
      code: 'platform.concurrentChange',
      message: '该事项已被他人更新，请刷新后重试',
    });
    expect(await versionsOf(2023)).toEqual([1]);
  });

  it('separation of duties and the N-1 gate over HTTP', async () => {
    // The office head submits 2022; the same head may not review it.
    expect((await submit('demo-head', 2022)).statusCode).toBe(200);
    const own = await approve('demo-head', 2022);
    expect(own.statusCode).toBe(422);
    expect(errorOf(own)).toEqual({
      code: 'reports.reviewerIsSubmitter',
      message: '审核人不能是提交人本人（演示公开办负责人），请由其他负责人审核',
    });
    const returnBare = await step('demo-head', 2022, 'review', {
      expectedState: 'inReview',
      decision: 'return',
    });
    expect(returnBare.statusCode).toBe(400);
    expect(errorOf(returnBare).message).toContain('退回时须填写审核意见');

    // A typed figure contradicting the tables of 2020 (0 requests that year).
    const saved = await as('demo-clerk', {
      method: 'PUT',
      url: '/api/v1/reports/annual/2020/narrative',
      payload: { sections: { overview: '本年度共收到政府信息公开申请12件，办结12件。' } },
    });
    expect(saved.statusCode).toBe(200);
    const refused = await submit('demo-clerk', 2020);
    expect(refused.statusCode).toBe(422);
    expect(errorOf(refused).code).toBe('reports.narrativeContradictsTables');
    expect(errorOf(refused).message).toMatch(/^年度报告叙述中的数字与表格不一致：.*12.*请修改后再提交/);
    const reason = '该数字为全系统口径，已在第六部分说明差异。';
    const accepted = await submit('demo-clerk', 2020, { overrideReason: reason });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'inReview', current: { overrideReason: reason } });
    expect(accepted.json().contradictions.length).toBeGreaterThan(0);
  });

  it('a correction is version 2 through the three steps; version 1 stays, frozen as it was published', async () => {
    // A request of 2023 registered late changes the data (received 29 → 30) but no published version.
    const late = await as('demo-clerk', {
      method: 'POST',
      url: '/api/v1/requests',
      payload: { ...intakeBody(1), arrivedOn: '2023-12-20' },
    });
    expect(late.statusCode).toBe(201);
    const page1 = await app.inject({ url: `${site}reports/2023` });
    expect(page1.body).toContain('新收到政府信息公开申请29件');

    const note = '补录 2023 年 12 月 20 日收到的 1 件申请，表三相应更新。';
    const submitted = await submit('demo-clerk', 2023, { expectedState: 'published', correctionNote: note });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      state: 'inReview',
      current: { cycle: 2, correctionNote: note },
    });
    expect(submitted.json().snapshot.tables.applications.received.at(-1)).toBe(30);
    expect((await approve('demo-head', 2023)).json().state).toBe('awaitingSignOff');
    const signed = await signOff('demo-leader', 2023);
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ state: 'published', publishedVersions: 2 });
    expect(await versionsOf(2023)).toEqual([2, 1]);

    const list = await app.inject({ url: `${site}reports` });
    expect(list.body).toContain('已更正（第 2 版）');
    const latest = await app.inject({ url: `${site}reports/2023` });
    expect(latest.body).toContain('新收到政府信息公开申请30件');
    expect(latest.body).toContain(note);
    expect(latest.body).toContain(`href="${site}reports/2023?version=1"`);
    const first = await app.inject({ url: `${site}reports/2023?version=1` });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('新收到政府信息公开申请29件');
    expect(first.body).toContain('已于 2026-12-04 更正');
    expect(first.body).toContain(`${site}reports/2023.docx?version=1`);
  });

  it('two sign-offs at once: one publishes, the other is a concurrent change — never a 500', async () => {
    expect((await submit('demo-clerk', 2021)).statusCode).toBe(200);
    expect((await approve('demo-head', 2021)).statusCode).toBe(200);
    const both = await Promise.all([signOff('demo-leader', 2021), signOff('demo-leader', 2021)]);
    const outcomes = both.map((r) => (r.statusCode === 200 ? r.json().state : errorOf(r).code)).sort();
    expect(outcomes).toEqual(['platform.concurrentChange', 'published']);
    expect(await versionsOf(2021)).toEqual([1]);
  });

  // Issue 11: the frozen version printed by Chromium; the PDF reads back with version 1's figures.
  it.skipIf(!existsSync(chromiumPath()))(
    'a published version downloads as a PDF that reads back',
    async () => {
      const page = await app.inject({ url: `${site}reports/2023?version=1` });
      expect(page.body).toContain(`${site}reports/2023.pdf?version=1`);
      const pdf = await app.inject({ url: `${site}reports/2023.pdf?version=1` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toContain('annual-report-2023.pdf');
      const { report } = await readReportPdf(new Uint8Array(pdf.rawPayload));
      expect(report.tables.applications!.received).toEqual([27, 2, 0, 0, 0, 0, 29]);
      await closePdfBrowser();
    },
    60_000,
  );

  it('downloads are a DOCX and an XLSX of the frozen report, named in Chinese', async () => {
    const title = `${agency.name}2023年政府信息公开工作年度报告`;
    const docx = await app.inject({ url: `${site}reports/2023.docx` });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="annual-report-2023.docx"; filename*=UTF-8''${encodeURIComponent(`${title}.docx`)}`,
    );
    const documentOf = (bytes: Buffer) => strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(documentOf(docx.rawPayload)).toContain('收到和处理政府信息公开申请情况');
    // Each version's download is its own frozen report: version 1 says 29 received, as published; the latest 30.
    expect(documentOf(docx.rawPayload)).toContain('新收到政府信息公开申请30件');
    const firstDocx = await app.inject({ url: `${site}reports/2023.docx?version=1` });
    expect(documentOf(firstDocx.rawPayload)).toContain('新收到政府信息公开申请29件');

    const xlsx = await app.inject({ url: `${site}reports/2023.xlsx?version=1` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent(`${title}（第1版）.xlsx`));
    expect(Object.keys(unzipSync(xlsx.rawPayload))).toContain('xl/workbook.xml');
    // A frozen version never changes: a browser that has it revalidates for nothing.
    const again = await app.inject({
      url: `${site}reports/2023.xlsx?version=1`,
      headers: { 'if-none-match': xlsx.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(xlsx.headers['cache-control']).toBe('public, max-age=60');
  });

  it('malformed years and versions are a 400 page in Chinese; what is not published a 404 page', async () => {
    // A wrong year leads back to the list of years; a wrong version to the report without it.
    const wrongYears = ['abc', '99999', '1999', '%00', '2023%00', '%00.docx'].map((y) => [
      `reports/${y}`,
      'reports',
    ]);
    const wrongVersions = [
      ['reports/2023?version=abc', 'reports/2023'],
      ['reports/2023?version=0', 'reports/2023'],
      ['reports/2023?version=%00', 'reports/2023'],
      ['reports/2023.docx?version=99999', 'reports/2023.docx'],
      ['reports/2023?version=1&version=2', 'reports/2023'],
    ];
    for (const [path, back] of [...wrongYears, ...wrongVersions]) {
      const response = await app.inject({ url: `${site}${path}` });
      expect(response.statusCode, path).toBe(400);
      expect(response.headers['content-type'], path).toContain('text/html');
      expect(response.body, path).toContain('网址参数有误');
      expect(response.body, path).toContain(`<a href="${site}${back}">清除条件重新查看</a>`);
    }
    for (const path of [
      'reports/2022',
      'reports/2022.docx',
      'reports/2023?version=9',
      'reports/2023.xlsx?version=9',
      'reports/2023.odt',
      'reports/2023.docx.zip',
    ]) {
      const response = await app.inject({ url: `${site}${path}` });
      expect(response.statusCode, path).toBe(404);
      expect(response.headers['content-type'], path).toContain('text/html');
      expect(response.body, path).toContain('页面不存在');
    }
    for (const url of ['/%00/reports', '/%00/reports/2023', `/ZZZ999/reports/2023.docx`]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
    }
  });
});
