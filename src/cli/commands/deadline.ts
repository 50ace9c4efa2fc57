// `gongkai deadline`: the reply deadline of one request (《条例》第三十一条至第三十五条) with its explanation and the
// sentence for the letter. The timeline is --received/--channel, optionally followed by the events of --events FILE
// (or a whole timeline there); each event passes the same state machine as the platform.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UsageError } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { chineseDate, dayOf, weekdayName } from '../../core/calendar/days.ts';
import {
  CHANNELS,
  CHANNEL_LABELS,
  isoDate,
  requestEventSchema,
  type RequestEvent,
} from '../../core/requests/events.ts';
import { APPLICANT_KINDS } from '../../core/taxonomy/applicants.ts';
import { explainDeadline, type DeadlineResult } from '../../core/requests/deadline.ts';
import { deadlineSentence, explainSteps, pauseLabel } from '../../core/requests/explain.ts';
import { assertEventAllowed, deriveState, REQUEST_STATE_LABELS } from '../../core/requests/state.ts';
import type { Finding } from '../../core/findings.ts';
import { needsConfirmation } from '../../core/requests/options.ts';
import { systemClock } from '../../services/clock.ts';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.ts';
import { withCalendarContext } from '../with-context.ts';

export const usage = [
  '用法：gongkai deadline --received YYYY-MM-DD --channel 渠道 [选项]',
  '  --received DATE       收到申请之日；对需确认的渠道（平常信函、互联网、传真、电子邮件）即双方确认之日（第三十一条）',
  `  --channel CH          ${CHANNELS.map((c) => `${c}（${CHANNEL_LABELS[c]}）`).join('、')}`,
  '  --arrived DATE        到达之日（需确认的渠道到达与确认不在同一天时填写）',
  `  --applicant-kind K    ${APPLICANT_KINDS.join('、')}（默认 naturalPerson）`,
  '  --events FILE         其后的事件（JSON 数组，字段同事件契约）；文件以 received 开头时可省略 --received/--channel',
  '  --today DATE          计算“剩余工作日”所用的今天（默认：北京时间今天）',
  '  --format text|json    输出格式（默认 text）',
  '  --provisional         涉及未收录年份时按法定节假日暂算（未计调休）并标为“暂定”，而不是拒绝',
  '  --fee-no-pause        收费通知期间答复期限不暂停（默认暂停）',
  '  --count-from next|same  期限自收到次日起算（默认 next，《民法典》第二百零一条）或当日起算',
  '  --url URL             按该数据库中导入的年份计算（默认 GONGKAI_DATABASE_URL 或 ./data/gongkai.db；都没有时只用内置年份）',
].join('\n');

const optionsConfig = {
  received: { type: 'string' },
  channel: { type: 'string' },
  arrived: { type: 'string' },
  'applicant-kind': { type: 'string' },
  events: { type: 'string' },
  today: { type: 'string' },
  format: { type: 'string' },
  provisional: { type: 'boolean' },
  'fee-no-pause': { type: 'boolean' },
  'count-from': { type: 'string' },
  url: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const schema = z.object({
  received: isoDate.optional(),
  channel: z.enum(CHANNELS, { message: `渠道应为 ${CHANNELS.join('、')} 之一` }).optional(),
  arrived: isoDate.optional(),
  'applicant-kind': z
    .enum(APPLICANT_KINDS, { message: `申请人类型应为 ${APPLICANT_KINDS.join('、')} 之一` })
    .optional(),
  events: z.string().min(1).optional(),
  today: isoDate.optional(),
  format: z.enum(['text', 'json'], { message: '格式应为 text 或 json' }).optional(),
  provisional: z.boolean().optional(),
  'fee-no-pause': z.boolean().optional(),
  'count-from': z.enum(['next', 'same'], { message: '应为 next 或 same' }).optional(),
  url: z.string().min(1).optional(),
  help: z.boolean().optional(),
});

type Values = z.infer<typeof schema>;

function readEvents(file: string): RequestEvent[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`无法读取事件文件“${file}”：${(error as Error).message}`, usage);
  }
  const parsed = z.array(requestEventSchema).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `事件文件有误（第 ${Number(issue.path[0] ?? 0) + 1} 条，${issue.path.slice(1).join('.') || '类型'}）：${issue.message}`,
      usage,
    );
  }
  return parsed.data;
}

