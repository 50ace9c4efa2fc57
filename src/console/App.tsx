// The console's providers and routes: antd in Chinese with the accessible theme, TanStack Query for server state,
// react-router under /console. A 401 anywhere means the session ended: back to the login page, saying so.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/client.ts';
import { markSessionExpired } from './api/expiry.ts';
import { ME_KEY } from './api/session.ts';
import { NotFound } from './components/NotFound.tsx';
import { RequireSignIn } from './layout/RequireSignIn.tsx';
import { SectionGate } from './layout/SectionGate.tsx';
import { ChangePasswordPage } from './pages/ChangePasswordPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { SECTIONS } from './sections/registry.ts';
import { consoleTheme } from './theme.ts';

dayjs.locale('zh-cn');

function onApiError(error: unknown): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (queryClient.getQueryData(ME_KEY)) {
    markSessionExpired();
    queryClient.setQueryData(ME_KEY, null);
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: { retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2 },
  },
});

const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    { path: '/password', element: <ChangePasswordPage /> },
    {
      path: '/',
      element: <RequireSignIn />,
      children: [
        ...SECTIONS.map((section) =>
          section.path === ''
            ? { index: true, element: <SectionGate section={section} /> }
            : { path: `${section.path}/*`, element: <SectionGate section={section} /> },
        ),
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/console' },
);

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={consoleTheme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
