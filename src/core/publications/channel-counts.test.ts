import { describe, expect, it } from 'vitest';
import { countReleases } from './channel-counts.ts';
import { facts } from './test-facts.ts';

describe('channel and category counts', () => {
  it('counts releases per channel and category in the year, and published items per category', () => {
    const items = [
      facts({ category: 'lawsAndRegulations', channels: [{ channel: 'website', releasedOn: '2023-03-01' }] }),
      facts({
        channels: [
          { channel: 'website', releasedOn: '2023-05-10' },
          { channel: 'wechat', releasedOn: '2023-05-11' },
        ],
      }),
      facts({ channels: [{ channel: 'weibo', releasedOn: '2022-12-31' }] }),
      facts({ status: 'draft', publishedOn: null, channels: [] }),
    ];
    const counts = countReleases(items, 2023);
    expect(counts.byChannel).toMatchObject({ website: 2, wechat: 1, weibo: 0, toutiao: 0 });
    expect(counts.byChannelAndCategory.website).toMatchObject({ lawsAndRegulations: 1, workUpdate: 1 });
    expect(counts.byCategory).toMatchObject({ lawsAndRegulations: 1, workUpdate: 2 });
  });
});
