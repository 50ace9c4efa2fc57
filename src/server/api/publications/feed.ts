// An Atom (RFC 4287) feed of an agency's latest published items: readers and aggregators follow the catalogue
// without scraping it. Written by hand: a handful of elements, every text escaped.
import type { Publication } from '../../../core/publications/publication.ts';
import { CATEGORY_LABELS } from '../../../core/publications/vocabulary.ts';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Dates as RFC 3339 instants at the start of the day in China (UTC+8). */
const instant = (date: string) => `${date}T00:00:00+08:00`;

export function atomFeed(
  agencyName: string,
  agencyId: string,
  items: readonly Publication[],
  base: string,
): string {
  const self = `${base}/api/v1/public/agencies/${encodeURIComponent(agencyId)}/feed.atom`;
  const updated =
    items
      .map((i) => i.publishedOn ?? '')
      .sort()
      .at(-1) || '1970-01-01';
  const entries = items.map((item) => {
    const link = `${base}/api/v1/public/catalogue/${encodeURIComponent(item.id)}`;
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
    `  <updated>${instant(updated)}</updated>`,
    `  <author><name>${xml(agencyName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
