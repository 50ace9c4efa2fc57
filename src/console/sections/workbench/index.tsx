import { PageTitle } from '../../components/PageTitle.tsx';
import { usePrincipal } from '../../api/session.ts';

export default function Workbench() {
  const principal = usePrincipal();
  return <PageTitle title="工作台" subtitle={`${principal.displayName}，您好`} />;
}
