// 复议诉讼 (/console/review-cases): the register of 行政复议 and 行政诉讼 cases arising from disclosure work, which
// table 四 of the annual report counts. Paged and filtered by the server; those who may record (clerk, head of
// office) file new cases and record results, the others read.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { REVIEW_CASE_RESULTS, type ReviewCase } from '../../../contracts/review-cases.ts';
import { REVIEW_GROUPS } from '../../../core/taxonomy/review-table.ts';
import { api, queryString } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { kindLabel, resultLabel } from './labels.ts';
import { NewCaseForm } from './NewCaseForm.tsx';
import { ResultForm } from './ResultForm.tsx';

interface CasePage {
  items: ReviewCase[];
  total: number;
  page: number;
  pageSize: number;
}

const PAGE_SIZE = 20;

export default function ReviewCasesSection() {
  const principal = usePrincipal();
  const mayRecord = can(principal, 'reviewCases.record');
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<ReviewCase['kind']>();
  const [result, setResult] = useState<ReviewCase['result']>();
  const [filing, setFiling] = useState(false);
  const [recording, setRecording] = useState<ReviewCase | null>(null);
  const query = useQuery({
    queryKey: ['review-cases', page, kind, result],
    queryFn: () =>
      api.get<CasePage>(`/review-cases${queryString({ page, pageSize: PAGE_SIZE, kind, result })}`),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageTitle
        title="复议诉讼"
        subtitle="因政府信息公开工作引起的行政复议、行政诉讼案件，年度报告表四据此统计。"
        extra={
          mayRecord && (
            <Button type="primary" onClick={() => setFiling(true)}>
              登记案件
            </Button>
          )
        }
      />
      <Flex gap={16} wrap style={{ marginBottom: 16 }}>
        <Space>
          <label htmlFor="review-kind">类别</label>
          <Select
            id="review-kind"
            allowClear
            placeholder="全部"
            style={{ width: 220 }}
            value={kind}
            onChange={(value) => {
              setKind(value);
              setPage(1);
            }}
            options={REVIEW_GROUPS.map((value) => ({ value, label: kindLabel(value) }))}
          />
        </Space>
        <Space>
          <label htmlFor="review-result">结果</label>
          <Select
            id="review-result"
            allowClear
            placeholder="全部"
            style={{ width: 140 }}
            value={result}
            onChange={(value) => {
              setResult(value);
              setPage(1);
            }}
            options={REVIEW_CASE_RESULTS.map((value) => ({ value, label: resultLabel(value) }))}
          />
        </Space>
      </Flex>
      <QueryState query={query}>
        {(data) => (
          <Table<ReviewCase>
            rowKey="id"
            dataSource={data.items}
            loading={query.isFetching}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的案件" />,
            }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 件`,
              onChange: setPage,
            }}
            columns={[
              {
                title: '案号',
                dataIndex: 'caseNumber',
                render: (value: string | null) => value ?? '（无案号）',
              },
              { title: '类别', dataIndex: 'kind', render: kindLabel },
              { title: '立案日期', dataIndex: 'filedOn', width: 110 },
              {
                title: '结果',
                dataIndex: 'result',
                width: 100,
                render: (value: ReviewCase['result']) => (
                  <Typography.Text strong={value !== 'pending'}>{resultLabel(value)}</Typography.Text>
                ),
              },
              {
                title: '审结日期',
                dataIndex: 'closedOn',
                width: 110,
                render: (value: string | null) => value ?? '—',
              },
              { title: '备注', dataIndex: 'notes', ellipsis: true },
              ...(mayRecord
                ? [
                    {
                      title: '操作',
                      key: 'actions',
                      width: 110,
                      render: (_: unknown, reviewCase: ReviewCase) => (
                        <Button
                          size="small"
                          onClick={() => setRecording(reviewCase)}
                          aria-label={`记录结果：${reviewCase.caseNumber ?? '无案号案件'}`}
                        >
                          记录结果
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      <NewCaseForm open={filing} onClose={() => setFiling(false)} />
      <ResultForm reviewCase={recording} onClose={() => setRecording(null)} />
    </>
  );
}
