// 年报汇总 (/console/supervision/reports/rollup): tables 三 (the 总计 column) and 四 summed over the agencies under
// the office, one row per agency and the 合计 row last, so the sum can be checked by eye; agencies with no report
// (or no tables) are named, not silently left out.
import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Rollup, RollupRow } from '../../../contracts/supervision-reports.ts';
import { APPLICATION_ROWS } from '../../../core/taxonomy/applications-table.ts';
import {
  REVIEW_GROUPS,
  REVIEW_GROUP_LABELS,
  REVIEW_RESULTS,
  REVIEW_RESULT_LABELS,
} from '../../../core/taxonomy/review-table.ts';
import { api, queryString } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useReportYear } from './year.ts';

/** A wide table scrolls sideways in a region the keyboard can reach (axe: scrollable-region-focusable). */
function Scrollable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  );
}

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v);

export function ReportRollup() {
  const [year] = useReportYear();
  const query = useQuery({
    queryKey: ['supervision', 'reports', 'rollup', year],
    queryFn: () => api.get<Rollup>(`/supervision/reports/rollup${queryString({ year })}`),
  });
  return (
    <>
      <PageTitle
        title={`${year} 年度年报汇总`}
        subtitle="所辖机关（含导入的未上平台机关）年度报告表三“总计”列和表四的合计；最后一行是各行之和。"
        extra={
          <Space wrap>
            <Link to={`..${queryString({ year })}`} relative="path">
              返回报送名册
            </Link>
            <a href={`/api/v1/supervision/reports/rollup.xlsx${queryString({ year })}`} download>
              下载汇总（XLSX）
            </a>
          </Space>
        }
      />
      <QueryState query={query}>
        {(data) => {
          const rows = [...data.rows, data.total];
          return (
            <Space direction="vertical" size="large" style={{ width: '100%' }}>
              {data.missing.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  title={`未计入（未发布或缺少表格）：${data.missing.join('、')}`}
                />
              )}
              <section aria-labelledby="rollup-three">
                <Typography.Title level={2} id="rollup-three" style={{ fontSize: 16 }}>
                  表三 收到和处理政府信息公开申请情况（总计列）
                </Typography.Title>
                <Scrollable label="表三汇总">
                  <Table<RollupRow>
                    rowKey="name"
                    size="small"
                    dataSource={rows}
                    columns={threeColumns()}
                    pagination={false}
                  />
                </Scrollable>
              </section>
              <section aria-labelledby="rollup-four">
                <Typography.Title level={2} id="rollup-four" style={{ fontSize: 16 }}>
                  表四 政府信息公开行政复议、行政诉讼情况
                </Typography.Title>
                <Scrollable label="表四汇总">
                  <Table<RollupRow>
                    rowKey="name"
                    size="small"
                    dataSource={rows}
                    columns={fourColumns()}
                    pagination={false}
                  />
                </Scrollable>
              </section>
            </Space>
          );
        }}
      </QueryState>
    </>
  );
}

const nameColumn = {
  title: '机关',
  dataIndex: 'name',
  render: (name: string) => <span style={{ whiteSpace: 'nowrap' }}>{name}</span>,
};

function threeColumns(): ColumnsType<RollupRow> {
  return [
    nameColumn,
    ...APPLICATION_ROWS.map((row) => ({
      // Table 三's labels are long: each heading keeps a readable width and the table scrolls sideways instead.
      title: <span style={{ display: 'inline-block', minWidth: '7em' }}>{row.label}</span>,
      key: row.key,
      align: 'right' as const,
      render: (_: unknown, r: RollupRow) => cell(r.applications[row.key]),
    })),
  ];
}

function fourColumns(): ColumnsType<RollupRow> {
  return [
    nameColumn,
    ...REVIEW_GROUPS.map((group) => ({
      title: REVIEW_GROUP_LABELS[group],
      children: REVIEW_RESULTS.map((result, i) => ({
        title: REVIEW_RESULT_LABELS[result],
        key: `${group}.${result}`,
        align: 'right' as const,
        render: (_: unknown, r: RollupRow) => cell(r.reviewLitigation[group]?.[i]),
      })),
    })),
  ];
}
