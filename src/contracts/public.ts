// The public's side of 依申请公开 (no sign-in), shared by the JSON API and the HTML pages: the online request, its
// receipt, the status lookup and its answer — which shows only the state and the reply deadline (marked 暂定 with
// its reason when the calendar of that year is not yet published), nothing about the applicant or the content.
import { z } from 'zod';
import { REQUEST_STATES } from '../core/requests/state.ts';
import {
  QUERY_CODE_DIGITS,
  QUERY_CODE_PATTERN,
  TRACKING_NUMBER_HINT,
  TRACKING_NUMBER_PATTERN,
} from '../core/requests/tracking.ts';
import { onlineSubmissionInput, provisionalFields } from './requests.ts';

export const publicSubmissionSchema = onlineSubmissionInput;
export type PublicSubmission = z.output<typeof publicSubmissionSchema>;

export const publicSubmissionResponse = z.object({
  trackingNumber: z.string().describe('查询号'),
  queryCode: z.string().describe('查询码，只显示这一次'),
  registrationNumber: z.string(),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  ...provisionalFields,
  acknowledgement: z.string().describe('登记回执全文'),
});

export const statusLookupSchema = z.strictObject({
  trackingNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(TRACKING_NUMBER_PATTERN, { message: TRACKING_NUMBER_HINT }),
  queryCode: z
    .string()
    .trim()
    .regex(QUERY_CODE_PATTERN, { message: `查询码应为 ${QUERY_CODE_DIGITS} 位数字` }),
});
export type StatusLookup = z.output<typeof statusLookupSchema>;

export const publicStatusSchema = z.object({
  state: z.enum(REQUEST_STATES),
  stateLabel: z.string(),
  dueOn: z.string().nullable(),
  ...provisionalFields,
});
export type PublicStatus = z.infer<typeof publicStatusSchema>;

export const publicAgenciesResponse = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string() })),
});
