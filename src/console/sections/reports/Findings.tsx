// The checker's findings on the report built from the data: severity, rule, where and what, errors first.
import { Alert, Table, Typography } from 'antd';
import { describeLocation, SEVERITY_LABELS, type Finding } from '../../../core/findings.ts';

const SEVERITY_ORDER = { error: 0, warning: 1, notChecked: 2, info: 3 } as const;
const SEVERITY_TYPES = {
  error: 'danger',
  warning: 'warning',
  notChecked: 'secondary',
  info: undefined,
} as const;

export function Findings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) {
    return <Alert type="success" showIcon title="检查器没有发现问题" />;
  }
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <Table<Finding & { key: number }>
      size="small"
      pagination={false}
      dataSource={sorted.map((finding, key) => ({ ...finding, key }))}
      aria-label="检查结果"
      columns={[
        {
          title: '级别',
          dataIndex: 'severity',
          width: 80,
          render: (severity: Finding['severity']) => (
            <Typography.Text strong type={SEVERITY_TYPES[severity]}>
              {SEVERITY_LABELS[severity]}
            </Typography.Text>
          ),
        },
        { title: '规则', dataIndex: 'rule', width: 90 },
        { title: '位置', key: 'location', width: 200, render: (_, f) => describeLocation(f.location) || '—' },
        { title: '说明', dataIndex: 'message' },
      ]}
    />
  );
}
