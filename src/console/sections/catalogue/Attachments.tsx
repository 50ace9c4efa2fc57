// 附件: the item's files; while it is a draft its writer can add one (the server checks type by content and size).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Table } from 'antd';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { attachmentSchema, StaffItemWithHistory } from '../../../contracts/publications.ts';
import { EmptyText } from './EmptyText.tsx';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../components/QueryState.tsx';

type Attachment = z.infer<typeof attachmentSchema>;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('无法读取文件'));
    reader.readAsDataURL(file);
  });
}

export function Attachments({ item }: { item: StaffItemWithHistory }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['publications', 'attachments', item.id],
    queryFn: () => api.get<{ items: Attachment[] }>(`/publications/${item.id}/attachments`),
  });
  const upload = useMutation({
    mutationFn: async (file: File) =>
      api.post(`/publications/${item.id}/attachments`, {
        fileName: file.name,
        contentBase64: await base64Of(file),
      }),
    onSuccess: async () => {
      setRefusal(null);
      message.success('附件已上传');
      await client.invalidateQueries({ queryKey: ['publications', 'attachments', item.id] });
    },
    onError: (error) => setRefusal(errorMessage(error)),
  });
  return (
    <Card
      size="small"
      title="附件"
      extra={
        item.position.may.attach && (
          <>
            <input
              ref={input}
              type="file"
              aria-label="选择附件"
              hidden
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) upload.mutate(file);
                e.target.value = '';
              }}
            />
            <Button size="small" disabled={upload.isPending} onClick={() => input.current?.click()}>
              上传附件
            </Button>
          </>
        )
      }
    >
      {refusal && <Alert type="error" showIcon title={refusal} role="alert" style={{ marginBottom: 12 }} />}
      <Table<Attachment>
        size="small"
        rowKey="id"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyText text={'没有附件'} /> }}
        columns={[
          { title: '文件名', dataIndex: 'fileName' },
          { title: '类型', dataIndex: 'type', width: 100 },
          {
            title: '大小',
            dataIndex: 'size',
            width: 120,
            render: (n: number) => `${Math.ceil(n / 1024)} KB`,
          },
        ]}
      />
    </Card>
  );
}
