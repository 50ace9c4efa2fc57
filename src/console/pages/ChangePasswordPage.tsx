// 设置新密码: current password and the new one twice. A person whose password someone else knows (an administrator
// set it for a new account or a reset; the demo's shared one) is sent here and can do nothing else until they
// choose their own — the server refuses every other call (auth.passwordChangeRequired); this page is how they get
// through. Anyone may also come here from 我的账号. The policy (minimum length) is the shared contract's, shown above
// the form and checked in the browser with the same zod schema the server uses.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { changePasswordBody, type ChangePasswordBody } from '../../contracts/auth.ts';
import { PASSWORD_HINT, PASSWORD_MIN_LENGTH } from '../../contracts/users.ts';
import { api } from '../api/client.ts';
import { ME_KEY, useMe, useSignOut } from '../api/session.ts';
import { ErrorAlert } from '../components/QueryState.tsx';
import { SignInFrame } from '../components/SignInFrame.tsx';
import { zodRule } from '../components/zod-rule.ts';

interface PasswordForm extends ChangePasswordBody {
  confirm: string;
}

export function ChangePasswordPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const signOut = useSignOut();
  const [form] = Form.useForm<PasswordForm>();
  const asked = params.get('next');
  const next = asked && asked.startsWith('/') && !asked.startsWith('//') ? asked : '/';
  useEffect(() => {
    document.title = '设置新密码 · 公开工作台';
  }, []);
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordForm) =>
      api.put('/auth/password', { currentPassword, newPassword }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      await navigate(next, { replace: true });
    },
  });

  if (me.data === null) return <Navigate to="/login" replace />;
  const required = me.data?.mustChangePassword === true;

  return (
    <SignInFrame>
      <Card style={{ width: 440, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          设置新密码
        </Typography.Title>
        {me.data && (
          <Typography.Paragraph type="secondary">
            {me.data.displayName}（{me.data.username}）
          </Typography.Paragraph>
        )}
        {required && (
          <Alert
            type="info"
            showIcon
            role="note"
            title="您正在使用初始密码（管理员设置或重置的密码，或公开的演示账号密码），须先设置自己的新密码，才能使用工作台。"
            style={{ marginBottom: 16 }}
          />
        )}
        <ErrorAlert error={change.error} gap={16} />
        <Form<PasswordForm>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => change.mutate(values)}
        >
          <Form.Item
            label="当前密码"
            name="currentPassword"
            rules={[zodRule(changePasswordBody.shape.currentPassword, '请输入当前密码')]}
          >
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="newPassword"
            extra={`${PASSWORD_HINT}。`}
            rules={[
              zodRule(changePasswordBody.shape.newPassword, `密码至少 ${PASSWORD_MIN_LENGTH} 位`),
              ({ getFieldValue }) => ({
                validator: async (_rule, value) => {
                  if (value && value === getFieldValue('currentPassword'))
                    throw new Error('新密码不能与当前密码相同');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="再次输入新密码"
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_rule, value) => {
                  if (!value) throw new Error('请再次输入新密码');
                  if (value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Flex gap={8} justify="space-between">
            {required ? (
              <Button
                onClick={async () => {
                  await signOut();
                  await navigate('/login');
                }}
              >
                退出登录
              </Button>
            ) : (
              <Button onClick={() => void navigate(next)}>返回</Button>
            )}
            <Button type="primary" htmlType="submit" loading={change.isPending}>
              保存新密码
            </Button>
          </Flex>
        </Form>
      </Card>
    </SignInFrame>
  );
}
