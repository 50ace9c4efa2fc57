// A list of published items as the column shows them: title linking to the item page, 发布日期 on the right.
import type { Publication } from '../../core/publications/publication.ts';
import { html, type Html } from './html.ts';
import { sitePath, type SiteAgency } from './layout.ts';

export function itemList(agency: SiteAgency, items: readonly Publication[], empty: string): Html {
  if (items.length === 0) return html`<p>${empty}</p>`;
  return html`<ul class="items">
    ${items.map(
      (item) =>
        html`<li>
          <a href="${sitePath(agency, 'catalogue', item.id)}">${item.title}</a>
          <time datetime="${item.publishedOn ?? ''}">${item.publishedOn ?? ''}</time>
        </li>`,
    )}
  </ul>`;
}
