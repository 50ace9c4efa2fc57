// What a cell of the built annual report counts (issue 11): the catalogue items behind a table 二 cell of 第二十条第(一)
//项, by the same normativeColumnsOf that counts them; the requests behind a table 三 cell, placed in rows by
// the same rowsOfCohort that lays out the table, and the review cases behind a table 四 cell, by the same status
// rule; so the list's length is the cell's value.
import { cellInput, type CellDrillDown, type CellInput } from '../../contracts/report-cells.ts';
import { normativeColumnsOf } from '../../core/publications/proactive-table.ts';
import { factsOf } from '../../core/publications/publication.ts';
import { rowsOfCohort } from '../../core/requests/annual.ts';
import type { OutcomeKey } from '../../core/taxonomy/outcomes.ts';
import { allPublicationsOf } from '../../storage/publications/items.ts';
import { reviewCasesOfYear, requestsOfYear } from '../../storage/report-cells.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { parseInput } from '../validation.ts';

const yearOf = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)));

export async function drillDownCell(
  ctx: ServiceContext,
  actor: Actor,
  input: CellInput,
): Promise<CellDrillDown> {
  authorize(actor, 'reports.build', input.agencyId);
  const query = parseInput(cellInput, input);
  if (query.table === 'proactive') {
    const items = (await allPublicationsOf(ctx.db, query.agencyId)).map(factsOf);
    const entries = items
      .filter((item) => normativeColumnsOf(item, query.row, query.year).includes(query.column))
      .map((item) => ({
        kind: 'catalogueItem' as const,
        id: item.id,
        label: item.title,
        date: item.writtenOn,
        requestId: null,
      }));
    return { count: entries.length, entries };
  }
  if (query.table === 'reviewLitigation') {
    const cases = await reviewCasesOfYear(ctx.db, query.agencyId, query.year, query.row, ctx.clock.today());
    const counted = cases.filter((c) => query.column === 'total' || c.status === query.column);
    const entries = counted.map((c) => ({
      kind: 'reviewCase' as const,
      id: c.id,
      label: c.caseNumber ?? '（无案号）',
      date: c.filedOn,
      requestId: c.requestId,
    }));
    return { count: entries.length, entries };
  }
  const kind = query.column === 'total' ? null : query.column;
  const requests = await requestsOfYear(ctx.db, query.agencyId, query.year, kind);
  const entries = requests
    .filter((r) =>
      rowsOfCohort(
        {
          receivedYear: yearOf(r.receivedOn)!,
          closedYear: yearOf(r.closedOn),
          outcome: r.outcome as OutcomeKey | null,
        },
        query.year,
      ).includes(query.row),
    )
    .map((r) => ({
      kind: 'request' as const,
      id: r.id,
      label: r.trackingNumber,
      date: r.receivedOn,
      requestId: r.id,
    }));
  return { count: entries.length, entries };
}
