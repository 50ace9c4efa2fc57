// Drafting catalogue items: create and edit (drafts only), read, list. Every write keeps the full-text index in
// step and leaves an audit row, in one transaction.
import { randomUUID } from 'node:crypto';
import { draftBodySchema } from '../../contracts/publications.ts';
import { DomainError } from '../../core/errors/index.ts';
import type { PublicationDraftInput } from '../../core/publications/item.ts';
import type { Publication, ReviewEntry } from '../../core/publications/publication.ts';
import {
  INITIAL_REVIEW_STATE,
  PUBLICATION_STATUS_LABELS,
  type PublicationStatus,
} from '../../core/publications/review-workflow.ts';
import type { Art20Item, Category, ValidityStatus } from '../../core/publications/vocabulary.ts';
import {
  getPublication,
  insertPublication,
  listPublications,
  nextSearchKey,
  publishedCount,
  publishedStubs,
  publishedYears,
  searchKeyOf,
  updatePublication,
  type ListFilter,
} from '../../storage/publications/items.ts';
import { listReviews } from '../../storage/publications/reviews.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { agenciesToList, authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { indexPublication } from './indexing.ts';
import { reviewPosition, type ReviewPosition } from './reviewing.ts';
import { catalogueSettings } from './settings.ts';

/** The item, whoever asks: the use cases authorize on its agency right after loading it. */
export async function loadPublication(db: Db, id: string): Promise<Publication> {
  const item = await getPublication(db, id);
  if (!item) throw new DomainError('publications.notFound', { id });
  return item;
}

/** A published item; anything else does not exist for the public (the same answer as an unknown id). */
export async function loadPublished(ctx: ServiceContext, actor: Actor, id: string): Promise<Publication> {
  authorize(actor, 'catalogue.readPublished');
  const item = await loadPublication(ctx.db, id);
  if (item.review.status !== 'published') throw new DomainError('publications.notFound', { id });
  return item;
}

/** An interpretation must point at an item of the same agency. */
async function checkLinks(db: Db, agencyId: string, interpretsId: string | null): Promise<void> {
  if (!interpretsId) return;
  const target = await getPublication(db, interpretsId);
  if (!target || target.agencyId !== agencyId) {
    throw new DomainError('publications.invalidLink', {
      reason: `被解读的文件（${interpretsId}）不存在或不属于本机关`,
    });
  }
}

/** `draft` is validated here (the contract's draft body): callers pass what they received. */
export async function createDraft(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; draft: PublicationDraftInput | unknown },
): Promise<Publication> {
  const { agencyId } = input;
  authorize(actor, 'catalogue.draft', agencyId);
  const draft = parseInput(draftBodySchema, input.draft);
  await checkLinks(ctx.db, agencyId, draft.interpretsId);
  const at = ctx.clock.now().toISOString();
  const item: Publication = {
    ...draft,
    id: randomUUID(),
    agencyId,
    indexNumber: null,
    review: INITIAL_REVIEW_STATE,
    screeningFindings: [],
    screenedAt: null,
    publishedOn: null,
    channels: [],
    demo: false,
    createdAt: at,
    updatedAt: at,
  };
  await transact(ctx.db, async (trx) => {
    const searchKey = await nextSearchKey(trx);
    await insertPublication(trx, item, searchKey);
    await indexPublication(trx, searchKey, item);
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'publication.created',
      subjectType: 'publication',
      subjectId: item.id,
      agencyId,
      details: { title: item.title, category: item.category },
    });
  });
  return item;
}

/** Replaces what staff wrote; only a draft (new or returned) can change. */
export async function editDraft(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; draft: PublicationDraftInput | unknown },
): Promise<Publication> {
  const { id } = input;
  const current = await loadPublication(ctx.db, id);
  authorize(actor, 'catalogue.draft', current.agencyId);
  if (current.review.status !== 'draft') {
    throw new DomainError('publications.notEditable', {
      status: PUBLICATION_STATUS_LABELS[current.review.status],
    });
  }
  const draft = parseInput(draftBodySchema, input.draft);
  await checkLinks(ctx.db, current.agencyId, draft.interpretsId);
  const item: Publication = { ...current, ...draft, updatedAt: ctx.clock.now().toISOString() };
  await transact(ctx.db, async (trx) => {
    await updatePublication(trx, item);
    await indexPublication(trx, await searchKeyOf(trx, id), item);
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'publication.edited',
      subjectType: 'publication',
      subjectId: id,
      agencyId: item.agencyId,
      details: { title: item.title },
    });
  });
  return item;
}

