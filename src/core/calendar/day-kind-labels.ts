// The Chinese words for a day's status in the working calendar, as the import preview shows a change
// (命令行 gongkai calendar import and the console's 工作日历 tab).
import type { DayKind } from './working-calendar.ts';

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  workday: '工作日',
  weekend: '周末',
  holiday: '放假',
  makeUpWorkday: '调休上班',
};
