// Each agency's catalogue settings: the 索引号 pattern (docs/statute.md §6.1: local variants exist), the review steps
// (《条例》第十七条: the agency's own review mechanism), how long a policy may wait for its interpretation, the
// attachment limits, and the details of its disclosure guide (《条例》第十二条). Unset fields take the defaults.
import { z } from 'zod';
import {
  ATTACHMENT_TYPES,
  DEFAULT_ATTACHMENT_POLICY,
  type AttachmentType,
} from '../../core/publications/attachments.ts';
import { DEFAULT_INTERPRETATION_GRACE_DAYS } from '../../core/publications/findings.ts';
import { DEFAULT_INDEX_PATTERN, validateIndexPattern } from '../../core/publications/index-number.ts';
import { DEFAULT_REVIEW_WORKFLOW, reviewWorkflowSchema } from '../../core/publications/review-workflow.ts';
import { ROLES } from '../../core/accounts/roles.ts';
import { getSettingsJson, saveSettingsJson } from '../../storage/publications/settings.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';

const role = z.enum(ROLES);

export const guideDetailsSchema = z.object({
  /** 政府信息公开工作机构 (e.g. 综合科) */
  officeName: z.string().trim().max(50).nullable().default(null),
  officeHours: z
    .string()
    .trim()
    .max(100)
    .default('工作日上午 8:30—12:00，下午 13:30—17:30（法定节假日除外）'),
  fax: z.string().trim().max(50).nullable().default(null),
  email: z.string().trim().max(100).nullable().default(null),
  website: z.string().trim().max(200).nullable().default(null),
  /** Where people can read published information in person (《条例》第二十五条). */
  readingRooms: z.array(z.string().trim().min(1).max(100)).default([]),
});

export const catalogueSettingsSchema = z.object({
  indexPattern: z
    .string()
    .default(DEFAULT_INDEX_PATTERN)
    .superRefine((pattern, ctx) => {
      try {
        validateIndexPattern(pattern);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  workflow: reviewWorkflowSchema
    .refine((w) => w.steps.flatMap((s) => s.roles).every((r) => role.safeParse(r).success), {
      error: `角色只能是 ${ROLES.join('、')}`,
    })
    .default(DEFAULT_REVIEW_WORKFLOW),
  interpretationGraceDays: z.number().int().min(0).max(365).default(DEFAULT_INTERPRETATION_GRACE_DAYS),
  attachments: z
    .object({
      maxBytes: z
        .number()
        .int()
        .min(1)
        .max(1024 * 1024 * 1024),
      allowed: z.array(z.enum(Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]])).min(1),
    })
    .default(() => ({ ...DEFAULT_ATTACHMENT_POLICY, allowed: [...DEFAULT_ATTACHMENT_POLICY.allowed] })),
  guide: guideDetailsSchema.default(guideDetailsSchema.parse({})),
});
export type CatalogueSettings = z.output<typeof catalogueSettingsSchema>;
export type CatalogueSettingsInput = z.input<typeof catalogueSettingsSchema>;

/** The settings the other use cases decide with (they have authorized the actor already). */
export async function catalogueSettings(db: Db, agencyId: string): Promise<CatalogueSettings> {
  return catalogueSettingsSchema.parse((await getSettingsJson(db, agencyId)) ?? {});
}

export async function saveCatalogueSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; settings: CatalogueSettingsInput },
): Promise<CatalogueSettings> {
  const { agencyId } = input;
  authorize(actor, 'catalogue.settings', agencyId);
  const settings = parseInput(catalogueSettingsSchema, input.settings);
  await transact(ctx.db, async (trx) => {
    await saveSettingsJson(trx, agencyId, settings, ctx.clock.now().toISOString());
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'catalogue.settingsSaved',
      subjectType: 'agency',
      subjectId: agencyId,
      agencyId,
      details: settings,
    });
  });
  return settings;
}
