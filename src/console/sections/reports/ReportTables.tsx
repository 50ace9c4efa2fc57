// Tables 二, 三 and 四 of an annual report as the console shows them, laid out and labelled by core's taxonomy (the
// same rows and headers the writers print). A blank cell (null) shows as —, distinct from 0; a non-zero count opens
// what it counts (CellDrillDown.tsx).
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AnnualReport, Cell } from '../../../core/report/model.ts';
import {
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_LABEL,
  APPLICANT_LABELS,
  ORGANIZATION_GROUP_LABEL,
} from '../../../core/taxonomy/applicants.ts';
import {
  APPLICATION_ROWS,
  APPLICATIONS_TABLE_TITLE,
  RESULTS_LABEL,
  type ApplicationRowKey,
} from '../../../core/taxonomy/applications-table.ts';
import { NORMATIVE_COLUMNS } from '../../../core/publications/proactive-table.ts';
import { NORMATIVE_GENRES } from '../../../core/publications/vocabulary.ts';
import { PROACTIVE_SUBTABLES, PROACTIVE_TABLE_TITLE } from '../../../core/taxonomy/proactive-table.ts';
import {
  LITIGATION_LABEL,
  REVIEW_GROUP_LABELS,
  REVIEW_GROUPS,
  REVIEW_RESULT_LABELS,
  REVIEW_RESULTS,
  REVIEW_TABLE_TITLE,
  type ReviewGroup,
} from '../../../core/taxonomy/review-table.ts';
import type { OpenedCell } from './CellDrillDown.tsx';

const show = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? '—' : cell.toLocaleString('zh-CN');

/** Opens the drill-down of a cell of table 二, 三 or 四 (CellDrillDown.tsx). */
export type OpenCell = (cell: OpenedCell) => void;

/**
 * A count of table 二 (第二十条第(一)项), 三 or 四: a non-zero count is a button opening the cases it counts, named by row, column and
 * count for a screen reader; 0 and a blank cell have nothing to list.
 */
function CountCell({ cell, open, target }: { cell: Cell | undefined; open: OpenCell; target: OpenedCell }) {
  if (cell === null || cell === undefined || cell === 0) return <>{show(cell)}</>;
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto' }}
      aria-label={`${target.title}：${cell} 件，查看明细`}
      onClick={() => open(target)}
    >
      {show(cell)}
    </Button>
  );
}

function TableTitle({ id, children }: { id: string; children: string }) {
  return (
    <Typography.Title id={id} level={2} style={{ fontSize: 18, marginTop: 24 }}>
      {children}
    </Typography.Title>
  );
}

export function ProactiveTables({ report, open }: { report: AnnualReport; open: OpenCell }) {
  const table = report.tables.proactive;
  return (
    <section aria-labelledby="table-2">
      <TableTitle id="table-2">{PROACTIVE_TABLE_TITLE}</TableTitle>
      {table === null ? (
        <Typography.Paragraph type="secondary">报告中没有表二。</Typography.Paragraph>
      ) : (
        PROACTIVE_SUBTABLES.map((sub) => (
          <Table
            key={sub.caption}
            size="small"
            bordered
            pagination={false}
            title={() => sub.caption}
            rowKey="key"
            style={{ marginBottom: 12 }}
            dataSource={sub.rows.map((row) => ({ key: row.key, label: row.label, cells: table[row.key] }))}
            columns={[
              { title: sub.contentHeader, dataIndex: 'label', width: 200 },
              ...sub.columns.map((column, index) => ({
                title: column.label,
                key: column.key,
                align: 'right' as const,
                // 第二十条第(一)项 counts catalogue items, which open; the other rows are figures entered from elsewhere.
                render: (_: unknown, row: { key: string; label: string; cells: Cell[] }) =>
                  (NORMATIVE_GENRES as readonly string[]).includes(row.key) ? (
                    <CountCell
                      cell={row.cells[index]}
                      open={open}
                      target={{
                        table: 'proactive',
                        row: row.key,
                        column: NORMATIVE_COLUMNS[index]!,
                        title: `表二 ${row.label} · ${column.label}`,
                      }}
                    />
                  ) : (
                    show(row.cells[index])
                  ),
              })),
            ]}
          />
        ))
      )}
    </section>
  );
}

