// The gate in front of every console page: nobody signed in → the login page, remembering where they were going;
// someone who must set a new password first (an administrator set it) → 设置新密码, which the server insists on too.
import { Spin } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/session.ts';
import { QueryState } from '../components/QueryState.tsx';
import { ConsoleLayout } from './ConsoleLayout.tsx';

export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <div role="status" style={{ padding: 96, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }
  if (me.data === null) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.data?.mustChangePassword) {
    const next = location.pathname + location.search;
    return <Navigate to={`/password?next=${encodeURIComponent(next)}`} replace />;
  }
  return <QueryState query={me}>{() => <ConsoleLayout />}</QueryState>;
}
