// The working calendar as the API shows it: the years it holds (shipped or imported, with who imported them),
// one year's schedule, and the reply deadline of a request received on a day through a channel — computed with the
// installation's calendar, so every server of an installation answers the same.
import { z } from 'zod';
import { yearScheduleSchema } from '../core/calendar/schedule.ts';
import { CHANNELS, isoDate, requestEventSchema } from '../core/requests/events.ts';

export const calendarYearParams = z.strictObject({
  year: z.coerce.number().int().min(1949).max(2200).describe('年份，如 2027'),
});

const importedSchema = z
  .object({
    by: z.string().describe('导入者（用户名，命令行导入为 system）'),
    at: z.string().describe('导入时间（ISO 8601）'),
  })
  .nullable()
  .describe('该年由本系统导入时的导入者和时间；随软件发布的年份为 null');

export const calendarYearSummarySchema = z.object({
  year: z.number().int(),
  source: z.string().describe('来源：国务院办公厅通知标题及文号，或导入的文件'),
  holidayCount: z.number().int().describe('放假天数（含通知计入的周末）'),
  workdayCount: z.number().int().describe('调休上班天数'),
  imported: importedSchema,
});

export const calendarYearsResponse = z.object({
  years: z.array(calendarYearSummarySchema),
  /** e.g. "2004–2026、2027" */
  heldLabel: z.string().describe('已收录年份的简要写法'),
});

export const calendarYearResponse = z.object({
  schedule: yearScheduleSchema.describe('该年的放假日（holidays）和调休上班日（workdays），日期 → 节日名称'),
  imported: importedSchema,
  lines: z.array(z.string()).describe('中文说明，每个节日一行'),
});

export const calendarDeadlineQuery = z.strictObject({
  received: isoDate.describe('收到申请之日；需确认的渠道（平常信函、互联网、传真、电子邮件）为双方确认之日'),
  channel: z.enum(CHANNELS).describe('申请渠道'),
});

export const calendarDeadlineResponse = z.object({
  receivedOn: isoDate,
  dueOn: isoDate.describe('答复期限（《条例》第三十三条：收到申请之日起 20 个工作日）'),
  provisional: z.boolean().describe('期限涉及尚未收录国务院办公厅安排的年份时为 true（暂定）'),
  provisionalReason: z.string().nullable().describe('暂定的原因'),
  explanation: z.array(z.string()).describe('计算过程，每步一行'),
});

export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;
export type CalendarYearsResponse = z.infer<typeof calendarYearsResponse>;
export type CalendarYearResponse = z.infer<typeof calendarYearResponse>;
export type CalendarDeadlineQuery = z.infer<typeof calendarDeadlineQuery>;
export type CalendarDeadlineResponse = z.infer<typeof calendarDeadlineResponse>;

/** An open request whose deadline the preview of an import recomputes (the CLI's --open file). */
export const openRequestSchema = z.strictObject({
  id: z.string().min(1).max(64),
  events: z.array(requestEventSchema).min(1).max(200),
});

export const calendarImportInput = z.strictObject({
  schedule: yearScheduleSchema.describe('要导入的一年安排（通知解析或文件读取的结果）'),
});

export const calendarImportPreviewInput = z.strictObject({
  schedule: yearScheduleSchema,
  open: z.array(openRequestSchema).max(100_000).default([]).describe('未办结申请，列出答复期限会变化的'),
  today: isoDate.optional().describe('计算期限变化所用的今天（默认：北京时间今天）'),
});

export type CalendarImportInput = z.input<typeof calendarImportInput>;
export type CalendarImportPreviewInput = z.input<typeof calendarImportPreviewInput>;

/** The State Council notice as an administrator pastes it (the console's 工作日历 tab). */
export const calendarNoticeBody = z.strictObject({
  notice: z
    .string()
    .trim()
    .min(20, { message: '请粘贴国务院办公厅通知的全文（含标题和各项安排）' })
    .max(20_000, { message: '通知全文最多 20000 字' })
    .describe('国务院办公厅关于某年部分节假日安排的通知全文'),
  year: z.number().int().min(2000).max(2200).optional().describe('年份；通知标题中有年份时可省略'),
});
export type CalendarNoticeBody = z.infer<typeof calendarNoticeBody>;

const DAY_KINDS = ['workday', 'weekend', 'holiday', 'makeUpWorkday'] as const;

export const calendarNoticePreviewResponse = z.object({
  year: z.number().int(),
  source: z.string(),
  lines: z.array(z.string()).describe('该年安排的中文说明，每个节日一行'),
  replaces: z.string().nullable().describe('将被替换的已收录安排的来源；该年尚未收录为 null'),
  changes: z
    .array(
      z.object({
        date: isoDate,
        before: z.enum(DAY_KINDS),
        after: z.enum(DAY_KINDS),
        beforeName: z.string().nullable(),
        afterName: z.string().nullable(),
        wasGuess: z.boolean().describe('原来只是推定（该年没有通知时按法定节日推算）'),
      }),
    )
    .describe('与现有日历相比状态变化的日期'),
  moved: z
    .array(
      z.object({
        id: z.string(),
        registrationNumber: z.string(),
        before: isoDate.nullable(),
        after: isoDate.nullable(),
      }),
    )
    .describe('本机关答复期限会变化的未办结申请（变化前 → 变化后）'),
  openChecked: z.number().int().describe('核对过的本机关未办结申请件数'),
});
export type CalendarNoticePreview = z.infer<typeof calendarNoticePreviewResponse>;

export const calendarNoticeImportResponse = z.object({
  year: z.number().int(),
  source: z.string(),
  revision: z.number().int().describe('导入后的日历版本号'),
});
