// Error codes of this area with their Chinese messages. Add codes here; never reuse or rename one.
export const CALENDAR_ERRORS = {
  'calendar.yearUnknown':
    '工作日历没有 {year} 年的节假日安排（已收录 {held}），无法确定 {date} 前后的工作日；请先导入 {year} 年国务院办公厅节假日安排通知',
  'calendar.outOfRange': '日期 {date} 超出工作日历的计算范围（{from} 至 {to}）',
  'calendar.noYears': '工作日历中没有任何年份的节假日安排',
  'calendar.invalidSchedule': '{year} 年节假日安排有误：{reason}',
  'calendar.dayConflict': '{date} 同时被列为放假日和调休上班日',
  'calendar.makeUpNotWeekend': '{date}（{weekday}）不是周末，不能列为调休上班日',
  'calendar.dateOutsideYear':
    '{date} 不属于 {year} 年节假日安排的范围（只能是 {year} 年内或上年 12 月的元旦假期）',
  'calendar.emptyYear': '{year} 年节假日安排中没有任何放假日',
  'calendar.yearClaimedTwice': '{date} 已由 {other} 年的节假日安排确定，不能再列入 {year} 年',
  'calendar.noticeNoYear': '通知中找不到年份（如“关于2024年部分节假日安排的通知”），请指定年份',
  'calendar.noticeNoItems': '通知中没有可识别的节假日安排条目（如“一、元旦：1月1日放假……”）',
  'calendar.noticeUnparsable': '无法识别通知中的这一句：“{sentence}”',
  'calendar.noticeCountMismatch': '“{name}”写明共 {stated} 天，但 {from} 至 {to} 共 {actual} 天',
  'calendar.noticeWeekdayMismatch': '通知写 {date} 是{stated}，但该日是{actual}',
  'calendar.fileInvalid': '节假日文件有误：{reason}',
  'calendar.csvLine': '节假日 CSV 第 {line} 行有误：{reason}',
  'calendar.packageLacksYear':
    'chinese-days 包中没有 {year} 年的节假日数据（该包对缺失年份会按周一至周五回答，不能采用）',
} as const satisfies Record<string, string>;
