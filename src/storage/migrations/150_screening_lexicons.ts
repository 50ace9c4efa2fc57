// Each agency's sensitive-term lexicon (敏感词库), kept in the database so that every server screens a draft with the
// same terms and the administrator edits it in the console (issue 9). One row per agency; the entries are JSON
// ([{term, category}]), validated by core/screening/lexicon-file.ts before they are saved.
// Frozen once released; portable (schema builder only).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('screening_lexicons')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('entries', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('screening_lexicons').execute();
}
