// What goes into the full-text index for one item: its title, 文号 and body text, each segmented by jieba.
import type { Publication } from '../../core/publications/publication.ts';
import { richTextToPlain } from '../../core/publications/rich-text.ts';
import { indexDocument } from '../../storage/publications/search.ts';
import type { Db } from '../database.ts';
import { segmentForIndex } from './segmenter.ts';

export function indexPublication(trx: Db, searchKey: number, item: Publication): Promise<void> {
  return indexDocument(trx, searchKey, {
    title: segmentForIndex(item.title),
    number: segmentForIndex(item.documentNumber ?? ''),
    body: segmentForIndex([item.summary ?? '', richTextToPlain(item.body)].join('\n')),
  });
}
