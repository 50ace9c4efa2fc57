// On the case page: the same applicant's other requests at the agency (links), and, for a request flagged at intake
// under 《条例》第三十五条 (core/requests/art35.ts), what the flag says and the steps the timeline has for it — a later
// deadline (第三十五条) or a decision not to handle (第三十五条; 第三十六条第(六)项 for a repeat), offered when the
// person may record them now. Asking the applicant for reasons is not a timeline step yet: the card says so.
import { Alert, Button, Card, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { AppendableEventType } from '../../../core/requests/appendable.ts';
import { art35FlagText } from '../../../core/requests/art35.ts';
import type { OutcomeKey } from '../../../core/taxonomy/outcomes.ts';
import type { RequestDetail } from '../../../contracts/requests.ts';
import { Art35Tags } from './Art35Tags.tsx';
import { REQUEST_STATE_LABELS } from './labels.ts';

/** What the statute lets the agency do, and what the platform cannot record yet. */
const ART35_HANDLING =
  '标记只是提示，不影响受理和答复期限，是否适用由本机关决定。机关可以要求申请人说明理由（本平台尚不能记录此项，' +
  '请另行书面告知并留存）；理由不合理的，告知不予处理；理由合理但无法按期答复的，确定延迟答复的合理期限并告知申请人。';

export interface Art35Action {
  type: AppendableEventType;
  outcome?: OutcomeKey;
}

function actionsFor(detail: RequestDetail): { label: string; action: Art35Action }[] {
  const allowed = new Set(detail.allowedEvents);
  const kinds = new Set(detail.request.art35Flags.map((f) => f.kind));
  const actions: { label: string; action: Art35Action }[] = [];
  if (allowed.has('deadlineDeferred'))
    actions.push({ label: '确定延迟答复期限（第三十五条）', action: { type: 'deadlineDeferred' } });
  if (allowed.has('decided') && kinds.has('volume'))
    actions.push({
      label: '不予处理：无正当理由大量反复申请',
      action: { type: 'decided', outcome: 'notProcessed.excessive' },
    });
  if (allowed.has('decided') && kinds.has('duplicate'))
    actions.push({
      label: '不予重复处理：重复申请',
      action: { type: 'decided', outcome: 'notProcessed.repeated' },
    });
  return actions;
}

export function ApplicantRequestsCard({
  detail,
  onAction,
}: {
  detail: RequestDetail;
  onAction: (action: Art35Action) => void;
}) {
  const { request, applicantRequests } = detail;
  const flags = request.art35Flags;
  if (flags.length === 0 && applicantRequests.total === 0) return null;
  const actions = actionsFor(detail);
  return (
    <Card
      title={flags.length > 0 ? '第三十五条提示' : '同一申请人的其他申请'}
      extra={<Art35Tags flags={flags} />}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="art35-card"
    >
      {flags.length > 0 && (
        <>
          <Alert
            type="warning"
            showIcon
            title="本件登记时被系统标记，可能属于《条例》第三十五条（数量、频次明显超过合理范围）的情形"
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {flags.map((flag) => (
                  <li key={flag.kind}>
                    {art35FlagText(flag)}
                    {flag.kind === 'duplicate' && (
                      <>
                        ：
                        <Link to={`/requests/${flag.requestId}`} style={{ textDecoration: 'underline' }}>
                          查看 {flag.registrationNumber}
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            }
            style={{ marginBottom: 12 }}
          />
          <Typography.Paragraph type="secondary">{ART35_HANDLING}</Typography.Paragraph>
          {actions.length > 0 && (
            <Flex gap={8} wrap role="group" aria-label="第三十五条的办理" style={{ marginBottom: 12 }}>
              {actions.map(({ label, action }) => (
                <Button key={label} onClick={() => onAction(action)}>
                  {label}
                </Button>
              ))}
            </Flex>
          )}
        </>
      )}
      {applicantRequests.total > 0 && (
        <List
          size="small"
          header={
            <Typography.Text strong>
              该申请人在本机关的其他申请（共 {applicantRequests.total} 件
              {applicantRequests.total > applicantRequests.items.length
                ? `，列出最近 ${applicantRequests.items.length} 件`
                : ''}
              ）
            </Typography.Text>
          }
          dataSource={applicantRequests.items}
          renderItem={(other) => (
            <List.Item key={other.id}>
              <Flex gap={8} wrap align="baseline" style={{ width: '100%' }}>
                <Link to={`/requests/${other.id}`}>{other.registrationNumber}</Link>
                <Typography.Text type="secondary">{other.receivedOn}</Typography.Text>
                <Tag>{REQUEST_STATE_LABELS[other.state]}</Tag>
                <Typography.Text
                  ellipsis={{ tooltip: other.informationSought }}
                  style={{ flex: 1, minWidth: 160 }}
                >
                  {other.informationSought}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
