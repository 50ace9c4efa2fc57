// Refused actions throw a DomainError with a code from a closed set (docs/architecture.md, idea 4). Each area keeps its
// codes and their Chinese message templates in its own file here; the edges (HTTP, CLI) map codes to status
// codes and show the message. Templates use {name} placeholders filled from params.
import { REPORT_ERRORS } from './report.ts';
import { REPORT_PUBLICATION_ERRORS } from './report-publication.ts';
import { CALENDAR_ERRORS } from './calendar.ts';
import { REQUEST_ERRORS } from './requests.ts';
import { PLATFORM_ERRORS } from './platform.ts';
import { PUBLICATION_ERRORS } from './publications.ts';
import { AUTH_ERRORS } from './auth.ts';
import { SCREENING_ERRORS } from './screening.ts';
import { SUPERVISION_ERRORS } from './supervision.ts';
import { REPORT_DRAFTING_ERRORS } from './report-drafting.ts';
import { REPORT_WORKFLOW_ERRORS } from './report-workflow.ts';
import { BACKUP_ERRORS } from './backup.ts';
import { PARTICIPATION_ERRORS } from './participation.ts';
import { DOCUMENT_ERRORS } from './documents.ts';

export const ERROR_MESSAGES = {
  ...REPORT_ERRORS,
  ...REPORT_PUBLICATION_ERRORS,
  ...CALENDAR_ERRORS,
  ...REQUEST_ERRORS,
  ...PLATFORM_ERRORS,
  ...PUBLICATION_ERRORS,
  ...AUTH_ERRORS,
  ...SCREENING_ERRORS,
  ...SUPERVISION_ERRORS,
  ...REPORT_DRAFTING_ERRORS,
  ...REPORT_WORKFLOW_ERRORS,
  ...BACKUP_ERRORS,
  ...PARTICIPATION_ERRORS,
  ...DOCUMENT_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type ErrorParams = Record<string, string | number>;

export function formatErrorMessage(code: ErrorCode, params: ErrorParams = {}): string {
  return ERROR_MESSAGES[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}) {
    super(formatErrorMessage(code, params));
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
