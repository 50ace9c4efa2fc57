// The statutory notices of a request's handling (issue 13): 登记回执, 补正告知书, 延期答复告知书, 第三方意见征求书 and
// the notice of disclosure over a third party's objection, 征求意见函, 收费通知书, 延迟答复告知书 — as HTML or as a
// DOCX in the layout of the reply letter (formats/letters). Pure: no I/O.
import type { LetterBlock } from '../letters/compose.ts';
import { letterDocx } from '../letters/docx.ts';
import { letterHtml } from '../letters/html.ts';
import { parseFields } from '../letters/parse-fields.ts';
import { composeNotice } from './compose.ts';
import { noticeDataSchema, type NoticeData } from './notice-data.ts';

export { noticeDataSchema, type NoticeData } from './notice-data.ts';

const FIELD_LABELS: Record<string, string> = {
  number: '文号',
  issuedOn: '成文日期',
  agency: '机关',
  template: '文书模板',
  letterhead: '发文机关标志',
  contact: '联系方式',
  freeText: '自定段落',
  addressee: '主送',
  registrationNumber: '登记号',
  receivedOn: '收到申请日期',
  requestSummary: '申请内容',
  items: '补正事项',
  reasons: '理由',
  reason: '理由',
  lines: '计费明细',
};

/** The notice as blocks, for a page that lays them out itself (/track). */
export function noticeBlocks(data: NoticeData): LetterBlock[] {
  return composeNotice(parseFields(noticeDataSchema, data, FIELD_LABELS));
}

export function renderNotice(data: NoticeData, format: 'html'): Promise<string>;
export function renderNotice(data: NoticeData, format: 'docx'): Promise<Uint8Array>;
export function renderNotice(data: NoticeData, format: 'docx' | 'html'): Promise<string | Uint8Array>;
export async function renderNotice(data: NoticeData, format: 'docx' | 'html'): Promise<string | Uint8Array> {
  const blocks = noticeBlocks(data);
  return format === 'html' ? letterHtml(blocks) : letterDocx(blocks);
}
