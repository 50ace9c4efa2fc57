// Drafting catalogue items: create and edit (drafts only), read, list. Every write keeps the full-text index in
// step and leaves an audit row, in one transaction.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors/index.ts';
import { publicationDraftSchema, type PublicationDraftInput } from '../../core/publications/item.ts';
import type { Publication } from '../../core/publications/publication.ts';
import { INITIAL_REVIEW_STATE, PUBLICATION_STATUS_LABELS } from '../../core/publications/review-workflow.ts';
import {
  getPublication,
  insertPublication,
  listPublications,
  nextSearchKey,
  searchKeyOf,
  updatePublication,
  type ListFilter,
} from '../../storage/publications/repository.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { transact, type Db } from '../database.ts';
import { parseInput } from '../validation.ts';
import { indexPublication } from './indexing.ts';
import { authorize } from '../policy/authorize.ts';

export async function loadPublication(db: Db, id: string): Promise<Publication> {
  const item = await getPublication(db, id);
  if (!item) throw new DomainError('publications.notFound', { id });
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

/** `input` is validated here (publicationDraftSchema): callers pass what they received. */
export async function createDraft(
  db: Db,
  actor: Actor,
  agencyId: string,
  input: PublicationDraftInput | unknown,
  now = new Date(),
): Promise<Publication> {
  authorize(actor, 'catalogue.draft', agencyId);
  const draft = parseInput(publicationDraftSchema, input);
  await checkLinks(db, agencyId, draft.interpretsId);
  const at = now.toISOString();
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
  await transact(db, async (trx) => {
    const searchKey = await nextSearchKey(trx);
    await insertPublication(trx, item, searchKey);
    await indexPublication(trx, searchKey, item);
    await recordChange(trx, actor, {
      at: now,
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
  db: Db,
  actor: Actor,
  id: string,
  input: PublicationDraftInput | unknown,
  now = new Date(),
): Promise<Publication> {
  const current = await loadPublication(db, id);
  authorize(actor, 'catalogue.draft', current.agencyId);
  if (current.review.status !== 'draft') {
    throw new DomainError('publications.notEditable', {
      status: PUBLICATION_STATUS_LABELS[current.review.status],
    });
  }
  const draft = parseInput(publicationDraftSchema, input);
  await checkLinks(db, current.agencyId, draft.interpretsId);
  const item: Publication = { ...current, ...draft, updatedAt: now.toISOString() };
  await transact(db, async (trx) => {
    await updatePublication(trx, item);
    await indexPublication(trx, await searchKeyOf(trx, id), item);
    await recordChange(trx, actor, {
      at: now,
      action: 'publication.edited',
      subjectType: 'publication',
      subjectId: id,
      agencyId: item.agencyId,
      details: { title: item.title },
    });
  });
  return item;
}

export function listCatalogue(db: Db, filter: ListFilter): Promise<{ total: number; items: Publication[] }> {
  return listPublications(db, filter);
}
