// The frame of the pages before the console proper (登录, 设置新密码): the 演示数据 banner when the server runs on
// demo data, and one card centred on the page.
import type { ReactNode } from 'react';
import { DemoBanner } from './DemoBanner.tsx';

export function SignInFrame({ children }: { children: ReactNode }) {
  return (
    <main style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: '#f0f5ff' }}>
      <DemoBanner />
      <div style={{ flex: 1, display: 'grid', placeItems: 'center', padding: 16 }}>{children}</div>
    </main>
  );
}
