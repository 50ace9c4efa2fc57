// Imports a year from a file an agency prepared: JSON in the project's own form, or CSV with one day per line
// (date,kind,name — kind 放假/holiday/休 or 上班/workday/班). Pure: the caller reads the file.
import { DomainError } from '../errors/index.ts';
import type { IsoDate } from '../requests/events.ts';
import { isValidIso } from './days.ts';
import { checkSchedule, parseScheduleJson, sortedSchedule, type YearSchedule } from './schedule.ts';

const HOLIDAY_WORDS = new Set(['holiday', '放假', '休', '假']);
const WORKDAY_WORDS = new Set(['workday', '上班', '班', '调休上班']);

export function parseScheduleJsonText(text: string, source: string): YearSchedule {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DomainError('calendar.fileInvalid', {
      reason: `不是有效的 JSON（${(error as Error).message}）`,
    });
  }
  if (value && typeof value === 'object' && !('source' in value)) value = { ...value, source };
  return parseScheduleJson(value);
}

/** CSV rows date,kind[,name]; a header row and lines starting with # are skipped. The year defaults to the year
 * most dates fall in (a New Year run may start in the previous December). */
export function parseScheduleCsv(text: string, source: string, year?: number): YearSchedule {
  const holidays: Record<IsoDate, string> = {};
  const workdays: Record<IsoDate, string> = {};
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || /^date\s*,/i.test(line) || line.startsWith('日期')) return;
    const [date = '', kind = '', name = ''] = line.split(/[,，]/).map((cell) => cell.trim());
    const fail = (reason: string) => new DomainError('calendar.csvLine', { line: i + 1, reason });
    if (!isValidIso(date)) throw fail(`“${date}”不是有效日期（YYYY-MM-DD）`);
    if (date in holidays || date in workdays) throw fail(`${date} 重复出现`);
    if (HOLIDAY_WORDS.has(kind)) holidays[date] = name || '节假日';
    else if (WORKDAY_WORDS.has(kind)) workdays[date] = name || '调休上班';
    else throw fail(`类型“${kind}”应为 放假 或 上班`);
  });
  const dates = [...Object.keys(holidays), ...Object.keys(workdays)];
  if (dates.length === 0) throw new DomainError('calendar.fileInvalid', { reason: 'CSV 中没有任何日期' });
  return checkSchedule(sortedSchedule({ year: year ?? mostCommonYear(dates), source, holidays, workdays }));
}

function mostCommonYear(dates: readonly IsoDate[]): number {
  const counts = new Map<number, number>();
  for (const date of dates)
    counts.set(Number(date.slice(0, 4)), (counts.get(Number(date.slice(0, 4))) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}
