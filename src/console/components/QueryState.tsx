// Loading, refusal and failure of a server read, one way everywhere: a spinner while waiting, the 无权访问 page for a
// refusal of role or agency, otherwise the server's own Chinese message with a retry.
import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { Forbidden } from './Forbidden.tsx';

const REFUSALS = new Set(['auth.forbidden', 'auth.otherAgency']);

export function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 403 || REFUSALS.has(error.code));
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作未能完成，请稍后重试。';
}

/**
 * A failed action, one way everywhere: the server's own message (or a general one), announced to screen readers, with
 * `gap` pixels below it; nothing while there is no error.
 */
export function ErrorAlert({ error, gap }: { error: unknown; gap?: number }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(error)}
      style={gap === undefined ? undefined : { marginBottom: gap }}
    />
  );
}

export function QueryState<T>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <div role="status" style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <div style={{ marginTop: 8 }}>正在加载…</div>
      </div>
    );
  }
  if (query.error) {
    if (isRefusal(query.error)) return <Forbidden message={errorMessage(query.error)} />;
    return (
      <Alert
        type="error"
        showIcon
        title="加载失败"
        description={errorMessage(query.error)}
        action={<Button onClick={() => query.refetch()}>重试</Button>}
      />
    );
  }
  return <>{children(query.data as T)}</>;
}
