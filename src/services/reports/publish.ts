// Publishing an agency's annual report for a finished year (《条例》第四十九条、第五十条): the report is frozen as
// the next version, so the portal shows and offers exactly what was published. A second publication is a correction
// and must say what it corrects (更正说明); earlier versions stay readable. The review workflow
// (services/reports/workflow.ts) calls this when a leader signs off the report its reviewers saw — the only way a
// report is published.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { ReportPublication } from '../../contracts/reports.ts';
import { DomainError } from '../../core/errors/index.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { insertPublication, latestVersion } from '../../storage/annual-report-publications.ts';
import { isUniqueViolation } from '../../storage/rows.ts';
import type { Database } from '../../storage/tables.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';

/** Freezes `report` (its agency's, for its year) as the next version, audited; inside the caller's transaction. */
export async function recordPublication(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; report: AnnualReport; correctionNote: string | null },
): Promise<ReportPublication> {
  const year = input.report.year;
  if (year === null) throw new DomainError('platform.invalidInput', { details: '年度报告缺少年度' });
  const version = (await latestVersion(trx, input.agencyId, year)) + 1;
  if (version > 1 && input.correctionNote === null)
    throw new DomainError('reports.correctionNoteRequired', { year });
  if (version === 1 && input.correctionNote !== null)
    throw new DomainError('reports.correctionNoteUnexpected', { year });
  const now = ctx.clock.now();
  const publishedOn = ctx.clock.today();
  const publication: ReportPublication = {
    id: randomUUID(),
    agencyId: input.agencyId,
    year,
    version,
    publishedOn,
    publishedAt: now.toISOString(),
    publishedBy: actor.kind === 'staff' ? actor.displayName : '系统',
    correctionNote: input.correctionNote,
  };
  await insertPublication(trx, {
    ...publication,
    report: { ...input.report, publishedOn },
    publishedByUserId: actor.userId,
  }).catch((error: unknown) => {
    // Someone else published this version between our read and our write (PostgreSQL, two servers).
    throw isUniqueViolation(error) ? new DomainError('platform.concurrentChange') : error;
  });
  await recordChange(trx, actor, {
    at: now,
    action: 'annualReport.published',
    subjectType: 'annualReport',
    subjectId: publication.id,
    agencyId: input.agencyId,
    details: { year, version, correctionNote: input.correctionNote },
  });
  return publication;
}
