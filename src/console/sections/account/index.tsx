// 我的账号: the signed-in person's own sign-in sessions (GET /auth/sessions) — when each began, was last used and
// ends at the latest, which one is this browser — with a way to end any other (DELETE /auth/sessions/:id: that
// browser's next request finds itself signed out), and the way to 设置新密码. Reached from the header's 我的账号.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { ROLE_LABELS, type Role } from '../../../core/accounts/roles.ts';
import type { OwnSession as Session } from '../../../contracts/auth.ts';
import { api } from '../../api/client.ts';
import { usePrincipal } from '../../api/session.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { errorMessage, QueryState } from '../../components/QueryState.tsx';

const SESSIONS_KEY = ['account', 'sessions'] as const;
const minute = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm');

export default function AccountSection() {
  const principal = usePrincipal();
  const client = useQueryClient();
  const { message } = App.useApp();
  const sessions = useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: () => api.get<{ items: Session[] }>('/auth/sessions'),
  });
  const end = useMutation({
    mutationFn: (session: Session) => api.delete(`/auth/sessions/${session.id}`),
    onSuccess: async (_d, session) => {
      void message.success(`已结束 ${minute(session.createdAt)} 登录的会话`);
      await client.invalidateQueries({ queryKey: SESSIONS_KEY });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  return (
    <>
      <PageTitle
        title="我的账号"
        subtitle={`${principal.displayName}（${principal.username}），${ROLE_LABELS[principal.role as Role] ?? principal.role}`}
      />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        登录会话
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        您的账号当前在这些地方处于登录状态。会话空闲超过设定时间或到达最迟结束时间后自动结束。发现不是自己的会话，请立即结束它并修改密码。
      </Typography.Paragraph>
      <QueryState query={sessions}>
        {(data) => (
          <Table<Session>
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            style={{ marginBottom: 24 }}
            columns={[
              { title: '登录时间', dataIndex: 'createdAt', render: minute },
              { title: '最近使用', dataIndex: 'lastSeenAt', render: minute },
              { title: '最迟结束', dataIndex: 'expiresAt', render: minute },
              {
                title: '状态',
                key: 'current',
                render: (_v, s) =>
                  s.current ? <Tag color="#135200">当前会话（本浏览器）</Tag> : <Tag>其他会话</Tag>,
              },
              {
                title: '操作',
                key: 'actions',
                render: (_v, s) =>
                  s.current ? (
                    <Typography.Text type="secondary">用“退出登录”结束</Typography.Text>
                  ) : (
                    <Popconfirm
                      title="结束这个会话？"
                      description="在那里使用工作台的人须重新登录。"
                      okText="结束会话"
                      cancelText="取消"
                      onConfirm={() => end.mutate(s)}
                      // Inside the page's main landmark, where a screen reader looking for it will find it.
                      getPopupContainer={(trigger) => trigger.parentElement ?? document.body}
                    >
                      <Button size="small" danger disabled={end.isPending}>
                        结束会话
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        密码
      </Typography.Title>
      <Typography.Paragraph>
        <Link to={`/password?next=${encodeURIComponent('/account')}`} style={{ textDecoration: 'underline' }}>
          修改密码
        </Link>
        <Typography.Text type="secondary">（须输入当前密码；新密码不能与最近用过的密码相同）</Typography.Text>
      </Typography.Paragraph>
    </>
  );
}
