// 建议提案办理 on the portal (issue 14): the 人大代表建议 and 政协委员提案 the agency handled in a year, each with its
// published reply or the reason it is not published; a year with none says so.
import type { Proposal } from '../../contracts/work-plan.ts';
import { draftProposalText, PROPOSAL_KIND_LABELS } from '../../core/participation/work-plan.ts';
import { html } from './html.ts';
import { page, sitePath, type PageFrame, type SiteAgency } from './layout.ts';

export function proposalsPage(
  agency: SiteAgency,
  list: { year: number; years: readonly number[]; items: readonly Proposal[] },
  frame: PageFrame,
): string {
  const summary = draftProposalText(
    list.items.map((p) => ({
      kind: p.kind,
      replied: p.repliedOn !== null,
      replyPublished: p.replyItemId !== null,
    })),
  );
  return page(
    `${list.year}年建议提案办理`,
    html`<h1>建议提案办理</h1>
      <nav aria-label="年度" class="pager">
        ${list.years.map((y) =>
          y === list.year
            ? html`<a href="${sitePath(agency, 'proposals')}?year=${y}" aria-current="page">${y}年</a>`
            : html`<a href="${sitePath(agency, 'proposals')}?year=${y}">${y}年</a>`,
        )}
      </nav>
      <h2>${list.year}年</h2>
      <p id="proposal-summary">${summary.replace(/^本年度/, `${list.year}年`)}</p>
      ${
        list.items.length
          ? html`<table class="meta">
              <caption>
                承办的建议和提案
              </caption>
              <thead>
                <tr>
                  <th scope="col">类别</th>
                  <th scope="col">编号</th>
                  <th scope="col">标题</th>
                  <th scope="col">答复</th>
                </tr>
              </thead>
              <tbody>
                ${list.items.map(
                  (p) =>
                    html`<tr>
                      <td>${PROPOSAL_KIND_LABELS[p.kind]}</td>
                      <td>${p.number}</td>
                      <td>${p.title}</td>
                      <td>
                        ${
                          p.replyItemId
                            ? html`<a href="${sitePath(agency, 'catalogue', p.replyItemId)}">答复全文</a>`
                            : p.notPublishedReason
                              ? html`答复不公开：${p.notPublishedReason}`
                              : '正在办理'
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : ''
      }`,
    frame,
  );
}
