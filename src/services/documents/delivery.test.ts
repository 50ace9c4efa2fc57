// Delivery records (issue 13): how and when each paper reached its addressee; where the law counts from the
// applicant's receipt (补正 period, 《条例》第三十条; fee payment window, 国办函〔2020〕109号) the recorded receipt
// moves the deadline.
import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { roadDrawingsRequest } from '../../../test/road-drawings-request.ts';
import type { ServiceContext } from '../context.ts';
import { appendEvent, type AppendEventInput } from '../requests/append-event.ts';
import { requestDetail } from '../requests/detail.ts';
import { trackRequest } from '../requests/public-track.ts';
import { PUBLIC_ACTOR } from '../actor.ts';
import { recordDelivery } from './delivery.ts';
import { generateDocuments } from './generate.ts';
import { renderDocument } from './render.ts';

forEachEngine((_engine, getDb) => {
  const ctx = (): ServiceContext => testContext(getDb());

  async function requestWith(events: unknown[], email: string | null = null) {
    const agency = await makeAgency(getDb());
    const clerk = staffAs('clerk', agency.id);
    const steps = events.map((event) => [clerk, event] as const);
    const { request, queryCode } = await roadDrawingsRequest(ctx(), clerk, steps, { email });
    const { documents } = await generateDocuments(ctx(), clerk, { requestId: request.id });
    return { clerk, request, documents, queryCode };
  }
  const append = (clerk: ReturnType<typeof staffAs>, requestId: string, event: unknown) =>
    appendEvent(ctx(), clerk, { requestId, event } as AppendEventInput);

  // Notice of 2026-11-03 (Tuesday) allowing 10 days: due 2026-11-13 if received the day it is dated.
  const correction = {
    type: 'correctionRequested',
    on: '2026-11-03',
    correctionDueOn: '2026-11-13',
    items: '请写明图纸所属工程的名称。',
  };

  describe('delivery and the clock', () => {
    it('a correction notice received three days after it was sent moves the correction deadline three days', async () => {
      const { clerk, request, documents } = await requestWith([correction]);
      const notice = documents.find((d) => d.kind === 'correctionNotice')!;
      // Not recorded yet: the notice counts from its date, and says the period follows the actual receipt.
      let html = (await renderDocument(ctx(), clerk, { documentId: notice.id, format: 'html' }))
        .content as string;
      expect(html).toContain('即2026年11月13日前（按本告知书成文之日收到计算');
      const recorded = await recordDelivery(ctx(), clerk, {
        documentId: notice.id,
        method: 'post',
        reference: 'EMS1100123456',
        sentOn: '2026-11-03',
        receivedOn: '2026-11-06',
      });
      expect(recorded.delivery).toMatchObject({
        method: 'post',
        methodLabel: '邮寄',
        reference: 'EMS1100123456',
        receivedOn: '2026-11-06',
      });
      html = (await renderDocument(ctx(), clerk, { documentId: notice.id, format: 'html' }))
        .content as string;
      expect(html).toContain('自收到本告知书之日起10日内向本机关提交补正材料，即2026年11月16日前。');
      const detail = await requestDetail(ctx(), clerk, { requestId: request.id });
      expect(detail.deadline.explanation.join('')).toContain('补正期限至2026年11月16日');
      // 第三十条: the applicant has not failed to correct until the moved date has passed.
      await expect(
        append(clerk, request.id, { type: 'correctionLapsed', on: '2026-11-14' }),
      ).rejects.toMatchObject({
        code: 'requests.correctionNotYetDue',
        params: { dueOn: '2026-11-16' },
      });
      await append(clerk, request.id, { type: 'correctionLapsed', on: '2026-11-17' });
    });

    it('without a recorded receipt the same lapse is allowed on the day after the notice’s own date', async () => {
      const { clerk, request } = await requestWith([correction]);
      await append(clerk, request.id, { type: 'correctionLapsed', on: '2026-11-14' });
    });

    it('a fee notice received later moves the payment window (20 working days from the day after receipt)', async () => {
      const fee = {
        type: 'feeNoticeIssued',
        on: '2026-11-03',
        receivedOn: '2026-11-03',
        method: 'perPage',
        amountYuan: 100,
      };
      const { clerk, request, documents } = await requestWith([fee]);
      const notice = documents.find((d) => d.kind === 'feeNotice')!;
      // 2026-11-03 + 20 working days = 2026-12-01; received 2026-11-06 → 2026-12-04.
      await recordDelivery(ctx(), clerk, {
        documentId: notice.id,
        method: 'inPerson',
        reference: '王小明',
        sentOn: '2026-11-06',
        receivedOn: '2026-11-06',
      });
      await expect(append(clerk, request.id, { type: 'feeLapsed', on: '2026-12-02' })).rejects.toMatchObject({
        code: 'requests.feeNotYetLapsed',
        params: { dueOn: '2026-12-04' },
      });
    });

    it('e-mail goes through the outbox; refusals name what is missing', async () => {
      const { clerk, request, documents, queryCode } = await requestWith([], 'wang@example.com');
      const receipt = documents[0]!;
      const tracked = () =>
        trackRequest(ctx(), PUBLIC_ACTOR, { trackingNumber: request.trackingNumber, queryCode });
      expect((await tracked()).papers).toEqual([]);
      await recordDelivery(ctx(), clerk, { documentId: receipt.id, method: 'email', sentOn: '2026-11-02' });
      const outbox = await getDb()
        .selectFrom('notification_outbox')
        .selectAll()
        .where('request_id', '=', request.id)
        .execute();
      expect(outbox).toMatchObject([
        { kind: 'documentDelivered', recipient: 'wang@example.com', event_on: '2026-11-02' },
      ]);
      await expect(
        recordDelivery(ctx(), clerk, { documentId: receipt.id, method: 'post', sentOn: '2026-11-02' }),
      ).rejects.toMatchObject({
        code: 'documents.deliveryIncomplete',
        message: '邮寄须填写邮件运单号',
      });
      await expect(
        recordDelivery(ctx(), clerk, {
          documentId: receipt.id,
          method: 'post',
          reference: 'X1',
          sentOn: '2026-11-05',
          receivedOn: '2026-11-04',
        }),
      ).rejects.toMatchObject({ code: 'documents.receivedBeforeSent' });
      await expect(
        recordDelivery(ctx(), staffAs('clerk', 'another-agency'), {
          documentId: receipt.id,
          method: 'online',
          sentOn: '2026-11-02',
        }),
      ).rejects.toMatchObject({ code: 'auth.otherAgency' });
      const other = await requestWith([]);
      await expect(
        recordDelivery(ctx(), other.clerk, {
          documentId: other.documents[0]!.id,
          method: 'email',
          sentOn: '2026-11-02',
        }),
      ).rejects.toMatchObject({ code: 'documents.noApplicantEmail' });
    });
  });
});
