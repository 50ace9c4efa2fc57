// A catalogue item as the application sees it: what staff wrote (the draft), what the system decided (index
// number, review state, publication date) and what travelled with it (screening findings, channels).
import type { Finding } from '../findings.ts';
import type { CatalogueFacts, ChannelRelease } from './catalogue-facts.ts';
import type { PublicationDraft } from './item.ts';
import type { ExternalFigure } from './proactive-table.ts';
import type { ReviewRecord, ReviewState } from './review-workflow.ts';

export interface ChannelRecord extends ChannelRelease {
  account: string | null;
  url: string | null;
}

export interface Publication extends PublicationDraft {
  id: string;
  agencyId: string;
  indexNumber: string | null;
  review: ReviewState;
  /** Findings of the screening run at the last submission (severity error = blocking). */
  screeningFindings: Finding[];
  screenedAt: string | null;
  publishedOn: string | null;
  channels: ChannelRecord[];
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One step of an item's review history, with who took it and when. */
export interface ReviewEntry extends ReviewRecord {
  seq: number;
  actorUserId: string | null;
  actor: string;
  at: string;
}

/** A table 二 figure from another system, with who entered it and when. */
export interface EnteredFigure extends ExternalFigure {
  enteredBy: string;
  enteredAt: string;
}

/** A file attached to an item; `type` and `mime` are those detected from its bytes. */
export interface Attachment {
  id: string;
  publicationId: string;
  fileName: string;
  type: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export function factsOf(p: Publication): CatalogueFacts {
  return {
    id: p.id,
    title: p.title,
    indexNumber: p.indexNumber,
    genre: p.genre,
    category: p.category,
    status: p.review.status,
    writtenOn: p.writtenOn,
    formedOn: p.formedOn,
    deadlineOverride: p.deadlineOverride,
    publishedOn: p.publishedOn,
    validity: p.validity,
    interpretsId: p.interpretsId,
    channels: p.channels,
  };
}
