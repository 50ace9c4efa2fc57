// 无权访问: what a person sees for a page or record outside their role or agency — never the data itself.
import { LockOutlined } from '@ant-design/icons';
import { Notice } from './Notice.tsx';

export function Forbidden({ message }: { message?: string }) {
  return (
    <Notice
      title="无权访问"
      icon={<LockOutlined />}
      message={message ?? '您的账号没有查看此页面或此记录的权限。如需办理，请联系本机关系统管理员。'}
    />
  );
}
