// 用户: the agency's accounts a page at a time (paginated by the server) with their state — disabled, locked until
// when, must set a new password — and the administrator's actions: add, change role, disable/enable, reset the
// password (the user then sets their own), unlock. Every refusal shows the server's words.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { ROLE_LABELS, ROLES, type Role } from '../../../core/accounts/roles.ts';
import {
  displayNameSchema,
  PASSWORD_HINT,
  PASSWORD_MIN_LENGTH,
  passwordSchema,
  usernameSchema,
  type ManagedUser,
  type NewUserBody,
  type UserListResponse,
} from '../../../contracts/users.ts';
import { api, queryString } from '../../api/client.ts';
import { usePrincipal } from '../../api/session.ts';
import { ErrorAlert, QueryState, errorMessage } from '../../components/QueryState.tsx';
import { zodRule } from '../../components/zod-rule.ts';

const USERS_KEY = ['admin', 'users'] as const;
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const roleLabel = (role: string) => ROLE_LABELS[role as Role] ?? role;

function StateTags({ user }: { user: ManagedUser }) {
  const tags = [];
  // Dark custom colours: antd's light preset tags fall short of WCAG AA contrast.
  if (user.disabled)
    tags.push(
      <Tag key="disabled" color="#434343">
        已停用
      </Tag>,
    );
  if (user.lockedUntil)
    tags.push(
      <Tag key="locked" color="#a8071a">
        已锁定至 {dayjs(user.lockedUntil).format('MM-DD HH:mm')}
      </Tag>,
    );
  if (user.mustChangePassword)
    tags.push(
      <Tag key="must" color="#874d00">
        待设置新密码
      </Tag>,
    );
  if (tags.length === 0)
    tags.push(
      <Tag key="ok" color="#135200">
        正常
      </Tag>,
    );
  return (
    <Space size={4} wrap>
      {tags}
    </Space>
  );
}