function timelineOf(values: Values): RequestEvent[] {
  const later = values.events ? readEvents(values.events) : [];
  if (later[0]?.type === 'received') {
    if (values.received || values.channel)
      throw new UsageError('事件文件已含“收到申请”，不要再给 --received / --channel', usage);
    return later;
  }
  if (!values.received || !values.channel)
    throw new UsageError('需要 --received 和 --channel（或以 received 开头的 --events 文件）', usage);
  const confirmed = needsConfirmation(values.channel, { emailIsOnline: true });
  const received: RequestEvent = {
    type: 'received',
    on: values.arrived ?? values.received,
    channel: values.channel,
    applicantKind: values['applicant-kind'] ?? 'naturalPerson',
    ...(confirmed ? { confirmedOn: values.received } : {}),
  };
  return [received, ...later];
}

/** Appends the events one by one through the state machine, as the platform does; keeps its warnings. */
function checkedTimeline(events: RequestEvent[], calendar: WorkingCalendar): Finding[] {
  const warnings: Finding[] = [];
  events.forEach((event, i) => warnings.push(...assertEventAllowed(events.slice(0, i), event, { calendar })));
  return warnings;
}

function status(result: DeadlineResult): string {
  if (result.paused) return `暂停中（${result.pausedBy.map(pauseLabel).join('、')}）`;
  if (result.stoppedOn)
    return result.overdue
      ? `已于 ${result.stoppedOn} 停止计算，超期 ${-result.daysLeft!} 个工作日`
      : `已于 ${result.stoppedOn} 停止计算，未超期`;
  if (result.daysLeft === null) return '未起算';
  return result.overdue
    ? `已超期 ${-result.daysLeft} 个工作日`
    : result.daysLeft === 0
      ? '今天到期'
      : `剩余 ${result.daysLeft} 个工作日`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, optionsConfig, schema, usage);
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length) throw new UsageError(`多余的参数：${positionals.join(' ')}`, usage);
  const events = timelineOf(values);
  const calendar = await withCalendarContext(values.url, (ctx) => ctx.calendar.current());
  const warnings = checkedTimeline(events, calendar);
  const today = values.today ?? systemClock.today();
  const result = explainDeadline(
    events,
    calendar,
    {
      allowProvisional: values.provisional ?? false,
      feePausesClock: !values['fee-no-pause'],
      countFrom: values['count-from'] === 'same' ? 'sameDay' : 'nextDay',
    },
    today,
  );
  const findings = [
    ...warnings,
    ...result.findings.filter((f) => !warnings.some((w) => w.rule === f.rule && w.actual === f.actual)),
  ];
  const explanation = explainSteps(result);
  const sentence = deadlineSentence(result);
  const state = deriveState(events);
  if (values.format === 'json') {
    process.stdout.write(
      JSON.stringify({ ...result, findings, state, today, explanation, sentence }, null, 2) + '\n',
    );
    return 0;
  }
  const due = result.dueOn
    ? `${chineseDate(dayOf(result.dueOn))}（${weekdayName(dayOf(result.dueOn))}）`
    : '尚未起算';
  const lines = [
    `答复期限：${due}${result.provisional ? '（暂定）' : ''}`,
    ...(result.provisionalReason ? [`暂定原因：${result.provisionalReason}`] : []),
    `办理状态：${REQUEST_STATE_LABELS[state]}；${status(result)}（今天按 ${today} 计）`,
    '',
    '计算过程：',
    ...explanation.map((line, i) => `  ${i + 1}. ${line}`),
  ];
  if (findings.length) lines.push('', '提醒：', ...findings.map((f) => `  [${f.rule}] ${f.message}`));
  lines.push('', '告知书用语：', `  ${sentence}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
