// 《条例》第三十五条: 申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。行政机关认为申请
// 理由不合理的，告知申请人不予处理；行政机关认为申请理由合理，但是无法在本条例第三十三条规定的期限内答复申请人的，
// 可以确定延迟答复的合理期限并告知申请人。 And 第三十六条第(六)项: a request repeating one already answered is not
// handled again.
//
// This rule only flags; the statute leaves the decision to the agency. At intake it marks a request whose applicant
// (applicant-key.ts) has filed, at the same agency,
// - `volume`: more than `maxRequests` requests received within `windowDays` days — the flag falls on exactly the
//   requests over the number, not on the first ones;
// - `duplicate`: the same or nearly the same text as an earlier request still open or closed within
//   `duplicateDays` days — the flag names the earliest such request.
// The statute gives no figure for "明显超过合理范围" [M]: every threshold is an installation setting
// (services/settings.ts, docs/requests.md). The default volume, more than 10 in 30 days, follows the one figure the
// State Council did set for the same words: 国办函〔2020〕109号第四条 charges from the 11th request of one applicant
// in a calendar month, and 《条例》第四十二条 allows a fee only where number or frequency clearly exceed a
// reasonable range.
import { dayOf, isoOf } from '../calendar/days.ts';
import { jaccard, shingles } from '../report/copies/minhash.ts';
import type { IsoDate } from './events.ts';

export interface Art35Options {
  /** More requests than this within the window are flagged `volume`. */
  maxRequests: number;
  /** The window, in calendar days, ending on (and including) the request's receipt day. */
  windowDays: number;
  /** A closed request counts for `duplicate` this many days after it was closed (open ones always count). */
  duplicateDays: number;
  /** Exact Jaccard similarity of the texts' character shingles at or above which two texts are nearly the same. */
  duplicateSimilarity: number;
  shingleLength: number;
  /** How many of the applicant's most recent requests are compared: a bound on each intake's work. */
  candidateLimit: number;
}

export const DEFAULT_ART35_OPTIONS: Readonly<Art35Options> = Object.freeze({
  maxRequests: 10,
  windowDays: 30,
  // 第三十六条第(六)项 sets no time limit on a repeat; a year covers the cases a clerk still remembers.
  duplicateDays: 365,
  duplicateSimilarity: 0.8,
  // Two characters: requests are short, and one changed character costs k shingles of a few dozen. Numbers are
  // compared apart (numbersOf), so 2023年… and 2024年… stay different however alike the rest is.
  shingleLength: 2,
  candidateLimit: 100,
});

export const ART35_FLAG_LABELS: Record<Art35Flag['kind'], string> = {
  volume: '频次异常',
  duplicate: '疑似重复',
};

export type Art35Flag =
  | {
      kind: 'volume';
      /** This request's place among the applicant's requests received in the window (> maxRequests). */
      count: number;
      maxRequests: number;
      windowDays: number;
      /** The window's first day. */
      since: IsoDate;
    }
  | {
      kind: 'duplicate';
      /** The earliest of the applicant's earlier requests with the same or nearly the same text. */
      requestId: string;
      registrationNumber: string;
      /** 1 when the texts are equal once normalised. */
      similarity: number;
    };

/** One of the applicant's requests at the agency registered before this one. */
export interface EarlierRequest {
  id: string;
  registrationNumber: string;
  receivedOn: IsoDate;
  closedOn: IsoDate | null;
  informationSought: string;
}

export interface Art35Facts {
  receivedOn: IsoDate;
  informationSought: string;
  /** The applicant's requests at the agency already registered and received within volumeWindow(receivedOn). */
  countInWindow: number;
  /** The applicant's requests at the agency already registered, newest first, at most candidateLimit. */
  earlier: readonly EarlierRequest[];
}

/** The receipt days counted toward `volume`: windowDays days ending on the request's receipt day. */
export function volumeWindow(receivedOn: IsoDate, options: Art35Options): { from: IsoDate; to: IsoDate } {
  return { from: isoOf(dayOf(receivedOn) - options.windowDays + 1), to: receivedOn };
}

