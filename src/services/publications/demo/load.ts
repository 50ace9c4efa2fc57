// Loads the demo agency's 2023 catalogue: 250 published items with their 索引号, the channels they went out on,
// and the table 二 figures from other systems. Written directly (one transaction, one audit row) rather than
// walked through 250 reviews: the demo shows the result of a year, and review is shown live in the console.
import { randomUUID } from 'node:crypto';
import { formatIndexNumber } from '../../../core/publications/index-number.ts';
import { publicationDraftSchema } from '../../../core/publications/item.ts';
import type { ChannelRecord, Publication } from '../../../core/publications/publication.ts';
import { externalFigureSchema } from '../../../core/publications/proactive-table.ts';
import { agencyById } from '../../../storage/agencies.ts';
import { upsertFigure } from '../../../storage/publications/figures.ts';
import {
  insertPublication,
  nextIndexSerial,
  nextSearchKey,
  upsertChannel,
} from '../../../storage/publications/items.ts';
import type { Actor } from '../../actor.ts';
import { recordChange } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { transact } from '../../database.ts';
import { authorize } from '../../policy/authorize.ts';
import { indexPublication } from '../indexing.ts';
import { organisationCode } from '../review.ts';
import { catalogueSettings } from '../settings.ts';
import { DEMO_ACCOUNTS, DEMO_FIGURES, DEMO_REPOSTS, demoItems } from './items.ts';

function channelsFor(position: number, publishedOn: string): ChannelRecord[] {
  const channels: ChannelRecord[] = [
    { channel: 'website', account: DEMO_ACCOUNTS.website, releasedOn: publishedOn, url: null },
  ];
  for (const channel of ['wechat', 'toutiao', 'weibo'] as const) {
    if (position < DEMO_REPOSTS[channel])
      channels.push({ channel, account: DEMO_ACCOUNTS[channel], releasedOn: publishedOn, url: null });
  }
  return channels;
}

// It writes only to the database and stamps the figures with the clock: the demo loader, inside its own
// transaction, passes just those.
export async function loadDemoCatalogue(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  actor: Actor,
  agencyId: string,
): Promise<{ items: number }> {
  authorize(actor, 'catalogue.loadDemo', agencyId);
  const settings = await catalogueSettings(ctx.db, agencyId);
  const items = demoItems();
  await transact(ctx.db, async (trx) => {
    const agency = await agencyById(trx, agencyId);
    let searchKey = await nextSearchKey(trx);
    // 索引号 serials follow the publication date, as they would have been given during the year.
    const ordered = items
      .map((item, position) => ({ ...item, position }))
      .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.position - b.position);
    for (const { draft, publishedOn, position } of ordered) {
      const at = `${publishedOn}T02:00:00.000Z`;
      const year = Number(publishedOn.slice(0, 4));
      const item: Publication = {
        ...publicationDraftSchema.parse(draft),
        id: randomUUID(),
        agencyId,
        indexNumber: formatIndexNumber(settings.indexPattern, {
          organisationCode: organisationCode(agency?.code ?? null),
          year,
          serial: await nextIndexSerial(trx, agencyId, year),
        }),
        review: { status: 'published', stepIndex: null, round: 1, referredTo: null },
        screeningFindings: [],
        screenedAt: at,
        publishedOn,
        channels: channelsFor(position, publishedOn),
        demo: true,
        createdAt: at,
        updatedAt: at,
      };
      await insertPublication(trx, item, searchKey);
      await indexPublication(trx, searchKey, item);
      for (const channel of item.channels) await upsertChannel(trx, item.id, channel, at);
      searchKey++;
    }
    for (const figure of DEMO_FIGURES)
      await upsertFigure(
        trx,
        agencyId,
        externalFigureSchema.parse(figure),
        actor.name,
        ctx.clock.now().toISOString(),
      );
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'catalogue.demoLoaded',
      subjectType: 'agency',
      subjectId: agencyId,
      agencyId,
      details: { items: items.length },
    });
  });
  return { items: items.length };
}
