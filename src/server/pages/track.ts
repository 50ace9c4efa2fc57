// /track: the status lookup by tracking number and query code. Shows only the state and the reply deadline
// (暂定 with its reason while the holiday arrangement of a year it spans is unpublished).
import type { PublicStatus } from '../../contracts/public.ts';
import { dueDateText } from './due-date.ts';
import { errorSummary, textField, type FieldErrors } from './form.ts';
import { html } from './html.ts';
import { page } from './layout.ts';

export const TRACK_LABELS: Record<string, string> = { trackingNumber: '查询号', queryCode: '查询码' };

export type TrackValues = { trackingNumber: string; queryCode: string };

export function trackPage(values: TrackValues, errors: FieldErrors, found?: PublicStatus): string {
  return page(
    '办理进度查询',
    html`<h1>申请办理进度查询</h1>
      ${
        found
          ? html`<div class="result" role="status">
              <h2>查询结果</h2>
              <dl class="facts">
                <dt>查询号</dt>
                <dd>${values.trackingNumber.trim().toUpperCase()}</dd>
                <dt>办理状态</dt>
                <dd id="status">${found.stateLabel}</dd>
                <dt>答复期限</dt>
                <dd id="due-on">${dueDateText(found.dueOn ?? '—', found)}</dd>
              </dl>
            </div>`
          : ''
      }
      ${errorSummary(errors, TRACK_LABELS)}
      <form method="post" action="/track" novalidate>
        ${textField({ name: 'trackingNumber', label: TRACK_LABELS.trackingNumber!, required: true, hint: '提交申请时获得，形如 GK2026 开头的 16 位字母数字。', maxLength: 16 }, values.trackingNumber, errors)}
        ${textField({ name: 'queryCode', label: TRACK_LABELS.queryCode!, required: true, hint: '8 位数字。', maxLength: 8 }, values.queryCode, errors)}
        <button type="submit">查询</button>
      </form>`,
  );
}
