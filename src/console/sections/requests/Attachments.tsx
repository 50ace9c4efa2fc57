// 申请材料: the files the applicant attached online (proof of identity and other material, 《条例》第二十九条) and
// those staff added to the case (a paper request's scanned copy), each a download — never opened in the console's
// page, whatever was sent. Who may handle the case adds a file, sent as multipart up to the configured limit.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Typography } from 'antd';
import { useState } from 'react';
import type { RequestAttachment } from '../../../contracts/request-attachments.ts';
import { api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { sizeText } from '../../components/size-text.ts';
import { UploadButton } from '../../components/UploadButton.tsx';

export function Attachments({ requestId, mayAttach }: { requestId: string; mayAttach: boolean }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const path = `/requests/${encodeURIComponent(requestId)}/attachments`;
  const queryKey = ['requests', 'attachments', requestId];
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => api.get<{ items: RequestAttachment[] }>(path, { signal }),
  });
  return (
    <Card
      title="申请材料"
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        mayAttach && (
          <UploadButton<RequestAttachment>
            path={path}
            label="添加材料"
            onUploaded={async (stored) => {
              setRefusal(null);
              message.success(`材料“${stored.fileName}”已添加`);
              await client.invalidateQueries({ queryKey });
            }}
            onRefused={setRefusal}
          />
        )
      }
    >
      {refusal && <Alert type="error" showIcon title={refusal} role="alert" style={{ marginBottom: 12 }} />}
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <Typography.Text type="secondary">没有申请材料。</Typography.Text>
          ) : (
            <ul aria-label="申请材料" style={{ margin: 0, paddingLeft: 20 }}>
              {items.map((file) => (
                <li key={file.id}>
                  <a href={`/api/v1${path}/${encodeURIComponent(file.id)}`} download={file.fileName}>
                    {file.fileName}
                  </a>{' '}
                  <Typography.Text type="secondary">{sizeText(file.size)}</Typography.Text>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Card>
  );
}
