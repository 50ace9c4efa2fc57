// /track and /{code}/track: the lookup by tracking number and query code, and what it shows — the status, the
// history with dates in public words (core/requests/public-timeline.ts), the reply deadline (暂定 with its reason
// while the holiday arrangement of a year it spans is unpublished) and, once answered, the reply letter with a
// DOCX download. The download is a form posting the number and the code again: the code never enters a URL.
import type { RequestState } from '../../core/requests/state.ts';
import type { LetterBlock, TrackResult } from '../../services/requests/public-track.ts';
import { dueDateText } from './due-date.ts';
import { errorSummary, textField, type FieldErrors } from './form.ts';
import { html, type Html } from './html.ts';
import { page, type PageFrame } from './layout.ts';

/** Once the reply is sent (or the request ends otherwise) the deadline no longer matters; the history has the date. */
const ENDED: readonly RequestState[] = ['replied', 'delivered', 'closed', 'archived'];

export const TRACK_LABELS: Record<string, string> = { trackingNumber: '查询号', queryCode: '查询码' };

export type TrackValues = { trackingNumber: string; queryCode: string };

/** Where the lookup posts: the page's own path; the letter's DOCX is below it. */
export interface TrackPaths {
  lookup: string;
  letterDocx: string;
}

export function trackPage(
  form: { values: TrackValues; errors: FieldErrors; found?: TrackResult; onAgencySite: boolean },
  paths: TrackPaths,
  frame: PageFrame,
): string {
  const { values, errors, found } = form;
  return page(
    '办理进度查询',
    html`<h1>申请办理进度查询</h1>
      ${found ? result(values, found, paths) : ''} ${errorSummary(errors, TRACK_LABELS)}
      ${found ? html`<h2>查询其他申请</h2>` : ''}
      <p>
        凭提交申请时页面显示的查询号和查询码，查看办理状态、办理经过和答复期限；答复作出后可在此阅读和下载答复书。${
          form.onAgencySite
            ? '本页面查询向本机关提出的申请。'
            : html`还没有提出申请的，请在<a href="/">平台首页</a>选择机关。`
        }
      </p>
      <form method="post" action="${paths.lookup}" novalidate>
        ${textField(
          {
            name: 'trackingNumber',
            label: TRACK_LABELS.trackingNumber!,
            required: true,
            hint: '提交申请时获得，以 GK 和年份开头，共 16 位字母数字。',
            maxLength: 16,
          },
          found ? '' : values.trackingNumber,
          errors,
        )}
        ${textField(
          {
            name: 'queryCode',
            label: TRACK_LABELS.queryCode!,
            required: true,
            hint: '8 位数字。',
            maxLength: 8,
          },
          '',
          errors,
        )}
        <button type="submit">查询</button>
      </form>`,
    frame,
  );
}

function result(values: TrackValues, found: TrackResult, paths: TrackPaths): Html {
  const { status, history, letter, papers } = found;
  const trackingNumber = values.trackingNumber.trim().toUpperCase();
  return html`<div class="result" role="status">
      <h2>查询结果</h2>
      <dl class="facts">
        <dt>查询号</dt>
        <dd>${trackingNumber}</dd>
        <dt>办理状态</dt>
        <dd id="status">${status.stateLabel}</dd>
        ${
          !ENDED.includes(status.state)
            ? html`<dt>答复期限</dt>
                <dd id="due-on">${dueDateText(status.dueOn ?? '—', status)}</dd>`
            : ''
        }
      </dl>
    </div>
    <h2>办理经过</h2>
    <ol class="history" id="history">
      ${history.map(
        (step) =>
          html`<li>
            <time datetime="${step.on}">${step.on}</time> <strong>${step.label}</strong>
            ${step.detail ? html`<p>${step.detail}</p>` : ''}
          </li>`,
      )}
    </ol>
    ${papers.length ? papersSection(papers) : ''}
    ${letter ? letterSection(letter, trackingNumber, values.queryCode.trim(), paths) : ''}`;
}

/** The notices delivered online or by e-mail (登记回执, 补正告知书, 收费通知书…), each folded under its title. */
function papersSection(papers: TrackResult['papers']): Html {
  return html`<h2>办理文书</h2>
    ${papers.map(
      (paper) =>
        html`<details class="paper">
          <summary>${paper.title}（${paper.number}）</summary>
          <article class="letter" aria-label="${paper.title}">
            ${paper.blocks.map((block) =>
              block.kind === 'title'
                ? html`<h3>${block.text}</h3>`
                : html`<p class="${block.kind}">${block.text}</p>`,
            )}
          </article>
        </details>`,
    )}`;
}

function letterSection(
  letter: LetterBlock[],
  trackingNumber: string,
  queryCode: string,
  paths: TrackPaths,
): Html {
  return html`<h2>答复</h2>
    <form method="post" action="${paths.letterDocx}" class="download">
      <input type="hidden" name="trackingNumber" value="${trackingNumber}" />
      <input type="hidden" name="queryCode" value="${queryCode}" />
      <button type="submit">下载答复书（Word 文档）</button>
    </form>
    <article class="letter" aria-labelledby="letter-title" id="reply-letter">
      ${letter.map((block) =>
        block.kind === 'title'
          ? html`<h3 id="letter-title">${block.text}</h3>`
          : html`<p class="${block.kind}">${block.text}</p>`,
      )}
    </article>`;
}
