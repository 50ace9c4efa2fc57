// One filled notice of each kind, for the format tests (layout, accessibility).
import type { NoticeData } from './notice-data.ts';

type NoticeKind = NoticeData['facts']['kind'];

const FACTS: { [K in NoticeKind]: Extract<NoticeData['facts'], { kind: K }> } = {
  receipt: {
    kind: 'receipt',
    trackingNumber: 'Q2025000123',
    receiptRule:
      '当面提交的，以提交之日为收到申请之日（《中华人民共和国政府信息公开条例》第三十一条第（一）项）',
    dueOn: '2025-03-10',
  },
  correctionNotice: {
    kind: 'correctionNotice',
    items: '请写明所需农机购置补贴名单的年度和乡镇。',
    periodDays: 15,
    dueOn: '2025-02-28',
    receiptRecorded: false,
  },
  extensionNotice: { kind: 'extensionNotice', workingDays: 10, approvedBy: '赵主任', dueOn: '2025-03-24' },
  thirdPartyConsultation: { kind: 'thirdPartyConsultation', answerWorkingDays: 15 },
  agencyConsultation: { kind: 'agencyConsultation', answerWorkingDays: 15 },
  thirdPartyDisclosureNotice: {
    kind: 'thirdPartyDisclosureNotice',
    consultedOn: '2025-02-14',
    reasons: '补贴发放名单涉及财政资金使用，公开有利于社会监督。',
  },
  feeNotice: {
    kind: 'feeNotice',
    methodLabel: '按量计收',
    lines: [
      '第1–30页：30页，免费',
      '第31–40页：10页 × 10元 = 100元',
      '合计：100元（按量计收，依据国办函〔2020〕109号第五条）',
    ],
    amountYuan: 100,
    paymentWorkingDays: 20,
    dueOn: '2025-03-17',
    receiptRecorded: true,
  },
  deferralNotice: { kind: 'deferralNotice', dueOn: '2025-04-30', reason: '同一月内提出申请四十余件' },
};

export const NOTICE_KINDS = Object.keys(FACTS) as NoticeKind[];

export function sampleNotice(kind: NoticeKind): NoticeData {
  return {
    number: '朔农信公〔2025〕7号',
    issuedOn: '2025-02-13',
    agency: { name: '朔禾县农业农村局' },
    template: {
      letterhead: '朔禾县农业农村局',
      contact: '联系地址：朔禾县府前路1号；联系电话：0315-6620001',
    },
    addressee:
      kind.endsWith('Consultation') || kind === 'thirdPartyDisclosureNotice' ? '朔禾县农机合作社' : '李华',
    registrationNumber: 'SHNY-2025-0007',
    receivedOn: '2025-02-10',
    requestSummary: '2024年度农机购置补贴发放名单',
    facts: FACTS[kind],
  };
}