interface ApplicationLine {
  key: ApplicationRowKey;
  label: string;
  cells: Cell[];
}

export function ApplicationsTable({ report, open }: { report: AnnualReport; open: OpenCell }) {
  const table = report.tables.applications;
  const cell = (index: number) => ({
    key: APPLICANT_COLUMNS[index]!,
    title: APPLICANT_LABELS[APPLICANT_COLUMNS[index]!],
    align: 'right' as const,
    width: 72,
    render: (_: unknown, row: ApplicationLine) => (
      <CountCell
        cell={row.cells[index]}
        open={open}
        target={{
          table: 'applications',
          row: row.key,
          column: APPLICANT_COLUMNS[index]!,
          title: `表三 ${row.label} · ${APPLICANT_LABELS[APPLICANT_COLUMNS[index]!]}`,
        }}
      />
    ),
  });
  const columns: ColumnsType<ApplicationLine> = [
    { title: '项目', dataIndex: 'label', width: 256 },
    {
      title: APPLICANT_GROUP_LABEL,
      children: [
        cell(0),
        { title: ORGANIZATION_GROUP_LABEL, children: [1, 2, 3, 4, 5].map(cell) },
        cell(APPLICANT_COLUMNS.length - 1),
      ],
    },
  ];
  return (
    <section aria-labelledby="table-3">
      <TableTitle id="table-3">{APPLICATIONS_TABLE_TITLE}</TableTitle>
      {table === null ? (
        <Typography.Paragraph type="secondary">报告中没有表三。</Typography.Paragraph>
      ) : (
        // Fits 1024 px; on a narrower window the wrapper scrolls sideways and takes the focus, so the keyboard can
        // scroll it too (antd's own scroll container cannot be focused).
        <div tabIndex={0} role="group" aria-label="表三（可横向滚动）" style={{ overflowX: 'auto' }}>
          <Table<ApplicationLine>
            size="small"
            bordered
            pagination={false}
            rowKey="key"
            style={{ minWidth: 760 }}
            columns={columns}
            dataSource={APPLICATION_ROWS.map((row) => ({
              key: row.key,
              // The merged cells on the left of the printed table, read as a path (三、本年度办理结果 is implied
              // by the numbering of its groups).
              label: [...row.parents.filter((p) => p !== RESULTS_LABEL), row.label].join(' — '),
              cells: table[row.key],
            }))}
          />
        </div>
      )}
    </section>
  );
}

interface ReviewLine {
  group: ReviewGroup;
  label: string;
  cells: Cell[];
}

export function ReviewTable({ report, open }: { report: AnnualReport; open: OpenCell }) {
  const table = report.tables.reviewLitigation;
  return (
    <section aria-labelledby="table-4">
      <TableTitle id="table-4">{REVIEW_TABLE_TITLE}</TableTitle>
      {table === null ? (
        <Typography.Paragraph type="secondary">报告中没有表四。</Typography.Paragraph>
      ) : (
        <Table<ReviewLine>
          size="small"
          bordered
          pagination={false}
          rowKey="group"
          dataSource={REVIEW_GROUPS.map((group) => ({
            group,
            label:
              group === 'review'
                ? REVIEW_GROUP_LABELS[group]
                : `${LITIGATION_LABEL} — ${REVIEW_GROUP_LABELS[group]}`,
            cells: table[group],
          }))}
          columns={[
            { title: '类别', dataIndex: 'label', width: 240 },
            ...REVIEW_RESULTS.map((result, index) => ({
              title: REVIEW_RESULT_LABELS[result],
              key: result,
              align: 'right' as const,
              render: (_: unknown, row: ReviewLine) => (
                <CountCell
                  cell={row.cells[index]}
                  open={open}
                  target={{
                    table: 'reviewLitigation',
                    row: row.group,
                    column: result,
                    title: `表四 ${row.label} · ${REVIEW_RESULT_LABELS[result]}`,
                  }}
                />
              ),
            })),
          ]}
        />
      )}
    </section>
  );
}
