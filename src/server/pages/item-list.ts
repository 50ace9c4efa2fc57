// Published items as every list of the column shows them (column home, 制度, the catalogue and its search): the
// title linking to the item page with its 文号, or a highlighted title and passage for a search hit, and 发布日期.
import type { Publication } from '../../core/publications/publication.ts';
import { Html, html } from './html.ts';
import { sitePath, type SiteAgency } from './layout.ts';

export function itemRow(
  agency: SiteAgency,
  item: Publication,
  titleHtml?: string,
  snippetHtml?: string,
): Html {
  // The highlighted title and passage come from core/publications/highlight.ts: escaped text with <mark> only.
  const title = titleHtml === undefined ? item.title : new Html(titleHtml);
  return html`<li>
    <div>
      <a href="${sitePath(agency, 'catalogue', item.id)}">${title}</a>
      ${snippetHtml ? html`<p class="snippet">${new Html(snippetHtml)}</p>` : ''}
      ${item.documentNumber && titleHtml === undefined ? html`<p class="docno">文号：${item.documentNumber}</p>` : ''}
    </div>
    <time datetime="${item.publishedOn ?? ''}">${item.publishedOn ?? ''}</time>
  </li>`;
}

export function itemList(agency: SiteAgency, items: readonly Publication[], empty: string): Html {
  if (items.length === 0) return html`<p>${empty}</p>`;
  return html`<ul class="items">
    ${items.map((item) => itemRow(agency, item))}
  </ul>`;
}
