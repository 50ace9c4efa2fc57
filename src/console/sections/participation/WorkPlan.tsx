// 工作要点: the year's 政务公开工作要点 tasks. A supervisor assigns a task to agencies under it and reads the roster of
// completion per agency; an agency's staff record progress on their own tasks, which the report's 六（二）is drafted
// from.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty, Button, Flex, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Agency } from '../../../contracts/agencies.ts';
import type { Roster, WorkPlanTask } from '../../../contracts/work-plan.ts';
import { TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from '../../../core/participation/work-plan.ts';
import { api } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';

export function WorkPlan() {
  const principal = usePrincipal();
  const [year, setYear] = useState(new Date().getFullYear());
  const mayAssign = can(principal, 'workPlan.assign');
  return (
    <Space direction="vertical" size={24} style={{ width: '100%' }}>
      <Space>
        <label htmlFor="work-plan-year">年度</label>
        <InputNumber
          id="work-plan-year"
          min={2008}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      </Space>
      {mayAssign && <AssignForm year={year} />}
      {mayAssign && <RosterTable year={year} />}
      <Tasks year={year} mayReport={can(principal, 'workPlan.report')} />
    </Space>
  );
}

function AssignForm({ year }: { year: number }) {
  const principal = usePrincipal();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: () => api.get<{ items: Agency[] }>('/agencies'),
  });
  const assign = useMutation({
    mutationFn: () =>
      api.post<WorkPlanTask[]>('/participation/work-plan', {
        year,
        tasks: [{ title, description, agencyIds }],
      }),
    onSuccess: async () => {
      setTitle('');
      setDescription('');
      setAgencyIds([]);
      await client.invalidateQueries({ queryKey: ['work-plan'] });
    },
  });
  const options = (agencies.data?.items ?? [])
    .filter((a) => a.id !== principal.agencyId)
    .map((a) => ({ value: a.id, label: a.name }));
  return (
    <section aria-labelledby="assign-title">
      <Typography.Title level={2} id="assign-title" style={{ fontSize: 18 }}>
        下达工作要点任务
      </Typography.Title>
      <ErrorAlert error={assign.error} gap={12} />
      <Flex vertical gap={8} style={{ maxWidth: 720 }}>
        <label htmlFor="task-title">工作要点</label>
        <Input id="task-title" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="task-description">任务要求</label>
        <Input.TextArea
          id="task-description"
          value={description}
          maxLength={2000}
          onChange={(e) => setDescription(e.target.value)}
        />
        <label htmlFor="task-agencies">承担机关</label>
        <Select
          id="task-agencies"
          mode="multiple"
          value={agencyIds}
          onChange={setAgencyIds}
          options={options}
          placeholder="选择所辖机关"
        />
        <div>
          <Button type="primary" loading={assign.isPending} onClick={() => assign.mutate()}>
            下达任务
          </Button>
        </div>
      </Flex>
    </section>
  );
}

function RosterTable({ year }: { year: number }) {
  const query = useQuery({
    queryKey: ['work-plan', 'roster', year],
    queryFn: () => api.get<Roster>(`/participation/work-plan/roster?year=${year}`),
  });
  return (
    <section aria-labelledby="roster-title">
      <Typography.Title level={2} id="roster-title" style={{ fontSize: 18 }}>
        各机关完成情况
      </Typography.Title>
      <QueryState query={query}>
        {(data) => (
          <Table
            rowKey="agencyId"
            dataSource={data.agencies}
            pagination={false}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度还没有下达任务" />,
            }}
            columns={[
              { title: '机关', dataIndex: 'agencyName' },
              { title: '任务数', dataIndex: 'total', width: 90 },
              { title: '已完成', dataIndex: 'done', width: 90 },
              { title: '推进中', dataIndex: 'inProgress', width: 90 },
              { title: '未开始', dataIndex: 'notStarted', width: 90 },
            ]}
          />
        )}
      </QueryState>
    </section>
  );
}

function Tasks({ year, mayReport }: { year: number; mayReport: boolean }) {
  const principal = usePrincipal();
  const client = useQueryClient();
  const [reporting, setReporting] = useState<WorkPlanTask | null>(null);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<TaskStatus>('done');
  const [reportedOn, setReportedOn] = useState('');
  const query = useQuery({
    queryKey: ['work-plan', 'tasks', year],
    queryFn: () => api.get<WorkPlanTask[]>(`/participation/work-plan?year=${year}`),
  });
  const save = useMutation({
    mutationFn: () =>
      api.post<WorkPlanTask>(`/participation/work-plan/${reporting!.id}/progress`, {
        reportedOn,
        note,
        status,
      }),
    onSuccess: async () => {
      setReporting(null);
      setNote('');
      await client.invalidateQueries({ queryKey: ['work-plan'] });
    },
  });
  return (
    <section aria-labelledby="tasks-title">
      <Typography.Title level={2} id="tasks-title" style={{ fontSize: 18 }}>
        任务和落实情况
      </Typography.Title>
      <QueryState query={query}>
        {(data) => (
          <Table<WorkPlanTask>
            rowKey="id"
            dataSource={data}
            pagination={false}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度没有工作要点任务" />,
            }}
            columns={[
              { title: '机关', dataIndex: 'agencyName', width: 180 },
              { title: '工作要点', dataIndex: 'title' },
              { title: '状态', dataIndex: 'statusLabel', width: 90 },
              {
                title: '最新落实情况',
                render: (_, t) => t.progress.at(-1)?.note ?? '尚未填报',
              },
              {
                title: '操作',
                width: 100,
                render: (_, t) =>
                  mayReport &&
                  t.agencyId === principal.agencyId && (
                    <Button aria-label={`填报：${t.title}`} onClick={() => setReporting(t)}>
                      填报
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={reporting !== null}
        title={`填报落实情况：${reporting?.title ?? ''}`}
        onCancel={() => setReporting(null)}
        okText="保存"
        cancelText="取消"
        confirmLoading={save.isPending}
        onOk={() => save.mutate()}
        destroyOnHidden
      >
        <ErrorAlert error={save.error} gap={12} />
        <Flex vertical gap={8}>
          <label htmlFor="progress-on">落实日期</label>
          <Input
            id="progress-on"
            placeholder="例如 2026-06-30"
            value={reportedOn}
            onChange={(e) => setReportedOn(e.target.value)}
          />
          <label htmlFor="progress-status">推进状态</label>
          <Select
            id="progress-status"
            value={status}
            onChange={setStatus}
            options={TASK_STATUSES.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }))}
          />
          <label htmlFor="progress-note">落实情况</label>
          <Input.TextArea
            id="progress-note"
            rows={4}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Flex>
      </Modal>
    </section>
  );
}
