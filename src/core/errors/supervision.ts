// Error codes of a supervising office's import of annual reports, with their Chinese messages. Add codes here;
// never reuse or rename one. Each is a reason a file is refused (listed, never thrown past the batch).
export const SUPERVISION_ERRORS = {
  'supervision.wrongYear': '报告年度为 {actual}，不是导入的 {expected} 年度',
  'supervision.noYear': '读不出报告的年度',
  'supervision.noAgency': '读不出报告的机关名称',
  'supervision.agencyOnPlatform': '“{agency}”已在平台上，其年报以平台发布的为准，不导入',
  'supervision.zipBomb': '压缩包解压后 {size}，超过上限 {limit}（可能是压缩炸弹）',
  'supervision.zipCorrupt': '压缩包已损坏或不完整',
  'supervision.zipTooManyFiles': '压缩包内有 {count} 个文件，超过上限 {limit} 个',
} as const satisfies Record<string, string>;
