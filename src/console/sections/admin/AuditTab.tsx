// 审计日志: the trail of changes the administrator may read — an agency's own, or for the top-level office's
// administrator its whole hierarchy (the server decides; services/audit.ts) — newest first, filtered by day range,
// action, subject and the acting user of the agency, with more pages loaded backwards by sequence number.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditEntryView, AuditPage } from '../../../contracts/audit.ts';
import type { UserListResponse } from '../../../contracts/users.ts';
import { api, queryString } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';

interface Filters {
  days?: [Dayjs, Dayjs] | null;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  actorUserId?: string;
}

/** The query of the filters: a day range in Beijing time, from the first day's start to the day after the last. */
function auditQuery(filters: Filters, beforeSeq: number | undefined): string {
  const [first, last] = filters.days ?? [];
  return queryString({
    from: first && `${first.format('YYYY-MM-DD')}T00:00:00+08:00`,
    to: last && `${last.add(1, 'day').format('YYYY-MM-DD')}T00:00:00+08:00`,
    action: filters.action?.trim(),
    subjectType: filters.subjectType?.trim(),
    subjectId: filters.subjectId?.trim(),
    actorUserId: filters.actorUserId,
    beforeSeq,
  });
}

export function AuditTab() {
  const [filters, setFilters] = useState<Filters>({});
  const users = useQuery({
    queryKey: ['admin', 'users', 'all'],
    queryFn: () => api.get<UserListResponse>(`/users${queryString({ page: 1, pageSize: 100 })}`),
  });
  const entries = useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => api.get<AuditPage>(`/audit${auditQuery(filters, pageParam)}`),
    getNextPageParam: (page) => page.nextBeforeSeq ?? undefined,
  });

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        审计日志
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        系统中的每项改动都记录在案，新的在前。记录以哈希链和审计密钥防篡改，完整性由运维人员用 gongkai audit
        verify 校验。
      </Typography.Paragraph>
      <Form<Filters>
        layout="inline"
        onFinish={(values) => setFilters(values)}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item label="日期" name="days">
          <DatePicker.RangePicker placeholder={['起始日期', '截止日期']} />
        </Form.Item>
        <Form.Item label="操作" name="action">
          <Input placeholder="如 user.created" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label="对象类型" name="subjectType">
          <Input placeholder="如 request、user" style={{ width: 150 }} />
        </Form.Item>
        <Form.Item label="对象标识" name="subjectId">
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="操作人" name="actorUserId">
          <Select
            allowClear
            aria-label="操作人"
            placeholder="本机关用户"
            style={{ width: 180 }}
            options={(users.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName}（${u.username}）`,
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          筛选
        </Button>
      </Form>
      <QueryState query={entries}>
        {(data) => (
          <>
            <Table<AuditEntryView>
              rowKey="seq"
              size="small"
              dataSource={data.pages.flatMap((page) => page.items)}
              pagination={false}
              locale={{ emptyText: <Typography.Text type="secondary">没有符合条件的记录</Typography.Text> }}
              columns={[
                { title: '序号', dataIndex: 'seq', width: 72 },
                {
                  title: '时间',
                  dataIndex: 'at',
                  render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
                },
                { title: '操作人', dataIndex: 'actor' },
                { title: '操作', dataIndex: 'action' },
                {
                  title: '对象',
                  key: 'subject',
                  render: (_v, entry) => `${entry.subjectType} ${entry.subjectId}`,
                },
                {
                  title: '内容',
                  dataIndex: 'details',
                  render: (details: unknown) => (
                    <Typography.Text code style={{ wordBreak: 'break-all' }}>
                      {JSON.stringify(details)}
                    </Typography.Text>
                  ),
                },
              ]}
            />
            {entries.hasNextPage && (
              <Button
                style={{ marginTop: 12 }}
                loading={entries.isFetchingNextPage}
                onClick={() => void entries.fetchNextPage()}
              >
                加载更早的记录
              </Button>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
