// A statutory notice as blocks in reading order, laid out by the letter renderers (formats/letters): the agency's
// 发文机关标志, the title, the 文号, the addressee, the fixed statutory clauses of its kind, the agency's free paragraph,
// the issuer and date (GB/T 9704-2012), and the agency's contact block. The statutory clauses are fixed here; the
// agency edits only the letterhead, the contact block and the free paragraph (services/documents/settings.ts).
import { DOCUMENT_KIND_INFO } from '../../core/documents/kinds.ts';
import type { LetterBlock } from '../letters/compose.ts';
import { REGULATION } from '../letters/wording.ts';
import { chineseDate } from '../write/dates.ts';
import type { NoticeFacts, ValidNoticeData } from './notice-data.ts';

const cn = chineseDate;

/** Text the clerk typed, ended with a full stop when it has none. */
const sentence = (text: string) => (/[。！？.!?]$/.test(text) ? text : `${text}。`);

function requestLine(data: ValidNoticeData, whose: '您' | '申请人'): string {
  return `本机关于${cn(data.receivedOn)}收到${whose}提出的政府信息公开申请（登记号：${data.registrationNumber}），申请获取：“${data.requestSummary}”。`;
}

/** The statutory clauses of each kind, in the product's words, with the article cited. */
function clauses(data: ValidNoticeData, facts: NoticeFacts): { body: string[]; closing: string } {
  switch (facts.kind) {
    case 'receipt':
      return {
        body: [
          requestLine(data, '您'),
          `${facts.receiptRule}。您的查询号为${facts.trackingNumber}，可凭查询号和查询码在本机关政府信息公开专栏查询办理进度。`,
          facts.dueOn
            ? `依照${REGULATION}第三十三条第二款，本机关将在收到申请之日起20个工作日内，即${cn(facts.dueOn)}前作出答复；需要延长答复期限的，将另行书面告知，延长的期限最长不超过20个工作日。`
            : `您的申请尚待双方确认收到，确认之日为收到申请之日；本机关将自该日起20个工作日内作出答复（${REGULATION}第三十三条第二款）。`,
        ],
        closing: '特此回执。',
      };
    case 'correctionNotice':
      return {
        body: [
          requestLine(data, '您'),
          `经审查，您的申请内容不够明确。依照${REGULATION}第三十条，现一次性告知您需要补正的事项：${sentence(facts.items)}`,
          `请您自收到本告知书之日起${facts.periodDays}日内向本机关提交补正材料，即${cn(facts.dueOn)}前${facts.receiptRecorded ? '' : '（按本告知书成文之日收到计算，实际收到日期晚于此日的，期限相应顺延）'}。答复期限自本机关收到补正后的申请之日起计算。`,
          '无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
        ],
        closing: '特此告知。',
      };
    case 'extensionNotice':
      return {
        body: [
          requestLine(data, '您'),
          `因需要核实、检索的信息较多，本机关不能在收到申请之日起20个工作日内作出答复。依照${REGULATION}第三十三条第二款，经本机关政府信息公开工作机构负责人（${facts.approvedBy}）同意，答复期限延长${facts.workingDays}个工作日，延长后的答复期限至${cn(facts.dueOn)}。`,
        ],
        closing: '特此告知。',
      };
    case 'thirdPartyConsultation':
      return {
        body: [
          requestLine(data, '申请人'),
          `本机关认为，公开上述信息可能损害贵方的合法权益。依照${REGULATION}第三十二条，现书面征求贵方意见。`,
          `请贵方自收到本征求意见书之日起${facts.answerWorkingDays}个工作日内书面答复是否同意公开，不同意的请说明理由。逾期未提出意见的，由本机关依照${REGULATION}的规定决定是否公开。`,
          '贵方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。',
        ],
        closing: '特此函询。',
      };
    case 'agencyConsultation':
      return {
        body: [
          requestLine(data, '申请人'),
          `该信息的公开需要征求贵机关的意见。依照${REGULATION}第三十三条第三款、第三十四条，请贵机关自收到本函之日起${facts.answerWorkingDays}个工作日内提出意见；逾期未提出意见的，视为同意公开。`,
          '征求意见所需时间不计算在本机关的答复期限内。',
        ],
        closing: '特此函商。',
      };
    case 'thirdPartyDisclosureNotice':
      return {
        body: [
          `本机关于${cn(facts.consultedOn)}就申请人申请公开的“${data.requestSummary}”书面征求贵方意见，贵方不同意公开。`,
          `本机关认为不公开可能对公共利益造成重大影响，依照${REGULATION}第三十二条，决定予以公开。决定公开的政府信息内容和理由如下：${facts.reasons}`,
          '如对本决定不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。',
        ],
        closing: '特此告知。',
      };
    case 'feeNotice':
      return {
        body: [
          requestLine(data, '您'),
          `依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），您的申请应当缴纳信息处理费，采用${facts.methodLabel}的方式。收费标准和计算如下：`,
          ...facts.lines,
          `应缴金额：人民币${facts.amountYuan.toLocaleString('zh-CN')}元。`,
          `请您自收到本通知书次日起${facts.paymentWorkingDays}个工作日内缴纳，即${cn(facts.dueOn)}前${facts.receiptRecorded ? '' : '（按本通知书成文之日收到计算，实际收到日期晚于此日的，期限相应顺延）'}。无正当理由逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
        ],
        closing: '特此通知。',
      };
    case 'deferralNotice':
      return {
        body: [
          requestLine(data, '您'),
          `您申请公开政府信息的数量、频次明显超过合理范围，${facts.reason.replace(/[。；;]$/, '')}。本机关无法在第三十三条规定的期限内答复。依照${REGULATION}第三十五条，本机关确定延迟答复的期限为${cn(facts.dueOn)}前。`,
        ],
        closing: '特此告知。',
      };
  }
}

export function composeNotice(data: ValidNoticeData): LetterBlock[] {
  const { body, closing } = clauses(data, data.facts);
  const blocks: LetterBlock[] = [
    { kind: 'masthead', text: data.template.letterhead },
    { kind: 'title', text: DOCUMENT_KIND_INFO[data.facts.kind].title },
    { kind: 'reference', text: data.number },
    { kind: 'salutation', text: `${data.addressee}：` },
    ...body.map((text) => ({ kind: 'paragraph' as const, text })),
  ];
  if (data.template.freeText) blocks.push({ kind: 'paragraph', text: data.template.freeText });
  blocks.push(
    { kind: 'paragraph', text: closing },
    { kind: 'signature', text: data.agency.name },
    { kind: 'date', text: cn(data.issuedOn) },
    { kind: 'note', text: `（${data.template.contact}）` },
  );
  return blocks;
}
