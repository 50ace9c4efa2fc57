// Bounds on what the readers accept, so one hostile or mistaken file cannot stall a batch of hundreds.
// An annual report is a few pages: 20 MB leaves room for scanned attachments in a DOCX or PDF.
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;
/** A DOCX inflating past this is not a report (and might be a zip bomb). */
export const MAX_DOCX_INFLATED_BYTES = 200 * 1024 * 1024;
export const MAX_PDF_PAGES = 200;
/** Wall-clock bound for one DOCX or PDF (library work that is asynchronous can be cut off). */
export const READ_TIMEOUT_MS = 20_000;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
