// Builds CatalogueFacts for the tests of this folder: a published work update unless told otherwise.
import type { CatalogueFacts } from './catalogue-facts.ts';

let next = 0;

export function facts(overrides: Partial<CatalogueFacts> = {}): CatalogueFacts {
  next++;
  return {
    id: `item-${next}`,
    title: `测试信息${next}`,
    indexNumber: null,
    genre: 'news',
    category: 'workUpdate',
    status: 'published',
    writtenOn: null,
    formedOn: null,
    deadlineOverride: null,
    publishedOn: '2023-05-10',
    validity: null,
    interpretsId: null,
    channels: [],
    ...overrides,
  };
}
