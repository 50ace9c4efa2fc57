// 登录: username and password against /auth/login. The server's refusals (wrong password, locked until when) are
// shown as it words them; a session that ran out brings the person back here with a note saying so. Someone signing
// in with a password an administrator set goes on to 设置新密码 (pages/ChangePasswordPage.tsx).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { loginBody } from '../../contracts/auth.ts';
import { api, ApiError } from '../api/client.ts';
import { ME_KEY } from '../api/session.ts';
import { takeSessionExpired } from '../api/expiry.ts';
import { errorMessage } from '../components/QueryState.tsx';
import { SignInFrame } from '../components/SignInFrame.tsx';
import { zodRule } from '../components/zod-rule.ts';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const [expired] = useState(takeSessionExpired);
  useEffect(() => {
    document.title = '登录 · 公开工作台';
  }, []);
  const login = useMutation({
    mutationFn: (credentials: Credentials) =>
      api.post<{ mustChangePassword: boolean }>('/auth/login', credentials),
    onSuccess: async ({ mustChangePassword }) => {
      // Dropped rather than invalidated: nothing observes "who am I" on this page, so a stale "nobody" would
      // still be in the cache when the next page's gate reads it, and send the person back here.
      client.removeQueries({ queryKey: ME_KEY });
      const next = params.get('next');
      const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
      await navigate(mustChangePassword ? `/password?next=${encodeURIComponent(target)}` : target, {
        replace: true,
      });
    },
  });

  return (
    <SignInFrame>
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          工作人员登录
        </Typography.Title>
        <Typography.Paragraph type="secondary">公开 · 政府信息公开工作台</Typography.Paragraph>
        {expired && !login.error && (
          <Alert type="warning" showIcon title="登录已过期，请重新登录。" style={{ marginBottom: 16 }} />
        )}
        {login.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(login.error)}
            description={
              login.error instanceof ApiError && login.error.code === 'auth.accountLocked'
                ? '如需提前解锁，请联系本机关系统管理员。'
                : undefined
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[zodRule(loginBody.shape.username, '请输入用户名')]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[zodRule(loginBody.shape.password, '请输入密码')]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form>
      </Card>
    </SignInFrame>
  );
}
