// 待我审核: the items of the agency waiting at a step this person's role may take — the server decides it from the
// agency's review workflow (services/publications/reviewing.ts).
import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { reviewQueueSchema, StaffListItem } from '../../../contracts/publications.ts';
import { EmptyText } from './EmptyText.tsx';
import { api, queryString } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';

const PAGE_SIZE = 20;

export function ReviewQueue() {
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['publications', 'review-queue', page],
    queryFn: () =>
      api.get<z.infer<typeof reviewQueueSchema>>(
        `/publications/review-queue${queryString({ page, pageSize: PAGE_SIZE })}`,
      ),
  });
  const steps = query.data?.steps ?? [];
  return (
    <>
      <PageTitle
        title="待我审核"
        subtitle={
          steps.length
            ? `本机关审核流程：${steps.map((s) => `${s.label}（${s.roles.join('、')}）`).join(' → ')}`
            : undefined
        }
      />
      <QueryState query={query}>
        {(data) => (
          <Table<StaffListItem>
            rowKey="id"
            dataSource={data.items}
            locale={{ emptyText: <EmptyText text={'没有等待您审核的信息'} /> }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 条`,
              onChange: setPage,
            }}
            columns={[
              {
                title: '标题',
                dataIndex: 'title',
                render: (t: string, row) => <Link to={`../${row.id}`}>{t}</Link>,
              },
              { title: '类别', dataIndex: 'categoryLabel', width: 120 },
              {
                title: '待办环节',
                dataIndex: 'dueStepLabel',
                width: 140,
                render: (label: string | null) => <Tag>{label ?? ''}</Tag>,
              },
              {
                title: '审核轮次',
                key: 'round',
                width: 100,
                render: (_, row) => `第 ${row.review.round} 轮`,
              },
              {
                title: '提交时间',
                dataIndex: 'updatedAt',
                width: 180,
                render: (at: string) => new Date(at).toLocaleString('zh-CN'),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
