// 发布前检查结果 beside the body: each finding with its field, what was found and why; a click selects the found
// characters in the body's text box and scrolls the highlighted preview to them. A finding whose text no longer
// matches the field (edited since the check) says so instead of selecting the wrong place.
import { Alert, Button, Card, Flex, List, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { findingSchema } from '../../../contracts/common.ts';
import { SCREENING_RULE_LABELS, type ScreeningRule } from '../../../core/screening/rules.ts';

export type Finding = z.infer<typeof findingSchema>;

export const BODY_SECTION = '正文';

export function ruleLabel(rule: string): string {
  return SCREENING_RULE_LABELS[rule as ScreeningRule] ?? '其他问题';
}

/** Whether the finding still points at its text in `body`. */
export function stillAt(finding: Finding, body: string): boolean {
  const { offset, length } = finding.location;
  if (finding.location.section !== BODY_SECTION || offset === undefined || length === undefined) return false;
  return body.slice(offset, offset + length) === String(finding.actual ?? '');
}

export function FindingsPanel({
  findings,
  body,
  onJump,
  checkedAt,
}: {
  findings: Finding[];
  body: string;
  onJump?: (index: number) => void;
  checkedAt?: string | null;
}) {
  const blocking = findings.filter((f) => f.severity === 'error').length;
  return (
    <Card size="small" title="发布前检查结果" aria-label="发布前检查结果">
      {checkedAt && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          检查时间：{new Date(checkedAt).toLocaleString('zh-CN')}
        </Typography.Paragraph>
      )}
      {findings.length === 0 ? (
        <Alert type="success" showIcon title="未发现问题" />
      ) : (
        <>
          {blocking > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 8 }}
              title={`有 ${blocking} 处必须修改的问题，修改前不能提交审核`}
            />
          )}
          <List
            size="small"
            dataSource={findings}
            renderItem={(finding, index) => {
              const jumpable = onJump && stillAt(finding, body);
              return (
                <List.Item>
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <Flex gap={8} wrap align="center">
                      <Tag color={finding.severity === 'error' ? 'error' : 'warning'}>
                        {finding.severity === 'error' ? '必须修改' : '建议核对'}
                      </Tag>
                      <strong>{ruleLabel(finding.rule)}</strong>
                      <span>{finding.location.section ?? ''}</span>
                    </Flex>
                    <span>{finding.message}</span>
                    <Flex gap={8} align="center" wrap>
                      <Typography.Text code>{String(finding.actual ?? '')}</Typography.Text>
                      {jumpable ? (
                        <Button size="small" onClick={() => onJump(index)}>
                          在正文中选中
                        </Button>
                      ) : finding.location.section === BODY_SECTION && onJump ? (
                        <Typography.Text type="secondary">正文已修改，请重新检查</Typography.Text>
                      ) : null}
                    </Flex>
                  </Flex>
                </List.Item>
              );
            }}
          />
        </>
      )}
    </Card>
  );
}

/** The body with each still-matching finding marked; marks are numbered like the list for the jump. */
export function HighlightedBody({ body, findings }: { body: string; findings: Finding[] }) {
  const spans = findings
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => stillAt(f, body))
    .sort((a, b) => a.f.location.offset! - b.f.location.offset!);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { f, index } of spans) {
    const start = f.location.offset!;
    if (start < at) continue; // overlapping findings: the first keeps the mark
    parts.push(body.slice(at, start));
    const end = start + f.location.length!;
    parts.push(
      <mark
        key={index}
        id={`finding-${index}`}
        className={f.severity === 'error' ? 'finding-error' : 'finding-warning'}
      >
        {body.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(body.slice(at));
  return (
    <div
      aria-label="正文检查预览"
      role="region"
      tabIndex={0}
      style={{
        whiteSpace: 'pre-wrap',
        maxHeight: 240,
        overflow: 'auto',
        padding: 8,
        border: '1px solid #d9d9d9',
        borderRadius: 6,
      }}
    >
      {parts}
    </div>
  );
}
