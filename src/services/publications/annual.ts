// What the catalogue gives the annual report and the supervisor: table 二, the channel and category counts for
// the narrative, and the findings (late publication under Art. 26, policies without interpretation).
import type { Finding } from '../../core/findings.ts';
import { countReleases, type ChannelCounts } from '../../core/publications/channel-counts.ts';
import { interpretationFindings, latenessFindings } from '../../core/publications/findings.ts';
import {
  buildProactiveTable,
  externalFigureSchema,
  type ExternalFigure,
} from '../../core/publications/proactive-table.ts';
import { factsOf } from '../../core/publications/publication.ts';
import type { ProactiveTable } from '../../core/report/model.ts';
import { publicationDeadline } from '../../core/requests/publication-deadline.ts';
import type { Agency } from '../../storage/agencies.ts';
import {
  allPublicationsOf,
  listFigures,
  upsertFigure,
  type StoredFigure,
} from '../../storage/publications/repository.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import { transact, type Db } from '../database.ts';
import { chinaToday, requestCalendar } from '../requests/calendar.ts';
import { parseInput } from '../validation.ts';
import { catalogueSettings } from './settings.ts';
import { authorize } from '../policy/authorize.ts';

async function factsOfAgency(db: Db, agencyId: string) {
  return (await allPublicationsOf(db, agencyId)).map(factsOf);
}

/** Table 二 of `year`: 第二十条第(一)项 from the catalogue, the other items from the entered figures. */
export async function catalogueProactiveTable(
  db: Db,
  agency: Pick<Agency, 'id'>,
  year: number,
): Promise<ProactiveTable> {
  const [items, figures] = await Promise.all([
    factsOfAgency(db, agency.id),
    listFigures(db, agency.id, year),
  ]);
  return buildProactiveTable(items, figures, year);
}

export async function catalogueChannelCounts(db: Db, agencyId: string, year: number): Promise<ChannelCounts> {
  return countReleases(await factsOfAgency(db, agencyId), year);
}

/** Late items (《条例》第二十六条, on the working-day calendar) and policies still waiting for interpretation. */
export async function catalogueFindings(db: Db, agencyId: string, asOf = chinaToday()): Promise<Finding[]> {
  const [items, settings] = await Promise.all([factsOfAgency(db, agencyId), catalogueSettings(db, agencyId)]);
  const calendar = await requestCalendar(db);
  const dueDate = (formedOn: string) =>
    publicationDeadline({ formedOn }, calendar, { allowProvisional: true }, asOf).dueOn;
  return [
    ...latenessFindings(items, asOf, dueDate),
    ...interpretationFindings(items, asOf, settings.interpretationGraceDays),
  ];
}

/** Enters (or corrects) a figure from another system, with its source; audited. */
export async function enterExternalFigure(
  db: Db,
  actor: Actor,
  agencyId: string,
  input: unknown,
  now = new Date(),
): Promise<ExternalFigure> {
  authorize(actor, 'catalogue.figures', agencyId);
  const figure = parseInput(externalFigureSchema, input);
  await transact(db, async (trx) => {
    await upsertFigure(trx, agencyId, figure, actor.name, now.toISOString());
    await recordChange(trx, actor, {
      action: 'catalogue.figureEntered',
      subjectType: 'agency',
      subjectId: agencyId,
      agencyId,
      details: figure,
    });
  });
  return figure;
}

export function externalFigures(db: Db, agencyId: string, year: number): Promise<StoredFigure[]> {
  return listFigures(db, agencyId, year);
}
