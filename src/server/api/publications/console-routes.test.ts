// What the staff console asks of the catalogue API: screening by field (the offset within the field the clerk
// edits), the list's filters (returned drafts, year), 待我审核 by the agency's workflow, what each person may do
// with an item now, and an item's attachments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../test/db.ts';
import { startApi, username, type ApiFixture } from '../../../../test/server/fixture.ts';
import { multipart } from '../../../../test/server/portal-site.ts';

const ID_NUMBER = '11010519491231002X';
const draft = {
  title: '关于公布困难群众救助名单的通知',
  publishingBody: '测试市甲局',
  genre: 'notice',
  category: 'notice',
  body: `<p>救助对象：张三。</p><p>身份证号 ${ID_NUMBER}，请核对。</p>`,
};

for (const engine of ENGINES) {
  describe(`${engine}: catalogue API for the console`, () => {
    let api: ApiFixture;
    beforeAll(async () => {
      api = await startApi(engine);
    });
    afterAll(async () => {
      await api?.close();
    });

    const post = (user: string, url: string, payload: object = {}) =>
      api.call(user, { method: 'POST', url: `/api/v1${url}`, payload });
    const get = (user: string, url: string) => api.call(user, { method: 'GET', url: `/api/v1${url}` });

    it('screens by field, queues by workflow step and says who may act', async () => {
      const clerk = username('clerk', 'a');
      const screened = await post(clerk, '/publications/screen', draft);
      expect(screened.statusCode, screened.body).toBe(200);
      const finding = screened
        .json()
        .findings.find((f: { rule: string }) => f.rule === 'screening.personal.idNumber');
      // The offset is within the body's plain text: one line per paragraph.
      const plain = `救助对象：张三。\n身份证号 ${ID_NUMBER}，请核对。`;
      expect(finding.location.section).toBe('正文');
      expect(plain.slice(finding.location.offset, finding.location.offset + finding.location.length)).toBe(
        ID_NUMBER,
      );

      const id = (await post(clerk, '/publications', draft)).json().id as string;
      const blocked = await post(clerk, `/publications/${id}/submit`);
      expect([blocked.statusCode, blocked.json().error.message]).toEqual([
        422,
        '发布前检查发现 1 处必须修改的问题，请修改后再提交',
      ]);
      const kept = (await get(clerk, `/publications/${id}`)).json();
      expect(kept.screeningFindings[0].location).toMatchObject({
        section: '正文',
        offset: finding.location.offset,
      });
      expect(kept.position.may).toMatchObject({ edit: true, submit: true, review: false, publish: false });

      const fixed = { ...draft, body: '<p>救助对象名单见附件。</p>' };
      expect(
        (await api.call(clerk, { method: 'PUT', url: `/api/v1/publications/${id}`, payload: fixed }))
          .statusCode,
      ).toBe(200);
      expect((await post(clerk, `/publications/${id}/submit`)).statusCode).toBe(200);

      const queueOf = async (role: 'clerk' | 'officeHead' | 'leader') =>
        (await get(username(role, 'a'), '/publications/review-queue')).json();
      expect((await queueOf('officeHead')).items.map((i: { id: string }) => i.id)).toEqual([id]);
      expect((await queueOf('officeHead')).items[0].dueStepLabel).toBe('科室审核');
      expect((await queueOf('leader')).total).toBe(0);
      expect((await queueOf('clerk')).total).toBe(0);
      const asHead = (await get(username('officeHead', 'a'), `/publications/${id}`)).json();
      expect(asHead.position.dueStep).toMatchObject({ key: 'departmentReview', label: '科室审核' });
      expect(asHead.position.may.review).toBe(true);
      expect((await get(username('leader', 'a'), `/publications/${id}`)).json().position.may.review).toBe(
        false,
      );
      // Another agency's reviewer sees none of it.
      expect((await get(username('officeHead', 'c'), '/publications/review-queue')).json().total).toBe(0);

      await post(username('officeHead', 'a'), `/publications/${id}/review`, {
        type: 'approve',
        step: 'departmentReview',
      });
      // 保密审查 is open to 公开办负责人 and 签发领导 in the default workflow.
      expect((await queueOf('leader')).items[0].dueStepLabel).toBe('保密审查');
      expect((await queueOf('officeHead')).total).toBe(1);

      const returned = await post(username('leader', 'a'), `/publications/${id}/review`, {
        type: 'return',
        step: 'confidentialityReview',
        comment: '请删去救助对象姓名',
      });
      expect(returned.statusCode, returned.body).toBe(200);
      const list = (await get(clerk, '/publications?status=returned')).json();
      expect(list.items.map((i: { id: string }) => i.id)).toEqual([id]);
      expect((await get(clerk, '/publications?status=inReview')).json().total).toBe(0);
    });

    it('filters the list by year of publication and lists attachments', async () => {
      const clerk = username('clerk', 'a');
      const id = (await post(clerk, '/publications', { ...draft, body: '<p>无</p>' })).json().id as string;
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
      const uploaded = await api.call(clerk, {
        method: 'POST',
        url: `/api/v1/publications/${id}/attachments`,
        ...multipart({}, [{ name: 'file', fileName: '名单.pdf', content: pdf }]),
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const attachments = (await get(clerk, `/publications/${id}/attachments`)).json();
      expect(attachments.items.map((a: { fileName: string }) => a.fileName)).toEqual(['名单.pdf']);
      expect((await get(username('clerk', 'c'), `/publications/${id}/attachments`)).statusCode).toBe(403);
      // Drafts have no 发布日期: a year filter leaves them out.
      expect((await get(clerk, '/publications?year=2024')).json().total).toBe(0);
      expect((await get(clerk, '/publications?status=draft')).json().total).toBe(2);
    });
  });
}
