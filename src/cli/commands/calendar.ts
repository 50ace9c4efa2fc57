// `gongkai calendar show|years|import`: the working-day calendar. The seed years ship with the code; imported years
// live in the installation's database (services/calendar), saved after the operator has seen what the import
// changes and which deadlines it moves. This file reads the sources (notice, file, package) and prints; the use
// cases decide.
import { DAY_KIND_LABELS } from '../../core/calendar/day-kind-labels.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { UsageError } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { describeSchedule } from '../../core/calendar/describe.ts';
import type { ImportPlan } from '../../core/calendar/import-plan.ts';
import { parseNotice } from '../../core/calendar/notice.ts';
import { scheduleFromPackage, type PackageHolidayData } from '../../core/calendar/package-data.ts';
import type { YearSchedule } from '../../core/calendar/schedule.ts';
import { parseScheduleCsv, parseScheduleJsonText } from '../../core/calendar/tabular.ts';
import type { DayKind } from '../../core/calendar/working-calendar.ts';
import { dayFromParts } from '../../core/calendar/days.ts';
import { openRequestSchema } from '../../contracts/calendar.ts';
import { importCalendarYear, previewCalendarImport } from '../../services/calendar/import.ts';
import { calendarMonth, calendarYears } from '../../services/calendar/queries.ts';
import { withCalendarContext, withContext } from '../with-context.ts';

export const usage = [
  '用法：',
  '  gongkai calendar show YYYY-MM [--provisional]     月历，标出法定节假日（休）和调休上班日（班）',
  '  gongkai calendar years                            已收录的年份及来源（内置或导入）',
  '  gongkai calendar import FILE [--year YYYY]        从 JSON 或 CSV（date,kind,name）导入一年的安排',
  '  gongkai calendar import --notice FILE             从国务院办公厅节假日安排通知全文导入',
  '  gongkai calendar import --package YYYY            从 chinese-days 包导入（包中须有该年数据）',
  '    导入选项：--yes 不询问直接保存（非交互环境必须加）；--open FILE 未办结申请 [{"id","events"}]，列出期限变化的申请；',
  '              --today YYYY-MM-DD 计算期限变化所用的“今天”',
  '  --url 数据库地址（默认 GONGKAI_DATABASE_URL，或 ./data/gongkai.db）：导入的年份保存在数据库中，同一数据库的',
  '  所有服务器和命令都按它计算；show、years 在没有数据库时只用随软件发布的年份。',
].join('\n');

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    process.stdout.write(usage + '\n');
    return sub ? 0 : 2;
  }
  if (sub === 'show') return show(rest);
  if (sub === 'years') return years(rest);
  if (sub === 'import') return importYear(rest);
  throw new UsageError(`未知的子命令“${sub}”`, usage);
}

// ---- show ----

const MARK: Record<DayKind, string> = { workday: '  ', weekend: '  ', holiday: '休', makeUpWorkday: '班' };

