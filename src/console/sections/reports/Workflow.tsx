// 审核与发布: the year's report goes 草稿 → 待审核 → 待签发 → 已发布 (services/reports/workflow.ts), each step offered
// only to the role that takes it — the disclosure office submits (the report is frozen then), its head reviews, a
// leader signs, which publishes. Above the steps, the Art. 49 deadline: counted down from 1 January, warned in its
// last days, and replaced by the publication day once published.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Modal, Steps, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { Agency } from '../../../core/agencies.ts';
import type { WorkflowState, WorkflowView } from '../../../contracts/report-workflow.ts';
import { api, ApiError } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { errorMessage, QueryState } from '../../components/QueryState.tsx';
import { publicationsKey, usePublications } from './Publications.tsx';
import { ReportDeadline } from './ReportDeadline.tsx';

type Step = 'submit' | 'approve' | 'return' | 'signOff';

const STEP_TITLES: Record<Step, string> = {
  submit: '提交审核',
  approve: '审核通过，送领导签发',
  return: '退回修改',
  signOff: '签发并发布到门户',
};

const STATE_INDEX: Record<WorkflowState, number> = {
  draft: 0,
  inReview: 1,
  awaitingSignOff: 2,
  published: 3,
};

const CONTRADICTION = 'reports.narrativeContradictsTables';

function stamp(s: { at: string; by: string } | null | undefined): string | undefined {
  return s ? `${s.by} · ${new Date(s.at).toLocaleString('zh-CN', { hour12: false })}` : undefined;
}

const workflowKey = (agencyId: string, year: number) => ['report-workflow', agencyId, year];

/** Where the year's report stands in its review (shared by the steps and the narrative editor). */
export function useWorkflowView(agencyId: string, year: number) {
  return useQuery({
    queryKey: workflowKey(agencyId, year),
    queryFn: () => api.get<WorkflowView>(`/reports/annual/${year}/workflow?agencyId=${agencyId}`),
  });
}

