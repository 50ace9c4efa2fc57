// A year's schedule shown back in Chinese (for confirming an import, and for the UI): holidays as runs by name,
// make-up working days by name, in date order.
import { dayOf, chineseDate, weekdayName } from './days.ts';
import type { YearSchedule } from './schedule.ts';

export function describeSchedule(schedule: YearSchedule): string[] {
  const lines: string[] = [];
  const runs: { name: string; from: string; to: string; days: number }[] = [];
  for (const [date, name] of Object.entries(schedule.holidays)) {
    const last = runs[runs.length - 1];
    if (last && last.name === name && dayOf(last.to) + 1 === dayOf(date)) {
      last.to = date;
      last.days += 1;
    } else runs.push({ name, from: date, to: date, days: 1 });
  }
  const workdays = Object.entries(schedule.workdays);
  for (const run of runs) {
    const when =
      run.from === run.to
        ? chineseDate(dayOf(run.from))
        : `${chineseDate(dayOf(run.from))}至${chineseDate(dayOf(run.to))}`;
    const worked = workdays
      .filter(([, name]) => name === run.name)
      .map(([date]) => `${chineseDate(dayOf(date))}（${weekdayName(dayOf(date))}）`);
    lines.push(
      `${run.name}：${when}放假，共${run.days}天${worked.length ? `；${worked.join('、')}上班` : ''}`,
    );
  }
  const orphans = workdays.filter(([, name]) => !runs.some((r) => r.name === name));
  for (const [date, name] of orphans)
    lines.push(`${name}：${chineseDate(dayOf(date))}（${weekdayName(dayOf(date))}）上班`);
  return lines;
}
