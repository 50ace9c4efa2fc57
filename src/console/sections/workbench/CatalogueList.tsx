// A short list of catalogue items on 工作台: title (a link to the item), status or review step, screening findings.
import { Card, Empty, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { CatalogueItem } from '../../../contracts/workbench.ts';
import { cardTitle, inlineLink, listItem, plainList } from './styles.ts';

export function CatalogueList({
  id,
  title,
  list,
  empty,
}: {
  id: string;
  title: string;
  list: { total: number; items: CatalogueItem[] };
  empty: string;
}) {
  const more = list.total - list.items.length;
  return (
    <Card
      size="small"
      title={
        <h2 id={id} style={cardTitle}>
          {title}
          <Typography.Text strong style={{ marginInlineStart: 8 }}>
            （{list.total} 条）
          </Typography.Text>
        </h2>
      }
      style={{ height: '100%' }}
    >
      {list.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <ul aria-labelledby={id} style={plainList}>
          {list.items.map((item) => (
            <li key={item.id} style={listItem}>
              <Flex justify="space-between" gap={12} wrap>
                <Link to={`/catalogue/${item.id}`}>{item.title}</Link>
                <Typography.Text type="secondary">
                  {item.stepLabel ? `${item.statusLabel} · ${item.stepLabel}` : item.statusLabel}
                  {item.findings > 0 && `，发布前检查发现 ${item.findings} 个问题`}
                </Typography.Text>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          另有 {more} 条未列出，请到
          <Link to="/catalogue" style={inlineLink}>
            主动公开
          </Link>
          查看全部。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
