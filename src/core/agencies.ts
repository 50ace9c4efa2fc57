// An agency (机关), the tenant every case file, catalogue item and report belongs to; agencies form a hierarchy (a
// supervising office above those it oversees). The schema is the domain type: storage maps rows to it, the API
// shows it as is (contracts/agencies.ts).
import { z } from 'zod';

export const AGENCY_LEVELS = ['department', 'government'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = {
  department: '政府部门',
  government: '人民政府',
};

export const agencySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable().describe('上级（监督）机关；无则为 null'),
  name: z.string(),
  code: z.string().nullable().describe('统一社会信用代码或组织机构代码'),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  postcode: z.string().nullable(),
  level: z.enum(AGENCY_LEVELS).describe('department：政府部门；government：人民政府'),
  canMakeRegulations: z.boolean().describe('是否有规章制定权（影响年度报告表二的检查）'),
  registrationPrefix: z.string().describe('依申请公开件登记号的前缀'),
});
export type Agency = z.infer<typeof agencySchema>;
