// The e-mail an applicant receives: what happened (需要补正 / 已答复), which agency, the 查询号, the day, and the link
// to the agency's /track page. Deliberately nothing else: no letter text, no correction items, no names, no query
// code (the applicant kept it; a mailbox is not a safe place for it) — e-mail travels and is stored in clear, so it
// only says "go and look", and the page asks for the query code before it shows anything.
import type { NotificationKind } from '../../contracts/notifications.ts';
import { escapeHtml } from '../../formats/write/html-escape.ts';
import type { MessageFacts } from '../../storage/notifications.ts';

export interface NotificationMessage {
  subject: string;
  text: string;
  html: string;
}

/** The public /track page of the agency's portal (server/pages/layout.ts sitePath), or the platform's. */
export function trackUrl(publicBaseUrl: string, agencyCode: string | null): string {
  return agencyCode ? `${publicBaseUrl}/${encodeURIComponent(agencyCode)}/track` : `${publicBaseUrl}/track`;
}

/** 2026-12-04 → 2026年12月4日 */
function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const WHAT_HAPPENED: Record<NotificationKind, { headline: string; detail: (on: string) => string[] }> = {
  correctionRequested: {
    headline: '需要补正',
    detail: (on) => [
      `${on}，该机关通知您：申请需要补正。需要补正的事项和补正期限，请在下面的页面查看。`,
      '逾期不补正又无正当理由的，视为放弃申请（《中华人民共和国政府信息公开条例》第三十条）。',
    ],
  },
  documentDelivered: {
    headline: '有新的办理文书',
    detail: (on) => [
      `${on}，该机关就您的申请向您发出了书面文书（如登记回执、补正告知书、收费通知书等）。文书可在下面的页面阅读和下载。`,
    ],
  },
  replied: {
    headline: '已答复',
    detail: (on) => [`${on}，该机关已答复并向您送出了答复书。答复书可在下面的页面阅读和下载。`],
  },
};

export function composeMessage(
  notification: { kind: NotificationKind; eventOn: string },
  facts: MessageFacts,
  publicBaseUrl: string,
): NotificationMessage {
  const what = WHAT_HAPPENED[notification.kind];
  const link = trackUrl(publicBaseUrl, facts.agencyCode);
  const opening = `${facts.agencyName}于${chineseDate(facts.receivedOn)}收到您提出的政府信息公开申请（查询号：${facts.trackingNumber}）。`;
  const paragraphs = [opening, ...what.detail(chineseDate(notification.eventOn))];
  const howToLook =
    '打开页面后，请输入查询号和提交申请时获得的查询码。为保护您的信息，本邮件不含查询码和答复内容；查询码遗失的，请与办理机关联系。';
  const footer = '本邮件由系统自动发送，请勿直接回复。如果您没有提出过这项申请，请忽略本邮件。';
  const text = [
    '您好：',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    link,
    '',
    howToLook,
    '',
    footer,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>',
    escapeHtml(`政府信息公开申请${what.headline}`),
    '</title></head><body>',
    '<p>您好：</p>',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<p>${escapeHtml(howToLook)}</p>`,
    `<p><small>${escapeHtml(footer)}</small></p>`,
    '</body></html>',
  ].join('\n');
  return {
    subject: `【${facts.agencyName}】您的政府信息公开申请${what.headline}（查询号 ${facts.trackingNumber}）`,
    text,
    html,
  };
}
