// 意见征集: the agency's consultations; choosing one lists its comments waiting for moderation with the screening's
// findings, each approved for the portal or kept off with the reason. Refusals are the server's words.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Comment, Consultation } from '../../../contracts/participation.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';

interface Page<T> {
  items: T[];
  total: number;
}

export function Consultations() {
  const [chosen, setChosen] = useState<Consultation | null>(null);
  const query = useQuery({
    queryKey: ['consultations'],
    queryFn: () => api.get<Page<Consultation>>('/participation/consultations?pageSize=100'),
  });
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <Table<Consultation>
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有意见征集" /> }}
            columns={[
              { title: '征集事项', dataIndex: 'title' },
              { title: '期限', render: (_, c) => `${c.opensOn} 至 ${c.closesOn}`, width: 210 },
              { title: '状态', dataIndex: 'phaseLabel', width: 130 },
              { title: '待审核', render: (_, c) => c.comments.pending, width: 80 },
              { title: '已公开', render: (_, c) => c.comments.approved, width: 80 },
              {
                title: '操作',
                width: 110,
                render: (_, c) => (
                  <Button aria-label={`审核意见：${c.title}`} onClick={() => setChosen(c)}>
                    审核意见
                  </Button>
                ),
              },
            ]}
          />
          {chosen && <Pending consultation={chosen} />}
        </>
      )}
    </QueryState>
  );
}

function Pending({ consultation }: { consultation: Consultation }) {
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState<Comment | null>(null);
  const [reason, setReason] = useState('');
  const key = ['consultation-comments', consultation.id];
  const query = useQuery({
    queryKey: key,
    queryFn: () =>
      api.get<Page<Comment>>(
        `/participation/consultations/${consultation.id}/comments?state=pending&pageSize=100`,
      ),
  });
  const moderate = useMutation({
    mutationFn: (input: { comment: Comment; decision: 'approve' | 'reject'; reason?: string }) =>
      api.put<Comment>(
        `/participation/consultations/${consultation.id}/comments/${input.comment.id}/moderation`,
        {
          decision: input.decision,
          reason: input.reason ?? null,
        },
      ),
    onSuccess: async () => {
      setRejecting(null);
      setReason('');
      await client.invalidateQueries({ queryKey: key });
      await client.invalidateQueries({ queryKey: ['consultations'] });
    },
  });
  return (
    <section aria-labelledby="pending-title" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="pending-title" style={{ fontSize: 18 }}>
        待审核的意见：{consultation.title}
      </Typography.Title>
      {moderate.error && !rejecting && <ErrorAlert error={moderate.error} gap={16} />}
      <QueryState query={query}>
        {(data) => (
          <Table<Comment>
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待审核的意见" />,
            }}
            columns={[
              {
                title: '提交时间',
                dataIndex: 'submittedAt',
                width: 120,
                render: (v: string) => v.slice(0, 10),
              },
              { title: '署名', dataIndex: 'author', width: 110, render: (v: string | null) => v ?? '匿名' },
              { title: '意见内容', dataIndex: 'body' },
              {
                title: '检查结果',
                width: 200,
                render: (_, c) =>
                  c.findings.length ? (
                    <Space direction="vertical" size={2}>
                      {c.findings.map((f, i) => (
                        <Tag key={i} color={f.severity === 'error' ? 'red' : 'gold'}>
                          {f.message}
                        </Tag>
                      ))}
                    </Space>
                  ) : (
                    '无'
                  ),
              },
              {
                title: '审核',
                width: 200,
                render: (_, c) => (
                  <Space>
                    <Button
                      type="primary"
                      loading={moderate.isPending}
                      onClick={() => moderate.mutate({ comment: c, decision: 'approve' })}
                    >
                      公开显示
                    </Button>
                    <Button danger onClick={() => setRejecting(c)}>
                      不予显示
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={rejecting !== null}
        title="不予显示"
        onCancel={() => setRejecting(null)}
        okText="确定"
        cancelText="取消"
        confirmLoading={moderate.isPending}
        onOk={() => rejecting && moderate.mutate({ comment: rejecting, decision: 'reject', reason })}
      >
        <ErrorAlert error={moderate.error} />
        <label htmlFor="reject-reason">理由</label>
        <Input.TextArea
          id="reject-reason"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </section>
  );
}
