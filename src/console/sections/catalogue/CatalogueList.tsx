// 主动公开目录 (staff): every item of the agency — drafts, in review, returned, published — paginated by the server,
// filtered by state, category and year of publication, or searched by words (the staff full-text search).
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, InputNumber, Select, Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { staffSearchResultSchema, StaffListItem } from '../../../contracts/publications.ts';
import { PUBLICATION_STATUS_LABELS } from '../../../core/publications/review-workflow.ts';
import { CATEGORY_LABELS } from '../../../core/publications/vocabulary.ts';
import { EmptyText } from './EmptyText.tsx';
import { api, queryString } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { statusLabel } from './labels.ts';

type Row = Omit<StaffListItem, 'dueStepLabel'> & { dueStepLabel: string | null };
interface ListPage {
  items: Row[];
  total: number;
}

const STATE_OPTIONS = [
  ...Object.entries(PUBLICATION_STATUS_LABELS).map(([value, label]) => ({ value, label })),
  { value: 'returned', label: '已退回修改' },
];
const CATEGORY_OPTIONS = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }));
const PAGE_SIZE = 20;

export function CatalogueList() {
  const principal = usePrincipal();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? undefined;
  const category = params.get('category') ?? undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const page = Number(params.get('page') ?? '1');

  const set = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const query = useQuery({
    queryKey: ['publications', { q, status, category, year, page }],
    queryFn: async (): Promise<ListPage> => {
      if (q) {
        // Words: the staff search (titles, 文号, bodies), which has no state filter.
        const result = await api.get<z.infer<typeof staffSearchResultSchema>>(
          `/publications/search${queryString({ q, category, year, page, pageSize: PAGE_SIZE })}`,
        );
        return { total: result.total, items: result.hits.map((h) => ({ ...h.item, dueStepLabel: null })) };
      }
      return api.get<ListPage>(
        `/publications${queryString({ status, category, year, page, pageSize: PAGE_SIZE })}`,
      );
    },
  });

  return (
    <>
      <PageTitle
        title="主动公开目录"
        subtitle="本机关的公开信息：草稿、审核中、退回修改和已发布的信息。"
        extra={
          <>
            {can(principal, 'catalogue.review') && (
              <Link to="review">
                <Button>待我审核</Button>
              </Link>
            )}
            {can(principal, 'catalogue.draft') && (
              <Link to="new">
                <Button type="primary">新建信息</Button>
              </Link>
            )}
          </>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="检索标题、文号和正文"
          placeholder="检索标题、文号和正文"
          allowClear
          defaultValue={q}
          onSearch={(value) => set({ q: value.trim() || undefined, status: undefined })}
          style={{ width: 280 }}
        />
        <Select
          aria-label="状态"
          placeholder="全部状态"
          allowClear
          disabled={Boolean(q)}
          value={status}
          options={STATE_OPTIONS}
          onChange={(value) => set({ status: value })}
          style={{ width: 160 }}
        />
        <Select
          aria-label="类别"
          placeholder="全部类别"
          allowClear
          value={category}
          options={CATEGORY_OPTIONS}
          onChange={(value) => set({ category: value })}
          style={{ width: 160 }}
        />
        <InputNumber
          aria-label="发布年份"
          placeholder="发布年份"
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => set({ year: value ?? undefined })}
          style={{ width: 120 }}
        />
      </Flex>
      <QueryState query={query}>
        {(data) => (
          <Table<Row>
            rowKey="id"
            dataSource={data.items}
            locale={{ emptyText: <EmptyText text={q ? '没有找到匹配的信息' : '没有符合条件的信息'} /> }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 条`,
              onChange: (next) => set({ page: next }),
            }}
            columns={[
              {
                title: '标题',
                dataIndex: 'title',
                render: (title: string, row) => <Link to={row.id}>{title}</Link>,
              },
              {
                title: '索引号',
                dataIndex: 'indexNumber',
                width: 200,
                render: (v: string | null) => v ?? '—',
              },
              { title: '类别', dataIndex: 'categoryLabel', width: 110 },
              {
                title: '状态',
                key: 'status',
                width: 180,
                render: (_, row) => <Tag>{statusLabel(row, row.dueStepLabel)}</Tag>,
              },
              {
                title: '发布日期',
                dataIndex: 'publishedOn',
                width: 120,
                render: (v: string | null) => v ?? '—',
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
