// 汇总: tables 三 and 四 summed over the agencies under a supervising office — each agency's latest published
// report and the reports the office imported — with each agency's row, so the total can be checked by hand. Table
// 三 contributes its 总计 column (the applicant breakdown is each agency's own); table 四 every cell. A blank cell
// adds nothing; a sum is blank only when every addend is.
import type { Cell } from '../../core/report/model.ts';
import type { AnnualReport } from '../../core/report/model.ts';
import { APPLICANT_COLUMNS } from '../../core/taxonomy/index.ts';
import { APPLICATION_ROW_KEYS } from '../../core/taxonomy/applications-table.ts';
import { REVIEW_GROUPS, REVIEW_RESULTS } from '../../core/taxonomy/review-table.ts';
import {
  supervisionReportsQuery,
  type Rollup,
  type RollupRow,
  type SupervisionReportsQuery,
} from '../../contracts/supervision-reports.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { parseInput } from '../validation.ts';
import { loadYearCorpus } from './corpus.ts';
import { supervisedOffice } from './roster.ts';

const TOTAL_COLUMN = APPLICANT_COLUMNS.length - 1;

export async function reportRollup(
  ctx: ServiceContext,
  actor: Actor,
  input: SupervisionReportsQuery,
): Promise<Rollup> {
  const query = parseInput(supervisionReportsQuery, input);
  const { office, under } = await supervisedOffice(ctx, actor, query.agencyId);
  const corpus = await loadYearCorpus(ctx.db, query.year);
  const sources: { name: string; kind: RollupRow['kind']; report: AnnualReport | undefined }[] = [
    ...[...under]
      .flatMap((id) => corpus.agencies.get(id) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      .map((a) => ({ name: a.name, kind: 'platform' as const, report: corpus.published.get(a.id)?.report })),
    ...corpus.imported
      .filter((r) => under.has(r.supervisorAgencyId))
      .map((r) => ({ name: r.agencyName, kind: 'imported' as const, report: r.report })),
  ];
  const rows: RollupRow[] = [];
  const missing: string[] = [];
  for (const source of sources) {
    const tables = source.report?.tables;
    if (!tables?.applications || !tables.reviewLitigation) missing.push(source.name);
    else rows.push(rollupRow(source.name, source.kind, source.report!));
  }
  return {
    office: { id: office.id, name: office.name },
    year: query.year,
    rows,
    total: sumRows(rows),
    missing,
  };
}

function rollupRow(name: string, kind: RollupRow['kind'], report: AnnualReport): RollupRow {
  const { applications, reviewLitigation } = report.tables;
  return {
    name,
    kind,
    applications: Object.fromEntries(
      APPLICATION_ROW_KEYS.map((k) => [k, applications![k]?.[TOTAL_COLUMN] ?? null]),
    ),
    reviewLitigation: Object.fromEntries(
      REVIEW_GROUPS.map((g) => [g, REVIEW_RESULTS.map((_, i) => reviewLitigation![g]?.[i] ?? null)]),
    ),
  };
}

function add(a: Cell, b: Cell): Cell {
  return a === null ? b : b === null ? a : a + b;
}

function sumRows(rows: readonly RollupRow[]): RollupRow {
  return {
    name: '合计',
    kind: 'platform',
    applications: Object.fromEntries(
      APPLICATION_ROW_KEYS.map((k) => [
        k,
        rows.reduce<Cell>((s, r) => add(s, r.applications[k] ?? null), null),
      ]),
    ),
    reviewLitigation: Object.fromEntries(
      REVIEW_GROUPS.map((g) => [
        g,
        REVIEW_RESULTS.map((_, i) =>
          rows.reduce<Cell>((s, r) => add(s, r.reviewLitigation[g]?.[i] ?? null), null),
        ),
      ]),
    ),
  };
}
