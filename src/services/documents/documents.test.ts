// Done-when (issue 13): for every request of the demo, every paper its timeline implies is generated, numbered in the
// agency's yearly sequence, and says — per kind, from the table below — the article it rests on, its number, its
// dates and the figures it states; each DOCX has the reply letter's GB/T 9704 layout. A second request, handled
// through every step the demo never takes (fee, 第三十五条, another agency, an overruled third party), covers the
// other kinds; its fee notice states the fee schedule's amount.
import { describe, expect, it } from 'vitest';
import { staffAs } from '../../../test/actors.ts';
import { testContext } from '../../../test/context.ts';
import { forEachEngine } from '../../../test/db.ts';
import { makeAgency } from '../../../test/db/factories.ts';
import { roadDrawingsRequest } from '../../../test/road-drawings-request.ts';
import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS, type DocumentKind } from '../../core/documents/kinds.ts';
import { describeFee, quoteFee } from '../../core/fees/fee.ts';
import type { RequestEvent } from '../../core/requests/events.ts';
import { outcomeLeaf } from '../../core/taxonomy/outcomes.ts';
import type { RequestDocument } from '../../contracts/documents.ts';
import { expectOfficialLetterLayout } from '../../formats/letters/layout.test-helper.ts';
import { chineseDate } from '../../formats/write/dates.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { fixedClock } from '../clock.ts';
import type { ServiceContext } from '../context.ts';
import { loadDemo, DEMO_AGENCY } from '../demo/load.ts';
import { findAgency } from '../agencies.ts';
import { requestDeadline } from '../requests/due-date.ts';
import { generateDocuments, issueDocument, loadRequest } from './generate.ts';
import { renderDocument } from './render.ts';
import { updateDocumentSettings } from './settings.ts';

const REGULATION = '《中华人民共和国政府信息公开条例》';

interface Case {
  ctx: ServiceContext;
  events: readonly RequestEvent[];
  document: RequestDocument;
}

const event = <T extends RequestEvent['type']>(c: Case, type: T) => {
  const e = c.events[c.document.sourceSeq]!;
  expect(e.type).toBe(type);
  return e as Extract<RequestEvent, { type: T }>;
};
const dueWithEventsUpTo = async (c: Case, seq: number, on: string) =>
  requestDeadline(c.events.slice(0, seq + 1), await c.ctx.calendar.current(), on).dueOn!;

/** Per kind: the article the paper cites, the date it bears, and the sentences that state its figures. */
const EXPECTED: Record<
  DocumentKind,
  { article: (c: Case) => string; issuedOn: (c: Case) => string; figures: (c: Case) => Promise<string[]> }
