// Sitemaps (sitemaps.org 0.9) so that search engines find every published item: the platform's /sitemap.xml is an
// index of the agencies' sitemaps; each agency's lists its column pages and its published items with their last
// change. A file holds at most 50,000 URLs (the protocol's limit): an agency with more is paged (?page=2, …), and
// the index names every page.
import { COLUMN_SECTIONS, sitePath, type ColumnSection, type SiteAgency } from './layout.ts';

export const URLS_PER_SITEMAP = 50_000;

/** The column pages a sitemap lists before the items (track is personal: robots.txt keeps crawlers out). */
export const SITEMAP_SECTIONS = (Object.keys(COLUMN_SECTIONS) as ColumnSection[]).filter(
  (s) => s !== 'track',
);

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function sitemapPageCount(itemCount: number, perFile = URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil((SITEMAP_SECTIONS.length + itemCount) / perFile));
}

/**
 * Which URLs page `page` (from 1) holds: the column pages come first in the whole list, the items after them.
 * Returns the column sections and the items' offset and count.
 */
export function sitemapSlice(
  page: number,
  perFile = URLS_PER_SITEMAP,
): { sections: ColumnSection[]; offset: number; limit: number } {
  const start = (page - 1) * perFile;
  const end = start + perFile;
  const fixed = SITEMAP_SECTIONS.length;
  return {
    sections: SITEMAP_SECTIONS.slice(Math.min(start, fixed), Math.min(end, fixed)),
    offset: Math.max(0, start - fixed),
    limit: end - Math.max(start, fixed),
  };
}

/** The path of page `page` of an agency's sitemap. */
export function sitemapPath(agency: Pick<SiteAgency, 'code'>, page: number): string {
  return `/${encodeURIComponent(agency.code)}/sitemap.xml${page > 1 ? `?page=${page}` : ''}`;
}

export function sitemapIndex(base: string, files: readonly string[]): string {
  return [
    HEADER,
    `<sitemapindex xmlns="${NS}">`,
    ...files.map((path) => `  <sitemap><loc>${xml(base + path)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export function agencySitemap(
  base: string,
  agency: Pick<SiteAgency, 'code'>,
  sections: readonly ColumnSection[],
  items: readonly { id: string; updatedAt: string }[],
): string {
  const url = (path: string, lastmod?: string) =>
    `  <url><loc>${xml(base + path)}</loc>${lastmod ? `<lastmod>${xml(lastmod)}</lastmod>` : ''}</url>`;
  return [
    HEADER,
    `<urlset xmlns="${NS}">`,
    ...sections.map((section) => url(sitePath(agency, section))),
    ...items.map((item) =>
      url(sitePath(agency, 'catalogue', encodeURIComponent(item.id)), item.updatedAt.slice(0, 10)),
    ),
    '</urlset>',
    '',
  ].join('\n');
}
