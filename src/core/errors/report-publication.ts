// Error codes of publishing annual reports with their Chinese messages. Add codes here; never reuse or rename one.
export const REPORT_PUBLICATION_ERRORS = {
  // 《条例》第四十九条: the report covers a whole calendar year and is published after it.
  'reports.yearNotOver': '{year} 年尚未结束，不能发布该年度的年度报告',
  'reports.correctionNoteRequired': '{year} 年度报告已经发布过，再次发布即为更正，请填写更正说明',
  'reports.correctionNoteUnexpected': '{year} 年度报告尚未发布过，首次发布不需要更正说明',
  'reports.publicationNotFound': '找不到 {year} 年度已发布的年度报告',
} as const satisfies Record<string, string>;
