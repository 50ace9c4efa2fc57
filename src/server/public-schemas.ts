// The public's two inputs, shared by the JSON API and the HTML pages: the online request (the service's own
// schema, made strict so an unknown field is refused rather than dropped) and the status lookup.
import { z } from 'zod';
import { onlineSubmissionSchema } from '../services/requests/intake.ts';

export const publicSubmissionSchema = z.strictObject({
  ...onlineSubmissionSchema.shape,
  agencyId: z.string().min(1).max(64),
  applicant: onlineSubmissionSchema.shape.applicant.strict(),
});
export type PublicSubmission = z.output<typeof publicSubmissionSchema>;

export const statusLookupSchema = z.strictObject({
  trackingNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^GK\d{4}[0-9A-Z]{10}$/, { message: '查询号格式应为 GK + 4 位年份 + 10 位字母数字' }),
  queryCode: z
    .string()
    .trim()
    .regex(/^\d{8}$/, { message: '查询码应为 8 位数字' }),
});
export type StatusLookup = z.output<typeof statusLookupSchema>;
