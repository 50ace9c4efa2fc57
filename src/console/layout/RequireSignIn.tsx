// The gate in front of every console page: nobody signed in → the login page, remembering where they were going.
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
  return <QueryState query={me}>{() => <ConsoleLayout />}</QueryState>;
}
