// 工作台 (/console): "what needs me now". A supervising office sees the agencies under it; everyone else their own
// agency's requests, catalogue and annual report.
import { can, usePrincipal } from '../../api/session.ts';
import { AgencyWorkbench } from './AgencyWorkbench.tsx';
import { SupervisorWorkbench } from './SupervisorWorkbench.tsx';

export default function WorkbenchSection() {
  const principal = usePrincipal();
  return can(principal, 'supervision.read') ? <SupervisorWorkbench /> : <AgencyWorkbench />;
}
