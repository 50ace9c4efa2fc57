// The frame every signed-in page sits in: the 演示数据 banner on a demo server, the menu of the sections this
// person may open, who is signed in (their name leads to 我的账号: sessions and password), and the page. Keyboard
// users get a skip link to the content.
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, type Role } from '../../core/accounts/roles.ts';
import { usePrincipal, useSignOut } from '../api/session.ts';
import { DemoBanner } from '../components/DemoBanner.tsx';
import { visibleSections } from './visible-sections.ts';

export function ConsoleLayout() {
  const principal = usePrincipal();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const sections = visibleSections(principal);
  // 我的账号 is outside the menu: nothing is highlighted there.
  const current =
    location.pathname === '/'
      ? 'workbench'
      : sections.find((s) => s.path && location.pathname.startsWith(`/${s.path}`))?.key;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <DemoBanner />
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: '#002c8c',
          paddingInline: 24,
        }}
      >
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>
          公开 · 政府信息公开工作台
        </Link>
        <Space size="middle">
          <span style={{ color: '#fff' }}>
            {principal.displayName}（{ROLE_LABELS[principal.role as Role] ?? principal.role}）
          </span>
          <Link to="/account" style={{ color: '#fff', textDecoration: 'underline' }}>
            我的账号
          </Link>
          <Button
            size="small"
            onClick={async () => {
              await signOut();
              await navigate('/login');
            }}
          >
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={200}
          theme="light"
          breakpoint="md"
          collapsedWidth={0}
          style={{ borderRight: '1px solid #f0f0f0' }}
        >
          <nav aria-label="功能导航">
            <Menu
              mode="inline"
              selectedKeys={current ? [current] : []}
              style={{ borderInlineEnd: 0 }}
              items={sections.map((s) => ({ key: s.key, label: <Link to={`/${s.path}`}>{s.label}</Link> }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: 24, minWidth: 0 }}>
          <Suspense
            fallback={
              <div role="status" style={{ padding: 48, textAlign: 'center' }}>
                <Spin />
                <Typography.Paragraph>正在加载…</Typography.Paragraph>
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
