// The annual report's prose that staff write (issue 11): section 一 (drafted from templates whose figures the
// builder fills from the tables), section 四's comment under its table, and sections 五 and 六. Sections 二 and 三
// are their tables.
import { z } from 'zod';
import type { SectionKey } from '../core/taxonomy/sections.ts';
import { reportYear } from './reports.ts';

export const WRITTEN_SECTIONS = [
  'overview',
  'reviewLitigation',
  'problems',
  'other',
] as const satisfies readonly SectionKey[];
export type WrittenSection = (typeof WRITTEN_SECTIONS)[number];

/** Long enough for any real report's section (the seed's longest is about 1,500 characters). */
export const SECTION_TEXT_MAX = 20_000;

const sectionText = z
  .string()
  .max(SECTION_TEXT_MAX, `每一部分不能超过 ${SECTION_TEXT_MAX} 字`)
  .refine((text) => !text.includes('\u0000'), '正文含有不允许的字符');

export const narrativeSections = z.partialRecord(z.enum(WRITTEN_SECTIONS), sectionText);

export const saveNarrativeInput = z.strictObject({
  agencyId: z.string().min(1).max(64),
  year: reportYear,
  sections: narrativeSections.describe('要保存的部分及其正文；未给出的部分保持不变，空字符串表示清空'),
});
export type SaveNarrativeInput = z.input<typeof saveNarrativeInput>;

export const saveNarrativeBody = saveNarrativeInput.omit({ year: true }).partial({ agencyId: true });

export const narrativeSchema = z.object({
  agencyId: z.string(),
  year: z.number().int(),
  sections: z.array(
    z.object({
      section: z.enum(WRITTEN_SECTIONS),
      text: z.string().describe('保存的正文（总体情况可含数字占位符，生成报告时按表格数据填入）'),
      updatedAt: z.string(),
      updatedBy: z.string(),
    }),
  ),
});
export type Narrative = z.infer<typeof narrativeSchema>;
