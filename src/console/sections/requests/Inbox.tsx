// The inbox: every request the person may read, filtered and paged by the server (state, due date, channel,
// applicant kind, and a search over 登记号, 查询号 and the applicant's name). A request flagged at intake under
// 《条例》第三十五条 carries its badge beside its state.
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { api, queryString } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Art35Tags } from './Art35Tags.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import type { pageOf } from '../../../contracts/common.ts';
import type { DisclosureRequest, requestSchema } from '../../../contracts/requests.ts';
import {
  APPLICANT_KIND_OPTIONS,
  CHANNEL_LABELS,
  CHANNEL_OPTIONS,
  REQUEST_STATE_LABELS,
  STATE_OPTIONS,
} from './labels.ts';

type Page = z.infer<ReturnType<typeof pageOf<typeof requestSchema>>>;

const DUE_OPTIONS = [
  { value: 'overdue', label: '已超期' },
  { value: '3', label: '3 个工作日内到期' },
  { value: '5', label: '5 个工作日内到期' },
  { value: '10', label: '10 个工作日内到期' },
];

const columns: ColumnsType<DisclosureRequest> = [
  {
    title: '登记号',
    dataIndex: 'registrationNumber',
    width: 190,
    render: (value: string, row) => <Link to={`/requests/${row.id}`}>{value}</Link>,
  },
  { title: '申请人', width: 120, render: (_, row) => row.applicant.name },
  {
    title: '申请公开的信息',
    dataIndex: 'informationSought',
    ellipsis: true,
    render: (value: string) => (
      <Typography.Text ellipsis={{ tooltip: value }} style={{ width: '100%' }}>
        {value}
      </Typography.Text>
    ),
  },
  {
    title: '渠道',
    dataIndex: 'channel',
    width: 120,
    render: (value: DisclosureRequest['channel']) => CHANNEL_LABELS[value],
  },
  { title: '收到日期', dataIndex: 'receivedOn', width: 116 },
  { title: '答复期限', dataIndex: 'dueOn', width: 116, render: (value: string | null) => value ?? '—' },
  {
    title: '状态',
    dataIndex: 'state',
    // Room for the state and both 第三十五条 badges on one line.
    width: 230,
    render: (value: DisclosureRequest['state'], row) => (
      <Flex gap={4} wrap>
        <Tag>{REQUEST_STATE_LABELS[value]}</Tag>
        <Art35Tags flags={row.art35Flags} />
      </Flex>
    ),
  },
];

export function Inbox() {
  const principal = usePrincipal();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  const due = params.get('due') ?? undefined;
  const filters = {
    q: params.get('q') ?? undefined,
    state: params.get('state') ?? undefined,
    channel: params.get('channel') ?? undefined,
    applicantKind: params.get('applicantKind') ?? undefined,
    overdue: due === 'overdue' ? 'true' : undefined,
    dueWithin: due && due !== 'overdue' ? due : undefined,
    page,
    pageSize,
  };
  const query = useQuery({
    queryKey: ['requests', filters],
    queryFn: ({ signal }) => api.get<Page>(`/requests${queryString(filters)}`, { signal }),
    placeholderData: (previous) => previous,
  });

  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };

  return (
    <>
      <PageTitle
        title="依申请公开"
        subtitle="本人可查看的全部申请，按收到日期从新到旧排列"
        extra={
          can(principal, 'requests.register') && (
            <Link to="/requests/new">
              <Button type="primary">登记申请</Button>
            </Link>
          )
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选申请">
        <Input.Search
          aria-label="搜索登记号、查询号或申请人"
          placeholder="登记号、查询号或申请人"
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => setFilter('q', value.trim() || undefined)}
          style={{ width: 280 }}
        />
        <Select
          aria-label="状态"
          placeholder="状态"
          allowClear
          options={STATE_OPTIONS}
          value={params.get('state') ?? undefined}
          onChange={(value?: string) => setFilter('state', value)}
          style={{ width: 140 }}
        />
        <Select
          aria-label="答复期限"
          placeholder="答复期限"
          allowClear
          options={DUE_OPTIONS}
          value={due}
          onChange={(value?: string) => setFilter('due', value)}
          style={{ width: 170 }}
        />
        <Select
          aria-label="渠道"
          placeholder="渠道"
          allowClear
          options={CHANNEL_OPTIONS}
          value={params.get('channel') ?? undefined}
          onChange={(value?: string) => setFilter('channel', value)}
          style={{ width: 150 }}
        />
        <Select
          aria-label="申请人类型"
          placeholder="申请人类型"
          allowClear
          options={APPLICANT_KIND_OPTIONS}
          value={params.get('applicantKind') ?? undefined}
          onChange={(value?: string) => setFilter('applicantKind', value)}
          style={{ width: 150 }}
        />
      </Flex>
      <QueryState query={query}>
        {(data) => (
          <Table<DisclosureRequest>
            rowKey="id"
            columns={columns}
            dataSource={data.items}
            loading={query.isFetching}
            locale={{ emptyText: '没有符合条件的申请' }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showTotal: (total) => `共 ${total} 件`,
              onChange: (nextPage, nextSize) => {
                const next = new URLSearchParams(params);
                next.set('page', String(nextPage));
                next.set('pageSize', String(nextSize));
                setParams(next);
              },
            }}
          />
        )}
      </QueryState>
    </>
  );
}
