// 依申请公开: the inbox, registering a request received on paper, and a request's case page.
import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound.tsx';
import { CasePage } from './CasePage.tsx';
import { Inbox } from './Inbox.tsx';
import { RegisterPage } from './RegisterPage.tsx';

export default function RequestsSection() {
  return (
    <Routes>
      <Route index element={<Inbox />} />
      <Route path="new" element={<RegisterPage />} />
      <Route path=":id" element={<CasePage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
