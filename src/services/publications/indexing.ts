// What goes into the full-text index for one item: its title, 文号 and body text, each segmented by jieba, and
// the facets it is filtered by. Called on every change of the item, since status and year are facets.
import type { Publication } from '../../core/publications/publication.ts';
import { richTextToPlain } from '../../core/publications/rich-text.ts';
import { indexDocument } from '../../storage/publications/search.ts';
import type { Db } from '../database.ts';
import { segmentForIndex } from './segmenter.ts';

export function indexPublication(trx: Db, searchKey: number, item: Publication): Promise<void> {
  const doc = {
    title: segmentForIndex(item.title),
    number: segmentForIndex(item.documentNumber ?? ''),
    body: segmentForIndex([item.summary ?? '', richTextToPlain(item.body)].join('\n')),
  };
  return indexDocument(trx, searchKey, doc, {
    agencyId: item.agencyId,
    status: item.review.status,
    category: item.category,
    art20Item: item.art20Item,
    year: item.publishedOn ? Number(item.publishedOn.slice(0, 4)) : null,
    validity: item.validity?.status ?? null,
  });
}