async function show(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { provisional: { type: 'boolean' }, url: { type: 'string' } },
    z.object({ provisional: z.boolean().optional(), url: z.string().min(1).optional() }),
    usage,
  );
  const month = z
    .string({ message: '缺少月份' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM，如 2023-10' })
    .safeParse(positionals[0]);
  if (!month.success || positionals.length > 1)
    throw new UsageError(
      month.success ? `多余的参数：${positionals.slice(1).join(' ')}` : month.error.issues[0]!.message,
      usage,
    );
  const [y, m] = month.data.split('-').map(Number) as [number, number];
  const { days, runs, held } = await withCalendarContext(values.url, (ctx, actor) =>
    calendarMonth(ctx, actor, { year: y, month: m, provisional: values.provisional }),
  );
  const lines = [
    `${y}年${m}月${held ? '' : `（暂定：尚未收录${y}年国务院办公厅节假日安排，放假和调休以该年通知为准）`}`,
    ' 一   二   三   四   五   六   日',
  ];
  let row = '     '.repeat((new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7);
  for (const day of days) {
    row += `${String(Number(day.date.slice(8))).padStart(2)}${MARK[day.kind]} `;
    if (day.weekday === '星期日') {
      lines.push(row.trimEnd());
      row = '';
    }
  }
  if (row) lines.push(row.trimEnd());
  lines.push('', '休＝法定节假日（放假）  班＝调休上班日');
  const first = dayFromParts(y, m, 1);
  for (const r of runs) {
    const from = Math.max(r.from, first);
    const to = Math.min(r.to, first + days.length - 1);
    const when =
      from === to ? `${m}月${from - first + 1}日` : `${m}月${from - first + 1}日至${to - first + 1}日`;
    lines.push(`${when}  ${r.name}${r.kind === 'holiday' ? '（放假）' : '（调休上班）'}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

// ---- years ----

async function years(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { url: { type: 'string' } },
    z.object({ url: z.string().min(1).optional() }),
    usage,
  );
  if (positionals.length) throw new UsageError(`多余的参数：${positionals.join(' ')}`, usage);
  const held = await withCalendarContext(values.url, calendarYears);
  const lines = [`已收录 ${held.years.length} 年：${held.heldLabel}`, ''];
  for (const y of held.years)
    lines.push(
      `${y.year}  放假 ${String(y.holidayCount).padStart(2)} 天  调休上班 ${y.workdayCount} 天  ${y.imported ? `导入（${y.imported.by}，${y.imported.at.slice(0, 10)}）` : '内置'}：${y.source}`,
    );
  const next = held.years[held.years.length - 1]!.year + 1;
  lines.push('', `${next} 年及以后未收录：涉及这些年份的期限会被拒绝计算，或在明确要求时标为“暂定”。`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

// ---- import ----

const importOptions = {
  notice: { type: 'string' },
  package: { type: 'string' },
  year: { type: 'string' },
  yes: { type: 'boolean' },
  open: { type: 'string' },
  today: { type: 'string' },
  url: { type: 'string' },
} as const;

const yearText = z
  .string()
  .regex(/^\d{4}$/, { message: '年份应为四位数字' })
  .transform(Number);
const importSchema = z.object({
  notice: z.string().min(1).optional(),
  package: yearText.optional(),
  year: yearText.optional(),
  yes: z.boolean().optional(),
  open: z.string().min(1).optional(),
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
    .optional(),
  url: z.string().min(1).optional(),
});

const openFileSchema = z.array(openRequestSchema);

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `无法读取文件“${file}”：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      usage,
    );
  }
}

function incomingSchedule(values: z.infer<typeof importSchema>, positionals: string[]): YearSchedule {
  const sources = [values.notice, values.package, positionals[0]].filter((v) => v !== undefined);
  if (sources.length !== 1 || positionals.length > 1)
    throw new UsageError('请指定且只指定一个来源：FILE、--notice FILE 或 --package YYYY', usage);
  if (values.notice)
    return parseNotice(readText(values.notice), values.year ? { year: values.year } : {}).schedule;
  if (values.package !== undefined) {
    const require = createRequire(import.meta.url);
    // Default (CommonJS) import of the package's data only: its isWorkday() guesses Monday–Friday for missing years.
    const data = require('chinese-days/dist/chinese-days.json') as PackageHolidayData;
    const version = (require('chinese-days/package.json') as { version: string }).version;
    return scheduleFromPackage(data, values.package, `chinese-days ${version}`);
  }
  const file = positionals[0]!;
  const text = readText(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return parseScheduleJsonText(text, `导入文件 ${file}`);
  if (ext === '.csv') return parseScheduleCsv(text, `导入文件 ${file}`, values.year);
  throw new UsageError(
    `不支持的文件类型“${ext || '无扩展名'}”：请用 .json 或 .csv，或用 --notice 导入通知全文`,
    usage,
  );
}

const KIND_LABELS = DAY_KIND_LABELS;

function describePlan(schedule: YearSchedule, plan: ImportPlan): string[] {
  const lines = [
    `${schedule.year} 年节假日安排（来源：${schedule.source}）：`,
    ...describeSchedule(schedule).map((l) => `  ${l}`),
    '',
  ];
  if (plan.replaced) lines.push(`将替换已收录的 ${schedule.year} 年安排（来源：${plan.replaced.source}）。`);
  if (plan.changes.length === 0) lines.push('与现有日历相比没有任何日期变化。');
  else {
    lines.push(`与现有日历相比有 ${plan.changes.length} 天变化：`);
    for (const c of plan.changes)
      lines.push(
        `  ${c.date}  ${KIND_LABELS[c.before]}${c.beforeName ? `（${c.beforeName}）` : ''}${c.wasGuess ? '［原为推定］' : ''} → ${KIND_LABELS[c.after]}${c.afterName ? `（${c.afterName}）` : ''}`,
      );
  }
  if (plan.moved.length) {
    lines.push('', `受影响的未办结申请 ${plan.moved.length} 件（答复期限变化）：`);
    for (const m of plan.moved)
      lines.push(`  ${m.id}  ${m.before ?? '（无法计算）'} → ${m.after ?? '（无法计算）'}`);
  }
  return lines;
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(y|yes|是|确认)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function importYear(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, importOptions, importSchema, usage);
  const schedule = incomingSchedule(values, positionals);
  const open = values.open ? parseOpenFile(values.open) : [];
  return withContext(values.url, async (ctx, actor) => {
    const plan = await previewCalendarImport(ctx, actor, { schedule, open, today: values.today });
    process.stdout.write(describePlan(schedule, plan).join('\n') + '\n\n');
    if (!values.yes) {
      if (!process.stdin.isTTY)
        throw new UsageError('非交互环境下不会自动保存：核对以上内容后加 --yes 重新执行', usage);
      if (!(await confirm('确认保存？[y/N] '))) {
        process.stdout.write('未保存。\n');
        return 1;
      }
    }
    const saved = await importCalendarYear(ctx, actor, { schedule });
    process.stdout.write(
      `已将 ${schedule.year} 年节假日安排保存到数据库（日历版本 ${saved.revision}），使用该数据库的所有服务器即时生效。\n`,
    );
    return 0;
  });
}

function parseOpenFile(file: string): z.infer<typeof openFileSchema> {
  let value: unknown;
  try {
    value = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--open 文件不是有效的 JSON：${(error as Error).message}`, usage);
  }
  const parsed = openFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--open 文件有误（${issue.path.join('.')}）：${issue.message}`, usage);
  }
  return parsed.data;
}
