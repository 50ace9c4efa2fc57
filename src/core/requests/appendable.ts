// The event types staff append to a request after its receipt (the receipt itself is made by registration).
import type { RequestEventType } from './events.ts';

export const APPENDABLE_EVENT_TYPES = [
  'assigned',
  'correctionRequested',
  'correctionReceived',
  'correctionLapsed',
  'consultationStarted',
  'consultationEnded',
  'extended',
  'feeNoticeIssued',
  'feePaid',
  'feeLapsed',
  'deadlineDeferred',
  'decided',
  'replySent',
  'delivered',
  'archived',
  'withdrawn',
] as const satisfies readonly RequestEventType[];
export type AppendableEventType = (typeof APPENDABLE_EVENT_TYPES)[number];
