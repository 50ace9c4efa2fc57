// 审核流程: the agency's review before publication (《条例》第十七条) — which steps it uses, in the fixed order
// 科室审核 → 合法性审查 → 保密审查 → 签发, what each is called and which roles take it. Checked in the browser with
// the same contract the server uses; while items are in review the server keeps the list of steps (names and roles
// may still change), and says so.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../core/accounts/roles.ts';
import { REVIEW_STEP_LABELS } from '../../../core/publications/review-step-labels.ts';
import { REVIEW_STEPS, type ReviewStepKey } from '../../../core/publications/review-workflow.ts';
import {
  reviewWorkflowBody,
  type ReviewWorkflowBody,
  type ReviewWorkflowResponse,
} from '../../../contracts/review-workflow.ts';
import { api } from '../../api/client.ts';
import { errorMessage, QueryState } from '../../components/QueryState.tsx';

const KEY = ['publications', 'settings', 'review-workflow'] as const;
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface StepRow {
  key: ReviewStepKey;
  enabled: boolean;
  label: string;
  roles: Role[];
}

function rowsOf(workflow: ReviewWorkflowBody): StepRow[] {
  return REVIEW_STEPS.map((key) => {
    const step = workflow.steps.find((s) => s.key === key);
    return { key, enabled: !!step, label: step?.label ?? REVIEW_STEP_LABELS[key], roles: step?.roles ?? [] };
  });
}

export function ReviewStepsTab() {
  const settings = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<ReviewWorkflowResponse>('/publications/settings/review-workflow'),
  });
  return (
    <QueryState query={settings}>
      {(data) => <StepsEditor key={JSON.stringify(data.workflow)} data={data} />}
    </QueryState>
  );
}

function StepsEditor({ data }: { data: ReviewWorkflowResponse }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [rows, setRows] = useState(() => rowsOf(data.workflow));
  const [separateApprovers, setSeparateApprovers] = useState(data.workflow.separateApprovers ?? true);
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: ReviewWorkflowBody) =>
      api.put<ReviewWorkflowResponse>('/publications/settings/review-workflow', body),
    onSuccess: async () => {
      void message.success('审核流程已保存');
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const update = (key: ReviewStepKey, change: Partial<StepRow>) => {
    setInvalid(null);
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));
  };
  const submit = () => {
    const body = {
      steps: rows.filter((r) => r.enabled).map(({ key, label, roles }) => ({ key, label, roles })),
      separateApprovers,
    };
    const checked = reviewWorkflowBody.safeParse(body);
    if (!checked.success) {
      setInvalid(checked.error.issues[0]?.message ?? '审核流程设置不完整');
      return;
    }
    save.mutate(checked.data);
  };

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        发布前审核流程
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        主动公开的信息发布前依次经过勾选的环节（《条例》第十七条：建立健全政府信息公开审查机制）。每个环节由所列角色中的任一人办理。
      </Typography.Paragraph>
      {data.itemsInReview > 0 && (
        <Alert
          type="warning"
          showIcon
          role="note"
          title={`有 ${data.itemsInReview} 件公开信息正在审核中：可以调整各环节的名称和办理角色，增减环节须待其审核完毕。`}
          style={{ marginBottom: 12 }}
        />
      )}
      {(invalid || save.error) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={invalid ?? errorMessage(save.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<StepRow>
        rowKey="key"
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: '使用',
            key: 'enabled',
            width: 70,
            render: (_v, row) => (
              <Checkbox
                checked={row.enabled}
                aria-label={`使用“${row.label}”环节`}
                onChange={(e) => update(row.key, { enabled: e.target.checked })}
              />
            ),
          },
          {
            title: '环节名称',
            key: 'label',
            width: 240,
            render: (_v, row) => (
              <Input
                value={row.label}
                disabled={!row.enabled}
                aria-label={`${REVIEW_STEP_LABELS[row.key]}的名称`}
                onChange={(e) => update(row.key, { label: e.target.value })}
              />
            ),
          },
          {
            title: '办理角色',
            key: 'roles',
            render: (_v, row) => (
              <Select<Role[]>
                mode="multiple"
                value={row.roles}
                disabled={!row.enabled}
                options={ROLE_OPTIONS}
                placeholder="选择可办理的角色"
                aria-label={`${REVIEW_STEP_LABELS[row.key]}的办理角色`}
                style={{ width: '100%', minWidth: 240 }}
                onChange={(roles) => update(row.key, { roles })}
              />
            ),
          },
        ]}
      />
      <Checkbox
        style={{ marginTop: 16, display: 'flex' }}
        checked={separateApprovers}
        onChange={(e) => setSeparateApprovers(e.target.checked)}
      >
        同一人不能办理同一条信息的两个审核环节（人员很少、确需一人兼办时才取消）
      </Checkbox>
      <Button type="primary" style={{ marginTop: 16 }} loading={save.isPending} onClick={submit}>
        保存审核流程
      </Button>
    </>
  );
}
