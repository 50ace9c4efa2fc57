// A catalogue item as the API shows it (src/contracts/publications.ts): the public view of a published item, and
// the staff view with its review state and screening findings.
import type { PublicItem, StaffItem, StaffListItem } from '../../../contracts/publications.ts';
import type { Publication } from '../../../core/publications/publication.ts';
import { CATEGORY_LABELS, art20Label } from '../../../core/publications/vocabulary.ts';

export function publicView(p: Publication): PublicItem {
  return {
    id: p.id,
    agencyId: p.agencyId,
    indexNumber: p.indexNumber,
    title: p.title,
    documentNumber: p.documentNumber,
    writtenOn: p.writtenOn,
    publishedOn: p.publishedOn,
    publishingBody: p.publishingBody,
    topic: p.topic,
    genre: p.genre,
    category: p.category,
    categoryLabel: CATEGORY_LABELS[p.category],
    art20Item: p.art20Item,
    art20Label: p.art20Item === null ? null : art20Label(p.art20Item),
    summary: p.summary,
    body: p.body,
    keywords: p.keywords,
    interpretsId: p.interpretsId,
    validity: p.validity,
    channels: p.channels,
  };
}

export function staffView(p: Publication): StaffItem {
  return {
    ...publicView(p),
    formedOn: p.formedOn,
    deadlineOverride: p.deadlineOverride,
    review: p.review,
    screeningFindings: p.screeningFindings,
    screenedAt: p.screenedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** A row of a staff list, with the name of the review step it waits for (from its agency's workflow). */
export function listView(p: Publication, dueStepLabels: ReadonlyMap<string, string | null>): StaffListItem {
  return { ...staffView(p), dueStepLabel: dueStepLabels.get(p.id) ?? null };
}
