// Loads the demo agency's catalogue: the 250 published items of 2023 with their 索引号, the channels they went out
// on and the table 二 figures from other systems, then the column's later items (column.ts: a rule, a repealed
// document and its successor, an interpretation, an attachment). Written directly (one transaction, one audit
// row) rather than walked through 254 reviews: the demo shows the result, and review is shown live in the console.
import { randomUUID } from 'node:crypto';
import { DEFAULT_ATTACHMENT_POLICY } from '../../../core/publications/attachments.ts';
import { formatIndexNumber } from '../../../core/publications/index-number.ts';
import {
  publicationDraftSchema,
  validitySchema,
  type PublicationDraftInput,
} from '../../../core/publications/item.ts';
import type { ChannelRecord, Publication } from '../../../core/publications/publication.ts';
import { externalFigureSchema } from '../../../core/publications/proactive-table.ts';
import { agencyById } from '../../../storage/agencies.ts';
import { insertAttachment } from '../../../storage/publications/attachments.ts';
import { upsertFigure } from '../../../storage/publications/figures.ts';
import {
  insertPublication,
  nextIndexSerial,
  nextSearchKey,
  updatePublication,
  upsertChannel,
} from '../../../storage/publications/items.ts';
import type { Actor } from '../../actor.ts';
import { recordChange } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { transact } from '../../database.ts';
import { authorize } from '../../policy/authorize.ts';
import { newAttachment } from '../attachments.ts';
import { indexPublication } from '../indexing.ts';
import { organisationCode } from '../review.ts';
import { catalogueSettings } from '../settings.ts';
import { demoPdf } from './attachment.ts';
import { DEMO_COLUMN_ITEMS, DEMO_REF } from './column.ts';
import { DEMO_ACCOUNTS, DEMO_FIGURES, DEMO_REPOSTS, demoItems, type DemoItem } from './items.ts';

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

async function attach(
  trx: Pick<ServiceContext, 'db'>['db'],
  publicationId: string,
  { fileName, lines }: NonNullable<DemoItem['attachment']>,
  at: string,
): Promise<void> {
  const bytes = demoPdf(lines);
  await insertAttachment(
    trx,
    newAttachment(publicationId, fileName, bytes, DEFAULT_ATTACHMENT_POLICY, at),
    bytes,
  );
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
  const items: DemoItem[] = [...demoItems(), ...DEMO_COLUMN_ITEMS];
  // Ids first, so that an item can name another (an interpretation its policy) by key.
  const ids = new Map(items.map((item, position) => [item.key ?? position, randomUUID()]));
  const resolve = (draft: PublicationDraftInput): PublicationDraftInput =>
    draft.interpretsId?.startsWith(DEMO_REF)
      ? { ...draft, interpretsId: ids.get(draft.interpretsId.slice(DEMO_REF.length)) ?? null }
      : draft;
  await transact(ctx.db, async (trx) => {
    const agency = await agencyById(trx, agencyId);
    let searchKey = await nextSearchKey(trx);
    const loaded = new Map<string, { item: Publication; searchKey: number }>();
    // 索引号 serials follow the publication date, as they would have been given during the year.
    const ordered = items
      .map((item, position) => ({ ...item, position }))
      .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.position - b.position);
    for (const { draft, publishedOn, position, key, attachment } of ordered) {
      const at = `${publishedOn}T02:00:00.000Z`;
      const year = Number(publishedOn.slice(0, 4));
      const item: Publication = {
        ...publicationDraftSchema.parse(resolve(draft)),
        id: ids.get(key ?? position)!,
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
      if (attachment) await attach(trx, item.id, attachment, at);
      loaded.set(item.id, { item, searchKey });
      searchKey++;
    }
    // A repeal comes after its successor is published (the successor names the document it replaces).
    for (const { key, repealedBy } of items) {
      if (!key || !repealedBy) continue;
      const { item, searchKey: itemKey } = loaded.get(ids.get(key)!)!;
      const repealed: Publication = {
        ...item,
        validity: validitySchema.parse({
          ...item.validity,
          status: 'repealed',
          repealedOn: repealedBy.on,
          successorId: ids.get(repealedBy.key),
        }),
        updatedAt: `${repealedBy.on}T02:00:00.000Z`,
      };
      await updatePublication(trx, repealed);
      await indexPublication(trx, itemKey, repealed);
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
