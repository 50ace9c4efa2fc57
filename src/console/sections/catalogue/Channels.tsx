// 发布 and 发布渠道: an approved item is published (the server gives its 索引号 and 发布日期); a published item's
// releases on the website, 政务新媒体 and other channels are recorded (《条例》第二十三条).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import type { StaffItemWithHistory } from '../../../contracts/publications.ts';
import { CHANNEL_LABELS, type Channel } from '../../../core/publications/vocabulary.ts';
import { EmptyText } from './EmptyText.tsx';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../components/QueryState.tsx';

type Release = StaffItemWithHistory['channels'][number];
const CHANNEL_OPTIONS = Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }));

export function Channels({ item }: { item: StaffItemWithHistory }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const done = async (text: string) => {
    setRefusal(null);
    message.success(text);
    await client.invalidateQueries({ queryKey: ['publications'] });
  };
  const publish = useMutation({
    mutationFn: () => api.post(`/publications/${item.id}/publish`),
    onSuccess: () => done('已发布'),
    onError: (error) => setRefusal(errorMessage(error)),
  });
  const record = useMutation({
    mutationFn: (values: { channel: Channel; releasedOn: string; account?: string; url?: string }) =>
      api.post(`/publications/${item.id}/channels`, {
        channel: values.channel,
        releasedOn: values.releasedOn,
        account: values.account?.trim() || null,
        url: values.url?.trim() || null,
      }),
    onSuccess: () => done('已登记发布渠道'),
    onError: (error) => setRefusal(errorMessage(error)),
  });
  const { may } = item.position;
  if (item.review.status !== 'published' && !may.publish) return null;
  return (
    <Card size="small" title="发布与发布渠道">
      {refusal && <Alert type="error" showIcon title={refusal} role="alert" style={{ marginBottom: 12 }} />}
      {may.publish && (
        <Flex gap={12} align="center">
          <span>全部审核环节已通过。发布后生成索引号。</span>
          <Button type="primary" disabled={publish.isPending} onClick={() => publish.mutate()}>
            发布
          </Button>
        </Flex>
      )}
      {item.review.status === 'published' && (
        <>
          <Table<Release>
            size="small"
            rowKey={(r) => `${r.channel}-${r.account ?? ''}`}
            pagination={false}
            dataSource={item.channels}
            locale={{ emptyText: <EmptyText text={'尚未登记发布渠道'} /> }}
            columns={[
              { title: '渠道', dataIndex: 'channel', render: (c: Channel) => CHANNEL_LABELS[c] },
              { title: '账号', dataIndex: 'account', render: (a: string | null) => a ?? '—' },
              { title: '发布日期', dataIndex: 'releasedOn' },
              { title: '链接', dataIndex: 'url', render: (u: string | null) => u ?? '—' },
            ]}
          />
          {may.channel && (
            <Form
              layout="inline"
              name="channel"
              style={{ marginTop: 12, rowGap: 8 }}
              initialValues={{ channel: 'website', releasedOn: item.publishedOn ?? '' }}
              onFinish={(values) => record.mutate(values)}
            >
              <Form.Item label="渠道" name="channel">
                <Select options={CHANNEL_OPTIONS} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item
                label="发布日期"
                name="releasedOn"
                rules={[{ required: true, message: '请填写发布日期' }]}
              >
                <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
              </Form.Item>
              <Form.Item label="账号" name="account">
                <Input style={{ width: 140 }} />
              </Form.Item>
              <Form.Item label="链接" name="url">
                <Input style={{ width: 220 }} />
              </Form.Item>
              <Button htmlType="submit" disabled={record.isPending}>
                登记渠道
              </Button>
            </Form>
          )}
        </>
      )}
    </Card>
  );
}
