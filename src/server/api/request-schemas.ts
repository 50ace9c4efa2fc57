// Request shapes as the API shows them and takes them. The body of a staff registration is the service's own
// schema without the agency (always the clerk's own) and the demo flag, strict so unknown fields are refused.
import { z } from 'zod';
import { REQUEST_STATES } from '../../core/requests/state.ts';
import { APPLICANT_KINDS } from '../../core/taxonomy/applicants.ts';
import { CHANNELS } from '../../core/requests/events.ts';
import { registrationSchema } from '../../services/requests/intake.ts';

const { agencyId: _agencyId, demo: _demo, applicant, ...registrationFields } = registrationSchema.shape;

export const registrationBody = z.strictObject({ ...registrationFields, applicant: applicant.strict() });

export const requestSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  registrationNumber: z.string(),
  trackingNumber: z.string(),
  applicant: z.object({
    kind: z.enum(APPLICANT_KINDS),
    name: z.string(),
    idDocument: z.string().nullable(),
    contact: z.string(),
  }),
  informationSought: z.string(),
  formWanted: z.string(),
  channel: z.enum(CHANNELS),
  receivedOn: z.string(),
  state: z.enum(REQUEST_STATES),
  dueOn: z.string().nullable(),
  outcome: z.string().nullable(),
  decidedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  eventCount: z.number().int(),
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const requestDetailSchema = z.object({
  request: requestSchema,
  timeline: z.array(
    z.object({
      seq: z.number().int(),
      label: z.string(),
      event: z.record(z.string(), z.unknown()),
      recordedAt: z.string(),
      recordedBy: z.string(),
    }),
  ),
  deadline: z.object({
    receivedOn: z.string().nullable(),
    dueOn: z.string().nullable(),
    paused: z.boolean(),
    pausedBy: z.array(z.string()),
    daysLeft: z.number().int().nullable(),
    overdue: z.boolean(),
    provisional: z.boolean(),
    /** One Chinese line per step of the computation. */
    explanation: z.array(z.string()),
    /** The paragraph a letter to the applicant carries. */
    sentence: z.string(),
  }),
});
