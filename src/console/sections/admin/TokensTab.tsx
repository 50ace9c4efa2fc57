// API 令牌: the signed-in person's tokens for system integration — listed without their secrets, created with the
// secret shown once (it is stored only as a hash), the areas it may change and its life (at most a year), revoked at
// once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { newApiTokenBody, type ApiToken } from '../../../contracts/auth.ts';
import {
  TOKEN_DEFAULT_DAYS,
  TOKEN_MAX_DAYS,
  TOKEN_WRITE_AREA_LABELS,
  TOKEN_WRITE_AREAS,
  type TokenWriteArea,
} from '../../../core/accounts/token-scopes.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert, QueryState, errorMessage } from '../../components/QueryState.tsx';
import { zodRule } from '../../components/zod-rule.ts';

const TOKENS_KEY = ['admin', 'tokens'] as const;

interface TokenForm {
  name: string;
  writeAreas: TokenWriteArea[];
  expiresInDays: number;
}

const LIFETIMES = [30, TOKEN_DEFAULT_DAYS, 180, TOKEN_MAX_DAYS].map((days) => ({
  value: days,
  label: days === TOKEN_MAX_DAYS ? '一年' : `${days} 天`,
}));

const areaLabel = (area: string) => TOKEN_WRITE_AREA_LABELS[area as TokenWriteArea] ?? area;

export function TokensTab() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<TokenForm>();
  const [shown, setShown] = useState<{ name: string; token: string } | null>(null);
  const tokens = useQuery({
    queryKey: TOKENS_KEY,
    queryFn: () => api.get<{ items: ApiToken[] }>('/auth/tokens'),
  });
  const create = useMutation({
    mutationFn: (body: TokenForm) => api.post<{ id: string; token: string }>('/auth/tokens', body),
    onSuccess: async (made, body) => {
      setShown({ name: body.name, token: made.token });
      form.resetFields();
      await client.invalidateQueries({ queryKey: TOKENS_KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.delete(`/auth/tokens/${token.id}`),
    onSuccess: async (_d, token) => {
      void message.success(`已撤销令牌“${token.name}”`);
      await client.invalidateQueries({ queryKey: TOKENS_KEY });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        我的 API 令牌
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        其他系统以您的身份调用接口时使用（请求头 Authorization: Bearer
        令牌）。令牌可以读取您能读取的数据，只能修改签发时选定领域的数据，到期自动失效（最长一年）；令牌不能签发令牌。令牌只在签发时显示一次，请妥善保存；不再使用时请撤销。
      </Typography.Paragraph>
      <ErrorAlert error={create.error} gap={12} />
      <Form<TokenForm>
        form={form}
        layout="inline"
        requiredMark={false}
        initialValues={{ writeAreas: [], expiresInDays: TOKEN_DEFAULT_DAYS }}
        onFinish={(v) => create.mutate(v)}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item
          label="用途"
          name="name"
          rules={[zodRule(newApiTokenBody.shape.name, '请填写令牌用途（最多 100 字）')]}
        >
          <Input placeholder="例如：档案系统对接" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="可修改" name="writeAreas">
          <Select
            mode="multiple"
            placeholder="不选则只读"
            style={{ width: 280 }}
            options={TOKEN_WRITE_AREAS.map((area) => ({ value: area, label: TOKEN_WRITE_AREA_LABELS[area] }))}
          />
        </Form.Item>
        <Form.Item label="有效期" name="expiresInDays">
          <Select style={{ width: 100 }} options={LIFETIMES} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          签发令牌
        </Button>
      </Form>
      <QueryState query={tokens}>
        {(data) => (
          <Table<ApiToken>
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            locale={{ emptyText: <Typography.Text type="secondary">还没有签发过令牌</Typography.Text> }}
            columns={[
              { title: '用途', dataIndex: 'name' },
              {
                title: '签发时间',
                dataIndex: 'createdAt',
                render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
              },
              {
                title: '可修改',
                dataIndex: 'writeAreas',
                render: (areas: string[]) => (areas.length ? areas.map(areaLabel).join('、') : '只读'),
              },
              {
                title: '状态',
                key: 'state',
                render: (_v, t) =>
                  t.revokedAt ? (
                    <Tag>已于 {dayjs(t.revokedAt).format('YYYY-MM-DD HH:mm')} 撤销</Tag>
                  ) : dayjs(t.expiresAt).isBefore(dayjs()) ? (
                    <Tag>已于 {dayjs(t.expiresAt).format('YYYY-MM-DD')} 过期</Tag>
                  ) : (
                    <Tag color="#135200">有效，至 {dayjs(t.expiresAt).format('YYYY-MM-DD')}</Tag>
                  ),
              },
              {
                title: '操作',
                key: 'actions',
                render: (_v, t) =>
                  t.revokedAt ? null : (
                    <Popconfirm
                      title={`撤销令牌“${t.name}”？`}
                      description="撤销后使用它的系统立即无法调用接口。"
                      okText="撤销"
                      cancelText="取消"
                      onConfirm={() => revoke.mutate(t)}
                    >
                      <Button type="link" size="small" danger disabled={revoke.isPending}>
                        撤销
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        title="令牌已签发"
        open={shown !== null}
        onOk={() => setShown(null)}
        onCancel={() => setShown(null)}
        okText="我已保存"
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        {shown && (
          <Flex vertical gap={8}>
            <Typography.Text>“{shown.name}”的令牌如下，关闭后不会再显示：</Typography.Text>
            <Typography.Paragraph copyable={{ text: shown.token, tooltips: ['复制', '已复制'] }} code>
              <span data-testid="new-token">{shown.token}</span>
            </Typography.Paragraph>
          </Flex>
        )}
      </Modal>
    </>
  );
}
