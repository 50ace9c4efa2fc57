// 监督 (/console/supervision, supervisor role): the agencies under the supervising office — open, due soon and
// overdue requests, the catalogue's review backlog, the annual report — each row expandable to the agency's overdue
// requests, each leading to its case (read-only for a supervisor: the server offers no actions).
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, Route, Routes } from 'react-router';
import { api } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import type { AgencyOverview, Supervision } from '../../../contracts/workbench.ts';
import { ReportSummary } from '../workbench/ReportCard.tsx';
import { OverdueTable } from './OverdueTable.tsx';
import { ReportRollup } from './ReportRollup.tsx';
import { ReportRoster } from './ReportRoster.tsx';

// 年报报送 (reports) and 年报汇总 (reports/rollup) are the annual-report pages of issue 11.
export default function SupervisionSection() {
  return (
    <Routes>
      <Route index element={<Overview />} />
      <Route path="reports" element={<ReportRoster />} />
      <Route path="reports/rollup" element={<ReportRollup />} />
    </Routes>
  );
}

function Overview() {
  const query = useQuery({ queryKey: ['supervision'], queryFn: () => api.get<Supervision>('/supervision') });
  return (
    <>
      <PageTitle
        title="监督"
        subtitle={
          query.data
            ? `所辖机关的依申请公开办理、公开信息审核和年度报告情况（即将到期：${query.data.withinWorkingDays} 个工作日内到期；审核积压：已提交尚未发布的公开信息）。展开一行可查看该机关的超期申请。`
            : '所辖机关的依申请公开办理、公开信息审核和年度报告情况。'
        }
        extra={<Link to="reports">年报报送名册</Link>}
      />
      <QueryState query={query}>
        {(data) => (
          <Table<AgencyOverview>
            rowKey="id"
            dataSource={data.agencies}
            columns={columns()}
            pagination={false}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本机关下没有所辖机关" />,
            }}
            expandable={{
              columnTitle: nowrap('超期申请'),
              columnWidth: 104,
              expandedRowRender: (agency) => <OverdueTable agency={agency} />,
              rowExpandable: (agency) => agency.overdue > 0,
              expandIcon: ({ expanded, expandable, record, onExpand }) =>
                expandable ? (
                  <Button
                    size="small"
                    onClick={(event) => onExpand(record, event)}
                    aria-expanded={expanded}
                    aria-label={`${expanded ? '收起' : '展开'}${record.name}的超期申请`}
                  >
                    {expanded ? '收起' : '展开'}
                  </Button>
                ) : null,
            }}
          />
        )}
      </QueryState>
    </>
  );
}

// Short headings and counts that never break (the page's subtitle explains 即将到期 and 审核积压).
const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;
const count = (value: number, unit: string) => nowrap(`${value} ${unit}`);

function columns(): ColumnsType<AgencyOverview> {
  return [
    { title: '机关', dataIndex: 'name', width: 180 },
    { title: nowrap('未办结'), dataIndex: 'open', align: 'right', render: (v: number) => count(v, '件') },
    {
      title: nowrap('即将到期'),
      dataIndex: 'dueSoon',
      align: 'right',
      render: (v: number) => count(v, '件'),
    },
    {
      title: nowrap('已超期'),
      dataIndex: 'overdue',
      align: 'right',
      render: (v: number) => (
        <Typography.Text type={v > 0 ? 'danger' : undefined} strong={v > 0}>
          {count(v, '件')}
        </Typography.Text>
      ),
    },
    {
      title: nowrap('审核积压'),
      dataIndex: 'catalogueBacklog',
      align: 'right',
      render: (v: number) => count(v, '条'),
    },
    {
      title: '年度报告',
      key: 'report',
      width: '34%',
      render: (_, agency) => <ReportSummary report={agency.report} />,
    },
  ];
}
