// 依申请公开: the inbox and a request's case page.
import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound.tsx';
import { CasePage } from './CasePage.tsx';
import { Inbox } from './Inbox.tsx';

export default function RequestsSection() {
  return (
    <Routes>
      <Route index element={<Inbox />} />
      <Route path=":id" element={<CasePage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
