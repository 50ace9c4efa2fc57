// Error codes of this area with their Chinese messages. Add codes here; never reuse or rename one.
export const SCREENING_ERRORS = {
  'screening.lexiconInvalid': '敏感词库第 {line} 行有误：{reason}',
  'screening.lexiconJsonInvalid': '敏感词库（JSON）有误：{reason}',
  'screening.lexiconEmpty': '敏感词库中没有任何词条',
  'screening.settingsInvalid': '检查规则设置有误：{reason}',
  'screening.fileUnreadable': '无法读取文件“{file}”：{reason}',
  'screening.fileTooLarge': '文件“{file}”过大（{size}），超过上限 {limit}',
  'screening.unsupportedType': '不支持检查“{ext}”类型的文件，可检查 .txt .md .html .htm .docx',
  'screening.docxCorrupt': 'DOCX 文件已损坏或格式不正确：{reason}',
} as const satisfies Record<string, string>;
