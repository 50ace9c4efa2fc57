// Which papers a request's timeline implies (issue 13): each handling step the statute wants in writing gives one
// document, dated the day of the step, so numbering and the archive follow the timeline alone. The notice to a third
// party whose objection was overruled (《条例》第三十二条) depends on what the third party said, which the timeline
// does not hold: it is issued on the clerk's word, once the decision discloses (disclosureNoticeAllowed).
import type { RequestEvent } from '../requests/events.ts';
import { outcomeGroupOf } from '../taxonomy/outcomes.ts';
import type { DocumentKind } from './kinds.ts';

export interface ImpliedDocument {
  kind: DocumentKind;
  /** The position in the timeline of the event that gives rise to it (0 is the receipt). */
  sourceSeq: number;
  /** The date the paper bears (成文日期). */
  issuedOn: string;
}

function documentOf(event: RequestEvent, seq: number): ImpliedDocument | null {
  const at = (kind: DocumentKind, issuedOn = event.on) => ({ kind, sourceSeq: seq, issuedOn });
  switch (event.type) {
    case 'received':
      // 第三十一条: the receipt bears the day the request counts as received (the confirmation day, once there is one).
      return at('receipt', event.confirmedOn ?? event.on);
    case 'correctionRequested':
      return at('correctionNotice');
    case 'extended':
      return at('extensionNotice');
    case 'consultationStarted':
      return at(event.party === 'thirdParty' ? 'thirdPartyConsultation' : 'agencyConsultation');
    case 'feeNoticeIssued':
      return at('feeNotice');
    case 'deadlineDeferred':
      return at('deferralNotice');
    case 'decided':
      return at('reply');
    default:
      return null;
  }
}

export function impliedDocuments(events: readonly RequestEvent[]): ImpliedDocument[] {
  return events.flatMap((event, seq) => documentOf(event, seq) ?? []);
}

/**
 * 《条例》第三十二条: a third party consulted (the consultation at `consultationSeq`, ended) may be told in writing
 * that the information is disclosed over its objection — once the decision discloses it, in whole or in part.
 * Returns the paper to issue, dated the decision day, or null when the timeline does not allow one.
 */
export function disclosureNoticeAllowed(
  events: readonly RequestEvent[],
  consultationSeq: number,
): ImpliedDocument | null {
  const started = events[consultationSeq];
  if (started?.type !== 'consultationStarted' || started.party !== 'thirdParty') return null;
  const ended = events.some(
    (e, seq) => seq > consultationSeq && e.type === 'consultationEnded' && e.party === 'thirdParty',
  );
  const decided = events.find((e) => e.type === 'decided');
  if (!ended || !decided) return null;
  const group = outcomeGroupOf(decided.outcome).key;
  if (group !== 'granted' && group !== 'partiallyGranted') return null;
  return { kind: 'thirdPartyDisclosureNotice', sourceSeq: consultationSeq, issuedOn: decided.on };
}
