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
import { factsOf, type EnteredFigure } from '../../core/publications/publication.ts';
import type { ProactiveTable } from '../../core/report/model.ts';
import { publicationDeadline } from '../../core/requests/publication-deadline.ts';
import { listFigures, upsertFigure } from '../../storage/publications/figures.ts';
import { allPublicationsOf } from '../../storage/publications/items.ts';
import type { Actor } from '../actor.ts';
import { recordChange } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { transact, type Db } from '../database.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';
import { catalogueSettings } from './settings.ts';

export interface AgencyYear {
  agencyId: string;
  year: number;
}

/** Everything the catalogue contributes to one agency's annual report of `year`. */
export interface CatalogueAnnual {
  proactiveTable: ProactiveTable;
  channelCounts: ChannelCounts;
  figures: EnteredFigure[];
  findings: Finding[];
}

/** Every catalogue item of the agency, as the statistics read it (no bodies). */
export async function factsOfAgency(db: Db, agencyId: string) {
  return (await allPublicationsOf(db, agencyId)).map(factsOf);
}

// The annual figures read only the database, so a caller holding just that (the report builder) can ask.
/** Table 二 of `year`: 第二十条第(一)项 from the catalogue, the other items from the entered figures. */
export async function catalogueProactiveTable(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
  { agencyId, year }: AgencyYear,
): Promise<ProactiveTable> {
  authorize(actor, 'catalogue.read', agencyId);
  const [items, figures] = await Promise.all([
    factsOfAgency(ctx.db, agencyId),
    listFigures(ctx.db, agencyId, year),
  ]);
  return buildProactiveTable(items, figures, year);
}

/** Releases of `year` by channel and category (the 主动公开 part of the report's narrative). */
export async function catalogueChannelCounts(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
  { agencyId, year }: AgencyYear,
): Promise<ChannelCounts> {
  authorize(actor, 'catalogue.read', agencyId);
  return countReleases(await factsOfAgency(ctx.db, agencyId), year);
}

/** Table 二, the channel counts, the entered figures with their sources, and the catalogue's findings as of today. */
export async function catalogueAnnual(
  ctx: ServiceContext,
  actor: Actor,
  input: AgencyYear,
): Promise<CatalogueAnnual> {
  authorize(actor, 'catalogue.read', input.agencyId);
  const [proactiveTable, channelCounts, figures, findings] = await Promise.all([
    catalogueProactiveTable(ctx, actor, input),
    catalogueChannelCounts(ctx, actor, input),
    listFigures(ctx.db, input.agencyId, input.year),
    catalogueFindings(ctx, input.agencyId),
  ]);
  return { proactiveTable, channelCounts, figures, findings };
}

/** Late items (《条例》第二十六条, on the working-day calendar) and policies still waiting for interpretation. */
async function catalogueFindings(ctx: ServiceContext, agencyId: string): Promise<Finding[]> {
  const [items, settings, calendar] = await Promise.all([
    factsOfAgency(ctx.db, agencyId),
    catalogueSettings(ctx.db, agencyId),
    ctx.calendar.current(),
  ]);
  const asOf = ctx.clock.today();
  const dueDate = (formedOn: string) =>
    publicationDeadline({ formedOn }, calendar, { allowProvisional: true }, asOf).dueOn;
  return [
    ...latenessFindings(items, asOf, dueDate),
    ...interpretationFindings(items, asOf, settings.interpretationGraceDays),
  ];
}

/** Enters (or corrects) a figure from another system, with its source; audited. */
export async function enterExternalFigure(
  ctx: ServiceContext,
  actor: Actor,
  input: { agencyId: string; figure: unknown },
): Promise<ExternalFigure> {
  const { agencyId } = input;
  authorize(actor, 'catalogue.figures', agencyId);
  const figure = parseInput(externalFigureSchema, input.figure);
  await transact(ctx.db, async (trx) => {
    await upsertFigure(trx, agencyId, figure, actor.name, ctx.clock.now().toISOString());
    await recordChange(trx, actor, {
      at: ctx.clock.now(),
      action: 'catalogue.figureEntered',
      subjectType: 'agency',
      subjectId: agencyId,
      agencyId,
      details: figure,
    });
  });
  return figure;
}
