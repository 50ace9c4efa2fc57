// The catalogue (法定主动公开内容) as pages: the list of published items, newest first, and the full-text search,
// both narrowed by the same GET form (信息类别, 第二十条第几项, 发布年份, 有效性) and paged. Everything works by
// plain links and form submissions: no script.
import type { Publication } from '../../core/publications/publication.ts';
import { itemRow } from './item-list.ts';
import {
  ART20_ITEMS,
  art20Label,
  CATEGORIES,
  CATEGORY_LABELS,
  VALIDITY_LABELS,
  VALIDITY_STATUSES,
} from '../../core/publications/vocabulary.ts';
import type { SearchResult } from '../../services/publications/search.ts';
import {
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  PAGE_SIZE,
  queryString,
  type ListQuery,
  type SearchPageQuery,
} from './catalogue-query.ts';
import { Html, html } from './html.ts';
import { page, sitePath, type PageFrame, type SiteAgency } from './layout.ts';
import { pageCountOf, pagination } from './pagination.ts';

interface Option {
  value: string;
  label: string;
}

function filterSelect(name: string, label: string, options: readonly Option[], value: unknown): Html {
  const current = value === undefined ? '' : String(value);
  return html`<div class="field">
    <label for="filter-${name}">${label}</label>
    <select id="filter-${name}" name="${name}">
      <option value="">不限</option>
      ${options.map(
        (o) =>
          html`<option value="${o.value}" ${o.value === current ? html`selected` : ''}>${o.label}</option>`,
      )}
    </select>
  </div>`;
}

/** The four filters; `years` are those the agency published in. */
function filterFields(query: ListQuery, years: readonly number[]): Html {
  return html`${filterSelect(
    'category',
    '信息类别',
    CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
    query.category,
  )}
  ${filterSelect(
    'art20Item',
    '第二十条事项',
    ART20_ITEMS.map((n) => ({ value: String(n), label: art20Label(n) })),
    query.art20Item,
  )}
  ${filterSelect(
    'year',
    '发布年份',
    years.map((y) => ({ value: String(y), label: `${y}年` })),
    query.year,
  )}
  ${filterSelect(
    'validity',
    '有效性',
    VALIDITY_STATUSES.map((v) => ({ value: v, label: VALIDITY_LABELS[v] })),
    query.validity,
  )}`;
}

function searchBox(q: string): Html {
  return html`<div class="field">
    <label for="q">全文检索（标题、正文、文号）</label>
    <input type="search" id="q" name="q" value="${q}" maxlength="${MAX_QUERY_LENGTH}" />
  </div>`;
}

/** How many items the filters leave, in words a reader can check. */
function countLine(total: number, query: ListQuery, capped = false): Html {
  const pages = pageCountOf(total, PAGE_SIZE);
  return html`<p class="count">
    共${capped ? '超过 ' : ' '}${total} 条${total > PAGE_SIZE ? html`，第 ${query.page} / ${pages} 页` : ''}
  </p>`;
}

export function catalogueListPage(
  agency: SiteAgency,
  query: ListQuery,
  years: readonly number[],
  result: { total: number; capped: boolean; items: readonly Publication[] },
  frame: PageFrame,
): string {
  const listPath = sitePath(agency, 'catalogue');
  const filtered = query.category || query.art20Item || query.year || query.validity;
  return page(
    '法定主动公开内容',
    html`<h1>法定主动公开内容</h1>
      <p>
        本机关依照《中华人民共和国政府信息公开条例》第十九条、第二十条主动公开的政府信息，按发布日期由近及远排列。
      </p>
      <form method="get" action="${sitePath(agency, 'catalogue', 'search')}" role="search" class="searchbar">
        ${searchBox('')}
        <button type="submit">检索</button>
      </form>
      <form method="get" action="${listPath}" class="filters" aria-label="筛选条件">
        ${filterFields(query, years)}
        <div class="actions">
          <button type="submit">筛选</button>
          ${filtered ? html`<a href="${listPath}">清除条件</a>` : ''}
        </div>
      </form>
      ${countLine(result.total, query, result.capped)}
      ${
        result.items.length === 0
          ? html`<p class="empty">
              没有符合条件的信息。可以放宽筛选条件，或者<a href="${listPath}">查看全部</a>。
            </p>`
          : html`<ul class="items catalogue">
              ${result.items.map((item) => itemRow(agency, item))}
            </ul>`
      }
      ${pagination(
        query.page,
        pageCountOf(result.total, PAGE_SIZE),
        (p) => `${listPath}${queryString({ ...query, page: p })}`,
      )}`,
    frame,
  );
}

export function catalogueSearchPage(
  agency: SiteAgency,
  query: SearchPageQuery,
  years: readonly number[],
  result: SearchResult | null,
  frame: PageFrame,
): string {
  const searchPath = sitePath(agency, 'catalogue', 'search');
  return page(
    query.q ? `检索“${query.q}”` : '全文检索',
    html`<h1>全文检索</h1>
      <form method="get" action="${searchPath}" role="search" class="filters">
        <div class="wide">${searchBox(query.q)}</div>
        ${filterFields(query, years)}
        <div class="actions"><button type="submit">检索</button></div>
      </form>
      ${result === null ? html`<p class="empty">请输入要查找的字词，例如文件标题中的词语或者文号。</p>` : searchResults(agency, query, result)}`,
    frame,
  );
}

function searchResults(agency: SiteAgency, query: SearchPageQuery, result: SearchResult): Html {
  const searchPath = sitePath(agency, 'catalogue', 'search');
  if (result.total === 0) {
    return html`<div class="empty" role="status">
      <h2>没有找到与“${query.q}”相关的信息</h2>
      <ul>
        <li>检查字词是否有误，或者换用更短、更常用的词语；</li>
        <li>去掉部分筛选条件后再试；</li>
        <li>
          到<a href="${sitePath(agency, 'catalogue')}">法定主动公开内容</a>中按类别浏览，或者<a
            href="${sitePath(agency, 'apply')}"
            >申请公开</a
          >所需的信息。
        </li>
      </ul>
    </div>`;
  }
  return html`<h2 class="visually-hidden">检索结果</h2>
    ${countLine(result.total, query, result.capped)}
    <ul class="items catalogue">
      ${result.hits.map((hit) => itemRow(agency, hit.item, hit.titleHtml, hit.snippetHtml))}
    </ul>
    ${pagination(
      query.page,
      Math.min(pageCountOf(result.total, PAGE_SIZE), MAX_PAGE),
      (p) => `${searchPath}${queryString({ ...query, page: p })}`,
      '检索结果分页',
    )}`;
}
