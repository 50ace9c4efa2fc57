// The wording of reply letters, one per outcome (docs/statute.md §1.5): what the agency found, the article it rests on and
// what it decided. The article is the outcome's own basis from the taxonomy, so the letter and the annual report
// can never cite different grounds for the same decision.
import {
  outcomeGroupOf,
  outcomeLeaf,
  type OutcomeGroupKey,
  type OutcomeKey,
} from '../../core/taxonomy/outcomes.ts';

export const REGULATION = '《中华人民共和国政府信息公开条例》';

export interface OutcomeWording {
  /** What the agency established, ending with a full stop. */
  finding: string;
  /** What it decided, ending with a full stop; follows "根据…的规定，". */
  decision: string;
}

const WORDING: Record<OutcomeKey, OutcomeWording> = {
  granted: {
    finding: '经审查，您申请获取的信息属于可以公开的政府信息。',
    decision: '本机关决定予以公开。',
  },
  partiallyGranted: {
    finding: '经审查，您申请获取的信息中有部分内容不应当公开或者不属于政府信息，但能够作区分处理。',
    decision: '本机关对其中可以公开的部分予以公开，其余部分不予公开。',
  },
  'withheld.stateSecret': {
    finding: '经审查，您申请获取的信息属于依法确定为国家秘密的政府信息。',
    decision: '本机关决定不予公开。',
  },
  'withheld.lawProhibited': {
    finding: '经审查，您申请获取的信息属于法律、行政法规禁止公开的政府信息。',
    decision: '本机关决定不予公开。',
  },
  'withheld.endangersSafety': {
    finding: '经审查，您申请获取的信息公开后可能危及国家安全、公共安全、经济安全或者社会稳定。',
    decision: '本机关决定不予公开。',
  },
  'withheld.thirdPartyRights': {
    finding: '经审查，您申请获取的信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。',
    decision: '本机关决定不予公开。',
  },
  'withheld.internalAffairs': {
    finding: '经审查，您申请获取的信息属于人事管理、后勤管理、内部工作流程等内部事务信息。',
    decision: '本机关决定不予公开。',
  },
  'withheld.processInformation': {
    finding: '经审查，您申请获取的信息属于讨论记录、过程稿、磋商信函、请示报告等过程性信息。',
    decision: '本机关决定不予公开。',
  },
  'withheld.enforcementFile': {
    finding: '经审查，您申请获取的信息属于行政执法案卷信息。',
    decision: '本机关决定不予公开。',
  },
  'withheld.administrativeQuery': {
    finding: '经审查，您申请获取的信息属于工商、不动产登记资料等法律、行政法规对获取方式另有特别规定的信息。',
    decision: '请您依照相关法律、行政法规规定的程序办理查询。',
  },
  'unavailable.notHeld': {
    finding: '经检索查找，本机关没有制作或者获取您申请获取的信息，或者该信息不由本机关负责公开。',
    decision: '本机关无法提供该信息。',
  },
  'unavailable.needsCreation': {
    finding: '经审查，本机关没有您申请获取的现成信息，提供该信息需要对现有政府信息进行加工、分析。',
    decision: '本机关不予另行制作，无法提供该信息。',
  },
  'unavailable.stillUnclear': {
    finding: '本机关已一次性告知您补正申请，但补正后申请内容仍不明确，无法确定您所指的政府信息。',
    decision: '本机关无法提供。',
  },
  'notProcessed.petition': {
    finding: '经审查，您提出的申请实质上是以政府信息公开申请的形式进行信访、投诉、举报。',
    decision: '本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报渠道提出。',
  },
  'notProcessed.repeated': {
    finding: '经审查，本机关已就您此前提出的相同申请作出答复，本次申请属于重复申请。',
    decision: '本机关不再重复处理。',
  },
  'notProcessed.publication': {
    finding: '经审查，您申请获取的是政府公报、报刊、书籍等公开出版物。',
    decision: '本机关不作为政府信息公开申请处理，您可以通过相应出版物获取。',
  },
  'notProcessed.excessive': {
    finding: '经审查，您申请公开政府信息的数量、频次明显超过合理范围，且未能说明合理理由。',
    decision: '本机关不予处理。',
  },
  'notProcessed.confirmation': {
    finding: '经审查，您的申请系要求本机关确认或者重新出具您已经获取的信息，不属于申请获取政府信息。',
    decision: '本机关不作为政府信息公开申请处理。',
  },
  'otherDisposal.correctionLapsed': {
    finding: '本机关已一次性告知您补正申请，您无正当理由逾期未补正。',
    decision: '视为您放弃申请，本机关不再处理该政府信息公开申请。',
  },
  'otherDisposal.feeLapsed': {
    finding: '本机关已向您发出信息处理费收费通知，您逾期未按通知要求缴纳费用。',
    decision: '视为您放弃申请，本机关不再处理该政府信息公开申请。',
  },
  'otherDisposal.other': {
    finding: '',
    decision: '本机关对该申请作如下处理。',
  },
};

/**
 * Where the letter's ground differs from the report row's basis: the format's own category (五)5 has no article
 * in the Regulation, and reading it as "not government information" under 第二条 is an interpretation [I] the
 * agency can replace by giving `articles`; 109号 is named in full.
 */
const LETTER_BASIS: Partial<Record<OutcomeKey, string>> = {
  'notProcessed.confirmation': '《条例》第二条',
  'otherDisposal.feeLapsed': '《政府信息公开信息处理费管理办法》(国办函〔2020〕109号)',
};

export function outcomeWording(outcome: OutcomeKey): OutcomeWording {
  return WORDING[outcome];
}

/** The articles the letter cites: the agency's own when given, else the outcome's basis, the Regulation named in full. */
export function citationOf(outcome: OutcomeKey, articles?: string): string {
  const basis = articles ?? LETTER_BASIS[outcome] ?? outcomeLeaf(outcome).basis;
  return basis.replace('《条例》', REGULATION);
}

/** 答复书 when the agency decides on the information; 告知书 when it tells the applicant it will not handle it. */
export function letterKind(outcome: OutcomeKey): { title: string; verb: '答复' | '告知' } {
  const informs: readonly OutcomeGroupKey[] = ['notProcessed', 'otherDisposal'];
  return informs.includes(outcomeGroupOf(outcome).key)
    ? { title: '政府信息公开申请告知书', verb: '告知' }
    : { title: '政府信息公开申请答复书', verb: '答复' };
}

const REASON_LABELS: Record<OutcomeGroupKey, string> = {
  granted: '获取方式及说明：',
  partiallyGranted: '不予公开部分的理由：',
  withheld: '理由：',
  unavailable: '说明：',
  notProcessed: '说明：',
  otherDisposal: '说明：',
};

export function reasonsLabel(outcome: OutcomeKey): string {
  return REASON_LABELS[outcomeGroupOf(outcome).key];
}

/**
 * The applicant's remedies (《条例》第五十一条): 行政复议 within 60 days (《中华人民共和国行政复议法》第二十条) and
 * 行政诉讼 within 6 months (《中华人民共和国行政诉讼法》第四十六条). The periods are not in this project's spec, so
 * the sentence is configurable [M]; {verb} becomes 答复 or 告知.
 */
export const DEFAULT_REMEDIES =
  '如对本{verb}不服，可以自收到本{verb}之日起六十日内依法申请行政复议，或者自收到本{verb}之日起六个月内依法向人民法院提起行政诉讼。';