> = {
  receipt: {
    article: () => `${REGULATION}第三十三条第二款`,
    issuedOn: (c) => event(c, 'received').confirmedOn ?? event(c, 'received').on,
    // 第三十三条: 20 working days from the receipt day.
    figures: async (c) => [
      `即${chineseDate(await dueWithEventsUpTo(c, 0, c.document.issuedOn))}前作出答复`,
      `${REGULATION}第三十一条第（`,
    ],
  },
  correctionNotice: {
    article: () => `${REGULATION}第三十条`,
    issuedOn: (c) => event(c, 'correctionRequested').on,
    figures: async (c) => {
      const e = event(c, 'correctionRequested');
      const days = (Date.parse(e.correctionDueOn) - Date.parse(e.on)) / 86_400_000;
      return [
        `需要补正的事项：${e.items}`,
        `自收到本告知书之日起${days}日内`,
        `即${chineseDate(e.correctionDueOn)}前`,
        '视为放弃申请',
      ];
    },
  },
  extensionNotice: {
    article: () => `${REGULATION}第三十三条第二款`,
    issuedOn: (c) => event(c, 'extended').on,
    figures: async (c) => {
      const e = event(c, 'extended');
      return [
        `答复期限延长${e.workingDays}个工作日，延长后的答复期限至${chineseDate(await dueWithEventsUpTo(c, c.document.sourceSeq, e.on))}`,
        `政府信息公开工作机构负责人（${e.approvedBy}）同意`,
      ];
    },
  },
  thirdPartyConsultation: {
    article: () => `${REGULATION}第三十二条`,
    issuedOn: (c) => event(c, 'consultationStarted').on,
    figures: async (c) => [
      `${event(c, 'consultationStarted').consultee}：`,
      '自收到本征求意见书之日起15个工作日内',
      '逾期未提出意见的，由本机关依照',
    ],
  },
  thirdPartyDisclosureNotice: {
    article: () => `${REGULATION}第三十二条`,
    issuedOn: (c) => c.events.find((e) => e.type === 'decided')!.on,
    figures: async (c) => [
      `本机关于${chineseDate(event(c, 'consultationStarted').on)}就申请人申请公开的`,
      '决定予以公开',
    ],
  },
  agencyConsultation: {
    article: () => `${REGULATION}第三十三条第三款、第三十四条`,
    issuedOn: (c) => event(c, 'consultationStarted').on,
    figures: async (c) => [
      `${event(c, 'consultationStarted').consultee}：`,
      '自收到本函之日起15个工作日内提出意见；逾期未提出意见的，视为同意公开',
    ],
  },
  feeNotice: {
    article: () => '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    issuedOn: (c) => event(c, 'feeNoticeIssued').on,
    // The amount is the fee schedule's for the quantities (250 pages in the scenario), and the event's.
    figures: async (c) => {
      const quote = quoteFee({ method: 'perPage', pages: 250 });
      expect(quote.amountYuan).toBe(event(c, 'feeNoticeIssued').amountYuan);
      return [
        ...describeFee(quote),
        `应缴金额：人民币${quote.amountYuan.toLocaleString('zh-CN')}元。`,
        '自收到本通知书次日起20个工作日内缴纳',
      ];
    },
  },
  deferralNotice: {
    article: () => `${REGULATION}第三十五条`,
    issuedOn: (c) => event(c, 'deadlineDeferred').on,
    figures: async (c) => [
      `确定延迟答复的期限为${chineseDate(event(c, 'deadlineDeferred').dueOn)}前`,
      event(c, 'deadlineDeferred').reason,
    ],
  },
  reply: {
    article: (c) =>
      outcomeLeaf(event(c, 'decided').outcome).basis.replace('《条例》', REGULATION).replace(/、.*/, ''),
    issuedOn: (c) => event(c, 'decided').on,
    figures: async (c) => [`本机关于${chineseDate(c.events[0]!.on)}收到您提出的政府信息公开申请`],
  },
};

/** Every paper of the request: cited article, number, date, figures, and the DOCX layout. */
async function expectPapers(ctx: ServiceContext, requestId: string, documents: readonly RequestDocument[]) {
  const { events } = await loadRequest(ctx.db, requestId);
  for (const document of documents) {
    const c: Case = { ctx, events, document };
    const expected = EXPECTED[document.kind];
    expect(document.issuedOn, document.kindLabel).toBe(expected.issuedOn(c));
    const html = (await renderDocument(ctx, SYSTEM_ACTOR, { documentId: document.id, format: 'html' }))
      .content as string;
    const text = html.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    expect(text, document.kindLabel).toContain(expected.article(c));
    expect(text).toContain(`<p class="reference">${document.number}</p>`);
    expect(text).toContain(`<p class="date">${chineseDate(document.issuedOn)}</p>`);
    for (const figure of await expected.figures(c)) expect(text, document.kindLabel).toContain(figure);
    const docx = (await renderDocument(ctx, SYSTEM_ACTOR, { documentId: document.id, format: 'docx' }))
      .content as Uint8Array;
    expectOfficialLetterLayout(docx, {
      title: /<h1>(.*)<\/h1>/.exec(html)![1]!,
      reference: document.number,
      issuer: /<p class="signature">(.*)<\/p>/.exec(html)![1]!,
      date: chineseDate(document.issuedOn),
      masthead: /<p class="masthead">(.*)<\/p>/.exec(html)![1]!,
    });
  }
}

