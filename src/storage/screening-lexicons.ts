// Each agency's sensitive-term lexicon (table screening_lexicons, migration 150). The entries were validated by
// the service (core/screening/lexicon-file.ts) before they are written; read back as stored.
import type { Kysely, Transaction } from 'kysely';
import type { LexiconEntry } from '../core/screening/lexicon.ts';
import type { Database } from './tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface StoredLexicon {
  entries: LexiconEntry[];
  updatedBy: string;
  updatedAt: string;
}

export async function lexiconOf(db: Executor, agencyId: string): Promise<StoredLexicon | undefined> {
  const row = await db
    .selectFrom('screening_lexicons')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return (
    row && {
      entries: JSON.parse(row.entries) as LexiconEntry[],
      updatedBy: row.updated_by,
      updatedAt: row.updated_at,
    }
  );
}

/** Replaces the agency's lexicon (or sets its first one). */
export async function saveLexicon(trx: Executor, agencyId: string, lexicon: StoredLexicon): Promise<void> {
  const values = {
    entries: JSON.stringify(lexicon.entries),
    updated_by: lexicon.updatedBy,
    updated_at: lexicon.updatedAt,
  };
  await trx
    .insertInto('screening_lexicons')
    .values({ agency_id: agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
    .execute();
}

export async function deleteLexicon(trx: Executor, agencyId: string): Promise<void> {
  await trx.deleteFrom('screening_lexicons').where('agency_id', '=', agencyId).execute();
}
