// An Atom (RFC 4287) feed of an agency's latest published items: readers and aggregators follow the catalogue
// without scraping it. Each entry links to the item's page on the agency's site (/{code}/catalogue/{id}), which a
// person can read; an agency without a code has no site, and its entries link to the item's JSON instead.
// Written by hand: a handful of elements, every text escaped.
import type { Publication } from '../../../core/publications/publication.ts';
import { CATEGORY_LABELS } from '../../../core/publications/vocabulary.ts';
import { sitePath } from '../../pages/layout.ts';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Dates as RFC 3339 instants at the start of the day in China (UTC+8). */
const instant = (date: string) => `${date}T00:00:00+08:00`;

export interface FeedAgency {
  id: string;
  name: string;
  /** The agency's site code; null when it has no site. */
  code: string | null;
}

/** Where the feed itself is served: the site's catalogue when there is a site. */
export function feedPath(agency: FeedAgency): string {
  return agency.code
    ? sitePath({ code: agency.code }, 'catalogue', 'feed.atom')
    : `/api/v1/public/agencies/${encodeURIComponent(agency.id)}/feed.atom`;
}

function itemPath(agency: FeedAgency, id: string): string {
  return agency.code
    ? sitePath({ code: agency.code }, 'catalogue', encodeURIComponent(id))
    : `/api/v1/public/catalogue/${encodeURIComponent(id)}`;
}

export function atomFeed(agency: FeedAgency, items: readonly Publication[], base: string): string {
  const { id: agencyId, name: agencyName } = agency;
  const self = `${base}${feedPath(agency)}`;
  const updated =
    items
      .map((i) => i.publishedOn ?? '')
      .sort()
      .at(-1) || '1970-01-01';
  const entries = items.map((item) => {
    const link = `${base}${itemPath(agency, item.id)}`;
    return [
      '  <entry>',
      `    <id>urn:gongkai:publication:${xml(item.id)}</id>`,
      `    <title>${xml(item.title)}</title>`,
      `    <link rel="alternate" href="${xml(link)}"/>`,
      `    <updated>${instant(item.publishedOn ?? updated)}</updated>`,
      `    <category term="${item.category}" label="${xml(CATEGORY_LABELS[item.category])}"/>`,
      item.summary ? `    <summary>${xml(item.summary)}</summary>` : null,
      item.indexNumber
        ? `    <content type="text">索引号：${xml(item.indexNumber)}${item.documentNumber ? `；文号：${xml(item.documentNumber)}` : ''}</content>`
        : null,
      '  </entry>',
    ]
      .filter((line) => line !== null)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>urn:gongkai:catalogue:${xml(agencyId)}</id>`,
    `  <title>${xml(agencyName)}政府信息公开目录</title>`,
    `  <link rel="self" href="${xml(self)}"/>`,
    agency.code
      ? `  <link rel="alternate" type="text/html" href="${xml(base + sitePath({ code: agency.code }, 'catalogue'))}"/>`
      : null,
    `  <updated>${instant(updated)}</updated>`,
    `  <author><name>${xml(agencyName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n');
}
