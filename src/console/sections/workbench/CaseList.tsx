// A short list of requests on 工作台: registration number (a link to the case), applicant, state and how many
// working days are left; the total when there are more than shown.
import { Card, Empty, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseList as Cases } from '../../../contracts/workbench.ts';
import { daysLeftText } from './days.ts';
import { cardTitle, inlineLink, listItem, plainList } from './styles.ts';

export function CaseList({
  id,
  title,
  cases,
  empty,
  tone,
}: {
  id: string;
  title: string;
  cases: Cases;
  empty: string;
  tone?: 'danger' | 'warning';
}) {
  const more = cases.total - cases.items.length;
  return (
    <Card
      size="small"
      title={
        <h2 id={id} style={cardTitle}>
          {title}
          <Typography.Text strong type={cases.total > 0 ? tone : undefined} style={{ marginInlineStart: 8 }}>
            （{cases.total} 件）
          </Typography.Text>
        </h2>
      }
      style={{ height: '100%' }}
    >
      {cases.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <ul aria-labelledby={id} style={plainList}>
          {cases.items.map((item) => (
            <li key={item.id} style={listItem}>
              <Flex justify="space-between" gap={12} wrap>
                <span>
                  <Link to={`/requests/${item.id}`}>{item.registrationNumber}</Link>
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {item.applicantName} · {item.stateLabel}
                  </Typography.Text>
                </span>
                <Typography.Text
                  type={item.workingDaysLeft !== null && item.workingDaysLeft < 0 ? 'danger' : undefined}
                >
                  {item.dueOn ? `${item.dueOn} 到期，` : ''}
                  {daysLeftText(item.workingDaysLeft)}
                </Typography.Text>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          另有 {more} 件未列出，请到
          <Link to="/requests" style={inlineLink}>
            依申请公开
          </Link>
          查看全部。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
