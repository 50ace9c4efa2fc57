// Test helper: a consistent AnnualReport built from the seed's figures (docs/statute.md §2.7), and ways to break it once.
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROW_KEYS,
  SECTION_HEADINGS,
  SECTION_KEYS,
  type ApplicantColumn,
  type ApplicationRowKey,
  type SectionKey,
} from '../../taxonomy/index.ts';
import type { AnnualReport, ApplicationsTable, Cell } from '../model.ts';

const zeros = () => APPLICANT_COLUMNS.map(() => 0 as Cell);

/** 临沂市国防动员办公室 2023: 自然人 27 new, 商业企业 2 new; 予以公开 2, 部分公开 14, 国家秘密 5+2, 不掌握 6. */
function seedApplications(): ApplicationsTable {
  const table = Object.fromEntries(APPLICATION_ROW_KEYS.map((key) => [key, zeros()])) as ApplicationsTable;
  table.received = [27, 2, 0, 0, 0, 0, 29];
  table.granted = [2, 0, 0, 0, 0, 0, 2];
  table.partiallyGranted = [14, 0, 0, 0, 0, 0, 14];
  table['withheld.stateSecret'] = [5, 2, 0, 0, 0, 0, 7];
  table['unavailable.notHeld'] = [6, 0, 0, 0, 0, 0, 6];
  table.total = [27, 2, 0, 0, 0, 0, 29];
  return table;
}

export const SEED_TEXTS: Record<SectionKey, string> = {
  overview:
    '本机关始终坚持以习近平新时代中国特色社会主义思想为指引。\n' +
    '(二)依规完成依申请公开。2023年本机关共收到依申请公开事项29项,已全部办理完毕,均按要求予以书面答复。',
  proactive: '',
  applications: '',
  reviewLitigation: '',
  problems: '存在的主要问题:一是政务公开重点不突出。',
  other: '(一)依申请公开信息处理费收费情况。本年度未收取依申请公开信息处理费。',
};

export function consistentReport(): AnnualReport {
  return {
    agency: '临沂市国防动员办公室',
    year: 2023,
    format: '2021',
    publishedOn: '2024-01-20',
    title: '临沂市国防动员办公室2023年政府信息公开工作年度报告',
    preface: '报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    sections: SECTION_KEYS.map((key) => ({ key, heading: SECTION_HEADINGS[key], text: SEED_TEXTS[key] })),
    tables: {
      proactive: {
        regulation: [0, 0, 0],
        normativeDocument: [0, 0, 0],
        licensing: [0],
        penalty: [1],
        coercion: [0],
        administrativeFees: [0],
      },
      applications: seedApplications(),
      reviewLitigation: {
        review: [0, 0, 0, 0, 0],
        litigationDirect: [0, 0, 0, 1, 1],
        litigationAfterReview: [0, 0, 0, 0, 0],
      },
    },
    mappingLosses: [],
  };
}

/** A copy of the report with table 三's cells set: [row, column, value] triples. */
export function withApplicationCells(
  report: AnnualReport,
  ...cells: (readonly [ApplicationRowKey, ApplicantColumn, Cell])[]
): AnnualReport {
  const table = Object.fromEntries(
    Object.entries(report.tables.applications!).map(([key, row]) => [key, [...row]]),
  ) as ApplicationsTable;
  for (const [row, column, value] of cells) table[row][APPLICANT_COLUMNS.indexOf(column)] = value;
  return { ...report, tables: { ...report.tables, applications: table } };
}

/** A copy of the report whose section `key` has this text (and, optionally, this heading). */
export function withSection(
  report: AnnualReport,
  key: SectionKey,
  text: string,
  heading?: string,
): AnnualReport {
  return {
    ...report,
    sections: report.sections.map((section) =>
      section.key === key ? { ...section, text, heading: heading ?? section.heading } : section,
    ),
  };
}
