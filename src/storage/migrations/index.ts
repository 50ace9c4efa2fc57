// The migrations, listed statically (no directory scanning: works the same under tsx, a bundle or tests).
// Names sort in the order they run. Add a line for a new migration; never edit or remove a released one.
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as platform from './001_platform.ts';
import * as publications from './100_publications.ts';
import * as requestStatistics from './110_request_statistics.ts';
import * as calendar from './120_calendar.ts';
import * as idempotencyKeys from './130_idempotency_keys.ts';
import * as mustChangePassword from './150_must_change_password.ts';
import * as screeningLexicons from './150_screening_lexicons.ts';
import * as applicantEmail from './155_applicant_email.ts';
import * as requestAttachments from './160_request_attachments.ts';
import * as notificationOutbox from './161_notification_outbox.ts';
import * as annualReportPublications from './162_annual_report_publications.ts';
import * as annualReportNarratives from './170_annual_report_narratives.ts';
import * as catalogueFacetIndexes from './163_catalogue_facet_indexes.ts';
import * as annualReportReviews from './171_annual_report_reviews.ts';
import * as supervisionReports from './172_supervision_reports.ts';
import * as accountSecurity from './180_account_security.ts';
import * as apiTokenScopes from './181_api_token_scopes.ts';
import * as auditAnchor from './190_audit_anchor.ts';
import * as requestArt35Flags from './201_request_art35_flags.ts';
import * as rateLimitWindows from './202_rate_limit_windows.ts';
import * as requestDocuments from './210_request_documents.ts';
import * as publicParticipation from './220_public_participation.ts';

const MIGRATIONS: Record<string, Migration> = {
  '001_platform': platform,
  '100_publications': publications,
  '110_request_statistics': requestStatistics,
  '120_calendar': calendar,
  '130_idempotency_keys': idempotencyKeys,
  '150_must_change_password': mustChangePassword,
  '150_screening_lexicons': screeningLexicons,
  '155_applicant_email': applicantEmail,
  '160_request_attachments': requestAttachments,
  '161_notification_outbox': notificationOutbox,
  '162_annual_report_publications': annualReportPublications,
  '163_catalogue_facet_indexes': catalogueFacetIndexes,
  '170_annual_report_narratives': annualReportNarratives,
  '171_annual_report_reviews': annualReportReviews,
  '172_supervision_reports': supervisionReports,
  '180_account_security': accountSecurity,
  '181_api_token_scopes': apiTokenScopes,
  '190_audit_anchor': auditAnchor,
  '201_request_art35_flags': requestArt35Flags,
  '202_rate_limit_windows': rateLimitWindows,
  '210_request_documents': requestDocuments,
  '220_public_participation': publicParticipation,
};

function migrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest();
  if (result.error) throw result.error;
  return result;
}

/** The migrations this code knows that the database has not applied, in order (empty: the schema is current). */
export async function pendingMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const known = await migrator(db).getMigrations();
  return known.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
