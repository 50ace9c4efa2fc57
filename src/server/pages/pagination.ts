// Page links under a list: previous and next, the first and the last page, and the pages around the current one;
// the current page is marked aria-current="page" (what a screen reader announces), the gaps with an ellipsis.
import { html, type Html } from './html.ts';

/** Pages either side of the current one that get their own link. */
const AROUND = 2;

export function pagination(
  page: number,
  pageCount: number,
  hrefOf: (page: number) => string,
  label = '分页',
): Html | '' {
  if (pageCount <= 1) return '';
  const shown: number[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= AROUND) shown.push(p);
  }
  const links: Html[] = [];
  if (page > 1) links.push(html`<a href="${hrefOf(page - 1)}" rel="prev">上一页</a>`);
  shown.forEach((p, i) => {
    if (i > 0 && p - shown[i - 1]! > 1) links.push(html`<span aria-hidden="true">…</span>`);
    links.push(
      p === page
        ? html`<a href="${hrefOf(p)}" aria-current="page">${p}</a>`
        : html`<a href="${hrefOf(p)}">${p}</a>`,
    );
  });
  if (page < pageCount) links.push(html`<a href="${hrefOf(page + 1)}" rel="next">下一页</a>`);
  return html`<nav class="pager" aria-label="${label}">${links}</nav>`;
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
