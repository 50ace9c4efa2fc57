// 导入未上平台机关的年报: several files or a zip, sent as multipart (the JSON client does not carry files); the
// answer lists what was kept and each refused file with its reason, and the roster reloads.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, List, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { ImportResult } from '../../../contracts/supervision-reports.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/QueryState.tsx';

async function upload(year: number, files: File[]): Promise<ImportResult> {
  const form = new FormData();
  form.append('year', String(year));
  for (const file of files) form.append('files', file, file.name);
  const response = await fetch('/api/v1/supervision/reports/imports', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  const body = (await response.json().catch(() => undefined)) as
    (ImportResult & { error?: { code: string; message: string } }) | undefined;
  if (!response.ok || !body) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http.unexpected',
      body?.error?.message ?? `上传失败（${response.status}）`,
    );
  }
  return body;
}

export function ImportReports({ year }: { year: number }) {
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const send = useMutation({
    mutationFn: (files: File[]) => upload(year, files),
    onSuccess: async (data) => {
      setResult(data);
      await client.invalidateQueries({ queryKey: ['supervision', 'reports'] });
    },
  });
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          导入未上平台机关的年报
        </Typography.Title>
      }
      style={{ marginTop: 24 }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          可一次选择多个 PDF、DOCX、HTML、TXT、MD 文件或一个 ZIP 压缩包，须为 {year}{' '}
          年度的报告；同一机关再次导入即替换。
        </Typography.Text>
        <input
          ref={input}
          type="file"
          multiple
          aria-label="选择年报文件"
          accept=".pdf,.docx,.html,.htm,.txt,.md,.zip"
          hidden
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length) send.mutate(files);
            e.target.value = '';
          }}
        />
        <Button
          type="primary"
          loading={send.isPending}
          onClick={() => input.current?.click()}
          style={{ alignSelf: 'flex-start' }}
        >
          选择文件并导入
        </Button>
        <ErrorAlert error={send.error} />
        {result && (
          <div role="status">
            <Typography.Paragraph strong>
              导入 {result.accepted.length} 份，未导入 {result.refused.length} 份。
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={[
                ...result.accepted.map(
                  (a) =>
                    `已导入：${a.sourceName} —— ${a.agencyName} ${a.year} 年度${a.replaced ? '（替换此前导入的）' : ''}`,
                ),
                ...result.refused.map((r) => `未导入：${r.sourceName} —— ${r.reason}`),
              ]}
              renderItem={(text) => <List.Item>{text}</List.Item>}
            />
          </div>
        )}
      </Space>
    </Card>
  );
}
