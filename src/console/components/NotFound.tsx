import { FileSearchOutlined } from '@ant-design/icons';
import { Notice } from './Notice.tsx';

export function NotFound() {
  return (
    <Notice
      title="页面不存在"
      icon={<FileSearchOutlined />}
      message="找不到这个页面：地址可能有误，或者记录已被删除。"
    />
  );
}
