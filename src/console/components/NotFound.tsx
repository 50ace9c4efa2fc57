import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle.tsx';

export function NotFound() {
  return (
    <>
      <PageTitle title="页面不存在" />
      <Result
        status="404"
        title="找不到这个页面"
        subTitle="地址可能有误，或者记录已被删除。"
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
      />
    </>
  );
}
