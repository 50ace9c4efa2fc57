// 系统管理: the administrator's tabs, each its own sub-route so a tab can be linked and reloaded — 用户, 机关,
// 办理文书, 审核流程, 筛查词库, 工作日历, API 令牌, 审计日志. A tab shows only to a person holding its permission
// (the server decides anyway).
import { Tabs } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { can, usePrincipal } from '../../api/session.ts';
import { Forbidden } from '../../components/Forbidden.tsx';
import { NotFound } from '../../components/NotFound.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { AgencyTab } from './AgencyTab.tsx';
import { AuditTab } from './AuditTab.tsx';
import { CalendarTab } from './CalendarTab.tsx';
import { DocumentsTab } from './DocumentsTab.tsx';
import { LexiconTab } from './LexiconTab.tsx';
import { ReviewStepsTab } from './ReviewStepsTab.tsx';
import { TokensTab } from './TokensTab.tsx';
import { UsersTab } from './UsersTab.tsx';

const TABS = [
  { key: 'users', label: '用户', permission: 'users.list', Component: UsersTab },
  { key: 'agency', label: '机关', permission: 'agencies.read', Component: AgencyTab },
  { key: 'documents', label: '办理文书', permission: 'agencies.read', Component: DocumentsTab },
  { key: 'review-steps', label: '审核流程', permission: 'catalogue.settings', Component: ReviewStepsTab },
  { key: 'lexicon', label: '筛查词库', permission: 'catalogue.settings', Component: LexiconTab },
  { key: 'calendar', label: '工作日历', permission: 'calendar.import', Component: CalendarTab },
  { key: 'tokens', label: 'API 令牌', permission: 'users.ownCredentials', Component: TokensTab },
  { key: 'audit', label: '审计日志', permission: 'audit.read', Component: AuditTab },
] as const;

export default function AdminSection() {
  const principal = usePrincipal();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = TABS.filter((t) => can(principal, t.permission));
  const rest = location.pathname.replace(/^\/admin\/?/, '');
  const first = tabs[0];
  if (!first) return <Forbidden />;
  if (rest === '') return <Navigate to={`/admin/${first.key}`} replace />;
  const current = tabs.find((t) => rest === t.key || rest.startsWith(`${t.key}/`));
  if (!current) return <NotFound />;
  return (
    <>
      <PageTitle
        title="系统管理"
        subtitle="本机关的账号、机关信息、办理文书、审核流程、筛查词库、工作日历、API 令牌和审计日志"
      />
      <Tabs
        activeKey={current.key}
        onChange={(key) => void navigate(`/admin/${key}`)}
        destroyOnHidden
        items={tabs.map((t) => ({
          key: t.key,
          label: t.label,
          children: t.key === current.key ? <t.Component /> : null,
        }))}
      />
    </>
  );
}