export function ReportWorkflow({ agency, year }: { agency: Agency; year: number }) {
  const principal = usePrincipal();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step | null>(null);
  // The dialog keeps its name while it closes (axe: a dialog without a name), so the last step is remembered.
  const lastStep = useRef<Step>('submit');
  if (step) lastStep.current = step;
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const key = workflowKey(agency.id, year);
  // Art. 49 is judged by the first version's day (the list is newest first).
  const firstPublishedOn = usePublications(agency, year).data?.items.at(-1)?.publishedOn ?? null;
  const query = useWorkflowView(agency.id, year);
  const act = useMutation({
    mutationFn: ({ view, step }: { view: WorkflowView; step: Step }) => {
      const override = reason.trim() ? { overrideReason: reason.trim() } : {};
      const base = { agencyId: agency.id };
      if (step === 'submit')
        return api.post<WorkflowView>(`/reports/annual/${year}/workflow/submit`, {
          ...base,
          expectedState: view.state === 'published' ? 'published' : 'draft',
          ...(view.publishedVersions > 0 ? { correctionNote: text.trim() } : {}),
          ...override,
        });
      if (step === 'signOff')
        return api.post<WorkflowView>(`/reports/annual/${year}/workflow/sign-off`, {
          ...base,
          expectedState: 'awaitingSignOff',
          ...override,
        });
      return api.post<WorkflowView>(`/reports/annual/${year}/workflow/review`, {
        ...base,
        expectedState: 'inReview',
        decision: step === 'approve' ? 'approve' : 'return',
        ...(text.trim() ? { comment: text.trim() } : {}),
      });
    },
    onSuccess: async (view) => {
      void message.success(`${year} 年度报告：${view.stateLabel}`);
      close();
      await Promise.all([
        client.invalidateQueries({ queryKey: key }),
        client.invalidateQueries({ queryKey: publicationsKey(agency, year) }),
      ]);
    },
  });
  const close = () => {
    setStep(null);
    setText('');
    setReason('');
    act.reset();
  };
  const own = agency.id === principal.agencyId;
  const yearOver = year < new Date().getFullYear();
  const refusedForContradiction = act.error instanceof ApiError && act.error.code === CONTRADICTION;

  return (
    <section aria-labelledby="report-workflow">
      <Typography.Title id="report-workflow" level={2} style={{ fontSize: 18 }}>
        审核与发布
      </Typography.Title>
      <QueryState query={query}>
        {(view) => {
          const cycle = view.current;
          // A state's steps, for the people who take them: the server checks again (role, agency, separation).
          const offered: Step[] = [];
          if (
            own &&
            yearOver &&
            (view.state === 'draft' || view.state === 'published') &&
            can(principal, 'reports.submit')
          )
            offered.push('submit');
          if (own && view.state === 'inReview' && can(principal, 'reports.review'))
            offered.push('approve', 'return');
          if (own && view.state === 'awaitingSignOff' && can(principal, 'reports.signOff'))
            offered.push('signOff');
          const returned =
            view.state === 'draft' && cycle?.steps.at(-1)?.action === 'returned' ? cycle : null;
          const needsNote = step === 'submit' && view.publishedVersions > 0;
          const needsComment = step === 'return';
          const showReason =
            refusedForContradiction || (step === 'signOff' && view.contradictions.length > 0);
          return (
            <>
              <ReportDeadline agency={agency} year={year} publishedOn={firstPublishedOn} />
              <Steps
                size="small"
                style={{ margin: '16px 0' }}
                current={STATE_INDEX[view.state]}
                status={view.state === 'published' ? 'finish' : 'process'}
                items={[
                  {
                    title: view.publishedVersions > 0 && view.state === 'draft' ? '更正草稿' : '撰写',
                    description: returned ? '已退回' : undefined,
                  },
                  {
                    title: '公开办负责人审核',
                    description: stamp(cycle?.submitted) && `提交：${stamp(cycle?.submitted)}`,
                  },
                  {
                    title: '领导签发',
                    description: stamp(cycle?.reviewed) && `审核：${stamp(cycle?.reviewed)}`,
                  },
                  { title: '已发布', description: stamp(cycle?.signed) && `签发：${stamp(cycle?.signed)}` },
                ]}
              />
              {returned && (
                <Alert
                  type="warning"
                  showIcon
                  title={`已退回修改（${stamp(returned.reviewed) ?? ''}）`}
                  description={`审核意见：${returned.reviewComment ?? '—'}`}
                  style={{ marginBottom: 12 }}
                />
              )}
              {view.state !== 'draft' && view.state !== 'published' && (
                <Typography.Paragraph type="secondary">
                  审核和签发的是 {stamp(cycle?.submitted)}{' '}
                  提交时固定的报告；此后数据或正文的改动不影响本轮，须退回后重新提交。
                  {view.contradictions.length > 0 &&
                    ` 固定的报告中有 ${view.contradictions.length} 处叙述与表格不一致（N-1）。`}
                </Typography.Paragraph>
              )}
              <Flex gap={8} wrap style={{ marginBottom: 16 }}>
                {offered.map((s) => (
                  <Button key={s} type={s === 'return' ? 'default' : 'primary'} onClick={() => setStep(s)}>
                    {s === 'submit' && view.publishedVersions > 0 ? '提交更正版本审核' : STEP_TITLES[s]}
                  </Button>
                ))}
                {offered.length === 0 && (
                  <Typography.Text type="secondary">{waitingFor(view.state, yearOver)}</Typography.Text>
                )}
              </Flex>
              <Modal
                open={step !== null}
                title={`${year} 年度报告：${STEP_TITLES[step ?? lastStep.current]}`}
                okText="确认"
                cancelText="取消"
                confirmLoading={act.isPending}
                okButtonProps={{
                  disabled:
                    ((needsNote || needsComment) && text.trim() === '') ||
                    (refusedForContradiction && reason.trim() === ''),
                }}
                onOk={() => step && act.mutate({ view, step })}
                onCancel={close}
              >
                <Typography.Paragraph>{stepExplanation(step, view)}</Typography.Paragraph>
                {(needsNote || needsComment || step === 'approve') && (
                  <LabelledText
                    id="workflow-text"
                    label={
                      needsNote
                        ? '更正说明（必填，门户上与新版本一同显示）'
                        : needsComment
                          ? '审核意见（必填）'
                          : '审核意见（可不填）'
                    }
                    value={text}
                    onChange={setText}
                  />
                )}
                {act.error && (
                  <Alert
                    type="error"
                    showIcon
                    role="alert"
                    title={errorMessage(act.error)}
                    style={{ margin: '12px 0' }}
                  />
                )}
                {showReason && (
                  <LabelledText
                    id="workflow-reason"
                    label="仍要继续的理由（至少 10 个字，记入审计日志）"
                    value={reason}
                    onChange={setReason}
                  />
                )}
              </Modal>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function LabelledText(props: { id: string; label: string; value: string; onChange: (text: string) => void }) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <Input.TextArea
        id={props.id}
        rows={3}
        maxLength={2000}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </>
  );
}

function waitingFor(state: WorkflowState, yearOver: boolean): string {
  if (!yearOver) return '本年度结束后才能提交审核。';
  if (state === 'inReview') return '等待公开办负责人审核。';
  if (state === 'awaitingSignOff') return '等待机关领导签发。';
  if (state === 'published') return '已发布；如需更正，由公开办提交更正版本审核。';
  return '等待公开办提交审核。';
}

function stepExplanation(step: Step | null, view: WorkflowView): string {
  switch (step) {
    case 'submit':
      return view.publishedVersions > 0
        ? `按本机关当前数据和正文生成报告并固定，作为第 ${view.publishedVersions + 1} 版送审；签发后门户显示新版本和更正说明，此前各版仍可查阅。`
        : '按本机关当前数据和正文生成报告并固定，送公开办负责人审核。提交后的改动不进入本轮。';
    case 'approve':
      return '审核通过后送机关领导签发。审核人不能是提交人本人。';
    case 'return':
      return '退回后报告回到草稿，经办人修改后重新提交。';
    case 'signOff':
      return '签发即发布：提交时固定的报告发布到门户“政府信息公开年报”栏目，并列入公开目录“年报”类。签发人不能是审核人本人。';
    default:
      return '';
  }
}
