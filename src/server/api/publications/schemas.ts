// The catalogue's API shapes: one published item as the public sees it, and the staff view with its review state,
// screening findings and history.
import { z } from 'zod';
import type { Publication } from '../../../core/publications/publication.ts';
import {
  ART20_ITEMS,
  CATEGORIES,
  CATEGORY_LABELS,
  CHANNELS,
  GENRES,
  VALIDITY_STATUSES,
  art20Label,
} from '../../../core/publications/vocabulary.ts';
import { findingSchema as finding } from '../../../contracts/common.ts';

export const publicItemSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  indexNumber: z.string().nullable(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  writtenOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  publishingBody: z.string(),
  topic: z.string().nullable(),
  genre: z.enum(GENRES),
  category: z.enum(CATEGORIES),
  categoryLabel: z.string(),
  art20Item: z.union(ART20_ITEMS.map((n) => z.literal(n))).nullable(),
  art20Label: z.string().nullable(),
  summary: z.string().nullable(),
  /** Sanitised HTML. */
  body: z.string(),
  keywords: z.array(z.string()),
  interpretsId: z.string().nullable(),
  validity: z
    .object({
      status: z.enum(VALIDITY_STATUSES),
      effectiveOn: z.string().nullable(),
      amendedOn: z.string().nullable(),
      repealedOn: z.string().nullable(),
      successorId: z.string().nullable(),
    })
    .nullable(),
  channels: z.array(
    z.object({
      channel: z.enum(CHANNELS),
      account: z.string().nullable(),
      releasedOn: z.string(),
      url: z.string().nullable(),
    }),
  ),
});

export const staffItemSchema = publicItemSchema.extend({
  formedOn: z.string().nullable(),
  deadlineOverride: z.object({ dueOn: z.string(), basis: z.string() }).nullable(),
  review: z.object({
    status: z.string(),
    stepIndex: z.number().nullable(),
    round: z.number(),
    referredTo: z.string().nullable(),
  }),
  screeningFindings: z.array(finding),
  screenedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export function publicView(p: Publication): z.infer<typeof publicItemSchema> {
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

export function staffView(p: Publication): z.infer<typeof staffItemSchema> {
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

export const findingsSchema = z.array(finding);

export const guideSchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  classification: z.object({
    categories: z.array(z.object({ key: z.string(), label: z.string() })),
    art20Items: z.array(z.object({ item: z.number(), label: z.string() })),
  }),
  arrangement: z.string(),
  obtaining: z.object({ proactive: z.string(), onRequest: z.string(), readingRooms: z.array(z.string()) }),
  office: z.object({
    name: z.string(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    officeHours: z.string(),
    phone: z.string().nullable(),
    fax: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
  }),
});

export const attachmentSchema = z.object({
  id: z.string(),
  publicationId: z.string(),
  fileName: z.string(),
  type: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});
