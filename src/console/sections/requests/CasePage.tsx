// A request's case page: who asks for what, the timeline, the reply deadline explained step by step (暂定 with its
// reason), the steps this person may record now (the server's allowedEvents; none for a read-only reader), and
// the reply letter once decided: previewed here, downloadable as DOCX; every paper of the request with its delivery
// record and the archive package (DocumentsCard); the material attached online; and the
// applicant's other requests with the 第三十五条 flag made at intake, also shown in the timeline as the system's note.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { art35Note } from '../../../core/requests/art35.ts';
import type { RequestDetail } from '../../../contracts/requests.ts';
import { api } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ActionModal } from './ActionModal.tsx';
import { ApplicantRequestsCard, type Art35Action } from './ApplicantRequestsCard.tsx';
import { Attachments } from './Attachments.tsx';
import { DocumentsCard } from './DocumentsCard.tsx';
import { letterBody } from './letter-body.ts';
import { APPLICANT_LABELS, CHANNEL_LABELS, EVENT_LABELS, REQUEST_STATE_LABELS } from './labels.ts';

/**
 * The letter's text as the applicant will read it. The server escapes every field it fills in
 * (formats/letters/html.ts); only the body is shown, without the letter's page styles.
 */
function LetterPreview({ requestId, eventCount }: { requestId: string; eventCount: number }) {
  const query = useQuery({
    queryKey: ['requests', 'letter', requestId, eventCount],
    queryFn: ({ signal }) =>
      api.get<{ html: string }>(`/requests/${encodeURIComponent(requestId)}/reply-letter/preview`, {
        signal,
      }),
  });
  return (
    <QueryState query={query}>
      {(letter) => (
        <section
          aria-label="答复书预览"
          className="letter-preview"
          style={{ border: '1px solid #d9d9d9', background: '#fff', padding: '24px 32px', maxWidth: 800 }}
          dangerouslySetInnerHTML={{ __html: letterBody(letter.html) }}
        />
      )}
    </QueryState>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['requests', 'detail', id],
    queryFn: ({ signal }) => api.get<RequestDetail>(`/requests/${encodeURIComponent(id)}`, { signal }),
  });
  return <QueryState query={query}>{(detail) => <CaseView detail={detail} />}</QueryState>;
}

function CaseView({ detail }: { detail: RequestDetail }) {
  const { request, timeline, deadline, allowedEvents } = detail;
  const [action, setAction] = useState<Art35Action | null>(null);
  const decided = timeline.some((t) => t.event.type === 'decided');
  const letterUrl = `/api/v1/requests/${encodeURIComponent(request.id)}/reply-letter`;
  return (
    <>
      <PageTitle
        title={`申请 ${request.registrationNumber}`}
        subtitle={
          <>
            查询号 {request.trackingNumber} · <Tag>{REQUEST_STATE_LABELS[request.state]}</Tag>
          </>
        }
      />
      <Card title="可办理的事项" size="small" style={{ marginBottom: 16 }}>
        {allowedEvents.length === 0 ? (
          <Typography.Text type="secondary">本人当前没有可办理的事项（只读）。</Typography.Text>
        ) : (
          <Flex gap={8} wrap role="group" aria-label="可办理的事项">
            {allowedEvents.map((type) => (
              <Button
                key={type}
                type={type === 'decided' ? 'primary' : 'default'}
                onClick={() => setAction({ type })}
              >
                {EVENT_LABELS[type]}
              </Button>
            ))}
          </Flex>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card title="申请人与申请内容" size="small" style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="申请人">{request.applicant.name}</Descriptions.Item>
              <Descriptions.Item label="申请人类型">
                {APPLICANT_LABELS[request.applicant.kind]}
              </Descriptions.Item>
              <Descriptions.Item label="身份证明">{request.applicant.idDocument ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="联系方式">{request.applicant.contact}</Descriptions.Item>
              <Descriptions.Item label="申请公开的信息">
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {request.informationSought}
                </Typography.Paragraph>
              </Descriptions.Item>
              <Descriptions.Item label="获取方式">{request.formWanted}</Descriptions.Item>
              <Descriptions.Item label="提交渠道">{CHANNEL_LABELS[request.channel]}</Descriptions.Item>
            </Descriptions>
          </Card>
          <ApplicantRequestsCard detail={detail} onAction={setAction} />
          <Attachments requestId={request.id} mayAttach={detail.mayAttach} />
          <Card title="办理记录" size="small" style={{ marginBottom: 16 }}>
            <Timeline
              items={timeline.flatMap((t) => [
                {
                  key: t.seq,
                  children: (
                    <>
                      <Typography.Text strong>{t.label}</Typography.Text>{' '}
                      <Typography.Text>{String(t.event.on)}</Typography.Text>
                      <div>
                        <Typography.Text type="secondary">
                          记录人 {t.recordedBy} · {dayjs(t.recordedAt).format('YYYY-MM-DD HH:mm')}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                },
                // The 第三十五条 flag was made with the receipt, in the same transaction: the system's note follows it.
                ...(t.seq === 0 && request.art35Flags.length > 0
                  ? [
                      {
                        key: 'art35',
                        color: 'orange',
                        children: (
                          <>
                            <Typography.Text>{art35Note(request.art35Flags)}</Typography.Text>
                            <div>
                              <Typography.Text type="secondary">
                                记录人 系统 · {dayjs(request.createdAt).format('YYYY-MM-DD HH:mm')}
                              </Typography.Text>
                            </div>
                          </>
                        ),
                      },
                    ]
                  : []),
              ])}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="答复期限" size="small" style={{ marginBottom: 16 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong style={{ fontSize: 18 }} data-testid="due-on">
                {deadline.dueOn ?? '—'}
              </Typography.Text>
              {deadline.provisional && <Tag>暂定</Tag>}
              {deadline.overdue && <Tag>已超期</Tag>}
              {deadline.paused && <Tag>暂停计算</Tag>}
            </Flex>
            {deadline.provisional && deadline.provisionalReason && (
              <Alert type="warning" showIcon title={deadline.provisionalReason} style={{ margin: '8px 0' }} />
            )}
            <Typography.Paragraph style={{ marginTop: 8 }}>{deadline.sentence}</Typography.Paragraph>
            <ol aria-label="期限计算说明" style={{ paddingLeft: 20, margin: 0 }}>
              {deadline.explanation.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </Card>
        </Col>
      </Row>
      <DocumentsCard request={request} />
      {decided && (
        <Card
          title="答复书"
          size="small"
          extra={
            <a href={`${letterUrl}?format=docx`} download>
              下载 Word 文档（DOCX）
            </a>
          }
        >
          <LetterPreview requestId={request.id} eventCount={request.eventCount} />
        </Card>
      )}
      {action && (
        <ActionModal
          request={request}
          type={action.type}
          outcome={action.outcome}
          onClose={() => setAction(null)}
        />
      )}
    </>
  );
}
