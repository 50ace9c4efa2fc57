// The one table from DomainError codes to HTTP status codes. A code not listed is a refused action on a valid
// request: 422. Keep entries grouped by area, as in src/core/errors/.
import type { ErrorCode } from '../core/errors/index.ts';

const STATUS: Partial<Record<ErrorCode, number>> = {
  'auth.unauthenticated': 401,
  'auth.invalidCredentials': 401,
  'auth.invalidToken': 401,
  'auth.accountLocked': 423,
  'auth.accountDisabled': 403,
  'auth.forbidden': 403,
  'auth.otherAgency': 403,
  'auth.passwordChangeRequired': 403,
  'auth.sessionNotFound': 404,
  'auth.tokenCannotManageCredentials': 403,
  'auth.tokenScope': 403,

  'platform.invalidInput': 400,
  'platform.agencyNotFound': 404,
  'platform.parentAgencyNotFound': 404,
  'platform.userNotFound': 404,
  'platform.apiTokenNotFound': 404,
  'platform.requestNotFound': 404,
  'platform.trackingNotFound': 404,
  'platform.reviewCaseNotFound': 404,
  'platform.agencyExists': 409,
  'platform.userExists': 409,
  'platform.concurrentChange': 409,
  'platform.lastAdmin': 409,
  'platform.uploadTooLarge': 413,
  'platform.uploadNotMultipart': 415,
  'platform.uploadMissing': 400,

  'requests.attachmentNotFound': 404,
  'requests.changedByOthers': 409,

  'publications.notFound': 404,
  'publications.workflowInUse': 409,
  'publications.attachmentTooLarge': 413,

  'reports.publicationNotFound': 404,
  'reports.correctionNoteRequired': 409,

  'report.chromiumMissing': 503,

  'participation.consultationNotFound': 404,
  'participation.commentNotFound': 404,
  'participation.questionNotFound': 404,
  'participation.taskNotFound': 404,
  'participation.proposalNotFound': 404,
  'participation.commentAlreadyModerated': 409,
  'participation.feedbackPublished': 409,
  'participation.questionClosed': 409,
  'participation.textTooLong': 400,
  'participation.textMarkup': 400,
  'participation.textControl': 400,
  'participation.textEmpty': 400,
  'documents.notFound': 404,
  'documents.archiveNotFound': 404,
};

export function statusOfDomainError(code: ErrorCode): number {
  return STATUS[code] ?? 422;
}
