// Error codes of the annual-report engine with their Chinese messages. Add codes here; never reuse or rename one.
export const REPORT_ERRORS = {
  'report.fileEmpty': '文件为空',
  'report.fileTooLarge': '文件过大（{size}），超过上限 {limit}',
  'report.unsupportedType': '不支持的文件类型“{ext}”，可读取 .txt .html .htm .docx .pdf .md .json',
  'report.notAReport': '不是政府信息公开工作年度报告：{reason}',
  'report.binaryText': '文件不是文本（含有二进制内容）',
  'report.noTextLayer': 'PDF 没有文字层（可能是扫描图片），无法读取',
  'report.corruptFile': '文件已损坏或格式不正确：{reason}',
  'report.invalidJson': 'JSON 不符合年度报告模型：{reason}',
  'report.fileMissing': '找不到文件：{reason}',
  'report.timeout': '读取超时（超过 {seconds} 秒）',
  'report.chromiumMissing':
    '无法导出 PDF：找不到 Chromium 浏览器（{path}）。请安装 chromium，或用环境变量 GONGKAI_CHROMIUM 指定其路径',
  'report.tooManyPages': 'PDF 共 {pages} 页，超过年度报告的页数上限 {limit} 页',
} as const satisfies Record<string, string>;
