// 监督 (/console/supervision, supervisor role): the agencies under the supervising office — open, due soon and
// overdue requests, the catalogue's review backlog, the annual report — each row expandable to the agency's overdue
// requests, each leading to its case (read-only for a supervisor: the server offers no actions).
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import type { AgencyOverview, Supervision } from '../../../contracts/workbench.ts';
import { ReportSummary } from '../workbench/ReportCard.tsx';
import { OverdueTable } from './OverdueTable.tsx';

export default function SupervisionSection() {
  const query = useQuery({ queryKey: ['supervision'], queryFn: () => api.get<Supervision>('/supervision') });
  return (
    <>
      <PageTitle
        title="监督"
        subtitle="所辖机关的依申请公开办理、公开信息审核和年度报告情况。展开一行可查看该机关的超期申请。"
      />
      <QueryState query={query}>
        {(data) => (
          <Table<AgencyOverview>
            rowKey="id"
            dataSource={data.agencies}
            columns={columns(data.withinWorkingDays)}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本机关下没有所辖机关" />,
            }}
            expandable={{
              columnTitle: '超期申请',
              columnWidth: 96,
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

function columns(withinWorkingDays: number): ColumnsType<AgencyOverview> {
  const count = (value: number, unit: string) => `${value} ${unit}`;
  return [
    { title: '机关', dataIndex: 'name', width: 160 },
    { title: '未办结', dataIndex: 'open', align: 'right', render: (v: number) => count(v, '件') },
    {
      title: `${withinWorkingDays} 个工作日内到期`,
      dataIndex: 'dueSoon',
      align: 'right',
      render: (v: number) => count(v, '件'),
    },
    {
      title: '已超期',
      dataIndex: 'overdue',
      align: 'right',
      render: (v: number) => (
        <Typography.Text type={v > 0 ? 'danger' : undefined} strong={v > 0}>
          {count(v, '件')}
        </Typography.Text>
      ),
    },
    {
      title: '公开信息审核积压',
      dataIndex: 'catalogueBacklog',
      align: 'right',
      render: (v: number) => count(v, '条'),
    },
    {
      title: '年度报告',
      key: 'report',
      width: 320,
      render: (_, agency) => <ReportSummary report={agency.report} />,
    },
  ];
}
