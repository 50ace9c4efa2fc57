import { PageTitle } from '../../components/PageTitle.tsx';
import { DraftForm } from './DraftForm.tsx';

export function NewItemPage() {
  return (
    <>
      <PageTitle title="新建公开信息" subtitle="保存后可上传附件；提交审核前系统会进行发布前检查。" />
      <DraftForm />
    </>
  );
}
