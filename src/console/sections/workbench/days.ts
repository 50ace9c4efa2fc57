// How a due date reads in a list: the working days left (counted by the server with the official calendar).
export function daysLeftText(workingDaysLeft: number | null): string {
  if (workingDaysLeft === null) return '期限暂停计算';
  if (workingDaysLeft < 0) return `已超期 ${-workingDaysLeft} 个工作日`;
  if (workingDaysLeft === 0) return '今天到期';
  return `还剩 ${workingDaysLeft} 个工作日`;
}

/** Calendar days until the report's deadline. */
export function reportDaysText(daysLeft: number): string {
  if (daysLeft < 0) return `已过期 ${-daysLeft} 天`;
  if (daysLeft === 0) return '今天截止';
  return `还有 ${daysLeft} 天`;
}
