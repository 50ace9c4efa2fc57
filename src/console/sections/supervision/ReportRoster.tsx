// 年报报送名册 (/console/supervision/reports): every agency under the office with its annual report's standing
// against the Art. 49 deadline, versions, the checker's errors and warnings by rule and the copied paragraphs
// (N-3), each row expandable to the details; the reports imported for agencies not on the platform; the roster
// as a workbook; and the import itself.
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Roster, RosterRow } from '../../../contracts/supervision-reports.ts';
import { AGENCY_LEVEL_LABELS } from '../../../core/agencies.ts';
import { api, queryString } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ImportReports } from './ImportReports.tsx';
import { useReportYear, yearOptions } from './year.ts';

/** Late or missing stands out; colours are the theme's text types, which keep AA contrast (tags' greens do not). */
const STATUS_TYPES: Record<string, 'danger' | 'secondary' | undefined> = {
  late: 'danger',
  overdue: 'danger',
  notDue: 'secondary',
};

export function ReportRoster() {
  const [year, setYear] = useReportYear();
  const query = useQuery({
    queryKey: ['supervision', 'reports', year],
    queryFn: () => api.get<Roster>(`/supervision/reports${queryString({ year })}`),
  });
  return (
    <>
      <PageTitle
        title="年报报送名册"
        subtitle="所辖机关的年度报告是否按《条例》第四十九条的期限发布（部门 1 月 31 日前，人民政府 3 月 31 日前）、更正次数、检查发现的问题和与其他报告雷同的段落。"
        extra={
          <Space wrap>
            <Select
              aria-label="年度"
              value={year}
              options={yearOptions()}
              onChange={setYear}
              style={{ width: 120 }}
            />
            <Link to={`rollup${queryString({ year })}`}>表三、表四汇总</Link>
            <a href={`/api/v1/supervision/reports/roster.xlsx${queryString({ year })}`} download>
              下载名册（XLSX）
            </a>
          </Space>
        }
      />
      <QueryState query={query}>
        {(data) => (
          <Table<RosterRow>
            rowKey={(r) => `${r.kind}:${r.agencyId ?? r.name}`}
            dataSource={data.rows}
            columns={columns()}
            pagination={false}
            scroll={{ x: 900 }}
            expandable={{
              columnTitle: <span style={{ whiteSpace: 'nowrap' }}>详情</span>,
              expandedRowRender: (row) => <Details row={row} />,
              rowExpandable: (row) => row.rules.length > 0 || row.copies.length > 0,
            }}
          />
        )}
      </QueryState>
      <ImportReports year={year} />
    </>
  );
}

function columns(): ColumnsType<RosterRow> {
  return [
    {
      title: '机关',
      key: 'name',
      render: (_, r) => (
        <>
          {r.link ? <a href={r.link}>{r.name}</a> : r.name}
          {r.kind === 'imported' && <Tag style={{ marginInlineStart: 8 }}>导入</Tag>}
        </>
      ),
    },
    {
      title: '层级',
      dataIndex: 'level',
      render: (v: RosterRow['level']) => (v ? AGENCY_LEVEL_LABELS[v] : '—'),
    },
    { title: '期限', dataIndex: 'deadline', render: (v: string | null) => v ?? '—' },
    {
      title: '状态',
      key: 'status',
      render: (_, r) => {
        const type = r.status ? STATUS_TYPES[r.status] : 'secondary';
        return (
          <Typography.Text type={type} strong={type === 'danger'} style={{ whiteSpace: 'nowrap' }}>
            {r.statusLabel}
          </Typography.Text>
        );
      },
    },
    { title: '首次发布', dataIndex: 'publishedOn', render: (v: string | null) => v ?? '—' },
    { title: '版本', dataIndex: 'versions', align: 'right' },
    {
      title: '错误 / 警告',
      key: 'findings',
      align: 'right',
      render: (_, r) => (
        <Typography.Text type={r.errors > 0 ? 'danger' : undefined}>
          {r.errors} / {r.warnings}
        </Typography.Text>
      ),
    },
    {
      title: '雷同段落',
      key: 'copies',
      align: 'right',
      render: (_, r) => (
        <Typography.Text type={r.copies.length > 0 ? 'danger' : undefined} strong={r.copies.length > 0}>
          {r.copies.length}
        </Typography.Text>
      ),
    },
  ];
}

function Details({ row }: { row: RosterRow }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {row.rules.length > 0 && (
        <Typography.Text>
          问题规则：{row.rules.map((r) => `${r.rule} ${r.count} 处`).join('，')}
        </Typography.Text>
      )}
      {row.copies.map((c, i) => (
        <div key={i}>
          <Typography.Text strong>
            {c.section}第 {c.paragraph} 段与{c.sourceAgency}
            {c.sourceYear} 年度报告{c.sourceVersion ? `（第 ${c.sourceVersion} 版）` : '（导入件）'}
            {c.sourceSection}第 {c.sourceParagraph} 段雷同，相似度 {Math.round(c.similarity * 100)}%（N-3）
          </Typography.Text>
          <blockquote
            style={{ margin: '4px 0 0', paddingInlineStart: 12, borderInlineStart: '3px solid #d9d9d9' }}
          >
            {c.quote}
          </blockquote>
        </div>
      ))}
    </Space>
  );
}
