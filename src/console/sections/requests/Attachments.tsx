// 申请材料: the files the applicant attached online (proof of identity and other material, 《条例》第二十九条), each
// a download — never opened in the console's page, whatever the applicant sent.
import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import type { RequestAttachment } from '../../../contracts/request-attachments.ts';
import { api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function Attachments({ requestId }: { requestId: string }) {
  const path = `/requests/${encodeURIComponent(requestId)}/attachments`;
  const query = useQuery({
    queryKey: ['requests', 'attachments', requestId],
    queryFn: ({ signal }) => api.get<{ items: RequestAttachment[] }>(path, { signal }),
  });
  return (
    <Card title="申请材料" size="small" style={{ marginBottom: 16 }}>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <Typography.Text type="secondary">申请人没有在线上传材料。</Typography.Text>
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
