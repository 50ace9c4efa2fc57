// 发布到门户: the versions of the year's report already on the public portal, and — for whoever may publish (the
// agency's leader) — the button that freezes the report as it stands now as the next version, after a confirmation.
// A version after the first is a correction and asks for its 更正说明, which the portal shows beside it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Agency } from '../../../core/agencies.ts';
import type { ReportPublication } from '../../../contracts/reports.ts';
import { api, queryString } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { errorMessage, QueryState } from '../../components/QueryState.tsx';

const portalPath = (code: string, year: number, version?: number) =>
  `/${encodeURIComponent(code)}/reports/${year}${version ? `?version=${version}` : ''}`;

export function Publications({ agencyId, year }: { agencyId: string; year: number }) {
  const principal = usePrincipal();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const key = ['report-publications', agencyId, year];
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      api.get<{ items: ReportPublication[] }>(
        `/reports/annual/publications${queryString({ agencyId, year })}`,
      ),
  });
  const agency = useQuery({
    queryKey: ['agency', agencyId],
    queryFn: () => api.get<Agency>(`/agencies/${agencyId}`),
  });
  const publish = useMutation({
    mutationFn: (correctionNote: string | null) =>
      api.post<ReportPublication>(`/reports/annual/${year}/publish`, {
        agencyId,
        ...(correctionNote ? { correctionNote } : {}),
      }),
    onSuccess: async (published) => {
      void message.success(`已发布到门户（第 ${published.version} 版）`);
      setConfirming(false);
      setNote('');
      await client.invalidateQueries({ queryKey: key });
    },
  });
  const versions = list.data?.items ?? [];
  const correcting = versions.length > 0;
  // The server decides (year over, role, agency); the button is only offered where it can succeed.
  const mayPublish =
    can(principal, 'reports.publish') && agencyId === principal.agencyId && year < new Date().getFullYear();
  const code = agency.data?.code;

  return (
    <section aria-labelledby="report-publications">
      <Flex gap={12} wrap align="center" justify="space-between">
        <Typography.Title id="report-publications" level={2} style={{ fontSize: 18, margin: 0 }}>
          门户发布
        </Typography.Title>
        {mayPublish && (
          <Button type="primary" onClick={() => setConfirming(true)}>
            {correcting ? '发布更正版本' : '发布到门户'}
          </Button>
        )}
      </Flex>
      <QueryState query={list}>
        {(data) => (
          <Table<ReportPublication>
            rowKey="id"
            size="small"
            style={{ margin: '12px 0 24px' }}
            dataSource={data.items}
            pagination={false}
            locale={{
              emptyText: <Typography.Text type="secondary">本年度报告尚未发布到门户</Typography.Text>,
            }}
            columns={[
              {
                title: '版本',
                dataIndex: 'version',
                render: (v: number, p) =>
                  code ? (
                    <a href={portalPath(code, year, p === data.items[0] ? undefined : v)}>第 {v} 版</a>
                  ) : (
                    `第 ${v} 版`
                  ),
              },
              { title: '发布日期', dataIndex: 'publishedOn' },
              { title: '发布人', dataIndex: 'publishedBy' },
              {
                title: '更正说明',
                dataIndex: 'correctionNote',
                render: (n: string | null) => n ?? '（首次发布）',
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={confirming}
        title={correcting ? `发布 ${year} 年度报告的更正版本` : `将 ${year} 年度报告发布到门户`}
        okText="确认发布"
        cancelText="取消"
        confirmLoading={publish.isPending}
        okButtonProps={{ disabled: correcting && note.trim() === '' }}
        onOk={() => publish.mutate(correcting ? note.trim() : null)}
        onCancel={() => setConfirming(false)}
      >
        <Typography.Paragraph>
          将按本机关当前数据生成的报告（即本页所示内容）固定为第 {versions.length + 1}{' '}
          版，公众可在门户“政府信息公开年报”栏目阅读和下载。发布后内容不再随数据变化；如需修改，只能再发布更正版本。
        </Typography.Paragraph>
        {correcting && (
          <>
            <label htmlFor="correction-note">更正说明（必填，门户上与新版本一同显示）</label>
            <Input.TextArea
              id="correction-note"
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder="例如：补录 12 月收到的 1 件申请，表三相应更新。"
            />
          </>
        )}
        {publish.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(publish.error)}
            style={{ marginTop: 12 }}
          />
        )}
      </Modal>
    </section>
  );
}
