// One supervised agency's overdue requests, a page at a time from the server, most overdue first; each registration
// number leads to the case page.
import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, queryString } from '../../api/client.ts';
import { errorMessage } from '../../components/QueryState.tsx';
import type { AgencyOverview, CaseItem, OverduePage } from '../../../contracts/workbench.ts';

const PAGE_SIZE = 10;

export function OverdueTable({ agency }: { agency: AgencyOverview }) {
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['supervision', agency.id, 'overdue', page],
    queryFn: () =>
      api.get<OverduePage>(
        `/supervision/agencies/${encodeURIComponent(agency.id)}/overdue${queryString({ page, pageSize: PAGE_SIZE })}`,
      ),
  });
  if (query.error) return <Typography.Text type="danger">{errorMessage(query.error)}</Typography.Text>;
  return (
    <Table<CaseItem>
      size="small"
      rowKey="id"
      aria-label={`${agency.name}的超期申请`}
      loading={query.isPending}
      dataSource={query.data?.items ?? []}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => `共 ${total} 件`,
        onChange: setPage,
      }}
      columns={[
        {
          title: '登记号',
          dataIndex: 'registrationNumber',
          render: (value: string, item) => <Link to={`/requests/${item.id}`}>{value}</Link>,
        },
        { title: '申请人', dataIndex: 'applicantName' },
        { title: '状态', dataIndex: 'stateLabel' },
        { title: '收到申请', dataIndex: 'receivedOn' },
        { title: '答复期限', dataIndex: 'dueOn' },
        {
          title: '超期',
          dataIndex: 'workingDaysLeft',
          align: 'right',
          render: (value: number | null) =>
            value === null ? '—' : <Typography.Text type="danger">{-value} 个工作日</Typography.Text>,
        },
      ]}
    />
  );
}
