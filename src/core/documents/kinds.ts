// The papers a disclosure request's handling puts on record (issue 13), each with the article that requires it. The
// wording of each is the product's own (formats/notices); what is fixed here is which statute each one cites.

export const DOCUMENT_KINDS = [
  'receipt',
  'correctionNotice',
  'extensionNotice',
  'thirdPartyConsultation',
  'thirdPartyDisclosureNotice',
  'agencyConsultation',
  'feeNotice',
  'deferralNotice',
  'reply',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentKindInfo {
  /** The title printed on the paper. */
  title: string;
  /** The article the paper rests on, as the paper cites it. */
  article: string;
  /** Who it is addressed to: the applicant, or the party consulted. */
  addressee: 'applicant' | 'consultee';
}

const REGULATION = '《中华人民共和国政府信息公开条例》';

export const DOCUMENT_KIND_INFO: Record<DocumentKind, DocumentKindInfo> = {
  // 第三十一条: the day the request counts as received; 第三十三条: 20 working days from then.
  receipt: {
    title: '政府信息公开申请登记回执',
    article: `${REGULATION}第三十一条、第三十三条`,
    addressee: 'applicant',
  },
  // 第三十条: one notice of what is missing and the reasonable period; not correcting means giving the request up.
  correctionNotice: { title: '补正申请告知书', article: `${REGULATION}第三十条`, addressee: 'applicant' },
  // 第三十三条第二款: at most 20 more working days, approved by the head of the disclosure office.
  extensionNotice: {
    title: '延期答复告知书',
    article: `${REGULATION}第三十三条第二款`,
    addressee: 'applicant',
  },
  // 第三十二条: the third party answers within 15 working days; silence leaves the decision to the agency.
  thirdPartyConsultation: {
    title: '第三方意见征求书',
    article: `${REGULATION}第三十二条`,
    addressee: 'consultee',
  },
  // 第三十二条: disclosed over the third party's objection in the public interest: the third party is told in writing.
  thirdPartyDisclosureNotice: {
    title: '决定公开告知书（第三方）',
    article: `${REGULATION}第三十二条`,
    addressee: 'consultee',
  },
  // 第三十三条第三款 (time not counted) and 第三十四条 (another agency's silence counts as consent).
  agencyConsultation: {
    title: '征求意见函',
    article: `${REGULATION}第三十三条第三款、第三十四条`,
    addressee: 'consultee',
  },
  // 国办函〔2020〕109号: basis, standard, amount and breakdown, how to pay, 20 working days from receipt.
  feeNotice: {
    title: '政府信息公开信息处理费收费通知书',
    article: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    addressee: 'applicant',
  },
  // 第三十五条: a reasonable later date for a request plainly beyond a reasonable range.
  deferralNotice: { title: '延迟答复告知书', article: `${REGULATION}第三十五条`, addressee: 'applicant' },
  // The reply cites its outcome's own articles (formats/letters).
  reply: { title: '政府信息公开申请答复书', article: '依答复结果', addressee: 'applicant' },
};

/** Short labels for lists and menus. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  receipt: '登记回执',
  correctionNotice: '补正告知书',
  extensionNotice: '延期答复告知书',
  thirdPartyConsultation: '第三方意见征求书',
  thirdPartyDisclosureNotice: '决定公开告知书（第三方）',
  agencyConsultation: '征求意见函',
  feeNotice: '收费通知书',
  deferralNotice: '延迟答复告知书',
  reply: '答复书',
};

/** Papers whose period runs from the day the applicant received them: their receipt date moves a deadline. */
export const RECEIPT_COUNTS: ReadonlySet<DocumentKind> = new Set(['correctionNotice', 'feeNotice']);
