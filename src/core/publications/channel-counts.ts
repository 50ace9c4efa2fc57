// Counts for the narrative of section 一 (“通过部门网站共发布法律法规19条 … 通过微信公众号发布信息244条”):
// taken from where and when each item went out, so the numbers are data, not typing.
import { inYear, type CatalogueFacts } from './catalogue-facts.ts';
import { CATEGORIES, CHANNELS, type Category, type Channel } from './vocabulary.ts';

export interface ChannelCounts {
  year: number;
  /** Releases per channel in the year. */
  byChannel: Record<Channel, number>;
  /** Releases per channel and category in the year. */
  byChannelAndCategory: Record<Channel, Record<Category, number>>;
  /** Published items per category (by 发布日期) in the year, whatever the channel. */
  byCategory: Record<Category, number>;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function countReleases(items: readonly CatalogueFacts[], year: number): ChannelCounts {
  const byChannel = zeros(CHANNELS);
  const byChannelAndCategory = Object.fromEntries(
    CHANNELS.map((c) => [c, zeros(CATEGORIES)]),
  ) as ChannelCounts['byChannelAndCategory'];
  const byCategory = zeros(CATEGORIES);
  for (const item of items) {
    if (item.status !== 'published') continue;
    if (inYear(item.publishedOn, year)) byCategory[item.category]++;
    for (const release of item.channels) {
      if (!inYear(release.releasedOn, year)) continue;
      byChannel[release.channel]++;
      byChannelAndCategory[release.channel][item.category]++;
    }
  }
  return { year, byChannel, byChannelAndCategory, byCategory };
}
