// Recording where and when a published item went out (《条例》第二十三条: 政府网站或者其他互联网政务媒体 …),
// so the channel counts of the annual report are counted, not typed.
import { channelBodySchema } from '../../contracts/publications.ts';
import { DomainError } from '../../core/errors/index.ts';
import type { ChannelRecord, Publication } from '../../core/publications/publication.ts';
import { upsertChannel } from '../../storage/publications/items.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { loadPublication } from './catalogue.ts';

export async function recordChannel(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; release: unknown },
): Promise<Publication> {
  const { id } = input;
  const item = await loadPublication(ctx.db, id);
  authorize(actor, 'catalogue.channel', item.agencyId);
  const release: ChannelRecord = parseInput(channelBodySchema, input.release);
  if (item.review.status !== 'published' || !item.publishedOn) {
    throw new DomainError('publications.invalidChannel', { reason: '只能为已发布的信息登记发布渠道' });
  }
  await transact(ctx.db, async (trx) => {
    await upsertChannel(trx, id, release, ctx.clock.now().toISOString());
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
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
