// 主动公开: the catalogue list, the editor (new and existing items), 待我审核, and each item's page.
import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound.tsx';
import { CatalogueList } from './CatalogueList.tsx';
import { ItemPage } from './ItemPage.tsx';
import { NewItemPage } from './NewItemPage.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';

export default function Section() {
  return (
    <Routes>
      <Route index element={<CatalogueList />} />
      <Route path="new" element={<NewItemPage />} />
      <Route path="review" element={<ReviewQueue />} />
      <Route path=":id" element={<ItemPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