/** One item as staff see it, with its review history. */
export async function readPublication(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string },
): Promise<Publication & { history: ReviewEntry[]; position: ReviewPosition }> {
  const item = await loadPublication(ctx.db, input.id);
  authorize(actor, 'catalogue.read', item.agencyId);
  const position = reviewPosition(await catalogueSettings(ctx.db, item.agencyId), item, actor);
  return { ...item, history: await listReviews(ctx.db, item.id), position };
}

export interface CataloguePage {
  page: number;
  pageSize: number;
}

/**
 * Staff list: drafts and items in review too, of the agencies within the actor's reach. `returned` is the drafts
 * a reviewer sent back; `year` is the year of 发布日期.
 */
export async function listStaffCatalogue(
  ctx: ServiceContext,
  actor: Actor,
  input: CataloguePage & {
    agencyId?: string;
    status?: PublicationStatus | 'returned';
    category?: Category;
    year?: number;
  },
): Promise<{ total: number; items: Publication[] }> {
  const agencyIds = agenciesToList(actor, 'catalogue.read', input.agencyId);
  const returned = input.status === 'returned';
  return listCatalogue(ctx.db, {
    agencyIds,
    statuses: input.status && !returned ? [input.status] : undefined,
    returned,
    category: input.category,
    year: input.year,
    ...pageOf(input),
  });
}

/** What the public catalogue can be narrowed by (the portal's filters). */
export interface PublishedFilter {
  category?: Category;
  art20Item?: Art20Item;
  year?: number;
  validity?: ValidityStatus;
}

/**
 * The public catalogue of one agency (《条例》第二十四条), newest first: published items only. `interpretsId`
 * narrows it to the interpretations (政策解读) of one item.
 */
export async function listPublished(
  ctx: ServiceContext,
  actor: Actor,
  input: CataloguePage &
    PublishedFilter & { agencyId: string; interpretsId?: string; countCap?: number },
): Promise<{ total: number; capped: boolean; items: Publication[] }> {
  authorize(actor, 'catalogue.readPublished');
  return listCatalogue(ctx.db, {
    countCap: input.countCap,
    agencyIds: [input.agencyId],
    statuses: PUBLISHED,
    category: input.category,
    art20Item: input.art20Item,
    validity: input.validity,
    interpretsId: input.interpretsId,
    year: input.year,
    ...pageOf(input),
  });
}

/** The years from an agency's first publication to its latest, latest first. */
export async function publishedYearsOf(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string },
): Promise<number[]> {
  authorize(actor, 'catalogue.readPublished');
  return publishedYears(ctx.db, input.agencyId);
}

/** One page of an agency's published items as ids and dates (for its sitemap), and how many there are. */
export async function publishedIndex(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; limit: number; offset: number },
): Promise<{ total: number; entries: { id: string; publishedOn: string; updatedAt: string }[] }> {
  authorize(actor, 'catalogue.readPublished');
  const total = await publishedCount(ctx.db, input.agencyId);
  const entries =
    input.limit > 0 ? await publishedStubs(ctx.db, input.agencyId, input.limit, input.offset) : [];
  return { total, entries };
}

export const PUBLISHED: readonly PublicationStatus[] = ['published'];

function pageOf({ page, pageSize }: CataloguePage): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

/** The listing query itself, for the use cases above (which authorize first) and bench/search.ts. */
export function listCatalogue(
  db: Db,
  filter: ListFilter,
): Promise<{ total: number; capped: boolean; items: Publication[] }> {
  return listPublications(db, filter);
}
