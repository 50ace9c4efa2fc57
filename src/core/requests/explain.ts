// The deadline's steps in Chinese: one line per step for the clerk's screen, and one paragraph to paste into a
// letter to the applicant (告知书、延期答复告知书).
import { chineseDate, dayOf } from '../calendar/days.ts';
import type { IsoDate } from './events.ts';
import type { DeadlineStep, ExplainedDeadline, HolidaySpan, PauseReason } from './deadline.ts';
import { CHANNEL_LABELS } from './events.ts';
import { EVENT_LABELS } from './labels.ts';

const cn = (iso: IsoDate) => chineseDate(dayOf(iso));

/** 2023年9月29日至10月6日 / 2023年10月7日至8日: the end date without what it shares with the start. */
function range(from: IsoDate, to: IsoDate): string {
  if (from === to) return cn(from);
  const end =
    from.slice(0, 4) !== to.slice(0, 4)
      ? cn(to)
      : from.slice(5, 7) !== to.slice(5, 7)
        ? cn(to).slice(5)
        : `${Number(to.slice(8))}日`;
  return `${cn(from)}至${end}`;
}

const PAUSE_LABELS: Record<PauseReason, string> = {
  confirmation: '等待确认收到申请',
  correction: '等待申请人补正',
  'consultation.thirdParty': '征求第三方意见',
  'consultation.agency': '征求其他行政机关意见',
  feeNotice: '等待缴纳信息处理费',
};

export function pauseLabel(reason: PauseReason): string {
  return PAUSE_LABELS[reason];
}

function spanText(span: HolidaySpan): string {
  return `${range(span.from, span.to)}${span.name}${span.from === span.to ? '' : '假期'}`;
}

function receiptLine(step: Extract<DeadlineStep, { kind: 'receipt' }>): string {
  const arrived = `申请经${CHANNEL_LABELS[step.channel]}于${cn(step.arrivedOn)}到达`;
  if (step.receivedOn === null) return `${arrived}，尚未记录双方确认之日，答复期限暂不起算。${step.rule}。`;
  const confirmed = step.receivedOn === step.arrivedOn ? '' : `，${cn(step.receivedOn)}确认`;
  return `${arrived}${confirmed}；${step.rule}，即${cn(step.receivedOn)}。`;
}

const LINES: { [K in DeadlineStep['kind']]: (step: Extract<DeadlineStep, { kind: K }>) => string } = {
  receipt: receiptLine,
  correction: (s) =>
    `${cn(s.requestedOn)}一次性告知申请人补正（《条例》第三十条：应在收到申请之日起7个工作日内，即${cn(s.noticeLimitOn)}前${s.late ? '，本次已逾期' : ''}），补正期限至${cn(s.correctionDueOn)}；` +
    (s.receivedOn
      ? `${cn(s.receivedOn)}收到补正后的申请，答复期限自该日起重新计算。`
      : s.lapsedOn
        ? `申请人逾期未补正，${cn(s.lapsedOn)}视为放弃申请。`
        : '尚未收到补正材料，答复期限待收到后重新起算。'),
  pause: (s) => {
    const what =
      s.reason === 'feeNotice'
        ? `${cn(s.from)}发出收费通知，申请人应于${cn(s.windowDueOn)}前缴费（国办函〔2020〕109号）`
        : `${cn(s.from)}起${PAUSE_LABELS[s.reason]}${s.consultee ? `（${s.consultee}）` : ''}，对方应于${cn(s.windowDueOn)}前提出意见（《条例》第${s.reason === 'consultation.agency' ? '三十四' : '三十二'}条）`;
    const until = s.to ? `，${cn(s.to)}结束` : '，尚未结束（暂按今日结束推算）';
    const basis = s.reason === 'feeNotice' ? '本机关设置' : '《条例》第三十三条第三款';
    return `${what}${until}；其间${s.notCounted}个工作日不计入答复期限（${basis}）。`;
  },
  extension: (s) =>
    `${cn(s.on)}经政府信息公开工作机构负责人（${s.approvedBy}）同意，答复期限延长${s.workingDays}个工作日（《条例》第三十三条第二款）。`,
  count: (s) => {
    const from = `自${s.restarted ? '收到补正后的申请' : '收到申请'}之日（${cn(s.startOn)}）${s.countFrom === 'nextDay' ? '的次日' : '当日'}起`;
    const convention =
      s.countFrom === 'nextDay' ? '开始之日不计入，参照《民法典》第二百零一条' : '本机关设置：开始之日计入';
    const skipped = s.holidays.length ? `；${s.holidays.map(spanText).join('、')}不计入` : '';
    const makeUp = s.makeUpDays.length
      ? `；${s.makeUpDays.map((d) => range(d.from, d.to)).join('、')}为调休上班日，计入`
      : '';
    return `${from}计算${s.workingDays}个工作日（${convention}${skipped}${makeUp}），至${cn(s.dueOn)}届满。`;
  },
  deferred: (s) =>
    `${cn(s.on)}本机关依照《条例》第三十五条确定延迟答复期限至${cn(s.dueOn)}（按第三十三条计算为${cn(s.computedDueOn)}），理由：${s.reason}。`,
  stopped: (s) => `${cn(s.on)}${EVENT_LABELS[s.by]}，期限计算停止。`,
  provisional: (s) =>
    `注意：工作日历未收录${s.years.join('、')}年的节假日安排，相关日期暂按法定节假日推算（《全国年节及纪念日放假办法》第二条，未计调休），安排公布后须重新计算。`,
};

