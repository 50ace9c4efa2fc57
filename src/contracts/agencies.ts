// Agencies (src/server/api/agencies.ts). The agency itself is a domain type, defined in core. The profile an
// administrator edits is validated with the same schema in the console and the service (services/agencies.ts).
import { z } from 'zod';
import { agencySchema } from '../core/agencies.ts';

export { AGENCY_LEVELS, agencySchema, type Agency, type AgencyLevel } from '../core/agencies.ts';

export const agencyListResponse = z.object({ items: z.array(agencySchema) });

/** 统一社会信用代码 (18 characters) or 组织机构代码 (8 + check character, with or without the hyphen). */
export const agencyCodeSchema = z
  .string()
  .trim()
  .regex(/^([0-9A-HJ-NPQRTUWXY]{18}|[0-9A-Z]{8}-?[0-9X])$/, {
    message: '应为 18 位统一社会信用代码或 9 位组织机构代码',
  });

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}最多 ${max} 字` })
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const agencyProfileBody = z.strictObject({
  name: z.string().trim().min(1, { message: '请填写机关名称' }).max(100, { message: '机关名称最多 100 字' }),
  code: agencyCodeSchema.nullable().or(z.literal('').transform(() => null)),
  address: optionalText(200, '地址'),
  phone: optionalText(50, '电话'),
  postcode: z
    .string()
    .regex(/^\d{6}$/, { message: '邮编应为 6 位数字' })
    .nullable()
    .or(z.literal('').transform(() => null)),
  registrationPrefix: z
    .string()
    .trim()
    .min(1, { message: '请填写登记号前缀' })
    .max(20, { message: '登记号前缀最多 20 字' }),
});
export type AgencyProfileBody = z.input<typeof agencyProfileBody>;

const agencyRef = z.object({ id: z.string(), name: z.string() });

export const agencyProfileResponse = z.object({
  agency: agencySchema,
  parent: agencyRef.nullable().describe('上级（监督）机关'),
  children: z.array(agencyRef).describe('直接下属的机关'),
});
export type AgencyProfile = z.infer<typeof agencyProfileResponse>;
