// 无权访问: what a person sees for a page or record outside their role or agency — never the data itself.
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle.tsx';

export function Forbidden({ message }: { message?: string }) {
  return (
    <>
      <PageTitle title="无权访问" />
      <Result
        status="403"
        title="无权访问"
        subTitle={message ?? '您的账号没有查看此页面或此记录的权限。如需办理，请联系本机关系统管理员。'}
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
      />
    </>
  );
}
