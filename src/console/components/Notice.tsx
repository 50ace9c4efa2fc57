// A whole-page notice (无权访问, 页面不存在): an icon, a title, a line of explanation and the way back. antd's Result
// would do the same but carries three large illustrations into the code every page loads.
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle.tsx';

export function Notice({ title, icon, message }: { title: string; icon: ReactNode; message: string }) {
  return (
    <>
      <PageTitle title={title} />
      <Flex vertical align="center" gap={12} style={{ padding: '48px 16px', textAlign: 'center' }}>
        <span aria-hidden="true" style={{ fontSize: 56, color: '#8c8c8c' }}>
          {icon}
        </span>
        <Typography.Paragraph style={{ fontSize: 16, maxWidth: 720, margin: 0 }}>
          {message}
        </Typography.Paragraph>
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      </Flex>
    </>
  );
}
