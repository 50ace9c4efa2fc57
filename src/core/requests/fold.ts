// One pass over a request's events, keeping what the state machine, the deadline and the annual statistics need.
// It does not judge the order (state.ts does, before an event is appended); it only remembers.
import type { ConsultationParty, EventOf, RequestEvent } from './events.ts';

export interface ConsultationFacts {
  party: ConsultationParty;
  started: EventOf<'consultationStarted'>;
  endedOn: string | null;
}

export interface TimelineFacts {
  received: EventOf<'received'> | null;
  correctionRequested: EventOf<'correctionRequested'> | null;
  correctionReceived: EventOf<'correctionReceived'> | null;
  correctionLapsed: EventOf<'correctionLapsed'> | null;
  consultations: ConsultationFacts[];
  extension: EventOf<'extended'> | null;
  feeNotice: EventOf<'feeNoticeIssued'> | null;
  feePaid: EventOf<'feePaid'> | null;
  feeLapsed: EventOf<'feeLapsed'> | null;
  deferrals: EventOf<'deadlineDeferred'>[];
  decided: EventOf<'decided'> | null;
  replySent: EventOf<'replySent'> | null;
  delivered: EventOf<'delivered'> | null;
  archived: EventOf<'archived'> | null;
  withdrawn: EventOf<'withdrawn'> | null;
  /** Any event besides the receipt itself (distinguishes 'registered' from 'inProgress'). */
  handled: boolean;
  last: RequestEvent | null;
}

export function emptyFacts(): TimelineFacts {
  return {
    received: null,
    correctionRequested: null,
    correctionReceived: null,
    correctionLapsed: null,
    consultations: [],
    extension: null,
    feeNotice: null,
    feePaid: null,
    feeLapsed: null,
    deferrals: [],
    decided: null,
    replySent: null,
    delivered: null,
    archived: null,
    withdrawn: null,
    handled: false,
    last: null,
  };
}

/** The consultation of this party that has started and not ended, if any. */
export function openConsultation(
  facts: TimelineFacts,
  party: ConsultationParty,
): ConsultationFacts | undefined {
  for (const c of facts.consultations) if (c.party === party && c.endedOn === null) return c;
  return undefined;
}

export function addEvent(facts: TimelineFacts, event: RequestEvent): void {
  if (event.type !== 'received') facts.handled = true;
  facts.last = event;
  switch (event.type) {
    case 'received':
      facts.received = event;
      return;
    case 'assigned':
      return;
    case 'correctionRequested':
      facts.correctionRequested = event;
      return;
    case 'correctionReceived':
      facts.correctionReceived = event;
      return;
    case 'correctionLapsed':
      facts.correctionLapsed = event;
      return;
    case 'consultationStarted':
      facts.consultations.push({ party: event.party, started: event, endedOn: null });
      return;
    case 'consultationEnded': {
      const open = openConsultation(facts, event.party);
      if (open) open.endedOn = event.on;
      return;
    }
    case 'extended':
      facts.extension = event;
      return;
    case 'feeNoticeIssued':
      facts.feeNotice = event;
      return;
    case 'feePaid':
      facts.feePaid = event;
      return;
    case 'feeLapsed':
      facts.feeLapsed = event;
      return;
    case 'deadlineDeferred':
      facts.deferrals.push(event);
      return;
    case 'decided':
      facts.decided = event;
      return;
    case 'replySent':
      facts.replySent = event;
      return;
    case 'delivered':
      facts.delivered = event;
      return;
    case 'archived':
      facts.archived = event;
      return;
    case 'withdrawn':
      facts.withdrawn = event;
      return;
  }
}

export function foldTimeline(events: readonly RequestEvent[]): TimelineFacts {
  const facts = emptyFacts();
  for (const event of events) addEvent(facts, event);
  return facts;
}

/** The event that ended handling without a decision (Art. 30 lapse, 109号 non-payment, withdrawal), if any. */
export function closingWithoutDecision(
  facts: TimelineFacts,
): EventOf<'correctionLapsed'> | EventOf<'feeLapsed'> | EventOf<'withdrawn'> | null {
  return facts.correctionLapsed ?? facts.feeLapsed ?? facts.withdrawn;
}
