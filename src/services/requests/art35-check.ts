// The 《条例》第三十五条 check at intake (core/requests/art35.ts), inside the intake's transaction: the applicant's
// requests at the agency counted over the volume window and the most recent of them compared by text. It runs after
// the registration serials are taken (storage/requests.ts takeSerials), whose counter row stays locked until commit on
// PostgreSQL, so two intakes at one agency cannot both miss each other; SQLite has one writer anyway. A flag is kept
// on the request and written to the audit trail as the system's note; it never refuses or delays the intake.
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { applicantKey, type ApplicantIdentity } from '../../core/requests/applicant-key.ts';
import {
  art35Flags,
  art35Note,
  volumeWindow,
  type Art35Flag,
  type Art35Options,
  type EarlierRequest,
} from '../../core/requests/art35.ts';
import type { IsoDate } from '../../core/requests/events.ts';
import { applicantHistories, type ApplicantHistory } from '../../storage/applicant-requests.ts';
import type { Database } from '../../storage/tables.ts';
import { SYSTEM_ACTOR, type Actor } from '../actor.ts';
import type { Change } from '../audit.ts';

/** What is stored: a hash, so the key column is not one more copy of the applicant's ID number. */
export function applicantKeyHash(applicant: ApplicantIdentity): string {
  return createHash('sha256').update(applicantKey(applicant)).digest('hex');
}

/** An intake of a batch as the check sees it. */
export interface Art35Intake {
  agencyId: string;
  keyHash: string;
  id: string;
  registrationNumber: string;
  receivedOn: IsoDate;
  informationSought: string;
}

/**
 * The flags of each intake of a batch, in order. Each intake is checked against the applicant's requests already
 * registered at the agency and those before it in the batch, as if they had been registered one after another.
 */
export async function checkArt35(
  trx: Transaction<Database>,
  intakes: readonly Art35Intake[],
  options: Art35Options,
): Promise<Art35Flag[][]> {
  const histories = new Map<string, Map<string, ApplicantHistory>>();
  for (const agencyId of new Set(intakes.map((intake) => intake.agencyId))) {
    const ofAgency = intakes.filter((intake) => intake.agencyId === agencyId);
    const windows = ofAgency.map((intake) => volumeWindow(intake.receivedOn, options));
    const span = {
      from: windows.map((w) => w.from).sort()[0]!,
      to: windows
        .map((w) => w.to)
        .sort()
        .at(-1)!,
    };
    const keys = ofAgency.map((intake) => intake.keyHash);
    histories.set(agencyId, await applicantHistories(trx, agencyId, keys, span, options.candidateLimit));
  }
  const registeredInBatch = new Map<string, EarlierRequest[]>();
  return intakes.map((intake) => {
    const applicant = `${intake.agencyId}\u0000${intake.keyHash}`;
    const inBatch = registeredInBatch.get(applicant) ?? [];
    const stored = histories.get(intake.agencyId)!.get(intake.keyHash);
    const window = volumeWindow(intake.receivedOn, options);
    const inWindow = (day: string) => day >= window.from && day <= window.to;
    let countInWindow = inBatch.filter((earlier) => inWindow(earlier.receivedOn)).length;
    for (const [day, n] of stored?.receivedPerDay ?? []) if (inWindow(day)) countInWindow += n;
    const earlier = [...inBatch, ...(stored?.recent ?? [])]
      .sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : 0))
      .slice(0, options.candidateLimit);
    registeredInBatch.set(applicant, [
      {
        id: intake.id,
        registrationNumber: intake.registrationNumber,
        receivedOn: intake.receivedOn,
        closedOn: null,
        informationSought: intake.informationSought,
      },
      ...inBatch,
    ]);
    return art35Flags(
      { receivedOn: intake.receivedOn, informationSought: intake.informationSought, countInWindow, earlier },
      options,
    );
  });
}

/** The system's note in the audit trail, for a request the check flagged. */
export function art35NoteChange(
  at: Date,
  request: { id: string; agencyId: string; registrationNumber: string },
  flags: readonly Art35Flag[],
): { actor: Actor; change: Change } {
  return {
    actor: SYSTEM_ACTOR,
    change: {
      at,
      action: 'request.art35Flagged',
      subjectType: 'request',
      subjectId: request.id,
      agencyId: request.agencyId,
      details: { registrationNumber: request.registrationNumber, flags, note: art35Note(flags) },
    },
  };
}
