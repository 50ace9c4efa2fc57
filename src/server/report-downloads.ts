// How a report document is sent for download, on the staff API and the portal alike: its content type, and a
// Content-Disposition naming the file in Chinese (RFC 6266 filename*) with an ASCII name for old clients.
export const REPORT_FILE_TYPES = {
  text: { extension: 'txt', type: 'text/plain; charset=utf-8' },
  html: { extension: 'html', type: 'text/html; charset=utf-8' },
  md: { extension: 'md', type: 'text/markdown; charset=utf-8' },
  json: { extension: 'json', type: 'application/json; charset=utf-8' },
  docx: {
    extension: 'docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { extension: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pdf: { extension: 'pdf', type: 'application/pdf' },
} as const;
export type ReportFileFormat = keyof typeof REPORT_FILE_TYPES;

/** `attachment` with the Chinese `name` (without extension) and `annual-report-<year>` as the ASCII fallback. */
export function reportDisposition(name: string, year: number, format: ReportFileFormat): string {
  const { extension } = REPORT_FILE_TYPES[format];
  return `attachment; filename="annual-report-${year}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`;
}
