// The annual statistics of table 三 as a pure fold over request timelines (docs/statute.md §2.3, docs/architecture.md "Annual
// statistics"). Storage's SQL statistics are tested against this fold. For year Y:
//   一、本年新收 (received)     = receipt date in Y
//   二、上年结转 (carriedIn)    = received before Y and not closed before Y
//   三、办理结果 (outcome rows) = closed in Y, by outcome; (七)总计 = their sum
//   四、结转下年度 (carriedOut) = received by 31 December Y and not closed by then
// so received + carriedIn = total + carriedOut (rule T3-1) holds by construction.
import { DomainError } from '../errors/index.ts';
import type { ApplicationsTable } from '../report/model.ts';
import { APPLICANT_COLUMNS, APPLICANT_KINDS, type ApplicantKind } from '../taxonomy/applicants.ts';
import { APPLICATION_ROW_KEYS } from '../taxonomy/applications-table.ts';
import type { OutcomeKey } from '../taxonomy/outcomes.ts';
import type { IsoDate, RequestEvent } from './events.ts';
import { foldTimeline } from './fold.ts';

export interface RequestYearFacts {
  applicantKind: ApplicantKind;
  /** The Art. 31 receipt date (the confirmation day where the channel needs one, else the arrival day). */
  receivedOn: IsoDate;
  /** The day handling ended (decision, lapse or withdrawal); null while open. */
  closedOn: IsoDate | null;
  outcome: OutcomeKey | null;
}

/**
 * The facts one request contributes to the annual report. Closing events: decided → its outcome;
 * correctionLapsed → otherDisposal.correctionLapsed (《条例》第三十条); feeLapsed → otherDisposal.feeLapsed
 * (国办函〔2020〕109号); withdrawn → otherDisposal.other. For statistics an unconfirmed online receipt counts from
 * its arrival day: the request exists even while its clock waits for the confirmation.
 */
export function requestYearFacts(events: readonly RequestEvent[]): RequestYearFacts {
  if (events.length === 0) throw new DomainError('requests.emptyTimeline');
  const facts = foldTimeline(events);
  const received = facts.received;
  if (!received) throw new DomainError('requests.notReceivedFirst', { event: events[0]!.type });
  const base = { applicantKind: received.applicantKind, receivedOn: received.confirmedOn ?? received.on };
  if (facts.decided) return { ...base, closedOn: facts.decided.on, outcome: facts.decided.outcome };
  if (facts.correctionLapsed)
    return { ...base, closedOn: facts.correctionLapsed.on, outcome: 'otherDisposal.correctionLapsed' };
  if (facts.feeLapsed) return { ...base, closedOn: facts.feeLapsed.on, outcome: 'otherDisposal.feeLapsed' };
  if (facts.withdrawn) return { ...base, closedOn: facts.withdrawn.on, outcome: 'otherDisposal.other' };
  return { ...base, closedOn: null, outcome: null };
}

/**
 * Requests that share an applicant kind, a receipt year, a closing year (null while open) and an outcome: one row
 * of the statistics rollup (storage/request-statistics.ts), or one request's facts with count 1.
 */
export interface RequestCohort {
  applicantKind: ApplicantKind;
  receivedYear: number;
  closedYear: number | null;
  outcome: OutcomeKey | null;
  count: number;
}

/** The cohort of one request, as the rollup files it. */
export function cohortOf(facts: RequestYearFacts): RequestCohort {
  return {
    applicantKind: facts.applicantKind,
    receivedYear: Number(facts.receivedOn.slice(0, 4)),
    closedYear: facts.closedOn === null ? null : Number(facts.closedOn.slice(0, 4)),
    outcome: facts.outcome,
    count: 1,
  };
}

const TOTAL_COLUMN = APPLICANT_COLUMNS.indexOf('total');

function emptyTable(): ApplicationsTable {
  return Object.fromEntries(
    APPLICATION_ROW_KEYS.map((key) => [key, APPLICANT_COLUMNS.map(() => 0)]),
  ) as ApplicationsTable;
}

/**
 * Table 三 for `year` from cohorts, each row with 7 values in APPLICANT_COLUMNS order (自然人 … 其他, 总计). Every
 * boundary of the table is 1 January or 31 December, so years decide: received by 31 December and not closed
 * before 1 January is counted; received in the year or carried in; closed in the year (its outcome and 总计) or
 * carried out.
 */
export function applicationsTableOf(cohorts: Iterable<RequestCohort>, year: number): ApplicationsTable {
  const table = emptyTable();
  const add = (row: keyof ApplicationsTable, kind: ApplicantKind, n: number) => {
    const cells = table[row] as number[];
    cells[APPLICANT_KINDS.indexOf(kind)]! += n;
    cells[TOTAL_COLUMN]! += n;
  };
  for (const cohort of cohorts)
    for (const row of rowsOfCohort(cohort, year)) add(row, cohort.applicantKind, cohort.count);
  return table;
}

/**
 * The rows of table 三 for `year` a request of this cohort counts in (in its applicant column and 总计): none, or
 * received/carriedIn with either its outcome and total or carriedOut. The one definition the table and its
 * drill-down (services/reports/cells.ts) share.
 */
export function rowsOfCohort(
  cohort: Pick<RequestCohort, 'receivedYear' | 'closedYear' | 'outcome'>,
  year: number,
): (keyof ApplicationsTable)[] {
  const { receivedYear, closedYear, outcome } = cohort;
  if (receivedYear > year) return [];
  if (closedYear !== null && closedYear < year) return [];
  const arrival = receivedYear === year ? 'received' : 'carriedIn';
  return closedYear === year ? [arrival, outcome!, 'total'] : [arrival, 'carriedOut'];
}

/** Table 三 for `year` folded over request timelines: the definition the SQL statistics are tested against. */
export function foldApplicationsTable(
  timelines: readonly (readonly RequestEvent[])[],
  year: number,
): ApplicationsTable {
  return applicationsTableOf(
    timelines.map((events) => cohortOf(requestYearFacts(events))),
    year,
  );
}
