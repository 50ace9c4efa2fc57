// The 21 statutory outcomes: the leaf rows of table 三 "三、本年度办理结果" (docs/statute.md §1.5, §2.3).
// Each decided request ends in exactly one of them (T3-4); 部分公开 wins over every other ground.

export interface OutcomeGroup {
  key: OutcomeGroupKey;
  /** Exact label of the group row, e.g. "(三)不予公开". */
  label: string;
  leaves: readonly OutcomeLeaf[];
}

export interface OutcomeLeaf {
  key: OutcomeKey;
  /** Exact label; for groups with a single row this is the group label itself. */
  label: string;
  /** The article(s) of 《条例》 (or other source) the outcome rests on. */
  basis: string;
}

export const OUTCOME_GROUP_KEYS = [
  'granted',
  'partiallyGranted',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherDisposal',
] as const;
export type OutcomeGroupKey = (typeof OUTCOME_GROUP_KEYS)[number];

export const OUTCOME_KEYS = [
  'granted',
  'partiallyGranted',
  'withheld.stateSecret',
  'withheld.lawProhibited',
  'withheld.endangersSafety',
  'withheld.thirdPartyRights',
  'withheld.internalAffairs',
  'withheld.processInformation',
  'withheld.enforcementFile',
  'withheld.administrativeQuery',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.stillUnclear',
  'notProcessed.petition',
  'notProcessed.repeated',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'otherDisposal.correctionLapsed',
  'otherDisposal.feeLapsed',
  'otherDisposal.other',
] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export const OUTCOME_GROUPS: readonly OutcomeGroup[] = [
  {
    key: 'granted',
    label: '(一)予以公开',
    leaves: [{ key: 'granted', label: '(一)予以公开', basis: '《条例》第三十六条第(一)(二)项' }],
  },
  {
    key: 'partiallyGranted',
    label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)',
    leaves: [
      {
        key: 'partiallyGranted',
        label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)',
        basis: '《条例》第三十七条',
      },
    ],
  },
  {
    key: 'withheld',
    label: '(三)不予公开',
    leaves: [
      { key: 'withheld.stateSecret', label: '1.属于国家秘密', basis: '《条例》第十四条' },
      { key: 'withheld.lawProhibited', label: '2.其他法律行政法规禁止公开', basis: '《条例》第十四条' },
      { key: 'withheld.endangersSafety', label: '3.危及“三安全一稳定”', basis: '《条例》第十四条' },
      {
        key: 'withheld.thirdPartyRights',
        label: '4.保护第三方合法权益',
        basis: '《条例》第十五条、第三十二条',
      },
      { key: 'withheld.internalAffairs', label: '5.属于三类内部事务信息', basis: '《条例》第十六条第一款' },
      { key: 'withheld.processInformation', label: '6.属于四类过程性信息', basis: '《条例》第十六条第二款' },
      { key: 'withheld.enforcementFile', label: '7.属于行政执法案卷', basis: '《条例》第十六条第二款' },
      {
        key: 'withheld.administrativeQuery',
        label: '8.属于行政查询事项',
        basis: '《条例》第三十六条第(七)项',
      },
    ],
  },
  {
    key: 'unavailable',
    label: '(四)无法提供',
    leaves: [
      {
        key: 'unavailable.notHeld',
        label: '1.本机关不掌握相关政府信息',
        basis: '《条例》第三十六条第(四)(五)项',
      },
      { key: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', basis: '《条例》第三十八条' },
      { key: 'unavailable.stillUnclear', label: '3.补正后申请内容仍不明确', basis: '《条例》第三十条' },
    ],
  },
  {
    key: 'notProcessed',
    label: '(五)不予处理',
    leaves: [
      { key: 'notProcessed.petition', label: '1.信访举报投诉类申请', basis: '《条例》第三十九条第一款' },
      { key: 'notProcessed.repeated', label: '2.重复申请', basis: '《条例》第三十六条第(六)项' },
      { key: 'notProcessed.publication', label: '3.要求提供公开出版物', basis: '《条例》第三十九条第二款' },
      { key: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', basis: '《条例》第三十五条' },
      {
        key: 'notProcessed.confirmation',
        label: '5.要求行政机关确认或重新出具已获取信息',
        basis: '国办公开办函〔2021〕30号年度报告格式',
      },
    ],
  },
  {
    key: 'otherDisposal',
    label: '(六)其他处理',
    leaves: [
      {
        key: 'otherDisposal.correctionLapsed',
        label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        basis: '《条例》第三十条',
      },
      {
        key: 'otherDisposal.feeLapsed',
        label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        basis: '国办函〔2020〕109号',
      },
      { key: 'otherDisposal.other', label: '3.其他', basis: '年度报告格式“其他”项' },
    ],
  },
];

const leafIndex = new Map<OutcomeKey, { group: OutcomeGroup; leaf: OutcomeLeaf }>(
  OUTCOME_GROUPS.flatMap((group) => group.leaves.map((leaf) => [leaf.key, { group, leaf }] as const)),
);

export function outcomeGroupOf(key: OutcomeKey): OutcomeGroup {
  return leafIndex.get(key)!.group;
}

export function outcomeLeaf(key: OutcomeKey): OutcomeLeaf {
  return leafIndex.get(key)!.leaf;
}

export function isOutcomeKey(value: string): value is OutcomeKey {
  return leafIndex.has(value as OutcomeKey);
}
