// Table 二 figures entered from other systems (licensing, penalties, fees …), one per agency, year and row.
import type { EnteredFigure } from '../../core/publications/publication.ts';
import type { ExternalFigure, ExternalFigureRow } from '../../core/publications/proactive-table.ts';
import type { Db } from './db.ts';

export async function upsertFigure(
  trx: Db,
  agencyId: string,
  figure: ExternalFigure,
  enteredBy: string,
  enteredAt: string,
): Promise<void> {
  const values = { value: figure.value, source: figure.source, entered_by: enteredBy, entered_at: enteredAt };
  await trx
    .insertInto('publication_figures')
    .values({ agency_id: agencyId, year: figure.year, row: figure.row, ...values })
    .onConflict((oc) => oc.columns(['agency_id', 'year', 'row']).doUpdateSet(values))
    .execute();
}

export async function listFigures(db: Db, agencyId: string, year: number): Promise<EnteredFigure[]> {
  const rows = await db
    .selectFrom('publication_figures')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .execute();
  return rows.map((r) => ({
    row: r.row as ExternalFigureRow,
    year: Number(r.year),
    value: Number(r.value),
    source: r.source,
    enteredBy: r.entered_by,
    enteredAt: r.entered_at,
  }));
}
