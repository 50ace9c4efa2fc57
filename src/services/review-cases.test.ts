// Review and litigation cases (table 四): filed pending, linked only to the agency's own requests, results
// recorded with their closing day, and counted by the status basis the agency chooses (docs/statute.md T4-4).
import { expect, it } from 'vitest';
import { testContext } from '../../test/context.ts';
import { forEachEngine } from '../../test/db.ts';
import { makeAgency } from '../../test/db/factories.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import { listAuditTrail } from './audit.ts';
import { registerRequest } from './requests/intake.ts';
import { fileReviewCase, recordReviewResult } from './review-cases.ts';
import { reviewLitigationTable } from './statistics/annual.ts';

forEachEngine((_engine, getDb) => {
  it('files, decides and counts cases by the chosen status day', async () => {
    const agency = await makeAgency(getDb());
    const other = await makeAgency(getDb());
    const { request } = await registerRequest(testContext(getDb()), SYSTEM_ACTOR, {
      agencyId: agency.id,
      channel: 'inPerson',
      arrivedOn: '2023-02-01',
      applicant: { kind: 'naturalPerson', name: '甲', contact: '乙' },
      informationSought: '丙',
      formWanted: '丁',
    });
    await expect(
      fileReviewCase(testContext(getDb()), SYSTEM_ACTOR, {
        agencyId: other.id,
        requestId: request.id,
        kind: 'review',
        filedOn: '2023-04-01',
      }),
    ).rejects.toMatchObject({ code: 'platform.reviewCaseRequestOtherAgency' });

    const review = await fileReviewCase(testContext(getDb()), SYSTEM_ACTOR, {
      agencyId: agency.id,
      requestId: request.id,
      kind: 'review',
      filedOn: '2023-04-01',
    });
    const lawsuit = await fileReviewCase(testContext(getDb()), SYSTEM_ACTOR, {
      agencyId: agency.id,
      kind: 'litigationAfterReview',
      filedOn: '2023-09-01',
    });
    await fileReviewCase(testContext(getDb()), SYSTEM_ACTOR, {
      agencyId: agency.id,
      kind: 'litigationDirect',
      filedOn: '2022-12-30',
    });
    await recordReviewResult(testContext(getDb()), SYSTEM_ACTOR, {
      id: review.id,
      result: 'corrected',
      closedOn: '2023-06-01',
    });
    await recordReviewResult(testContext(getDb()), SYSTEM_ACTOR, {
      id: lawsuit.id,
      result: 'upheld',
      closedOn: '2024-01-10',
    });
    await expect(
      recordReviewResult(testContext(getDb()), SYSTEM_ACTOR, {
        id: lawsuit.id,
        result: 'upheld',
        closedOn: null,
      }),
    ).rejects.toMatchObject({ code: 'platform.invalidInput' });
    await expect(
      recordReviewResult(testContext(getDb()), SYSTEM_ACTOR, {
        id: lawsuit.id,
        result: 'otherResult',
        closedOn: '2023-08-01',
      }),
    ).rejects.toMatchObject({ code: 'platform.invalidInput' });

    expect(await reviewLitigationTable(getDb(), agency.id, 2023, 'reportDate', '2024-01-20')).toEqual({
      review: [0, 1, 0, 0, 1],
      litigationDirect: [0, 0, 0, 0, 0],
      litigationAfterReview: [1, 0, 0, 0, 1],
    });
    // Frozen at 31 December, the lawsuit decided in January still counts as 尚未审结.
    expect(await reviewLitigationTable(getDb(), agency.id, 2023, 'yearEnd', '2024-01-20')).toMatchObject({
      litigationAfterReview: [0, 0, 0, 1, 1],
    });
    const trail = await listAuditTrail(getDb(), {
      subjectType: 'reviewCase',
      subjectId: lawsuit.id,
      limit: 5,
    });
    expect(trail.map((r) => r.action)).toEqual(['reviewCase.resultRecorded', 'reviewCase.filed']);
  });
});
