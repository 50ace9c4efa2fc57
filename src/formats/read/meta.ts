// Agency and year, from the title or else from the preface (issue 2 §3): reports name themselves
// "《<机关><年>年政府信息公开工作年度报告》". When neither says it, the reader reports READ-META, never guesses.
import { dropLayoutSpaces } from './normalize.ts';
import { toSimplified } from './traditional.ts';

// The year the report covers, directly followed by the kind of report.
const REPORT_YEAR = /((?:19|20)\d{2})年度?(?:政府信息公开|政务公开|信息公开)/;
// Where an agency name stops when read backwards from the year.
const NAME_STOP = /[《》<>“”"'‘’「」,，。:：;；、!！?？()（）\s]/;
const LEADING_VERBS =
  /^(?:现将|现|特|本机关|本单位|本报告由|本报告|由|编制了?|根据|依据|按照|依照|关于|印发)+/;
// Sentences that name the agency in a preface without a year beside it.
const AGENCY_PHRASES = [
  /本报告由([^,，。《》()（）\s]{2,40}?)(?:根据|依据|按照|依照|编制|负责)/,
  /([^,，。《》()（）\s]{2,40}?)编制了?《/,
  /由([^,，。《》()（）\s]{2,40}?)编制/,
  /请与([^,，。《》()（）\s]{2,40}?)联系/,
];
// "2025年上海市人民政府办公厅政府信息公开工作年度报告": the year first, the agency between it and the kind.
const YEAR_FIRST =
  /((?:19|20)\d{2})年度?([^,，。:：;；《》“”()（）\s\d]{2,40}?)(?:政府信息公开|政务公开|信息公开)(?:工作)?年度?报告/;
const PERIOD_YEAR = /统计期限?(?:为|是)?自?((?:19|20)\d{2})年1月1日/;
const MIN_AGENCY = 2;
const MAX_AGENCY = 40;

function matchable(text: string): string {
  return toSimplified(dropLayoutSpaces(text.normalize('NFKC')));
}

function agencyBefore(text: string, end: number): string | null {
  let start = end;
  while (start > 0 && !NAME_STOP.test(text[start - 1]!)) start--;
  const name = text.slice(start, end).replace(LEADING_VERBS, '');
  return name.length >= MIN_AGENCY && name.length <= MAX_AGENCY ? name : null;
}

export interface ReportMeta {
  agency: string | null;
  year: number | null;
}

/** Agency and year from the title first, then the preface. */
export function readMeta(title: string | null, preface: string): ReportMeta {
  let agency: string | null = null;
  let year: number | null = null;
  const prefaceText = matchable(preface);
  for (const source of [matchable(title ?? ''), prefaceText]) {
    const stated = REPORT_YEAR.exec(source);
    if (stated) {
      year ??= Number(stated[1]);
      agency ??= agencyBefore(source, stated.index);
    }
    const yearFirst: RegExpExecArray | null = agency ? null : YEAR_FIRST.exec(source);
    if (yearFirst) {
      year ??= Number(yearFirst[1]);
      agency = yearFirst[2]!.replace(LEADING_VERBS, '');
    }
    if (agency && year) break;
  }
  if (!agency) {
    for (const phrase of AGENCY_PHRASES) {
      const found = phrase.exec(prefaceText);
      if (found) {
        agency = found[1]!;
        break;
      }
    }
  }
  if (!year) {
    const period = PERIOD_YEAR.exec(prefaceText);
    if (period) year = Number(period[1]);
  }
  return { agency, year };
}

const DATE_LINE = /^((?:19|20)\d{2})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?$/;

/** An ISO date from a line that is only a date ("2024年1月26日"), as the signature line of a report is. */
export function isoDateOf(line: string): string | null {
  const found = DATE_LINE.exec(matchable(line).replace(/\s/g, ''));
  if (!found) return null;
  const [, y, m, d] = found;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
