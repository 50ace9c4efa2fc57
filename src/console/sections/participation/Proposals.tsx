// 建议提案: the 人大代表建议 and 政协委员提案 the agency handled in a year, each with its reply published in the catalogue
// or the reason it is not; registered here. The portal's 建议提案办理 column and the report's 六（三） read the same
// register, so a year with no entry is stated there as none received.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { StaffListItem } from '../../../contracts/publications.ts';
import { proposalBody, type Proposal, type ProposalInput } from '../../../contracts/work-plan.ts';
import { PROPOSAL_KINDS, PROPOSAL_KIND_LABELS } from '../../../core/participation/work-plan.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { zodRule } from '../../components/zod-rule.ts';

export function Proposals({ mayRecord }: { mayRecord: boolean }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const proposals = useQuery({
    queryKey: ['proposals', year],
    queryFn: () => api.get<Proposal[]>(`/participation/proposals?year=${year}`),
  });
  return (
    <>
      <Typography.Paragraph>
        <label htmlFor="proposals-year">年度 </label>
        <InputNumber
          id="proposals-year"
          min={2008}
          max={2100}
          value={year}
          onChange={(value) => value && setYear(value)}
        />
      </Typography.Paragraph>
      <QueryState query={proposals}>
        {(items) => (
          <Table<Proposal>
            rowKey="id"
            dataSource={items}
            pagination={false}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description="本年度没有登记人大代表建议和政协委员提案；年报和门户将说明本年度没有收到"
                />
              ),
            }}
            columns={[
              { title: '类别', width: 130, render: (_, p) => PROPOSAL_KIND_LABELS[p.kind] },
              { title: '编号', dataIndex: 'number', width: 120 },
              { title: '标题', dataIndex: 'title' },
              { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
              { title: '答复日期', width: 110, render: (_, p) => p.repliedOn ?? '尚未答复' },
              {
                title: '答复公开',
                width: 220,
                render: (_, p) =>
                  p.replyItemId
                    ? '已在目录公开'
                    : p.notPublishedReason
                      ? `不公开：${p.notPublishedReason}`
                      : '—',
              },
            ]}
          />
        )}
      </QueryState>
      {mayRecord && <RegisterForm year={year} />}
    </>
  );
}

interface Values {
  kind: ProposalInput['kind'];
  number: string;
  title: string;
  receivedOn: string;
  repliedOn?: string;
  replyItemId?: string;
  notPublishedReason?: string;
}

function RegisterForm({ year }: { year: number }) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const published = useQuery({
    queryKey: ['publications', 'published'],
    queryFn: () => api.get<{ items: StaffListItem[] }>('/publications?status=published&pageSize=100'),
  });
  const register = useMutation({
    mutationFn: (values: Values) =>
      api.post<Proposal>('/participation/proposals', {
        year,
        kind: values.kind,
        number: values.number,
        title: values.title,
        receivedOn: values.receivedOn,
        repliedOn: values.repliedOn || null,
        replyItemId: values.replyItemId ?? null,
        notPublishedReason: values.notPublishedReason || null,
      }),
    onSuccess: async () => {
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
  const field = (name: keyof typeof proposalBody.shape, message: string) => [
    zodRule(proposalBody.shape[name], message),
  ];
  return (
    <>
      <Typography.Title level={2} id="register-proposal-title" style={{ fontSize: 18, marginTop: 24 }}>
        登记建议提案
      </Typography.Title>
      <ErrorAlert error={register.error} gap={12} />
      <Form<Values>
        form={form}
        name="proposal"
        layout="vertical"
        aria-labelledby="register-proposal-title"
        style={{ maxWidth: 640 }}
        initialValues={{ kind: PROPOSAL_KINDS[0] }}
        onFinish={(values) => register.mutate(values)}
      >
        <Form.Item label="类别" name="kind">
          <Select
            options={PROPOSAL_KINDS.map((kind) => ({ value: kind, label: PROPOSAL_KIND_LABELS[kind] }))}
          />
        </Form.Item>
        <Form.Item label="编号" name="number" rules={field('number', '请填写编号（不超过 50 字）')}>
          <Input />
        </Form.Item>
        <Form.Item label="标题" name="title" rules={field('title', '请填写标题（不超过 200 字）')}>
          <Input />
        </Form.Item>
        <Form.Item label="收到日期" name="receivedOn" rules={field('receivedOn', '请选择收到日期')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="答复日期" name="repliedOn">
          <Input type="date" />
        </Form.Item>
        <Form.Item label="公开的答复（本机关已发布的信息）" name="replyItemId">
          <Select
            allowClear
            loading={published.isPending}
            options={(published.data?.items ?? []).map((item) => ({ value: item.id, label: item.title }))}
          />
        </Form.Item>
        <Form.Item label="答复不公开的理由" name="notPublishedReason">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          登记
        </Button>
      </Form>
    </>
  );
}
