// Recording where and when a published item went out (《条例》第二十三条: 政府网站或者其他互联网政务媒体 …),
// so the channel counts of the annual report are counted, not typed.
import { z } from 'zod';
import { DomainError } from '../../core/errors/index.ts';
import type { ChannelRecord, Publication } from '../../core/publications/publication.ts';
import { isSafeUrl } from '../../core/publications/rich-text.ts';
import { CHANNELS } from '../../core/publications/vocabulary.ts';
import { upsertChannel } from '../../storage/publications/repository.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { transact, type Db } from '../database.ts';
import { parseInput } from '../validation.ts';
import { loadPublication } from './catalogue.ts';
import { authorize } from '../policy/authorize.ts';

export const channelRecordSchema = z.object({
  channel: z.enum(CHANNELS),
  account: z.string().trim().max(100).nullable().default(null),
  releasedOn: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }),
  url: z
    .string()
    .trim()
    .max(500)
    .refine((u) => /^https?:\/\//i.test(u) && isSafeUrl(u), { error: '链接应以 http:// 或 https:// 开头' })
    .nullable()
    .default(null),
});

export async function recordChannel(
  db: Db,
  actor: Actor,
  id: string,
  input: unknown,
  now = new Date(),
): Promise<Publication> {
  const item = await loadPublication(db, id);
  authorize(actor, 'catalogue.channel', item.agencyId);
  const release: ChannelRecord = parseInput(channelRecordSchema, input);
  if (item.review.status !== 'published' || !item.publishedOn) {
    throw new DomainError('publications.invalidChannel', { reason: '只能为已发布的信息登记发布渠道' });
  }
  await transact(db, async (trx) => {
    await upsertChannel(trx, id, release, now.toISOString());
    await recordChange(trx, actor, {
      at: now,
      action: 'publication.channelRecorded',
      subjectType: 'publication',
      subjectId: id,
      agencyId: item.agencyId,
      details: release,
    });
  });
  const channels = [...item.channels.filter((c) => c.channel !== release.channel), release];
  return { ...item, channels };
}
