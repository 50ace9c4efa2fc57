// The contracts every resource shares: the error body, identifiers, pagination, findings. Contracts are the zod
// schemas of the API's requests and responses: the server validates with them and documents them in OpenAPI, and
// the console imports them — so this folder imports only zod and core, never Node, storage or services. Inputs are
// strict objects (an unknown field is an error, not silently dropped) with bounded strings.
import { z } from 'zod';
import { SEVERITIES } from '../core/findings.ts';

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** The failures any signed-in route can answer, for the OpenAPI document. */
export const staffErrors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  422: errorSchema,
} as const;

export const idParams = z.strictObject({ id: z.string().min(1).max(64) });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const userSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
});

/** A Finding (core/findings.ts) as the API shows it: checker, screening and reader results. */
export const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  location: z.object({
    section: z.string().optional(),
    table: z.string().optional(),
    row: z.string().optional(),
    column: z.string().optional(),
    line: z.number().optional(),
    offset: z.number().optional(),
    length: z.number().optional(),
  }),
  expected: z.union([z.string(), z.number()]).nullable(),
  actual: z.union([z.string(), z.number()]).nullable(),
  message: z.string(),
});

/** The header a write may carry so that sending it twice writes once (services/idempotency.ts). */
export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe('客户端为每次操作生成的唯一键（如 UUID）：同一键重复提交时返回第一次的结果，不会重复写入'),
});