/** The first day a closed request may have been closed on and still count for `duplicate`. */
function duplicateSince(receivedOn: IsoDate, options: Art35Options): IsoDate {
  return isoOf(dayOf(receivedOn) - options.duplicateDays);
}

/** The text as compared: full-width forms folded (NFKC), case, whitespace, punctuation and symbols dropped. */
function normalizeRequestText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The numbers a text names (years, document numbers): two texts naming different ones ask for different things. */
function numbersOf(normalized: string): string {
  return (normalized.match(/\d+/g) ?? []).join(',');
}

interface Compared {
  normalized: string;
  numbers: string;
}

function compared(text: string): Compared {
  const normalized = normalizeRequestText(text);
  return { normalized, numbers: numbersOf(normalized) };
}

/**
 * 0 when the texts are not the same request; otherwise their similarity (1 when equal once normalised). Nearly the
 * same: the same numbers and Jaccard ≥ the threshold. A text shorter than a shingle is only ever equal or not.
 * Shingles are cut only for texts naming the same numbers, so an applicant's hundred other requests cost little.
 */
function similarity(a: Compared, shinglesOfA: () => Set<number>, b: Compared, options: Art35Options): number {
  if (a.normalized === b.normalized) return 1;
  if (a.numbers !== b.numbers) return 0;
  const k = options.shingleLength;
  if (Math.min(a.normalized.length, b.normalized.length) < k) return 0;
  const j = jaccard(shinglesOfA(), shingles(b.normalized, k));
  return j >= options.duplicateSimilarity ? j : 0;
}

export function art35Flags(facts: Art35Facts, options: Art35Options = DEFAULT_ART35_OPTIONS): Art35Flag[] {
  const flags: Art35Flag[] = [];
  const count = facts.countInWindow + 1;
  if (count > options.maxRequests) {
    const { from } = volumeWindow(facts.receivedOn, options);
    flags.push({
      kind: 'volume',
      count,
      maxRequests: options.maxRequests,
      windowDays: options.windowDays,
      since: from,
    });
  }
  const since = duplicateSince(facts.receivedOn, options);
  const text = compared(facts.informationSought);
  let textShingles: Set<number> | undefined;
  const shinglesOfText = () => (textShingles ??= shingles(text.normalized, options.shingleLength));
  let first: { request: EarlierRequest; similarity: number } | null = null;
  for (const request of facts.earlier) {
    if (request.closedOn !== null && request.closedOn < since) continue;
    const s = similarity(text, shinglesOfText, compared(request.informationSought), options);
    if (s > 0 && (first === null || request.receivedOn <= first.request.receivedOn))
      first = { request, similarity: s };
  }
  if (first)
    flags.push({
      kind: 'duplicate',
      requestId: first.request.id,
      registrationNumber: first.request.registrationNumber,
      similarity: Math.round(first.similarity * 100) / 100,
    });
  return flags;
}

/** One flag in a sentence, for the clerk. */
export function art35FlagText(flag: Art35Flag): string {
  if (flag.kind === 'volume')
    return `同一申请人自${flag.since}起${flag.windowDays}日内在本机关提出第${flag.count}件申请（超过${flag.maxRequests}件）`;
  return flag.similarity === 1
    ? `与本人此前的申请${flag.registrationNumber}内容相同`
    : `与本人此前的申请${flag.registrationNumber}内容相近（相似度${Math.round(flag.similarity * 100)}%）`;
}

/** The system note the timeline and the audit record carry, in Chinese. */
export function art35Note(flags: readonly Art35Flag[]): string {
  return (
    `系统提示：${flags.map(art35FlagText).join('；')}。可能属于《条例》第三十五条（数量、频次明显超过合理范围）或` +
    '第三十六条第（六）项（重复申请）的情形，由本机关决定是否要求说明理由、延迟答复或不予处理；本提示不影响受理和答复期限。'
  );
}