/** The kinds the timeline implies, in its order — written out by hand from the events, not from the code under test. */
function expectedKinds(events: readonly RequestEvent[]): DocumentKind[] {
  const kinds: DocumentKind[] = [];
  for (const e of events) {
    if (e.type === 'received') kinds.push('receipt');
    if (e.type === 'correctionRequested') kinds.push('correctionNotice');
    if (e.type === 'extended') kinds.push('extensionNotice');
    if (e.type === 'consultationStarted')
      kinds.push(e.party === 'thirdParty' ? 'thirdPartyConsultation' : 'agencyConsultation');
    if (e.type === 'feeNoticeIssued') kinds.push('feeNotice');
    if (e.type === 'deadlineDeferred') kinds.push('deferralNotice');
    if (e.type === 'decided') kinds.push('reply');
  }
  return kinds;
}

forEachEngine((_engine, getDb) => {
  describe('request documents', () => {
    it('the demo: every paper of every request, numbered in one yearly sequence, says what its kind must', async () => {
      const ctx = testContext(getDb(), fixedClock('2026-11-27T02:00:00Z'));
      await loadDemo(ctx, SYSTEM_ACTOR);
      const agency = await findAgency(getDb(), DEMO_AGENCY.name);
      const rows = await getDb()
        .selectFrom('requests')
        .select('id')
        .where('agency_id', '=', agency.id)
        .orderBy('registration_number')
        .execute();
      expect(rows.length).toBeGreaterThanOrEqual(29);
      const seen = new Set<DocumentKind>();
      const numbers: string[] = [];
      for (const { id } of rows) {
        const { documents } = await generateDocuments(ctx, SYSTEM_ACTOR, { requestId: id });
        const { events } = await loadRequest(ctx.db, id);
        expect(documents.map((d) => d.kind)).toEqual(expectedKinds(events));
        await expectPapers(ctx, id, documents);
        for (const d of documents) seen.add(d.kind);
        numbers.push(...documents.map((d) => d.number));
        // Generating again numbers nothing twice.
        expect((await generateDocuments(ctx, SYSTEM_ACTOR, { requestId: id })).documents).toEqual(documents);
      }
      expect([...seen].sort()).toEqual(
        ['correctionNotice', 'extensionNotice', 'receipt', 'reply', 'thirdPartyConsultation'].sort(),
      );
      // 文号: the agency's code, the year, and a serial unique within the year.
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const n of numbers)
        expect(n).toMatch(new RegExp(`^${agency.registrationPrefix}告〔20\\d\\d〕\\d+号$`));
    }, 240_000);

    it('a request through every other step: fee notice at the schedule’s amount, 第三十五条, another agency, an overruled third party', async () => {
      const ctx = testContext(getDb());
      const agency = await makeAgency(getDb(), { address: '滨江路8号', phone: '0571-8800123' });
      await updateDocumentSettings(ctx, SYSTEM_ACTOR, {
        agencyId: agency.id,
        letterhead: `${agency.name}政府信息公开办公室`,
        contact: '联系人：信息公开科；电话：0571-8800999',
        numberPattern: '测信告〔{year}〕{serial3}号',
        freeTexts: { feeNotice: '缴费账户：澜禾市财政局非税收入专户（演示）。' },
        retentionYears: 30,
      });
      const clerk = staffAs('clerk', agency.id);
      const steps: [ReturnType<typeof staffAs>, unknown][] = [
        [
          clerk,
          { type: 'consultationStarted', on: '2026-11-03', party: 'agency', consultee: '澜禾市自然资源局' },
        ],
        [clerk, { type: 'consultationEnded', on: '2026-11-05', party: 'agency' }],
        [
          clerk,
          { type: 'consultationStarted', on: '2026-11-05', party: 'thirdParty', consultee: '澜禾建工集团' },
        ],
        [clerk, { type: 'consultationEnded', on: '2026-11-09', party: 'thirdParty' }],
        [
          clerk,
          {
            type: 'feeNoticeIssued',
            on: '2026-11-09',
            receivedOn: '2026-11-09',
            method: 'perPage',
            amountYuan: 4700,
          },
        ],
        [clerk, { type: 'feePaid', on: '2026-11-11' }],
        [
          staffAs('officeHead', agency.id),
          { type: 'extended', on: '2026-11-12', workingDays: 10, approvedBy: '李主任' },
        ],
        [
          clerk,
          { type: 'deadlineDeferred', on: '2026-11-13', dueOn: '2026-12-31', reason: '同期申请图纸逾千页' },
        ],
        [
          staffAs('leader', agency.id),
          {
            type: 'decided',
            on: '2026-11-20',
            outcome: 'partiallyGranted',
            reasons: '施工图纸中的结构安全部分公开后涉及公共安全，其余部分予以公开。',
            articles: '',
          },
        ],
        [clerk, { type: 'replySent', on: '2026-11-20' }],
      ];
      const { request } = await roadDrawingsRequest(ctx, clerk, steps);
      const { documents, offered } = await generateDocuments(ctx, clerk, { requestId: request.id });
      expect(offered).toEqual([
        { kind: 'thirdPartyDisclosureNotice', kindLabel: '决定公开告知书（第三方）', sourceSeq: 3 },
      ]);
      // The fee notice needs its quantities, and they must give the amount recorded.
      await expect(
        issueDocument(ctx, clerk, {
          requestId: request.id,
          kind: 'feeNotice',
          sourceSeq: 5,
          fee: { method: 'perPage', pages: 100 },
        }),
      ).rejects.toMatchObject({ code: 'documents.feeMismatch' });
      await issueDocument(ctx, clerk, {
        requestId: request.id,
        kind: 'feeNotice',
        sourceSeq: 5,
        fee: { method: 'perPage', pages: 250 },
      });
      await expect(
        issueDocument(ctx, clerk, {
          requestId: request.id,
          kind: 'thirdPartyDisclosureNotice',
          sourceSeq: 1,
        }),
      ).rejects.toMatchObject({ code: 'documents.notAllowed' });
      await issueDocument(ctx, clerk, {
        requestId: request.id,
        kind: 'thirdPartyDisclosureNotice',
        sourceSeq: 3,
      });
      const all = (await generateDocuments(ctx, clerk, { requestId: request.id })).documents;
      expect(all.length).toBe(documents.length + 1);
      const kinds = new Set(all.map((d) => d.kind));
      expect([...kinds].sort()).toEqual(DOCUMENT_KINDS.filter((k) => k !== 'correctionNotice').sort());
      await expectPapers(ctx, request.id, all);
      // The agency's pattern, its serials in the order issued, its letterhead, contact block and free paragraph.
      expect(all.map((d) => d.number).sort()).toEqual(
        all.map((_d, i) => `测信告〔2026〕${String(i + 1).padStart(3, '0')}号`),
      );
      const fee = all.find((d) => d.kind === 'feeNotice')!;
      const html = (await renderDocument(ctx, clerk, { documentId: fee.id, format: 'html' }))
        .content as string;
      expect(html).toContain(`<p class="masthead">${agency.name}政府信息公开办公室</p>`);
      expect(html).toContain('联系人：信息公开科；电话：0571-8800999');
      expect(html).toContain('缴费账户：澜禾市财政局非税收入专户（演示）。');
      expect(html).toContain(DOCUMENT_KIND_INFO.feeNotice.title);
    });
  });
});
