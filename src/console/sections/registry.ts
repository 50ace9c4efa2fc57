// The console's sections: the menu, the URL each lives under, the action (services/policy's rule name, as
// /auth/me lists them) a person needs to see it, and the chunk that holds its pages — each section loads only when
// opened, so signing in and 工作台 stay small.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Section {
  key: string;
  label: string;
  /** Path under /console; '' is the index (工作台). */
  path: string;
  /** Shown to a principal holding this permission; undefined: every signed-in person. */
  permission?: string;
  /** Reached from elsewhere than the side menu (我的账号: from the header). */
  outsideMenu?: true;
  Component: LazyExoticComponent<ComponentType>;
}

export const SECTIONS: readonly Section[] = [
  { key: 'workbench', label: '工作台', path: '', Component: lazy(() => import('./workbench/index.tsx')) },
  {
    key: 'requests',
    label: '依申请公开',
    path: 'requests',
    permission: 'requests.read',
    Component: lazy(() => import('./requests/index.tsx')),
  },
  {
    key: 'review-cases',
    label: '复议诉讼',
    path: 'review-cases',
    permission: 'reviewCases.read',
    Component: lazy(() => import('./review-cases/index.tsx')),
  },
  {
    key: 'catalogue',
    label: '主动公开',
    path: 'catalogue',
    permission: 'catalogue.read',
    Component: lazy(() => import('./catalogue/index.tsx')),
  },
  {
    key: 'reports',
    label: '年度报告',
    path: 'reports',
    permission: 'reports.build',
    Component: lazy(() => import('./reports/index.tsx')),
  },
  {
    key: 'participation',
    label: '公众参与',
    path: 'participation',
    permission: 'participation.read',
    Component: lazy(() => import('./participation/index.tsx')),
  },
  {
    key: 'supervision',
    label: '监督',
    path: 'supervision',
    permission: 'supervision.read',
    Component: lazy(() => import('./supervision/index.tsx')),
  },
  {
    key: 'admin',
    label: '系统管理',
    path: 'admin',
    permission: 'users.list',
    Component: lazy(() => import('./admin/index.tsx')),
  },
  {
    key: 'account',
    label: '我的账号',
    path: 'account',
    permission: 'users.ownCredentials',
    outsideMenu: true,
    Component: lazy(() => import('./account/index.tsx')),
  },
];