/** One Chinese line per step, in order. */
export function explainSteps(result: ExplainedDeadline): string[] {
  return result.steps.map((step) => (LINES[step.kind] as (s: DeadlineStep) => string)(step));
}

/** A paragraph for a letter to the applicant, built from the steps. */
export function deadlineSentence(result: ExplainedDeadline): string {
  const receipt = result.steps.find((s) => s.kind === 'receipt');
  if (!result.receivedOn || !receipt) return '本机关将自与您确认收到申请之日起20个工作日内予以答复。';
  const parts: string[] = [`本机关于${cn(result.receivedOn)}收到您提交的政府信息公开申请。`];
  const count = result.steps.find((s) => s.kind === 'count');
  for (const step of result.steps) {
    if (step.kind === 'correction' && step.receivedOn)
      parts.push(`本机关于${cn(step.receivedOn)}收到您补正后的申请，答复期限自该日起计算。`);
    if (step.kind === 'pause' && step.reason !== 'feeNotice')
      parts.push(
        `因需${PAUSE_LABELS[step.reason]}，依照《中华人民共和国政府信息公开条例》第三十三条第三款，征求意见所需时间（${step.to ? range(step.from, step.to) : `${cn(step.from)}起`}）不计算在答复期限内。`,
      );
    if (step.kind === 'pause' && step.reason === 'feeNotice')
      parts.push(
        `您收到收费通知至缴纳信息处理费期间（${step.to ? range(step.from, step.to) : `${cn(step.from)}起`}）不计算在答复期限内。`,
      );
  }
  if (!count || !result.dueOn) {
    parts.push('答复期限将自收到补正后的申请之日起重新计算。');
    return parts.join('');
  }
  const extension = result.steps.find((s) => s.kind === 'extension');
  const base = extension ? count.workingDays - extension.workingDays : count.workingDays;
  const notes = [
    ...count.holidays.map((h) => `${spanText(h)}不计入`),
    ...(count.makeUpDays.length
      ? [`${count.makeUpDays.map((d) => range(d.from, d.to)).join('、')}调休上班日计入`]
      : []),
  ];
  parts.push(
    `依照《中华人民共和国政府信息公开条例》第三十三条第二款，本机关应当自收到申请之日起${base}个工作日内予以答复` +
      (extension ? '' : `，即于${cn(count.dueOn)}前答复${notes.length ? `（${notes.join('，')}）` : ''}`) +
      '。',
  );
  if (extension)
    parts.push(
      `经本机关政府信息公开工作机构负责人同意，答复期限延长${extension.workingDays}个工作日，延长后的答复期限为${cn(count.dueOn)}${notes.length ? `（${notes.join('，')}）` : ''}。`,
    );
  const deferred = result.steps.find((s) => s.kind === 'deferred');
  if (deferred)
    parts.push(
      `依照《条例》第三十五条，本机关确定答复期限为${cn(deferred.dueOn)}，理由：${deferred.reason}。`,
    );
  if (result.provisional) parts.push('（该日期依据尚未公布的节假日安排暂行推算，如有变化将另行告知。）');
  return parts.join('');
}
