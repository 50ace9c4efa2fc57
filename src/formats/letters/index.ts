// Reply letters (答复书/告知书) for a decided disclosure request (issue 4): one wording per outcome, citing its
// articles (docs/statute.md §1.5), filled with the agency's and the applicant's details, as HTML or DOCX. Pure: no I/O.
import { composeReplyLetter, type ReplyLetterOptions } from './compose.ts';
import { letterDocx } from './docx.ts';
import { letterHtml } from './html.ts';
import { parseReplyLetterData, type ReplyLetterData } from './letter-data.ts';

export { replyLetterDataSchema, type ReplyLetterData } from './letter-data.ts';
export { DEFAULT_REMEDIES } from './wording.ts';
export type { ReplyLetterOptions } from './compose.ts';

export function renderReplyLetter(
  data: ReplyLetterData,
  format: 'html',
  options?: ReplyLetterOptions,
): Promise<string>;
export function renderReplyLetter(
  data: ReplyLetterData,
  format: 'docx',
  options?: ReplyLetterOptions,
): Promise<Uint8Array>;
export function renderReplyLetter(
  data: ReplyLetterData,
  format: 'docx' | 'html',
  options?: ReplyLetterOptions,
): Promise<string | Uint8Array>;
export async function renderReplyLetter(
  data: ReplyLetterData,
  format: 'docx' | 'html',
  options: ReplyLetterOptions = {},
): Promise<string | Uint8Array> {
  const blocks = composeReplyLetter(parseReplyLetterData(data), options);
  return format === 'html' ? letterHtml(blocks) : letterDocx(blocks);
}
