// The 《条例》第三十五条 check at intake (core/requests/art35.ts), inside the intake's transaction: the applicant's
// requests at the agency counted over the volume window and the most recent of them compared by text. It runs after
// the registration serial is taken (storage/requests.ts nextSerial), whose counter row stays locked until commit on
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
} from '../../core/requests/art35.ts';
import { applicantHistory } from '../../storage/applicant-requests.ts';
import type { Database } from '../../storage/tables.ts';
import { SYSTEM_ACTOR } from '../actor.ts';
import { recordChange } from '../audit.ts';

/** What is stored: a hash, so the key column is not one more copy of the applicant's ID number. */
export function applicantKeyHash(applicant: ApplicantIdentity): string {
  return createHash('sha256').update(applicantKey(applicant)).digest('hex');
}

export async function checkArt35(
  trx: Transaction<Database>,
  agencyId: string,
  keyHash: string,
  request: { receivedOn: string; informationSought: string },
  options: Art35Options,
): Promise<Art35Flag[]> {
  const window = volumeWindow(request.receivedOn, options);
  const history = await applicantHistory(trx, agencyId, keyHash, window, options.candidateLimit);
  return art35Flags({ ...request, ...history }, options);
}

/** The system's note in the audit trail, for a request the check flagged. */
export async function recordArt35Note(
  trx: Transaction<Database>,
  at: Date,
  request: { id: string; agencyId: string; registrationNumber: string },
  flags: readonly Art35Flag[],
): Promise<void> {
  await recordChange(trx, SYSTEM_ACTOR, {
    at,
    action: 'request.art35Flagged',
    subjectType: 'request',
    subjectId: request.id,
    agencyId: request.agencyId,
    details: { registrationNumber: request.registrationNumber, flags, note: art35Note(flags) },
  });
}
