// One item: the editor while it is a draft the person may edit; otherwise its metadata and body, the screening
// findings the reviewers see, the review step due (approve, or return with a comment), publication, the channels it
// went out on, its attachments and its review history. What the person may do is the server's answer (position.may).
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import type { StaffItemWithHistory } from '../../../contracts/publications.ts';
import { GENRE_LABELS, VALIDITY_LABELS } from '../../../core/publications/vocabulary.ts';
import { api } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Attachments } from './Attachments.tsx';
import { bodyToText } from './body-text.ts';
import { Channels } from './Channels.tsx';
import { DraftForm } from './DraftForm.tsx';
import { FindingsPanel } from './Findings.tsx';
import { History } from './History.tsx';
import { isReturned, statusLabel } from './labels.ts';
import { ReviewActions } from './ReviewActions.tsx';

export function ItemPage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['publications', 'item', id],
    queryFn: () => api.get<StaffItemWithHistory>(`/publications/${id}`),
  });
  return <QueryState query={query}>{(item) => <Item item={item} />}</QueryState>;
}

function Item({ item }: { item: StaffItemWithHistory }) {
  const { may, dueStep } = item.position;
  const lastReturn = isReturned(item)
    ? [...item.history].reverse().find((h) => h.action === 'return')
    : undefined;
  return (
    <>
      <PageTitle title={item.title} subtitle={<Tag>{statusLabel(item, dueStep?.label)}</Tag>} />
      {lastReturn && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`已被退回修改（${lastReturn.stepLabel ?? ''}，${lastReturn.actor}）`}
          description={`退回意见：${lastReturn.comment ?? ''}`}
        />
      )}
      {may.edit ? (
        <DraftForm key={item.id} item={item} />
      ) : (
        <Flex vertical gap={16}>
          {may.review && dueStep && <ReviewActions item={item} step={dueStep} />}
          <Card size="small" title="基本信息">
            <Descriptions
              size="small"
              column={{ xs: 1, lg: 2 }}
              styles={{ label: { color: '#434343' } }}
              items={[
                { key: 'index', label: '索引号', children: item.indexNumber ?? '发布时由系统生成' },
                { key: 'no', label: '文号', children: item.documentNumber ?? '—' },
                { key: 'body', label: '发布机构', children: item.publishingBody },
                { key: 'cat', label: '类别', children: item.categoryLabel },
                { key: 'genre', label: '体裁', children: GENRE_LABELS[item.genre] },
                { key: 'art20', label: '《条例》第二十条事项', children: item.art20Label ?? '不属于' },
                { key: 'written', label: '成文日期', children: item.writtenOn ?? '—' },
                { key: 'formed', label: '形成或变更日期', children: item.formedOn ?? '—' },
                { key: 'published', label: '发布日期', children: item.publishedOn ?? '未发布' },
                {
                  key: 'validity',
                  label: '有效性',
                  children: item.validity ? VALIDITY_LABELS[item.validity.status] : '—',
                },
              ]}
            />
            {item.summary && <Typography.Paragraph>内容概述：{item.summary}</Typography.Paragraph>}
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              正文
            </Typography.Title>
            <div style={{ whiteSpace: 'pre-wrap' }}>{bodyToText(item.body)}</div>
          </Card>
          {item.screenedAt && (
            <FindingsPanel
              findings={item.screeningFindings}
              body={bodyToText(item.body)}
              checkedAt={item.screenedAt}
            />
          )}
          <Channels item={item} />
        </Flex>
      )}
      <Flex vertical gap={16} style={{ marginTop: 16 }}>
        <Attachments item={item} />
        <History item={item} />
      </Flex>
    </>
  );
}
