// The few facts about a catalogue item that the statistics and the findings read: a slim view, so that
// storage can load a whole year for an agency without bodies.
import type { Category, Channel, Genre } from './vocabulary.ts';
import type { Validity } from './item.ts';
import type { PublicationStatus } from './review-workflow.ts';

export interface ChannelRelease {
  channel: Channel;
  /** The day it went out on that channel. */
  releasedOn: string;
}

export interface CatalogueFacts {
  id: string;
  title: string;
  indexNumber: string | null;
  genre: Genre;
  category: Category;
  status: PublicationStatus;
  writtenOn: string | null;
  /** 形成或者变更之日; falls back to writtenOn. */
  formedOn: string | null;
  deadlineOverride: { dueOn: string; basis: string } | null;
  publishedOn: string | null;
  validity: Validity | null;
  interpretsId: string | null;
  channels: readonly ChannelRelease[];
}

export function inYear(date: string | null | undefined, year: number): boolean {
  return !!date && date.startsWith(`${year}-`);
}

export function isPublished(item: CatalogueFacts): item is CatalogueFacts & { publishedOn: string } {
  return item.status === 'published' && item.publishedOn !== null;
}
