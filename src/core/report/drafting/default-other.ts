// Section 六 as the product drafts it before the agency writes its own (issue 14): （二）and（三）are filled from the
// 工作要点台账 and the register of 人大建议、政协提案 (placeholders.ts); （一）and（四）the records cannot know, so
// they carry the visible marker of a part still to be written.
export const TO_BE_WRITTEN = '（本部分由本机关根据本年度工作情况撰写。）';

export const DEFAULT_OTHER_TEMPLATE = [
  `（一）收取信息处理费情况。${TO_BE_WRITTEN}`,
  '（二）落实上级年度政务公开工作要点情况。{工作要点落实情况}',
  '（三）人大代表建议和政协提案办理情况。{建议提案办理情况}',
  `（四）政务公开创新情况。${TO_BE_WRITTEN}`,
].join('\n');
