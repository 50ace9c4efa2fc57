// 工作要点台账 and the register of 人大建议、政协提案 (issue 14), and how the annual report states them. 《条例》第五十条
// asks the report to state the agency's disclosure work; 国办公开办函〔2021〕30号's report format puts, under 六,
// （二）how the superior's 政务公开工作要点 were carried out and （三）how 人大代表建议 and 政协提案 were handled —
// including, when none were received, that none were. The sentences here are drafted from the records; staff may
// write around them (the placeholders of core/report/drafting).

export const TASK_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  notStarted: '未开始',
  inProgress: '推进中',
  done: '已完成',
};

export const PROPOSAL_KINDS = ['npcSuggestion', 'cppccProposal'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = {
  npcSuggestion: '人大代表建议',
  cppccProposal: '政协委员提案',
};

/** A task as the report drafts it: its title and the latest progress recorded. */
export interface TaskRecord {
  title: string;
  status: TaskStatus;
  /** The latest progress note, or null when nothing was recorded. */
  latestNote: string | null;
}

export interface ProposalRecord {
  kind: ProposalKind;
  replied: boolean;
  /** The reply is published (公开答复), or the reason it is not is recorded. */
  replyPublished: boolean;
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinal = (i: number) => (i < ORDINALS.length ? ORDINALS[i]! : String(i + 1));

/** 六（二）: 一是…；二是…。 from the tasks in their order; a task not done says so. */
export function draftWorkPlanText(tasks: readonly TaskRecord[]): string {
  if (tasks.length === 0) return '本年度上级未下达政务公开工作要点任务。';
  const parts = tasks.map((task, i) => {
    const note = task.latestNote ? `，${task.latestNote.replace(/[。；;.\s]+$/u, '')}` : '';
    const pending = task.status === 'done' ? '' : `（${TASK_STATUS_LABELS[task.status]}）`;
    return `${ordinal(i)}是${task.title.replace(/[。；;.\s]+$/u, '')}${note}${pending}`;
  });
  return `${parts.join('；')}。`;
}

/** 六（三）: what was received, replied and published; or that nothing was received. */
export function draftProposalText(proposals: readonly ProposalRecord[]): string {
  if (proposals.length === 0) return '本年度没有收到人大代表建议和政协委员提案。';
  const count = (kind: ProposalKind) => proposals.filter((p) => p.kind === kind).length;
  const received = PROPOSAL_KINDS.filter((k) => count(k) > 0)
    .map((k) => `${PROPOSAL_KIND_LABELS[k]}${count(k)}件`)
    .join('、');
  const replied = proposals.filter((p) => p.replied).length;
  const published = proposals.filter((p) => p.replyPublished).length;
  const open = proposals.length - replied;
  return (
    `本年度共承办${received}，已办复${replied}件${open ? `，正在办理${open}件` : ''}；` +
    `公开答复全文${published}件${replied - published > 0 ? `，${replied - published}件未公开答复并已说明理由` : ''}。`
  );
}
