// 附件: the item's files, each a download; while it is a draft its writer can add one, sent as multipart (the
// server checks type by content and size, up to the configured limit).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Table } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { ATTACHMENT_TYPES } from '../../../core/publications/attachments.ts';
import type { attachmentSchema, StaffItemWithHistory } from '../../../contracts/publications.ts';
import { EmptyText } from './EmptyText.tsx';
import { api } from '../../api/client.ts';
import { sizeText } from '../../components/size-text.ts';
import { UploadButton } from '../../components/UploadButton.tsx';

type Attachment = z.infer<typeof attachmentSchema>;

export function Attachments({ item }: { item: StaffItemWithHistory }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const path = `/publications/${encodeURIComponent(item.id)}/attachments`;
  const list = useQuery({
    queryKey: ['publications', 'attachments', item.id],
    queryFn: () => api.get<{ items: Attachment[] }>(path),
  });
  return (
    <Card
      size="small"
      title="附件"
      extra={
        item.position.may.attach && (
          <UploadButton<Attachment>
            path={path}
            label="上传附件"
            onUploaded={async (stored) => {
              setRefusal(null);
              message.success(`附件“${stored.fileName}”已上传`);
              await client.invalidateQueries({ queryKey: ['publications', 'attachments', item.id] });
            }}
            onRefused={setRefusal}
          />
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
          {
            title: '文件名',
            dataIndex: 'fileName',
            render: (name: string, file) => (
              <a href={`/api/v1${path}/${encodeURIComponent(file.id)}`} download={name}>
                {name}
              </a>
            ),
          },
          {
            title: '类型',
            dataIndex: 'type',
            width: 160,
            render: (type: Attachment['type']) => ATTACHMENT_TYPES[type].label,
          },
          { title: '大小', dataIndex: 'size', width: 120, render: (n: number) => sizeText(n) },
        ]}
      />
    </Card>
  );
}
