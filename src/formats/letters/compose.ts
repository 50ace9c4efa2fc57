// A reply letter as blocks in reading order, laid out by the HTML and DOCX renderers: title, registration
// number, addressee, the request, the finding with its article and decision, the reasons, the remedies, the
// issuing agency and date (GB/T 9704-2012), and the agency's contact details.
import { chineseDate } from '../write/dates.ts';
import type { ValidReplyLetterData } from './letter-data.ts';
import { DEFAULT_REMEDIES, citationOf, letterKind, outcomeWording, reasonsLabel } from './wording.ts';

export type LetterBlock = {
  kind: 'masthead' | 'title' | 'reference' | 'salutation' | 'paragraph' | 'signature' | 'date' | 'note';
  text: string;
};

export interface ReplyLetterOptions {
  /** The remedies sentence; {verb} becomes 答复 or 告知. Defaults to DEFAULT_REMEDIES. */
  remedies?: string;
  /** The agency's template (issue 13): its 发文机关标志, the paper's 文号 and the contact block replacing the default. */
  letterhead?: string;
  documentNumber?: string;
  contact?: string;
  /** The agency's free paragraph, before the closing. */
  freeText?: string;
}

export function composeReplyLetter(
  data: ValidReplyLetterData,
  options: ReplyLetterOptions = {},
): LetterBlock[] {
  const { title, verb } = letterKind(data.outcome);
  const wording = outcomeWording(data.outcome);
  const citation = citationOf(data.outcome, data.articles);
  const { agency, applicant } = data;
  const contact =
    options.contact ??
    [
      `联系地址：${agency.address}`,
      ...(agency.postcode ? [`邮政编码：${agency.postcode}`] : []),
      `联系电话：${agency.phone}`,
    ].join('；');
  const blocks: LetterBlock[] = [
    ...(options.letterhead ? [{ kind: 'masthead' as const, text: options.letterhead }] : []),
    { kind: 'title', text: title },
    { kind: 'reference', text: options.documentNumber ?? `登记号：${data.registrationNumber}` },
    { kind: 'salutation', text: `${applicant.name}：` },
    {
      kind: 'paragraph',
      text: `本机关于${chineseDate(data.receivedOn)}收到您提出的政府信息公开申请，您申请获取：“${data.requestSummary}”。现${verb}如下：`,
    },
    { kind: 'paragraph', text: `${wording.finding}根据${citation}的规定，${wording.decision}` },
  ];
  if (data.reasons) blocks.push({ kind: 'paragraph', text: `${reasonsLabel(data.outcome)}${data.reasons}` });
  if (options.freeText) blocks.push({ kind: 'paragraph', text: options.freeText });
  blocks.push(
    { kind: 'paragraph', text: (options.remedies ?? DEFAULT_REMEDIES).replaceAll('{verb}', verb) },
    { kind: 'paragraph', text: `特此${verb}。` },
    { kind: 'signature', text: agency.name },
    { kind: 'date', text: chineseDate(data.decidedOn) },
    { kind: 'note', text: `（${contact}）` },
  );
  if (options.documentNumber) blocks.push({ kind: 'note', text: `登记号：${data.registrationNumber}` });
  if (applicant.address) blocks.push({ kind: 'note', text: `送达地址：${applicant.address}` });
  return blocks;
}
