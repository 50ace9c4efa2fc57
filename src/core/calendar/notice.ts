// Reads the State Council General Office's yearly notice (国务院办公厅关于20XX年部分节假日安排的通知) into a
// YearSchedule. Each numbered item reads like "六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、
// 10月8日（星期日）上班。": the dates before 放假 are the holiday run, the dates of a sentence ending in 上班 are
// make-up working days. The parser checks what the text itself states — the day count (共N天) and the weekdays in
// brackets — so that a typing slip is refused rather than imported.
import { DomainError } from '../errors/index.ts';
import type { IsoDate } from '../requests/events.ts';
import { dayFromParts, dayOf, isoOf, weekdayName, weekdayOf } from './days.ts';
import { checkSchedule, sortedSchedule, type YearSchedule } from './schedule.ts';

export interface NoticeItem {
  /** 元旦, 春节, 中秋节、国庆节 … */
  name: string;
  holidayFrom: IsoDate;
  holidayTo: IsoDate;
  /** The day count the text states (共N天 / 放假N天); null for "与周末连休". */
  statedDays: number | null;
  workdays: IsoDate[];
}

export interface ParsedNotice {
  year: number;
  /** e.g. 国办发明电〔2023〕7号, when the text carries it. */
  documentNumber: string | null;
  items: NoticeItem[];
  schedule: YearSchedule;
}

const WEEKDAY_CHARS = '日一二三四五六';

/** Half-width forms of the punctuation the notices use, so one grammar reads both. */
function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/：/g, ':')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

interface DateToken {
  date: IsoDate;
  index: number;
}

/** Dates in a sentence, each completed from the one before it ("10月1日至7日"), weekdays in brackets checked. */
function dateTokens(sentence: string, noticeYear: number): DateToken[] {
  const tokens: DateToken[] = [];
  let year = noticeYear;
  let month: number | null = null;
  for (const m of sentence.matchAll(/(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g)) {
    const explicitMonth = m[2] ? Number(m[2]) : null;
    if (m[1]) year = Number(m[1]);
    else if (explicitMonth !== null && month !== null && explicitMonth < month) year += 1;
    month = explicitMonth ?? month;
    if (month === null) throw new DomainError('calendar.noticeUnparsable', { sentence });
    const day = Number(m[3]);
    const dayNumber = dayFromParts(year, month, day);
    const date = isoOf(dayNumber);
    if (date !== `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
      throw new DomainError('calendar.noticeUnparsable', { sentence });
    const weekday = m[4]?.match(/(?:星期|周)([一二三四五六日天])/);
    if (weekday) {
      const stated = WEEKDAY_CHARS.indexOf(weekday[1] === '天' ? '日' : weekday[1]!);
      if (stated !== weekdayOf(dayNumber))
        throw new DomainError('calendar.noticeWeekdayMismatch', {
          date,
          stated: `星期${WEEKDAY_CHARS[stated]}`,
          actual: weekdayName(dayNumber),
        });
    }
    tokens.push({ date, index: m.index });
  }
  return tokens;
}

function parseItem(name: string, body: string, year: number): NoticeItem {
  let holiday: { from: IsoDate; to: IsoDate; stated: number | null } | null = null;
  const workdays: IsoDate[] = [];
  for (const raw of body.split('。')) {
    const sentence = raw.trim();
    const offAt = sentence.indexOf('放假');
    const onDuty = sentence.includes('上班');
    if (offAt < 0 && !onDuty) continue; // exhortations such as "鼓励……安排职工在除夕休息"
    const tokens = dateTokens(sentence, year);
    if (offAt >= 0) {
      const before = tokens.filter((t) => t.index < offAt);
      const ranged = before.length === 2 && sentence.slice(0, before[1]!.index).includes('至');
      if (holiday || !(before.length === 1 || ranged))
        throw new DomainError('calendar.noticeUnparsable', { sentence });
      const stated = sentence.match(/共(\d+)天/) ?? sentence.match(/放假(\d+)天/);
      holiday = {
        from: before[0]!.date,
        to: before[before.length - 1]!.date,
        stated: stated ? Number(stated[1]) : null,
      };
    }
    if (onDuty) {
      const after = tokens.filter((t) => offAt < 0 || t.index > offAt);
      if (after.length === 0) throw new DomainError('calendar.noticeUnparsable', { sentence });
      workdays.push(...after.map((t) => t.date));
    }
  }
  if (!holiday) throw new DomainError('calendar.noticeUnparsable', { sentence: `${name}:${body}` });
  const actual = dayOf(holiday.to) - dayOf(holiday.from) + 1;
  if (actual < 1 || (holiday.stated !== null && holiday.stated !== actual))
    throw new DomainError('calendar.noticeCountMismatch', {
      name,
      stated: holiday.stated ?? 0,
      from: holiday.from,
      to: holiday.to,
      actual,
    });
  return { name, holidayFrom: holiday.from, holidayTo: holiday.to, statedDays: holiday.stated, workdays };
}

/** Parses a notice; `year` is needed only when the text has no title naming it. */
export function parseNotice(text: string, options: { year?: number } = {}): ParsedNotice {
  const normalized = normalize(text);
  const titleYear = normalized.match(/关于(\d{4})年部分节假日安排/);
  const year = options.year ?? (titleYear ? Number(titleYear[1]) : null);
  if (year === null) throw new DomainError('calendar.noticeNoYear');
  const documentNumber = normalized.match(/国办发明电〔\d{4}〕\d+号/)?.[0] ?? null;
  const items: NoticeItem[] = [];
  for (const m of normalized.matchAll(/^\s*[一二三四五六七八九十]+、\s*([^:\n]{1,20}?)\s*:\s*(.+)$/gm))
    items.push(parseItem(m[1]!.trim(), m[2]!, year));
  if (items.length === 0) throw new DomainError('calendar.noticeNoItems');

  const holidays: Record<IsoDate, string> = {};
  const workdays: Record<IsoDate, string> = {};
  for (const item of items) {
    for (let d = dayOf(item.holidayFrom); d <= dayOf(item.holidayTo); d++) holidays[isoOf(d)] = item.name;
    for (const date of item.workdays) workdays[date] = item.name;
  }
  const title = `国务院办公厅关于${year}年部分节假日安排的通知`;
  const source = documentNumber ? `${title}（${documentNumber}）` : title;
  const schedule = checkSchedule(sortedSchedule({ year, source, holidays, workdays }));
  return { year, documentNumber, items, schedule };
}