export function UsersTab() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [roleOf, setRoleOf] = useState<ManagedUser | null>(null);
  const [resetOf, setResetOf] = useState<ManagedUser | null>(null);
  const principal = usePrincipal();
  const client = useQueryClient();
  const { message } = App.useApp();
  const users = useQuery({
    queryKey: [...USERS_KEY, page, pageSize],
    queryFn: () => api.get<UserListResponse>(`/users${queryString({ page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: USERS_KEY });
  const act = useMutation({
    mutationFn: ({ call }: { call: () => Promise<unknown>; done: string }) => call(),
    onSuccess: async (_data, { done }) => {
      void message.success(done);
      await refresh();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          本机关用户
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          新增用户
        </Button>
      </Flex>
      <QueryState query={users}>
        {(data) => (
          <Table<ManagedUser>
            rowKey="id"
            dataSource={data.items}
            loading={users.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: true,
              showTotal: (total) => `共 ${total} 人`,
              onChange: (p, size) => {
                setPage(size === pageSize ? p : 1);
                setPageSize(size);
              },
            }}
            columns={[
              { title: '用户名', dataIndex: 'username' },
              { title: '姓名', dataIndex: 'displayName' },
              { title: '角色', dataIndex: 'role', render: (role: string) => roleLabel(role) },
              { title: '状态', key: 'state', render: (_v, user) => <StateTags user={user} /> },
              {
                title: '操作',
                key: 'actions',
                fixed: 'right',
                render: (_v, user) => (
                  <Space size={0} wrap>
                    <Button type="link" size="small" onClick={() => setRoleOf(user)}>
                      改角色
                    </Button>
                    <Button type="link" size="small" onClick={() => setResetOf(user)}>
                      重置密码
                    </Button>
                    {user.lockedUntil && (
                      <Button
                        type="link"
                        size="small"
                        disabled={act.isPending}
                        onClick={() =>
                          act.mutate({
                            call: () => api.post(`/users/${user.id}/unlock`),
                            done: `已解除 ${user.username} 的锁定`,
                          })
                        }
                      >
                        解锁
                      </Button>
                    )}
                    {user.id !== principal.id && (
                      <Popconfirm
                        title={user.disabled ? `启用 ${user.username}？` : `停用 ${user.username}？`}
                        description={user.disabled ? undefined : '停用后该用户立即退出登录，不能再登录。'}
                        okText={user.disabled ? '启用' : '停用'}
                        cancelText="取消"
                        onConfirm={() =>
                          act.mutate({
                            call: () => api.put(`/users/${user.id}/disabled`, { disabled: !user.disabled }),
                            done: user.disabled ? `已启用 ${user.username}` : `已停用 ${user.username}`,
                          })
                        }
                      >
                        <Button type="link" size="small" danger={!user.disabled} disabled={act.isPending}>
                          {user.disabled ? '启用' : '停用'}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <NewUserModal open={creating} onClose={() => setCreating(false)} onCreated={refresh} />
      <RoleModal user={roleOf} onClose={() => setRoleOf(null)} onSaved={refresh} />
      <ResetModal user={resetOf} onClose={() => setResetOf(null)} onSaved={refresh} />
    </>
  );
}

function NewUserModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => unknown;
}) {
  const [form] = Form.useForm<NewUserBody>();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (body: NewUserBody) => api.post<ManagedUser>('/users', body),
    onSuccess: async (user) => {
      void message.success(`已新增用户 ${user.username}，首次登录时须设置新密码`);
      form.resetFields();
      onClose();
      await onCreated();
    },
  });
  return (
    <Modal
      title="新增用户"
      open={open}
      okText="新增"
      cancelText="取消"
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending }}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {create.error && <ErrorLine error={create.error} />}
      <Form<NewUserBody>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item
          label="用户名"
          name="username"
          rules={[zodRule(usernameSchema, '用户名应为 3–40 位字母、数字或 _ . -')]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[zodRule(displayNameSchema, '请填写姓名（最多 50 字）')]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={ROLE_OPTIONS} placeholder="请选择" aria-label="角色" />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          extra={`${PASSWORD_HINT}。请当面或通过安全渠道告知本人；首次登录时须改设自己的密码。`}
          rules={[zodRule(passwordSchema, `密码至少 ${PASSWORD_MIN_LENGTH} 位`)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RoleModal({
  user,
  onClose,
  onSaved,
}: {
  user: ManagedUser | null;
  onClose: () => void;
  onSaved: () => unknown;
}) {
  const [form] = Form.useForm<{ role: Role }>();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      api.put<ManagedUser>(`/users/${id}/role`, { role }),
    onSuccess: async (saved) => {
      void message.success(`${saved.username} 的角色已改为${roleLabel(saved.role)}`);
      onClose();
      await onSaved();
    },
  });
  return (
    <Modal
      title={user ? `改变 ${user.username} 的角色` : '改变角色'}
      open={user !== null}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending }}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {save.error && <ErrorLine error={save.error} />}
      {user && (
        <Form<{ role: Role }>
          form={form}
          layout="vertical"
          initialValues={{ role: user.role as Role }}
          onFinish={(v) => save.mutate({ id: user.id, role: v.role })}
        >
          <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
            <Select options={ROLE_OPTIONS} aria-label="角色" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function ResetModal({
  user,
  onClose,
  onSaved,
}: {
  user: ManagedUser | null;
  onClose: () => void;
  onSaved: () => unknown;
}) {
  const [form] = Form.useForm<{ password: string }>();
  const { message } = App.useApp();
  const reset = useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api.post<ManagedUser>(`/users/${id}/password`, { password }),
    onSuccess: async (saved) => {
      void message.success(`已重置 ${saved.username} 的密码，下次登录须设置新密码`);
      onClose();
      await onSaved();
    },
  });
  return (
    <Modal
      title={user ? `重置 ${user.username} 的密码` : '重置密码'}
      open={user !== null}
      okText="重置"
      cancelText="取消"
      onOk={() => form.submit()}
      okButtonProps={{ loading: reset.isPending }}
      onCancel={() => {
        reset.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {reset.error && <ErrorLine error={reset.error} />}
      {user && (
        <Form<{ password: string }>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => reset.mutate({ id: user.id, password: v.password })}
        >
          <Typography.Paragraph type="secondary">
            重置后该用户的锁定解除、已登录的会话结束，下次登录须先设置自己的新密码。
          </Typography.Paragraph>
          <Form.Item
            label="新的初始密码"
            name="password"
            extra={PASSWORD_HINT}
            rules={[zodRule(passwordSchema, `密码至少 ${PASSWORD_MIN_LENGTH} 位`)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function ErrorLine({ error }: { error: unknown }) {
  return <ErrorAlert error={error} gap={16} />;
}
